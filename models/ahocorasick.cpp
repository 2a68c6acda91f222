#include "ahocorasick.h"

#include <QtGlobal>
#include <algorithm>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

namespace cpe {

namespace {

constexpr int UnitCount = 0x10000;
enum : quint8 { NotWord = 0, Word = 1, Surrogate = 2 };
enum : quint8 { CheckBefore = 1, CheckAfter = 2, CheckCase = 4 };
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

// `word` is charTables().word, fetched once per text by the caller: these run for nearly
// every match.
bool wordCharBefore(QStringView text, qsizetype pos, const quint8 *word)
{
    if (pos <= 0)
        return false;
    const char16_t u = text[pos - 1].unicode();
    const quint8 w = word[u];
    if (w != Surrogate)
        return w == Word;
    if (QChar::isLowSurrogate(u) && pos >= 2 && text[pos - 2].isHighSurrogate())
        return AhoCorasick::isWordChar(QChar::surrogateToUcs4(text[pos - 2], text[pos - 1]));
    return false;
}

bool wordCharAt(QStringView text, qsizetype pos, const quint8 *word)
{
    if (pos >= text.size())
        return false;
    const char16_t u = text[pos].unicode();
    const quint8 w = word[u];
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
    const bool compact = stateCount <= m_maxCompactStates;
    const qint64 entryBytes = compact ? qint64(sizeof(quint16)) : qint64(sizeof(quint32));
    m_denseSymbols = quint32(FirstPatternSymbol + narrow.size());
    while (m_denseSymbols > FirstPatternSymbol &&
           qint64(stateCount) * m_denseSymbols * entryBytes > m_denseBudgetBytes)
        --m_denseSymbols;
    const quint32 rowWidth = m_denseSymbols;
    Q_ASSERT(qint64(stateCount) * rowWidth < qint64(1) << 31);

    // Outputs, longest first: a state's own patterns, then those of its failure target.
    // Until renumberStates(), states are numbered by rank, clones after them.
    std::vector<StateMeta> meta(static_cast<size_t>(stateCount));
    m_outputs.clear();
    for (int s : order) {
        StateMeta &here = meta[size_t(rank[size_t(s)])];
        here.outputsBegin = qint32(m_outputs.size());
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
            const StateMeta &failMeta = meta[size_t(rank[size_t(fail[size_t(s)])])];
            for (qint32 k = failMeta.outputsBegin; k < failMeta.outputsEnd; ++k)
                m_outputs.push_back(m_outputs[size_t(k)]);
        }
        here.outputsEnd = qint32(m_outputs.size());
    }
    const auto encode = [&](int s) { return qint32(rank[size_t(s)]); };

    // The plain Aho-Corasick automaton over the rewritten patterns.
    std::vector<qint32> table(size_t(stateCount) * rowWidth, 0);
    m_rootWide.assign(symbolCount - m_denseSymbols, 0);
    m_exceptions.clear();
    for (int s : order) {
        qint32 *row = table.data() + size_t(rank[size_t(s)]) * rowWidth;
        StateMeta &here = meta[size_t(rank[size_t(s)])];
        const auto &kids = children[size_t(s)];
        if (s != 0) {
            const qint32 *failRow = table.data() + size_t(rank[size_t(fail[size_t(s)])]) * rowWidth;
            std::copy(failRow, failRow + m_denseSymbols, row);
        }
        for (const Edge &e : kids)
            if (e.first < m_denseSymbols)
                row[e.first] = encode(e.second);

        // Wide transitions differ from the root's only where this state or a state on its
        // failure chain has a wide child; those differences are the exceptions.
        here.exceptionsBegin = qint32(m_exceptions.size());
        if (s == 0) {
            for (const Edge &e : kids)
                if (e.first >= m_denseSymbols)
                    m_rootWide[e.first - m_denseSymbols] = quint32(encode(e.second));
        } else {
            const StateMeta &failMeta = meta[size_t(rank[size_t(fail[size_t(s)])])];
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
                    m_exceptions.push_back(WideEdge{kid->first, quint32(encode(kid->second))});
                    ++kid;
                }
            }
        }
        here.exceptionsEnd = qint32(m_exceptions.size());
    }

    // Fold β into the steps: reading a non-word character x from s now goes to
    // δ(δ(s, x), β), or to the clone that also reports what δ(s, x) reports. The β column
    // itself is never rewritten, so it still holds the plain successors read here.
    const auto compose = [&](qint32 state) {
        const int clone = cloneOfRank[size_t(state)];
        return clone >= 0 ? qint32(clone) : table[size_t(state) * rowWidth + Boundary];
    };
    for (int r = 0; r < trieStates; ++r) {
        qint32 *row = table.data() + size_t(r) * rowWidth;
        for (quint32 sym = 0; sym < m_denseSymbols; ++sym)
            if (sym != Boundary && nonWordSymbol[sym])
                row[sym] = compose(row[sym]);
    }
    for (quint32 w = 0; w < m_rootWide.size(); ++w)
        if (nonWordSymbol[m_denseSymbols + w])
            m_rootWide[w] = quint32(compose(qint32(m_rootWide[w])));
    for (WideEdge &e : m_exceptions)
        if (nonWordSymbol[e.symbol])
            e.next = quint32(compose(qint32(e.next)));
    for (int r = 0; r < trieStates; ++r) {
        const int clone = cloneOfRank[size_t(r)];
        if (clone < 0)
            continue;
        const qint32 successor = table[size_t(r) * rowWidth + Boundary];
        std::copy_n(table.data() + size_t(successor) * rowWidth, rowWidth,
                    table.data() + size_t(clone) * rowWidth);
        StateMeta &cloneMeta = meta[size_t(clone)];
        cloneMeta = meta[size_t(successor)];
        cloneMeta.outputsBegin = meta[size_t(r)].outputsBegin;
        cloneMeta.outputsEnd = meta[size_t(r)].outputsEnd;
    }
    // The text starts as if after a non-word character.
    m_startState = quint32(table[Boundary]);
    renumberStates(table, rowWidth, meta);
    m_maxLength = 0;
    for (const Pattern &p : m_patterns)
        m_maxLength = std::max(m_maxLength, p.folded.size());
    m_built = true;
}

