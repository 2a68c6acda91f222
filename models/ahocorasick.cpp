#include "ahocorasick.h"

#include <QtGlobal>
#include <algorithm>
#include <cstring>
#include <memory>
#include <type_traits>
#include <utility>

namespace cpe {

namespace {

constexpr int UnitCount = 0x10000;
enum : quint8 { NotWord = 0, Word = 1, Surrogate = 2 };
enum : quint8 { CheckBefore = 1, CheckAfter = 2, CheckCase = 4 };
constexpr quint32 MetaColumns = 4; // sizeof(StateMeta) / sizeof(qint32)
enum : quint32 { OtherWord = 0, OtherNonWord = 1, Boundary = 2, FirstPatternSymbol = 3 };

// The order findAll() promises: by start, longest first, then by pattern id.
bool comesBefore(const AhoCorasick::Match &a, const AhoCorasick::Match &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end > b.end;
    return a.pattern < b.pattern;
}

// CJK ideographs, kana and hangul carry no word boundaries: "中美" may sit anywhere.
bool isCjkLike(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) ||
           (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFFDC) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

char16_t normalizePunctuation(char16_t u)
{
    if (u >= 0xFF01 && u <= 0xFF5E)
        return char16_t(u - 0xFEE0);
    switch (u) {
    case 0x2018:
    case 0x2019:
    case 0x2032:
        return u'\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return u'-';
    default:
        break;
    }
    if (QChar::isSpace(u))
        return u' ';
    return u;
}

// Built once per process: the text is normalised one unit at a time through these, which is
// what lets the matcher work on the caller's QStringView without copying it.
struct CharTables
{
    char16_t exact[UnitCount];
    char16_t folded[UnitCount];
    quint8 word[UnitCount];
};

const CharTables &charTables()
{
    static const std::unique_ptr<const CharTables> tables = [] {
        auto t = std::make_unique<CharTables>();
        for (int u = 0; u < UnitCount; ++u) {
            const char16_t e = normalizePunctuation(char16_t(u));
            t->exact[u] = e;
            const bool surrogate = QChar::isSurrogate(char32_t(u));
            t->folded[u] = surrogate ? e : char16_t(QChar::toCaseFolded(char32_t(e)));
            t->word[u] = surrogate ? Surrogate : AhoCorasick::isWordChar(e) ? Word : NotWord;
        }
        return std::unique_ptr<const CharTables>(std::move(t));
    }();
    return *tables;
}

bool wordCharBefore(QStringView text, qsizetype pos)
{
    if (pos <= 0)
        return false;
    const char16_t u = text[pos - 1].unicode();
    const quint8 w = charTables().word[u];
    if (w != Surrogate)
        return w == Word;
    if (QChar::isLowSurrogate(u) && pos >= 2 && text[pos - 2].isHighSurrogate())
        return AhoCorasick::isWordChar(QChar::surrogateToUcs4(text[pos - 2], text[pos - 1]));
    return false;
}

bool wordCharAt(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return false;
    const char16_t u = text[pos].unicode();
    const quint8 w = charTables().word[u];
    if (w != Surrogate)
        return w == Word;
    if (QChar::isHighSurrogate(u) && pos + 1 < text.size() && text[pos + 1].isLowSurrogate())
        return AhoCorasick::isWordChar(QChar::surrogateToUcs4(text[pos], text[pos + 1]));
    return false;
}

char32_t firstCodePoint(QStringView s)
{
    if (s.size() >= 2 && s[0].isHighSurrogate() && s[1].isLowSurrogate())
        return QChar::surrogateToUcs4(s[0], s[1]);
    return s[0].unicode();
}

char32_t lastCodePoint(QStringView s)
{
    const qsizetype n = s.size();
    if (n >= 2 && s[n - 1].isLowSurrogate() && s[n - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(s[n - 2], s[n - 1]);
    return s[n - 1].unicode();
}

// Symbols the dense table should hold first: Latin and other alphabetic scripts, where
// states have few distinct successors and rows stay short.
bool isNarrowUnit(char16_t u)
{
    return u < 0x2E80;
}

} // namespace

QChar AhoCorasick::normalized(QChar c, bool foldCase)
{
    const CharTables &t = charTables();
    return QChar(foldCase ? t.folded[c.unicode()] : t.exact[c.unicode()]);
}

bool AhoCorasick::isWordChar(char32_t ucs4)
{
    if (isCjkLike(ucs4))
        return false;
    return QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4);
}

int AhoCorasick::add(QStringView pattern, quint8 flags)
{
    if (pattern.isEmpty())
        return -1;
    const CharTables &t = charTables();
    Pattern p;
    p.original = pattern.toString();
    p.folded.resize(pattern.size());
    p.exact.resize(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        p.folded[i] = QChar(t.folded[pattern[i].unicode()]);
        p.exact[i] = QChar(t.exact[pattern[i].unicode()]);
    }
    p.flags = flags;
    if (flags & WordBoundary) {
        p.boundaryBefore = isWordChar(firstCodePoint(p.exact));
        p.boundaryAfter = isWordChar(lastCodePoint(p.exact));
    }
    m_patterns.push_back(std::move(p));
    m_built = false;
    return int(m_patterns.size()) - 1;
}

void AhoCorasick::build()
{
    const CharTables &t = charTables();
    // Unpaired surrogates and astral characters count as non-word inside the automaton; the
    // exact boundary check at report time decides for them.
    const auto nonWordUnit = [&t](char16_t u) { return t.word[u] != Word; };

    // Symbols: 0 and 1 are characters in no pattern (word / non-word), 2 is the boundary mark
    // β; then narrow units, then wide ones, each by descending frequency so that, if the
    // dense table must shrink, the rarest narrow symbols leave it first.
    std::vector<quint32> freq(UnitCount, 0);
    for (const Pattern &p : m_patterns)
        for (QChar c : p.folded)
            ++freq[c.unicode()];
    std::vector<char16_t> narrow, wide;
    for (int u = 0; u < UnitCount; ++u) {
        if (freq[u])
            (isNarrowUnit(char16_t(u)) ? narrow : wide).push_back(char16_t(u));
    }
    const auto byFrequency = [&freq](char16_t a, char16_t b) {
        return freq[a] != freq[b] ? freq[a] > freq[b] : a < b;
    };
    std::sort(narrow.begin(), narrow.end(), byFrequency);
    std::sort(wide.begin(), wide.end(), byFrequency);
    const quint32 symbolCount = quint32(FirstPatternSymbol + narrow.size() + wide.size());
    Q_ASSERT(symbolCount <= 0xFFFF);

    std::vector<quint16> symbolOfUnit(UnitCount, 0);
    std::vector<bool> nonWordSymbol(symbolCount, false);
    nonWordSymbol[OtherNonWord] = true;
    quint16 next = FirstPatternSymbol;
    for (const auto *units : {&narrow, &wide}) {
        for (char16_t u : *units) {
            nonWordSymbol[next] = nonWordUnit(u);
            symbolOfUnit[u] = next++;
        }
    }
    m_class.assign(UnitCount, 0);
    for (int u = 0; u < UnitCount; ++u) {
        const char16_t f = t.folded[u];
        m_class[size_t(u)] =
            freq[f] ? symbolOfUnit[f] : quint16(nonWordUnit(f) ? OtherNonWord : OtherWord);
    }

    // The trie over patterns rewritten the way the text is read: β after every non-word
    // character, and before a pattern that must start at a word boundary. Inside a word the
    // automaton then only follows patterns that may start there, which keeps the set of
    // visited states (and cache misses) small on English text.
    using Edge = std::pair<quint32, int>;
    std::vector<std::vector<Edge>> children(1);
    std::vector<std::vector<int>> own(1);
    std::vector<quint32> incoming(1, OtherWord);
    for (size_t id = 0; id < m_patterns.size(); ++id) {
        const Pattern &p = m_patterns[id];
        std::vector<quint32> symbols;
        if (p.boundaryBefore)
            symbols.push_back(Boundary);
        for (qsizetype i = 0; i < p.folded.size(); ++i) {
            const char16_t u = p.folded[i].unicode();
            symbols.push_back(symbolOfUnit[u]);
            if (nonWordUnit(u) && i + 1 < p.folded.size())
                symbols.push_back(Boundary);
        }
        int s = 0;
        for (quint32 sym : symbols) {
            auto &kids = children[size_t(s)];
            auto it = std::lower_bound(kids.begin(), kids.end(), Edge(sym, -1));
            if (it == kids.end() || it->first != sym) {
                const int created = int(children.size());
                it = kids.insert(it, Edge(sym, created));
                children.emplace_back();
                own.emplace_back();
                incoming.push_back(sym);
            }
            s = it->second;
        }
        own[size_t(s)].push_back(int(id));
    }
    const int trieStates = int(children.size());

    const auto childOf = [&children](int s, quint32 sym) {
        const auto &kids = children[size_t(s)];
        const auto it = std::lower_bound(kids.begin(), kids.end(), Edge(sym, -1));
        return it != kids.end() && it->first == sym ? it->second : -1;
    };

    // Breadth-first order guarantees a state's failure target is finished before it, and
    // numbering states in that order packs the busy shallow states into few cache lines.
    std::vector<int> order;
    order.reserve(size_t(trieStates));
    order.push_back(0);
    std::vector<int> fail(size_t(trieStates), 0);
    for (size_t k = 0; k < order.size(); ++k) {
        const int s = order[k];
        for (const Edge &e : children[size_t(s)]) {
            if (s != 0) {
                int f = fail[size_t(s)];
                int target = childOf(f, e.first);
                while (target < 0 && f != 0) {
                    f = fail[size_t(f)];
                    target = childOf(f, e.first);
                }
                fail[size_t(e.second)] = target < 0 ? 0 : target;
            }
            order.push_back(e.second);
        }
    }
    std::vector<int> rank(size_t(trieStates), 0);
    for (size_t k = 0; k < order.size(); ++k)
        rank[size_t(order[k])] = int(k);

    // A state reached by a non-word character that reports matches gets a clone of its
    // β-successor carrying those reports, since the reading step goes straight on to β.
    std::vector<int> cloneOfRank(size_t(trieStates), -1);
    int stateCount = trieStates;
    std::vector<bool> hasOutput(size_t(trieStates), false);
    for (int s : order) {
        hasOutput[size_t(s)] =
            !own[size_t(s)].empty() || (s != 0 && hasOutput[size_t(fail[size_t(s)])]);
        if (s != 0 && hasOutput[size_t(s)] && nonWordSymbol[incoming[size_t(s)]])
            cloneOfRank[size_t(rank[size_t(s)])] = stateCount++;
    }
    m_stateCount = stateCount;

    // Dense columns: as many narrow symbols as the memory budget allows.
    // Each row ends with the state's StateMeta, so a step that needs it touches the same
    // cache lines as the transition itself.
    const auto widthFor = [](quint32 dense) { return ((dense + 1) & ~1u) + MetaColumns; };
    m_denseSymbols = quint32(FirstPatternSymbol + narrow.size());
    while (m_denseSymbols > FirstPatternSymbol &&
           qint64(stateCount) * widthFor(m_denseSymbols) * 4 > m_denseBudgetBytes)
        --m_denseSymbols;
    m_rowWidth = widthFor(m_denseSymbols);
    Q_ASSERT(qint64(stateCount) * m_rowWidth < qint64(1) << 31);

    // Outputs, longest first: a state's own patterns, then those of its failure target.
    m_meta.assign(size_t(stateCount), StateMeta());
    m_outputs.clear();
    for (int s : order) {
        StateMeta &meta = m_meta[size_t(rank[size_t(s)])];
        meta.outputsBegin = qint32(m_outputs.size());
        for (int id : own[size_t(s)]) {
            const Pattern &p = m_patterns[size_t(id)];
            Output o;
            o.pattern = id;
            o.length = qint32(p.folded.size());
            o.checks =
                quint8((p.boundaryBefore ? CheckBefore : 0) | (p.boundaryAfter ? CheckAfter : 0) |
                       (p.flags & CaseSensitive ? CheckCase : 0));
            m_outputs.push_back(o);
        }
        if (s != 0) {
            const StateMeta &failMeta = m_meta[size_t(rank[size_t(fail[size_t(s)])])];
            for (qint32 k = failMeta.outputsBegin; k < failMeta.outputsEnd; ++k)
                m_outputs.push_back(m_outputs[size_t(k)]);
        }
        meta.outputsEnd = qint32(m_outputs.size());
    }
    const auto encode = [&](int s) {
        return qint32(qint64(rank[size_t(s)]) * m_rowWidth) | (hasOutput[size_t(s)] ? 1 : 0);
    };

    // The plain Aho-Corasick automaton over the rewritten patterns.
    m_table.assign(size_t(stateCount) * m_rowWidth, 0);
    m_rootWide.assign(symbolCount - m_denseSymbols, 0);
    m_exceptions.clear();
    for (int s : order) {
        qint32 *row = m_table.data() + size_t(rank[size_t(s)]) * m_rowWidth;
        StateMeta &meta = m_meta[size_t(rank[size_t(s)])];
        const auto &kids = children[size_t(s)];
        if (s != 0) {
            const qint32 *failRow =
                m_table.data() + size_t(rank[size_t(fail[size_t(s)])]) * m_rowWidth;
            std::copy(failRow, failRow + m_denseSymbols, row);
        }
        for (const Edge &e : kids)
            if (e.first < m_denseSymbols)
                row[e.first] = encode(e.second);

        // Wide transitions differ from the root's only where this state or a state on its
        // failure chain has a wide child; those differences are the exceptions.
        meta.exceptionsBegin = qint32(m_exceptions.size());
        if (s == 0) {
            for (const Edge &e : kids)
                if (e.first >= m_denseSymbols)
                    m_rootWide[e.first - m_denseSymbols] = encode(e.second);
        } else {
            const StateMeta &failMeta = m_meta[size_t(rank[size_t(fail[size_t(s)])])];
            qint32 inherited = failMeta.exceptionsBegin;
            const qint32 inheritedEnd = failMeta.exceptionsEnd;
            auto kid = std::lower_bound(kids.begin(), kids.end(), Edge(m_denseSymbols, -1));
            while (inherited < inheritedEnd || kid != kids.end()) {
                const WideEdge fromFail =
                    inherited < inheritedEnd ? m_exceptions[size_t(inherited)] : WideEdge{};
                if (kid == kids.end() ||
                    (inherited < inheritedEnd && fromFail.symbol < kid->first)) {
                    m_exceptions.push_back(fromFail);
                    ++inherited;
                } else {
                    if (inherited < inheritedEnd && fromFail.symbol == kid->first)
                        ++inherited;
                    m_exceptions.push_back(WideEdge{kid->first, encode(kid->second)});
                    ++kid;
                }
            }
        }
        meta.exceptionsEnd = qint32(m_exceptions.size());
    }

    // Fold β into the steps: reading a non-word character x from s now goes to
    // δ(δ(s, x), β), or to the clone that also reports what δ(s, x) reports. The β column
    // itself is never rewritten, so it still holds the plain successors read here.
    const auto compose = [this, &cloneOfRank](qint32 entry) {
        const qint32 offset = entry & ~1;
        const int clone = cloneOfRank[size_t(offset) / m_rowWidth];
        if (clone >= 0)
            return qint32(qint64(clone) * m_rowWidth) | 1;
        return m_table[size_t(offset) + Boundary];
    };
    for (int r = 0; r < trieStates; ++r) {
        qint32 *row = m_table.data() + size_t(r) * m_rowWidth;
        for (quint32 sym = 0; sym < m_denseSymbols; ++sym)
            if (sym != Boundary && nonWordSymbol[sym])
                row[sym] = compose(row[sym]);
    }
    for (quint32 w = 0; w < m_rootWide.size(); ++w)
        if (nonWordSymbol[m_denseSymbols + w])
            m_rootWide[w] = compose(m_rootWide[w]);
    for (WideEdge &e : m_exceptions)
        if (nonWordSymbol[e.symbol])
            e.next = compose(e.next);
    for (int r = 0; r < trieStates; ++r) {
        const int clone = cloneOfRank[size_t(r)];
        if (clone < 0)
            continue;
        const qint32 successor = m_table[size_t(r) * m_rowWidth + Boundary] & ~1;
        std::copy_n(m_table.data() + successor, m_rowWidth,
                    m_table.data() + size_t(clone) * m_rowWidth);
        StateMeta &meta = m_meta[size_t(clone)];
        meta = m_meta[size_t(successor) / m_rowWidth];
        meta.outputsBegin = m_meta[size_t(r)].outputsBegin;
        meta.outputsEnd = m_meta[size_t(r)].outputsEnd;
    }
    for (size_t r = 0; r < m_meta.size(); ++r)
        std::memcpy(m_table.data() + (r + 1) * m_rowWidth - MetaColumns, &m_meta[r],
                    sizeof(StateMeta));
    m_meta.clear();
    m_meta.shrink_to_fit();
    // The text starts as if after a non-word character.
    m_startState = m_table[Boundary] & ~1;
    m_maxLength = 0;
    for (const Pattern &p : m_patterns)
        m_maxLength = std::max(m_maxLength, p.folded.size());
    m_built = true;
}

AhoCorasick::Stats AhoCorasick::stats() const
{
    Stats st;
    st.states = m_stateCount;
    st.symbols = int(m_denseSymbols + m_rootWide.size());
    st.denseSymbols = int(m_denseSymbols);
    st.wideExceptions = int(m_exceptions.size());
    st.bytes = qint64(m_table.size() * sizeof(qint32) + m_class.size() * sizeof(quint16) +
                      m_rootWide.size() * sizeof(qint32) + m_exceptions.size() * sizeof(WideEdge) +
                      m_outputs.size() * sizeof(Output));
    return st;
}

qint32 AhoCorasick::wideStep(qint32 rowOffset, quint32 symbol) const
{
    const StateMeta &meta = metaAt(rowOffset);
    const WideEdge *base = m_exceptions.data() + meta.exceptionsBegin;
    qint32 count = meta.exceptionsEnd - meta.exceptionsBegin;
    if (count > 0) {
        // Branch-free binary search: CJK text makes these lookups unpredictable.
        while (count > 1) {
            const qint32 half = count / 2;
            base = base[half].symbol <= symbol ? base + half : base;
            count -= half;
        }
        if (base->symbol == symbol)
            return base->next;
    }
    return m_rootWide[symbol - m_denseSymbols];
}

void AhoCorasick::emitMatches(QStringView text, qsizetype end, qint32 rowOffset, size_t first,
                              std::vector<Match> &out) const
{
    const StateMeta &meta = metaAt(rowOffset);
    for (qint32 k = meta.outputsBegin; k < meta.outputsEnd; ++k) {
        const Output &o = m_outputs[size_t(k)];
        const qsizetype start = end - o.length;
        if (o.checks) {
            if ((o.checks & CheckBefore) && wordCharBefore(text, start))
                continue;
            if ((o.checks & CheckAfter) && wordCharAt(text, end))
                continue;
            if (o.checks & CheckCase) {
                const char16_t *exact = charTables().exact;
                const QString &want = m_patterns[size_t(o.pattern)].exact;
                bool same = true;
                for (qsizetype i = 0; i < want.size() && same; ++i)
                    same = exact[text[start + i].unicode()] == want[i].unicode();
                if (!same)
                    continue;
            }
        }
        // Matches arrive by end; moving each back past the shorter ones nested inside it keeps
        // `out` ordered by start, longest first, at a cost bounded by the nesting depth.
        out.push_back(Match{start, end, o.pattern});
        for (size_t at = out.size() - 1; at > first && comesBefore(out[at], out[at - 1]); --at)
            std::swap(out[at - 1], out[at]);
    }
}

void AhoCorasick::emitAll(QStringView text, const std::vector<Hit> &hits, size_t first,
                          std::vector<Match> &out) const
{
    // The reports are independent of one another, so their loads (the state's output range,
    // the outputs) can be requested ahead instead of stalling the automaton's chain of steps.
    constexpr size_t Ahead = 8;
    for (size_t j = 0; j < hits.size(); ++j) {
#if defined(__GNUC__)
        if (j + Ahead < hits.size())
            __builtin_prefetch(&metaAt(hits[j + Ahead].row));
        if (j + Ahead / 2 < hits.size())
            __builtin_prefetch(m_outputs.data() + metaAt(hits[j + Ahead / 2].row).outputsBegin);
#endif
        emitMatches(text, hits[j].end, hits[j].row, first, out);
    }
}

void AhoCorasick::findAll(QStringView text, std::vector<Match> &out) const
{
    Q_ASSERT_X(m_built, "AhoCorasick::findAll", "build() must run after the last add()");
    const size_t first = out.size();
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    const quint16 *cls = m_class.data();
    const qint32 *table = m_table.data();
    const quint32 dense = m_denseSymbols;
    // A step only notes where a reporting state was reached; emitAll() reports afterwards,
    // off the critical path of the steps. Scratch per thread: findAll() runs once per
    // article, and fresh vectors each time were a visible share of the scan.
    thread_local std::vector<Hit> hits[MaxStripes];
    thread_local std::vector<Match> extra[MaxStripes];
    const auto step = [&](qint32 &state, qsizetype i, std::vector<Hit> &sink) {
        const quint32 sym = cls[units[i]];
        const qint32 entry =
            Q_LIKELY(sym < dense) ? table[state + qint32(sym)] : wideStep(state, sym);
        state = entry & ~1;
        if (Q_UNLIKELY(entry & 1))
            sink.push_back(Hit{i + 1, state});
    };

    // One automaton step waits for the previous one's table load, which on a table of this
    // size is usually a cache miss; independent stripes of the text scanned in lockstep let
    // the CPU overlap those loads. Each stripe but the first starts early by the longest
    // pattern, so every match ending in it is seen whole; it starts from the root one
    // character earlier still, which restores the word-boundary context.
    const qsizetype overlap = m_maxLength;
    if (n < 4 * overlap + 1024) {
        hits[0].clear();
        qint32 state = m_startState;
        for (qsizetype i = 0; i < n; ++i)
            step(state, i, hits[0]);
        emitAll(text, hits[0], first, out);
        return;
    }
    // Four stripes when the text is long enough that the overlaps stay a small share.
    const int stripes = n < 16 * overlap + 4096 ? 2 : MaxStripes;
    qsizetype bounds[MaxStripes + 1];
    for (int k = 0; k < stripes; ++k)
        bounds[k] = k == 0 ? 0 : (n * k + overlap) / stripes;
    bounds[stripes] = n;
    // Stripe k reads [from[k], bounds[k + 1]) and reports what ends after bounds[k].
    qsizetype from[MaxStripes];
    qint32 state[MaxStripes];
    for (int k = 0; k < stripes; ++k) {
        from[k] = k == 0 ? 0 : bounds[k] - overlap - 1;
        state[k] = k == 0 ? m_startState : 0;
        hits[k].clear();
    }
    qsizetype shortest = n;
    for (int k = 0; k < stripes; ++k)
        shortest = std::min(shortest, bounds[k + 1] - from[k]);
    // The stripe count is a constant inside each loop, so the stripes' states stay in
    // registers.
    qsizetype i = 0;
    const auto lockstep = [&](auto count) {
        for (; i < shortest; ++i) {
            for (int k = 0; k < decltype(count)::value; ++k)
                step(state[k], from[k] + i, hits[k]);
        }
    };
    if (stripes == MaxStripes)
        lockstep(std::integral_constant<int, MaxStripes>());
    else
        lockstep(std::integral_constant<int, 2>());
    for (int s = 0; s < stripes; ++s) {
        for (qsizetype k = from[s] + i; k < bounds[s + 1]; ++k)
            step(state[s], k, hits[s]);
    }
    emitAll(text, hits[0], first, out);
    for (int s = 1; s < stripes; ++s) {
        extra[s].clear();
        emitAll(text, hits[s], 0, extra[s]);
        const size_t middle = out.size();
        for (const Match &m : extra[s])
            if (m.end > bounds[s])
                out.push_back(m);
        // Matches of the previous stripes all end by bounds[s]; only those starting inside
        // the overlap can sort after a match of this stripe.
        if (middle > first && middle < out.size() && comesBefore(out[middle], out[middle - 1]))
            std::inplace_merge(out.begin() + qsizetype(first), out.begin() + qsizetype(middle),
                               out.end(), comesBefore);
    }
}

void AhoCorasick::keepLeftmostLongest(std::vector<Match> &matches)
{
    // Callers mostly pass a filtered findAll() result, which is in order already.
    if (!std::is_sorted(matches.begin(), matches.end(), comesBefore))
        std::sort(matches.begin(), matches.end(), comesBefore);
    size_t kept = 0;
    qsizetype reach = 0;
    for (size_t i = 0; i < matches.size(); ++i) {
        if (kept > 0 && matches[i].start < reach)
            continue;
        reach = matches[i].end;
        matches[kept++] = matches[i];
    }
    matches.resize(kept);
}

} // namespace cpe