void AhoCorasick::renumberStates(const std::vector<qint32> &table, quint32 rowWidth,
                                 const std::vector<StateMeta> &meta)
{
    // Silent states first, then the reporting ones, each group keeping its order.
    const size_t count = meta.size();
    const auto reports = [&meta](size_t s) { return meta[s].outputsEnd > meta[s].outputsBegin; };
    std::vector<quint32> number(count, 0);
    quint32 next = 0;
    for (size_t s = 0; s < count; ++s)
        if (!reports(s))
            number[s] = next++;
    m_firstReporting = next;
    // The root reports nothing, so it stays state 0: findAll() starts stripes there.
    Q_ASSERT(!reports(0) && number[0] == 0);
    for (size_t s = 0; s < count; ++s)
        if (reports(s))
            number[s] = next++;

    m_meta.assign(count, StateMeta());
    for (size_t s = 0; s < count; ++s)
        m_meta[number[s]] = meta[s];
    const auto fill = [&](auto &out) {
        using Entry = typename std::decay_t<decltype(out)>::value_type;
        out.assign(table.size(), 0);
        for (size_t s = 0; s < count; ++s) {
            const qint32 *from = table.data() + s * rowWidth;
            Entry *to = out.data() + size_t(number[s]) * rowWidth;
            for (quint32 c = 0; c < rowWidth; ++c)
                to[c] = Entry(number[size_t(from[c])]);
        }
    };
    m_table16.clear();
    m_table32.clear();
    if (qint64(count) <= m_maxCompactStates)
        fill(m_table16);
    else
        fill(m_table32);
    m_table16.shrink_to_fit();
    m_table32.shrink_to_fit();
    for (quint32 &w : m_rootWide)
        w = number[w];
    for (WideEdge &e : m_exceptions)
        e.next = number[e.next];
    m_startState = number[m_startState];
}

AhoCorasick::Stats AhoCorasick::stats() const
{
    Stats st;
    st.states = m_stateCount;
    st.symbols = int(m_denseSymbols + m_rootWide.size());
    st.denseSymbols = int(m_denseSymbols);
    st.wideExceptions = int(m_exceptions.size());
    st.bytes = qint64(m_table16.size() * sizeof(quint16) + m_table32.size() * sizeof(quint32) +
                      m_meta.size() * sizeof(StateMeta) + m_class.size() * sizeof(quint16) +
                      m_rootWide.size() * sizeof(quint32) + m_exceptions.size() * sizeof(WideEdge) +
                      m_outputs.size() * sizeof(Output));
    return st;
}

quint32 AhoCorasick::wideStep(quint32 state, quint32 symbol) const
{
    const StateMeta &meta = m_meta[state];
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

// Forced inline: called once per reporting step, the call itself (saving and restoring the
// registers the loop needs) cost as much as a typical report.
Q_ALWAYS_INLINE size_t AhoCorasick::emitMatches(QStringView text, const quint8 *word, qsizetype end,
                                                const StateMeta &meta, Match *out, size_t count) const
{
    // Whether a word character follows `end`: the same for every output here, so asked once.
    int wordAfter = -1;
    for (qint32 k = meta.outputsBegin; k < meta.outputsEnd; ++k) {
        const Output &o = m_outputs[size_t(k)];
        const qsizetype start = end - o.length;
        if (o.checks) {
            if ((o.checks & CheckBefore) && wordCharBefore(text, start, word))
                continue;
            if (o.checks & CheckAfter) {
                if (wordAfter < 0)
                    wordAfter = wordCharAt(text, end, word) ? 1 : 0;
                if (wordAfter)
                    continue;
            }
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
        out[count] = Match{start, end, o.pattern};
        for (size_t at = count; at > 0 && comesBefore(out[at], out[at - 1]); --at)
            std::swap(out[at - 1], out[at]);
        ++count;
    }
    return count;
}

size_t AhoCorasick::emitAll(QStringView text, const std::vector<Hit> &hits,
                            std::vector<Match> &room) const
{
    const quint8 *word = charTables().word;
    size_t count = 0;
    // The reports are independent of one another, so their loads (the state's output range,
    // the outputs) can be requested ahead instead of stalling the automaton's chain of steps.
    constexpr size_t Ahead = 8;
    for (size_t j = 0; j < hits.size(); ++j) {
#if defined(__GNUC__)
        if (j + Ahead < hits.size())
            __builtin_prefetch(&m_meta[hits[j + Ahead].state]);
        if (j + Ahead / 2 < hits.size())
            __builtin_prefetch(m_outputs.data() + m_meta[hits[j + Ahead / 2].state].outputsBegin);
#endif
        const StateMeta &meta = m_meta[hits[j].state];
        const size_t most = count + size_t(meta.outputsEnd - meta.outputsBegin);
        if (most > room.size())
            room.resize(std::max(most, 2 * room.size()));
        count = emitMatches(text, word, hits[j].end, meta, room.data(), count);
    }
    return count;
}

void AhoCorasick::findAll(QStringView text, std::vector<Match> &out) const
{
    Q_ASSERT_X(m_built, "AhoCorasick::findAll", "build() must run after the last add()");
    if (!m_table16.empty())
        findAllIn(m_table16.data(), text, out);
    else
        findAllIn(m_table32.data(), text, out);
}

template <typename Entry>
void AhoCorasick::findAllIn(const Entry *table, QStringView text, std::vector<Match> &out) const
{
    const size_t first = out.size();
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    const quint16 *cls = m_class.data();
    const quint32 dense = m_denseSymbols;
    const quint32 reporting = m_firstReporting;
    // A step only notes where a reporting state was reached; emitAll() reports afterwards,
    // off the critical path of the steps. Scratch per thread: findAll() runs once per
    // article, and fresh vectors each time were a visible share of the scan.
    thread_local std::vector<Hit> hits[MaxStripes];
    // Where emitAll() writes a stripe's matches, before they join `out`. Its size is room,
    // not a count: it only grows, so nothing is constructed in it again for each text.
    thread_local std::vector<Match> reported;
    const auto step = [&](quint32 &state, qsizetype i, std::vector<Hit> &sink) {
        const quint32 sym = cls[units[i]];
        // build() checked that state × dense fits in 31 bits.
        state = Q_LIKELY(sym < dense) ? quint32(table[state * dense + sym]) : wideStep(state, sym);
        if (Q_UNLIKELY(state >= reporting))
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
        quint32 state = m_startState;
        for (qsizetype i = 0; i < n; ++i)
            step(state, i, hits[0]);
        const size_t count = emitAll(text, hits[0], reported);
        out.insert(out.end(), reported.begin(), reported.begin() + qsizetype(count));
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
    quint32 state[MaxStripes];
    for (int k = 0; k < stripes; ++k) {
        from[k] = k == 0 ? 0 : bounds[k] - overlap - 1;
        state[k] = k == 0 ? m_startState : 0;
        hits[k].clear();
    }
    qsizetype shortest = n;
    for (int k = 0; k < stripes; ++k)
        shortest = std::min(shortest, bounds[k + 1] - from[k]);
    // Each stripe's state is a local variable of its own, so that it stays in a register:
    // kept in the array, each step stored it and the next one loaded it back, which put a
    // store-to-load forwarding delay on the chain of steps.
    static_assert(MaxStripes == 4, "the lockstep loops below are written out for 2 and 4 stripes");
    qsizetype i = 0;
    if (stripes == MaxStripes) {
        quint32 s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3];
        for (; i < shortest; ++i) {
            step(s0, from[0] + i, hits[0]);
            step(s1, from[1] + i, hits[1]);
            step(s2, from[2] + i, hits[2]);
            step(s3, from[3] + i, hits[3]);
        }
        state[0] = s0;
        state[1] = s1;
        state[2] = s2;
        state[3] = s3;
    } else {
        quint32 s0 = state[0], s1 = state[1];
        for (; i < shortest; ++i) {
            step(s0, from[0] + i, hits[0]);
            step(s1, from[1] + i, hits[1]);
        }
        state[0] = s0;
        state[1] = s1;
    }
    for (int s = 0; s < stripes; ++s) {
        for (qsizetype k = from[s] + i; k < bounds[s + 1]; ++k)
            step(state[s], k, hits[s]);
    }
    const size_t count = emitAll(text, hits[0], reported);
    out.insert(out.end(), reported.begin(), reported.begin() + qsizetype(count));
    for (int s = 1; s < stripes; ++s) {
        const auto stripeEnd = reported.begin() + qsizetype(emitAll(text, hits[s], reported));
        const size_t middle = out.size();
        std::copy_if(reported.begin(), stripeEnd, std::back_inserter(out),
                     [&](const Match &m) { return m.end > bounds[s]; });
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
