#include "partnershipfinder.h"

#include "dateinference.h"
#include "sharedstrings.h"

#include <QtAlgorithms>
#include <algorithm>
#include <array>
#include <initializer_list>
#include <limits>
#include <map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cpe {

namespace {

// How a mention is tied to China's cooperation, strongest last.
enum class Binding { Unbound, Weak, Possessive, Beneficiary, Location, Bound, Compound };

struct Candidate
{
    int mention = -1;
    Binding binding = Binding::Unbound;
    double confidence = 0.0;
    int group = -1;
};

struct Group
{
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isClauseBreak(QChar c)
{
    return c == QLatin1Char(';') || c == QChar(0xFF1B);
}

// Whether the sentence opens with one of `words` ("It", "We"), the word not going on.
bool opensWithWord(QStringView text, const ScannedSentence &s, const QStringList &words)
{
    // The first unit rules out nearly every sentence without a call into Qt.
    const QChar first = text.at(s.start);
    for (const QString &w : words) {
        if (!w.isEmpty() && w.front() != first)
            continue;
        // A Latin word must end there ("It", not "Italy"); Chinese has no spaces to wait for.
        if (text.mid(s.start).startsWith(w) &&
            (s.start + w.size() >= s.end || w.back().unicode() >= 0x2E80 ||
             !text.at(s.start + w.size()).isLetter()))
            return true;
    }
    return false;
}

// Whether one of `words` stands right before the sentence's first name, after at most a short
// verb: "与联合国环境规划署等国际机构共同推进…", "加强与法国、德国在绿色金融领域的合作".
bool opensWithBeforeName(const ArticleScan &scan, const ScannedSentence &s, const PhraseList &words)
{
    constexpr qsizetype MaxVerb = 4;
    if (s.mentionBegin >= s.mentionEnd)
        return false;
    const qsizetype name = scan.mentions[size_t(s.mentionBegin)].start;
    return std::any_of(words.phrases.begin(), words.phrases.end(), [&](const QString &w) {
        const qsizetype at = name - w.size();
        if (at < s.start || at - s.start > MaxVerb + 8 || scan.text.mid(at, w.size()) != w)
            return false;
        const QStringView lead = scan.text.mid(s.start, at - s.start);
        return std::count_if(lead.begin(), lead.end(), [](QChar c) { return c.isLetter(); }) <= MaxVerb;
    });
}

// Whether the name opens the sentence as its label: "- **Senegal:** INBAR and the Chinese
// forestry administration will help …", "Kenya: a solar plant …". What follows is about it.
bool labelsItem(QStringView text, const ScannedSentence &s, const Mention &m)
{
    if (m.type == AliasType::Adjective || !opensAt(text, s.start, m.start))
        return false;
    qsizetype k = m.end;
    while (k < s.end && (text.at(k) == QLatin1Char('*') || text.at(k) == QLatin1Char('_')))
        ++k;
    return k < s.end && (text.at(k) == QLatin1Char(':') || text.at(k) == QChar(0xFF1A));
}

// Whether a name is the possessor of another proper name that is no institution of its state:
// after "with", "Canada's Lithium Americas" and "the UAE's Masdar" are companies from there, not
// the partner; "Peru's Ministry of Transport" and "Indonesia's President Prabowo" are the state.
// Elsewhere the proper name is as often a place ("Ethiopia's Somali region"), so only after
// "with" is this asked.
bool ownsNamedBody(QStringView text, const Mention &m, qsizetype sentenceEnd, const CueBook &book)
{
    const QStringView after = text.mid(m.end, 3);
    if (after != QLatin1String("'s ") && after != QStringView(u"’s "))
        return false;
    const qsizetype next = m.end + 3;
    if (next >= sentenceEnd || !text.at(next).isUpper())
        return false;
    return !book.institutionAfter.startsAt(text, next, sentenceEnd);
}

// Whether `m` is part of the proper name that `owner` possesses: "Americas" in "Canada's
// Lithium Americas", reached through capitalised words only.
bool insideOwnedName(QStringView text, const Mention &owner, const Mention &m, qsizetype sentenceEnd,
                     const CueBook &book)
{
    if (!ownsNamedBody(text, owner, sentenceEnd, book) || m.start < owner.end + 3)
        return false;
    bool wordStart = true;
    for (qsizetype k = owner.end + 3; k < m.start; ++k) {
        const QChar c = text.at(k);
        if (c == QLatin1Char(' ')) {
            wordStart = true;
            continue;
        }
        if (!c.isLetter() || (wordStart && !c.isUpper()))
            return false;
        wordStart = false;
    }
    return true;
}

// The last visible character of a sentence: a colon or semicolon there leaves it open for the
// list items that follow ("双方决定在以下领域加强合作：", "…；").
bool endsOpen(QStringView s)
{
    // Only the last character counts, so trailing space is skipped without trimming.
    while (!s.isEmpty() && s.back().isSpace())
        s.chop(1);
    if (s.isEmpty())
        return false;
    const QChar c = s.back();
    return c == QLatin1Char(':') || c == QChar(0xFF1A) || isClauseBreak(c);
}

bool isZhNumeral(QChar c)
{
    return QStringView(u"一二三四五六七八九十").contains(c);
}

// A list item: "（四）…", "(4) …", "4. …", "4）…", "① …", "- …".
bool isListItem(QStringView s)
{
    s = s.trimmed();
    if (s.size() < 2)
        return false;
    const QChar c = s.at(0);
    if ((c >= QChar(0x2460) && c <= QChar(0x2473)) || c == QChar(0x2022) ||
        ((c == QLatin1Char('-') || c == QLatin1Char('*')) && s.at(1) == QLatin1Char(' ')))
        return true;
    qsizetype i = (c == QChar(0xFF08) || c == QLatin1Char('(')) ? 1 : 0;
    const qsizetype first = i;
    while (i < s.size() && (s.at(i).isDigit() || isZhNumeral(s.at(i))) && i - first < 3)
        ++i;
    if (i == first || i >= s.size())
        return false;
    const QChar close = s.at(i);
    if (first == 1)
        return close == QChar(0xFF09) || close == QLatin1Char(')');
    // "4." "4）" "4、"; a Chinese numeral with 、 ("四、") heads a section, not an item.
    return s.at(first).isDigit() && (close == QLatin1Char('.') || close == QChar(0xFF09) || close == QLatin1Char(')') ||
                                     close == QChar(0x3001));
}

// A section heading of a policy text on a line of its own: "四、清洁能源", "3. Energy".
bool isSectionHeading(QStringView s)
{
    s = s.trimmed();
    if (s.size() < 3 || s.size() > 24 || s.contains(QChar(0x3002)))
        return false;
    qsizetype i = 0;
    while (i < s.size() && (isZhNumeral(s.at(i)) || s.at(i).isDigit()) && i < 3)
        ++i;
    return i > 0 && i < s.size() && (s.at(i) == QChar(0x3001) || s.at(i) == QLatin1Char('.'));
}

// "越南、泰国、马来西亚等东盟国家", "…和所罗门群岛等18个发展中国家", "…等30余个发展中国家": the
// name after 等 (and a count, exact or rounded with 余/多) is the class the listed names belong
// to, part of the same list.
bool isClassAfterList(QStringView gap)
{
    if (gap.isEmpty() || gap.front() != QChar(0x7B49))
        return false;
    gap = gap.mid(1);
    if (gap.isEmpty())
        return true;
    if (gap.back() != QChar(0x4E2A))
        return false;
    for (const QChar c : gap.chopped(1)) {
        if (!c.isDigit() && !isZhNumeral(c) && c != QChar(0x767E) && c != QChar(0x4F59) && c != QChar(0x591A))
            return false;
    }
    return gap.size() > 1;
}

bool isListGap(QStringView gap, const CueBook &book)
{
    gap = gap.trimmed();
    return gap.isEmpty() || isClassAfterList(gap) || book.isListSeparator(gap);
}

// The gap between two names of a list of "country + project" items: "德阿风电项目、" in
// "南非德阿风电项目、摩洛哥努奥光热电站三期、…". A short name with no punctuation, ending in a
// project noun, then 、.
bool isProjectItemGap(QStringView gap, const PhraseList &projectNouns)
{
    if (gap.size() < 3 || gap.size() > 16 || gap.back() != QChar(0x3001))
        return false;
    gap.chop(1);
    for (const QChar c : gap) {
        if (c.unicode() < 0x3400 && !c.isDigit())
            return false;
    }
    return projectNouns.endsBefore(gap, gap.size(), 0);
}

const char *bindingName(Binding b)
{
    switch (b) {
    case Binding::Compound: return "compound";
    case Binding::Bound: return "with";
    case Binding::Location: return "venue";
    case Binding::Beneficiary: return "beneficiary";
    case Binding::Possessive: return "beneficiary";
    case Binding::Weak: return "co-occurrence";
    case Binding::Unbound: break;
    }
    return "unbound";
}

// "binding:with" and the like, shared: every accepted mention adds one.
const QString &bindingCue(Binding b)
{
    static const auto cues = [] {
        std::array<QString, size_t(Binding::Compound) + 1> all;
        for (size_t k = 0; k < all.size(); ++k)
            all[k] = QLatin1String("binding:") + QLatin1String(bindingName(Binding(k)));
        return all;
    }();
    return cues[size_t(b)];
}

// What a record's cue says, kept as a stretch of the text while the article is read: a
// partner named in many sentences repeats its alias and cooperation word, and comparing the
// stretches is cheaper than building each string only to find it in the list already. The
// strings are built once the record is complete, in the order the cues were found.
enum class CueKind : quint8 { Alias, Binding, Cooperation, Sector, Anaphora, ListItem, Group };

struct PendingCue
{
    qsizetype start = 0;
    qsizetype end = 0;
    CueKind kind = CueKind::Alias;
    int value = 0; // the Binding of a binding cue, the sector index of a sector cue
};

// A partnership while the article is read. Its cues and evidence are kept apart and turned
// into strings at the end: both lists grow with every sentence that names the partner.
struct Record
{
    Partnership p;
    std::vector<PendingCue> cues;
    std::vector<const ScannedSentence *> sentences; // the evidence
};

// Adds a cue of `kind` for [start, end) unless the record has one with the same text: its
// string would be the same.
void addCueOnce(Record &r, QStringView text, CueKind kind, qsizetype start, qsizetype end)
{
    const QStringView part = text.sliced(start, end - start);
    for (const PendingCue &c : r.cues) {
        if (c.kind == kind && c.end - c.start == part.size() && text.sliced(c.start, c.end - c.start) == part)
            return;
    }
    r.cues.push_back(PendingCue{start, end, kind, 0});
}

QString cueString(const PendingCue &c, QStringView text, const Taxonomy &taxonomy)
{
    // Names, cooperation words and sector cues recur from record to record and article to
    // article; the sentence openings of the other kinds seldom do, and are built each time.
    thread_local SharedStrings recurring;
    const QStringView part = text.mid(c.start, c.end - c.start);
    switch (c.kind) {
    case CueKind::Alias: return recurring.joined(QLatin1String("alias:"), {part});
    case CueKind::Binding: return bindingCue(Binding(c.value));
    case CueKind::Cooperation: return recurring.joined(QLatin1String("coop:"), {part});
    case CueKind::Sector:
        return recurring.joined(QLatin1String("sector:"), {taxonomy.sectors().at(c.value).id, u":", part});
    case CueKind::Anaphora: return joined(QLatin1String("anaphora:"), {part});
    case CueKind::ListItem: return joined(QLatin1String("list item:"), {part});
    case CueKind::Group: return joined(QLatin1String("group:"), {part});
    }
    return QString();
}

// The record's cues and evidence as the partnership reports them.
Partnership finished(Record &r, const ArticleScan &scan, const Taxonomy &taxonomy)
{
    Partnership &p = r.p;
    p.cues.reserve(qsizetype(r.cues.size()));
    for (const PendingCue &c : r.cues)
        p.cues.append(cueString(c, scan.text, taxonomy));
    std::sort(r.sentences.begin(), r.sentences.end(),
              [](const ScannedSentence *a, const ScannedSentence *b) { return a->start < b->start; });
    p.evidence.reserve(qsizetype(r.sentences.size()));
    for (const ScannedSentence *s : r.sentences)
        p.evidence.append(Evidence{s->start, s->end, scan.evidenceText(*s)});
    return std::move(p);
}

// "由巴西、俄罗斯、印度、中国和南非五国于2015年共同创立", "founded by Brazil, Russia, India, China
// and South Africa": three or more founders of an organisation, named in one list, are its
// members, not partners of China or of each other. Two founders ("由中法两国共同发起") are a
// joint initiative and stay. A 由 list is one of founders only with a founding verb after it.
void markFounders(const ArticleScan &scan, const ScannedSentence &s, QStringView sentence, const CueBook &book,
                  std::vector<bool> &founders)
{
    founders.assign(size_t(s.mentionEnd - s.mentionBegin), false);
    const QStringView text = scan.text;
    // A list of founders has three names at least, so none starts among the last two.
    for (int i = s.mentionBegin; i + 2 < s.mentionEnd; ++i) {
        const Mention &first = scan.mentions[size_t(i)];
        if (!book.foundersBefore.endsBefore(text, first.start, s.start))
            continue;
        if (text.mid(s.start, first.start - s.start).trimmed().endsWith(QChar(0x7531))) { // 由
            const QStringView rest = sentence.mid(first.end - s.start);
            if (std::none_of(book.foundingVerbs.begin(), book.foundingVerbs.end(),
                             [&](const QString &v) { return rest.contains(v); }))
                continue;
        }
        int end = i + 1;
        while (end < s.mentionEnd &&
               isListGap(text.mid(scan.mentions[size_t(end - 1)].end,
                                  scan.mentions[size_t(end)].start - scan.mentions[size_t(end - 1)].end),
                         book))
            ++end;
        if (end - i >= 3)
            std::fill(founders.begin() + (i - s.mentionBegin), founders.begin() + (end - s.mentionBegin), true);
        i = end - 1;
    }
}

// "联合国工业发展组织（工发组织）", "Global Environment Facility (GEF)": the short name in
// brackets right after a name is the same item of a list, not another one.
bool opensBracketOnly(QStringView gap)
{
    const QStringView t = gap.trimmed();
    return t == QLatin1String("(") || t == QStringView(u"（");
}

// Whether a mention sits inside a quoted title (“非洲能源互联互通”, 《…》) opened at most a few
// words before it: the title names a programme, not another party.
bool insideQuotedTitle(QStringView text, qsizetype floor, qsizetype pos)
{
    for (qsizetype k = pos - 1; k >= floor && pos - k <= 12; --k) {
        const QChar c = text.at(k);
        if (c == QChar(0x201C) || c == QChar(0x300A))
            return true;
        if (c == QChar(0x201D) || c == QChar(0x300B) || isClauseBreak(c) || c == QChar(0xFF0C))
            return false;
    }
    return false;
}

// Whether a quoted title right after a name ends in a noun of initiatives or treaties
// ("联合国“全民早期预警”倡议", "非盟《2063年议程》"): the name is the owner of the title.
bool ownsTitleAfter(QStringView text, qsizetype pos, qsizetype end, const PhraseList &nouns)
{
    if (pos >= end || (text.at(pos) != QChar(0x201C) && text.at(pos) != QChar(0x300A)))
        return false;
    const QChar close = text.at(pos) == QChar(0x201C) ? QChar(0x201D) : QChar(0x300B);
    for (qsizetype k = pos + 1; k < end && k - pos <= 24; ++k) {
        if (text.at(k) == close)
            return nouns.startsAt(text, k + 1, end);
    }
    return false;
}

// Where the clauses of sentence `s` (its text `sentence`) start, in order, and then its end.
void findClauseBreaks(const ScannedSentence &s, QStringView sentence, std::vector<qsizetype> &breaks)
{
    // A ';' (or '；') separates independent statements in long policy sentences, and in
    // "中国与老挝合作建设…，与埃及开展…" a '，' before a new 与/同 starts a clause about other
    // partners. One pass, eight units at a time: most sentences hold none of the three.
    breaks.assign(1, s.start);
    const char16_t *units = sentence.utf16();
    const qsizetype n = sentence.size();
    const auto note = [&](qsizetype k) {
        const char16_t u = units[k];
        if (u == u';' || u == 0xFF1B ||
            (u == 0xFF0C && k + 1 < n && (units[k + 1] == 0x4E0E || units[k + 1] == 0x540C)))
            breaks.push_back(s.start + k + 1);
    };
    qsizetype k = 0;
#if defined(__SSE2__)
    const __m128i semicolon = _mm_set1_epi16(u';'), wideSemicolon = _mm_set1_epi16(short(0xFF1B)),
                  wideComma = _mm_set1_epi16(short(0xFF0C));
    for (; k + 8 <= n; k += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + k));
        const __m128i hit = _mm_or_si128(_mm_cmpeq_epi16(v, semicolon),
                                         _mm_or_si128(_mm_cmpeq_epi16(v, wideSemicolon),
                                                      _mm_cmpeq_epi16(v, wideComma)));
        // One bit per unit: the low byte's of each 16-bit lane.
        for (quint32 mask = quint32(_mm_movemask_epi8(hit)) & 0x5555u; mask != 0; mask &= mask - 1)
            note(k + qsizetype(qCountTrailingZeroBits(mask)) / 2);
    }
#endif
    for (; k < n; ++k)
        note(k);
    breaks.push_back(s.end);
}

// The sentence's first cue of `cls` that ends inside it. A sentence's own cues are all that
// start in it, so no search of the article's cues is needed.
const CueHit *firstCue(const ArticleScan &scan, const ScannedSentence &s, CueClass cls)
{
    if (!scan.has(s, cls))
        return nullptr;
    for (int c = s.cueBegin; c < s.cueEnd; ++c) {
        const CueHit &h = scan.cues[size_t(c)];
        if (h.cls == cls && h.end <= s.end)
            return &h;
    }
    return nullptr;
}

// The highest stage rank the sentence's cues tell, or -1.
int highestStage(const ArticleScan &scan, const ScannedSentence &s)
{
    int rank = -1;
    for (int c = s.cueBegin; c < s.cueEnd; ++c) {
        const CueHit &h = scan.cues[size_t(c)];
        if (h.cls == CueClass::Stage && h.end <= s.end)
            rank = std::max(rank, h.value);
    }
    return rank;
}

struct RecordKey
{
    int entity;
    int eventYear;
    bool operator<(const RecordKey &o) const
    {
        return entity != o.entity ? entity < o.entity : eventYear < o.eventYear;
    }
};

} // namespace

QList<Partnership> PartnershipFinder::find(const ArticleScan &scan, const QString &articleId,
                                           const DateInfo &articleDate) const
{
    QList<Partnership> out;
    // An article that never speaks of climate, energy or the environment has no climate
    // partnerships, however much cooperation it reports; nor has one in which China takes no
    // part, by name or through one of its firms ("PowerChina signed … with Uzbekistan").
    if (scan.climateCues < 1)
        return out;
    if (scan.selfMentions == 0 && std::none_of(scan.cues.begin(), scan.cues.end(), [](const CueHit &h) {
            return h.cls == CueClass::ChineseFirm;
        }))
        return out;

    const QStringView text = scan.text;
    const QList<Entity> &entities = m_gazetteer.entities();
    std::map<RecordKey, Record> records;
    QList<int> lastPartners; // for "the two sides" in a later sentence
    QList<int> groupPartners; // the last several partners named together, for "六国", "all parties"
    // Whether they act together (not only hosts or beneficiaries of China's projects): only then
    // does a plan's section that opens without a subject speak for them.
    bool groupActs = false;
    QList<int> listPartners;  // partners of an open list ("…在以下领域开展合作："), for its items
    bool afterHeading = false;
    bool listOpen = false;

    // Reused for every query, and per thread from article to article: sentences ask for cues
    // many times, and allocating a fresh list each time was a large share of the extraction
    // time.
    thread_local std::vector<const CueHit *> hits;
    const ScannedSentence *current = nullptr; // the sentence being read
    const auto cuesIn = [&](qsizetype from, qsizetype to, CueClass cls) -> const std::vector<const CueHit *> & {
        hits.clear();
        // Nearly every query lies inside the current sentence, so its cues are all there is to
        // search; a frame carried from an earlier sentence searches the whole article.
        const bool inside = from >= current->start && to <= current->end;
        const auto first = inside ? scan.cues.begin() + current->cueBegin : scan.cues.begin();
        const auto last = inside ? scan.cues.begin() + current->cueEnd : scan.cues.end();
        auto it = std::lower_bound(first, last, from, [](const CueHit &h, qsizetype pos) { return h.start < pos; });
        for (; it != last && it->start < to; ++it) {
            if (it->end <= to && it->cls == cls)
                hits.push_back(&*it);
        }
        return hits;
    };

    const auto addEvidence = [&](Record &r, const ScannedSentence &s) {
        for (const ScannedSentence *e : r.sentences) {
            if (e->start == s.start)
                return;
        }
        r.sentences.push_back(&s);
    };
    // Adds the sectors cued in [from, to) and says whether there were any: a scope without
    // sector cues of its own takes those of its clause.
    const auto addSectors = [&](Record &r, qsizetype from, qsizetype to) {
        const std::vector<const CueHit *> &sectorHits = cuesIn(from, to, CueClass::Sector);
        for (const CueHit *h : sectorHits) {
            const QString &id = m_taxonomy.sectors().at(h->value).id;
            if (!r.p.sectors.contains(id)) {
                r.p.sectors.append(id);
                r.cues.push_back(PendingCue{h->start, h->end, CueKind::Sector, h->value});
            }
        }
        return !sectorHits.empty();
    };
    const auto addStage = [&](Partnership &p, const ScannedSentence &s) {
        if (!scan.has(s, CueClass::Stage))
            return;
        const int rank = std::max(int(m_book.stages.indexOf(p.stage)), highestStage(scan, s));
        if (rank > 0)
            p.stage = m_book.stages.at(rank);
    };

    // A sentence that names nobody but China and refers back: the partner it refers to gets its
    // sectors, stage and evidence. False when that partner has no record yet.
    const auto attachTo = [&](int entity, const ScannedSentence &s, CueKind why) {
        // The entity's first record, by the order of the keys.
        const auto it = records.lower_bound(RecordKey{entity, std::numeric_limits<int>::min()});
        if (it == records.end() || it->first.entity != entity)
            return false;
        Record &r = it->second;
        addEvidence(r, s);
        addSectors(r, s.start, s.end);
        addStage(r.p, s);
        r.cues.push_back(PendingCue{s.start, std::min(s.end, s.start + 40), why, 0});
        return true;
    };

    // "The two sides agreed …", "7. The Parties will …": a sentence whose subject is the pair
    // named before continues that partnership. A pair phrase that opens the sentence is its
    // subject whatever else it names; elsewhere ("… the two sides will cooperate") it counts
    // when the sentence names no other possible partner (China itself or a treaty may be
    // named). One-word forms ("They", "Both") count only as the subject.
    const auto carryPairAnaphora = [&](const ScannedSentence &s) -> int {
        bool found = false, opening = false;
        for (const CueHit *h : cuesIn(s.start, s.end, CueClass::PairAnaphora)) {
            const bool opens = opensAt(text, s.start, h->start);
            const QStringView w = text.mid(h->start, h->end - h->start);
            const bool oneLatinWord = !w.contains(QLatin1Char(' ')) && w.front().unicode() < 0x80;
            if (opens || !oneLatinWord) {
                found = true;
                opening = opens;
                break;
            }
        }
        bool others = false;
        for (int i = s.mentionBegin; i < s.mentionEnd; ++i) {
            const Mention &m = scan.mentions[size_t(i)];
            const Entity &e = entities.at(m.entity);
            // Classes of countries ("发达国家", "developing countries") are talked about, not
            // a new pair "the two sides" could mean.
            if (!scan.isSelf(m) && e.canBePartner() && e.kind != QLatin1String("convention") &&
                e.kind != QLatin1String("group") && !lastPartners.contains(m.entity))
                others = true;
        }
        if (!found || lastPartners.isEmpty() || (others && !opening)) {
            if (others)
                lastPartners.clear();
            return -1;
        }
        // Of several partners named last, the pair is with the one the article names most.
        int target = lastPartners.first();
        if (lastPartners.size() > 1) {
            int most = -1;
            for (int candidate : lastPartners) {
                const int n = int(std::count_if(scan.mentions.begin(), scan.mentions.end(),
                                                [&](const Mention &m) { return m.entity == candidate; }));
                if (n > most) {
                    most = n;
                    target = candidate;
                }
            }
        }
        return attachTo(target, s, CueKind::Anaphora) ? target : -1;
    };

    // Scratch per thread, each reset before use: fresh vectors for every article cost a
    // few allocations each as they grew.
    thread_local std::vector<Candidate> cands;
    thread_local std::vector<Binding> bindings;
    thread_local std::vector<bool> founders;
    thread_local std::vector<qsizetype> breaks;
    thread_local std::vector<Candidate> accepted;
    thread_local std::vector<Group> groups;
    // How mention i of sentence s is tied to China, the mentions before it classified already.
    // withChinaAt: where the sentence says "with China", or -1.
    const auto bindingOf = [&](const ScannedSentence &s, int i, qsizetype withChinaAt) {
        const Mention &m = scan.mentions[size_t(i)];
        if (scan.isSelf(m) || founders[size_t(i - s.mentionBegin)])
            return Binding::Unbound;
        if (m.type == AliasType::Compound)
            return Binding::Compound;
        if (i > s.mentionBegin && insideOwnedName(text, scan.mentions[size_t(i - 1)], m, s.end, m_book))
            return Binding::Unbound; // "Americas" in "Canada's Lithium Americas"
        if (i > s.mentionBegin) {
            const Mention &prev = scan.mentions[size_t(i - 1)];
            const Binding prevBinding = bindings[size_t(i - 1 - s.mentionBegin)];
            const QStringView gap = text.mid(prev.end, m.start - prev.end);
            if (isListGap(gap, m_book) || isProjectItemGap(gap, m_book.projectNouns)) {
                if (scan.isSelf(prev))
                    return Binding::Bound;
                // "the Uzbek Ministry of Energy" is a party of its own, never one more item of
                // a list of venues ("In Tashkent, the Uzbek Ministry …").
                const bool institution = m.type == AliasType::Adjective &&
                                         m_book.institutionAfter.startsAt(text, m.end, s.end);
                if ((prev.entity == m.entity || prevBinding >= Binding::Beneficiary) &&
                    !(institution && prevBinding == Binding::Location))
                    return prevBinding == Binding::Compound ? Binding::Bound : prevBinding;
            }
        }
        if (labelsItem(text, s, m))
            return Binding::Bound; // "- **Senegal:** the Chinese side will help set up …"
        if (m.type == AliasType::Adjective && m_book.beneficiaryPeople.startsAt(text, m.end, s.end))
            return Binding::Beneficiary; // "trained hundreds of Pakistani engineers"
        if (m_book.agentBefore.endsBefore(text, m.start, s.start))
            return Binding::Bound; // "implemented by UNDP"
        if (m_book.unboundBefore.endsBefore(text, m.start, s.start) ||
            ownsTitleAfter(text, m.end, s.end, m_book.titleNouns))
            return Binding::Unbound;
        if (m_book.locationBefore.endsBefore(text, m.start, s.start))
            return Binding::Location;
        if (m_book.boundBefore.endsBefore(text, m.start, s.start)) // "jointly with Canada's Lithium Americas"
            return ownsNamedBody(text, m, s.end, m_book) ? Binding::Unbound : Binding::Bound;
        if (i + 1 < s.mentionEnd && scan.isSelf(scan.mentions[size_t(i + 1)]) &&
            isListGap(text.mid(m.end, scan.mentions[size_t(i + 1)].start - m.end), m_book))
            return Binding::Bound; // "Japan and China"
        if (m_book.beneficiaryBefore.endsBefore(text, m.start, s.start))
            return Binding::Beneficiary;
        if (text.mid(m.end, 2) == QLatin1String("'s") || text.mid(m.end, 2) == QStringView(u"’s") ||
            text.mid(m.end, 2) == QLatin1String("' ")) {
            // "Peru's Ministry of Transport and Communications will work together with …": the
            // possessor of a ministry or government is a party of its own.
            if (m_book.institutionAfter.startsAt(text, m.end + 2, s.end))
                return Binding::Weak;
            return Binding::Possessive;
        }
        if (withChinaAt > m.start)
            return Binding::Bound; // "the U.S. … is willing to work with China"
        return Binding::Weak;
    };

    // The last sentence told of China's training or aid: "The participants, who came from
    // countries including …" right after it continues that frame without repeating it.
    bool aidFrame = false;
    bool chinaInLabelledList = false; // an item of the current labelled list named China's side
    qsizetype frameStart = 0, frameEnd = 0;
    qsizetype frameLast = -1; // the start of the sentence that last set or continued the frame
    qsizetype previousStart = -1;
    for (const ScannedSentence &s : scan.sentences) {
        current = &s;
        // "- **Timor-Leste:** a similar memorandum covers …": an item of a labelled list whose
        // earlier items named China's side goes on with it; any other sentence ends the list.
        const bool labelledItem =
            s.mentionBegin < s.mentionEnd && labelsItem(text, s, scan.mentions[size_t(s.mentionBegin)]);
        if (!labelledItem)
            chinaInLabelledList = false;
        // The frame stays set for the rest of the article: participants are often described a
        // sentence or two after the workshop that China held ("The workshop covered …
        // Participants came from countries including …").
        const bool inherits = aidFrame && m_book.participantSubjects.startsAt(text, s.start, s.end);
        // Further away, the participants may be talking of something else ("Participants from
        // Fiji hoped the summit would …"): the frame gives their link and its sectors only.
        const bool inheritsFar = inherits && frameLast != previousStart;
        previousStart = s.start;
        bool othersNamed = false;
        for (int i = s.mentionBegin; i < s.mentionEnd && !othersNamed; ++i)
            othersNamed = !scan.isSelf(scan.mentions[size_t(i)]);
        const QStringView sentence = text.mid(s.start, s.end - s.start);
        const bool heading = isSectionHeading(sentence);
        const bool wasAfterHeading = afterHeading;
        afterHeading = heading;
        const bool wasOpen = listOpen;
        listOpen = endsOpen(sentence);
        // Items of an open list inherit its partners: "双方计划在以下领域开展合作：A；B；C。"
        // and "（一）…（八）…" under such a sentence.
        if (!listPartners.isEmpty()) {
            if (!othersNamed && !heading && (isListItem(sentence) || wasOpen)) {
                for (int entity : listPartners)
                    attachTo(entity, s, CueKind::ListItem);
                continue;
            }
            listPartners.clear();
        }
        if (!othersNamed && groupPartners.size() > 1 && scan.has(s, CueClass::Cooperation) &&
            (scan.has(s, CueClass::GroupAnaphora) || (wasAfterHeading && groupActs))) {
            // "六国将…", or a plan's section that opens without a subject right after its heading.
            for (int entity : groupPartners)
                attachTo(entity, s, CueKind::Group);
            if (endsOpen(sentence))
                listPartners = groupPartners;
            continue;
        }
        if (s.mentionBegin == s.mentionEnd && lastPartners.isEmpty())
            continue;
        // Aid (training, donations, projects built for a country) is cooperation too.
        const bool coop = inherits || scan.has(s, CueClass::Cooperation) || scan.has(s, CueClass::Aid);
        if (!coop)
            continue;
        const bool strong = scan.has(s, CueClass::StrongCooperation);

        bool chinaExplicit = false;
        qsizetype withChinaAt = -1;
        for (int i = s.mentionBegin; i < s.mentionEnd; ++i) {
            const Mention &m = scan.mentions[size_t(i)];
            if (scan.isSelf(m)) {
                chinaExplicit = true;
                if (withChinaAt < 0 && m_book.boundBefore.endsBefore(text, m.start, s.start))
                    withChinaAt = m.start;
            } else if (m.type == AliasType::Compound) {
                chinaExplicit = true;
            }
        }
        // "In the UAE, SINOMACH and Jinko Power delivered …": a Chinese firm is China's side.
        // The opening words are read last: most sentences that get here name China already.
        const bool chinaPresent = chinaExplicit || inherits || scan.has(s, CueClass::ChineseFirm) ||
                                  (labelledItem && chinaInLabelledList) ||
                                  (scan.chinaCentric && (opensWithWord(text, s, m_book.pronounSubjects) ||
                                                         opensWithBeforeName(scan, s, m_book.subjectlessWith)));
        chinaInLabelledList = labelledItem && chinaPresent;

        // Classify every mention in the sentence.
        cands.clear();
        bindings.assign(size_t(s.mentionEnd - s.mentionBegin), Binding::Unbound);
        markFounders(scan, s, sentence, m_book, founders);
        for (int i = s.mentionBegin; i < s.mentionEnd; ++i) {
            const Binding b = bindingOf(s, i, withChinaAt);
            bindings[size_t(i - s.mentionBegin)] = b;
            if (entities.at(scan.mentions[size_t(i)].entity).canBePartner() && b != Binding::Unbound)
                cands.push_back(Candidate{i, b, 0.0, -1});
        }

        const bool aid = inherits || scan.has(s, CueClass::Aid);
        if (aid && chinaPresent) {
            aidFrame = true;
            frameLast = s.start;
            frameStart = inherits ? frameStart : s.start;
            frameEnd = inherits ? frameEnd : s.end;
        }
        const bool climate = scan.any(s, CueClass::ClimateTopic) || scan.any(s, CueClass::Sector);
        // Clause boundaries are looked for when a clause is first asked for: many sentences
        // have no candidate that needs one.
        breaks.clear();
        const auto clauseOf = [&](qsizetype pos) {
            if (breaks.empty())
                findClauseBreaks(s, sentence, breaks);
            size_t c = 0;
            while (c + 2 < breaks.size() && breaks[c + 1] <= pos)
                ++c;
            return std::make_pair(breaks[c], breaks[c + 1]);
        };
        const auto strongInClause = [&](qsizetype pos) {
            const auto clause = clauseOf(pos);
            for (const Candidate &c : cands) {
                const Mention &m = scan.mentions[size_t(c.mention)];
                if (m.start >= clause.first && m.start < clause.second &&
                    (c.binding == Binding::Bound || c.binding == Binding::Compound))
                    return true;
            }
            return false;
        };

        // "China built a record 200 GW of solar at home, while installations in India slowed":
        // a place after a contrast that follows the sentence's aid cues is no venue of them.
        const auto turnsAwayBefore = [&](qsizetype pos) {
            qsizetype lastAid = -1;
            for (int k = s.cueBegin; k < s.cueEnd && scan.cues[size_t(k)].start < pos; ++k) {
                if (scan.cues[size_t(k)].cls == CueClass::Aid)
                    lastAid = scan.cues[size_t(k)].end;
            }
            if (lastAid < 0)
                return false;
            const QStringView between = text.mid(lastAid, pos - lastAid);
            return std::any_of(m_book.contrast.begin(), m_book.contrast.end(),
                               [&](const QString &c) { return between.contains(c, Qt::CaseInsensitive); });
        };
        accepted.clear();
        for (Candidate c : cands) {
            const Mention &m = scan.mentions[size_t(c.mention)];
            const QString &kind = entities.at(m.entity).kind;
            const bool group = kind == QLatin1String("group");
            const bool convention = kind == QLatin1String("convention");
            double conf = 0.0;
            switch (c.binding) {
            case Binding::Compound:
                conf = 0.9;
                break;
            case Binding::Bound:
                if (chinaPresent || withChinaAt >= 0)
                    conf = m.type == AliasType::Adjective ? 0.6 : 0.9;
                break;
            case Binding::Beneficiary:
                if (aid && chinaPresent && !convention)
                    conf = 0.7;
                break;
            case Binding::Location:
                if (aid && chinaPresent && !group && !convention && !strongInClause(m.start) &&
                    !turnsAwayBefore(m.start))
                    conf = 0.65;
                break;
            case Binding::Possessive:
                if (aid && chinaPresent && !convention && !strongInClause(m.start))
                    conf = 0.6;
                break;
            case Binding::Weak:
                if (strong && chinaPresent && climate && !group && !convention &&
                    (m.type != AliasType::Adjective || m_book.institutionAfter.startsAt(text, m.end, s.end)) &&
                    !strongInClause(m.start))
                    conf = 0.5;
                break;
            case Binding::Unbound:
                break;
            }
            if (convention && !(c.binding == Binding::Bound &&
                                m_book.boundBefore.endsBefore(text, m.start, s.start)))
                conf = 0.0;
            if (conf > 0.0) {
                c.confidence = conf;
                accepted.push_back(c);
            }
        }

        if (accepted.empty()) {
            // "The two sides agreed …": a sentence about the pair named just before; a list it
            // opens ("双方同意在以下领域合作：") is about the same pair.
            const int pair = carryPairAnaphora(s);
            if (pair >= 0 && (endsOpen(sentence) || sentence.contains(QChar(0xFF1A))))
                listPartners = {pair};
            continue;
        }

        // Lists ("with the United States, European Union, Italy and Japan") share one scope.
        groups.clear();
        for (size_t k = 0; k < accepted.size(); ++k) {
            const Mention &m = scan.mentions[size_t(accepted[k].mention)];
            if (k > 0) {
                const Mention &p = scan.mentions[size_t(accepted[k - 1].mention)];
                const auto clause = clauseOf(p.start);
                const QStringView gap = text.mid(p.end, m.start - p.end);
                if (m.start < clause.second &&
                    (isListGap(gap, m_book) || isProjectItemGap(gap, m_book.projectNouns) ||
                     (m.entity == p.entity && opensBracketOnly(gap)))) {
                    groups.back().end = m.end;
                    accepted[k].group = int(groups.size() - 1);
                    continue;
                }
            }
            groups.push_back(Group{m.start, m.end});
            accepted[k].group = int(groups.size() - 1);
        }

        lastPartners.clear();
        for (const Candidate &c : accepted) {
            const Mention &m = scan.mentions[size_t(c.mention)];
            const auto clause = clauseOf(m.start);
            // The scope whose cues describe this partner: the whole clause when it names one
            // group; otherwise the words between this group and its neighbours, read forward
            // for "with X on …" and backward for "cooperation on … with X".
            qsizetype from = clause.first, to = clause.second;
            // Groups naming other partners; repeated mentions of this one do not split it.
            int inClause = 0;
            for (const Candidate &o : accepted) {
                const Mention &om = scan.mentions[size_t(o.mention)];
                if (om.start >= clause.first && om.start < clause.second && om.entity != m.entity &&
                    o.group != c.group)
                    ++inClause;
            }
            inClause = inClause > 0 ? 2 : 1;
            const Group &g = groups[size_t(c.group)];
            if (inClause > 1) {
                const Group *prevG = c.group > 0 ? &groups[size_t(c.group - 1)] : nullptr;
                const Group *nextG = size_t(c.group + 1) < groups.size() ? &groups[size_t(c.group + 1)] : nullptr;
                if (m_book.forwardScope.startsAt(text, g.end, clause.second) ||
                    m_book.forwardAfter.endsBefore(text, g.start, clause.first)) {
                    from = g.start;
                    to = (nextG && nextG->start < clause.second) ? nextG->start : clause.second;
                } else {
                    from = (prevG && prevG->end > clause.first) ? prevG->end : clause.first;
                    to = g.end;
                }
            }

            // A stretch of the clause that names someone else is about them: "… with South
            // Africa and India, and aided projects in developing countries".
            for (int i = s.mentionBegin; i < s.mentionEnd; ++i) {
                const Mention &o = scan.mentions[size_t(i)];
                if (scan.isSelf(o) || o.entity == m.entity || (o.start >= g.start && o.end <= g.end))
                    continue;
                // Another name of a partner in this group ("…联合国工业发展组织（工发组织）合作…").
                if (std::any_of(accepted.begin(), accepted.end(), [&](const Candidate &a) {
                        return a.group == c.group && scan.mentions[size_t(a.mention)].entity == o.entity;
                    }))
                    continue;
                // A treaty or China's own programme is not someone else: "cooperate on
                // adaptation … under the Paris Agreement" is still about this partner.
                const Entity &oe = entities.at(o.entity);
                if (!oe.canBePartner() || oe.kind == QLatin1String("convention") ||
                    insideQuotedTitle(text, clause.first, o.start))
                    continue;
                if (o.start >= g.end && o.start < to) {
                    const qsizetype comma = text.mid(g.end, o.start - g.end).lastIndexOf(QLatin1Char(','));
                    to = comma >= 0 ? g.end + comma : o.start;
                } else if (o.end <= g.start && o.end > from) {
                    const qsizetype comma = text.mid(o.end, g.start - o.end).indexOf(QLatin1Char(','));
                    from = comma >= 0 ? o.end + comma + 1 : o.end;
                }
            }

            DateInfo date = eventDateIn(scan, from, to, m_book);
            // The clause is asked only when wider than the scope: the same range, the same answer.
            if (!date.isValid() && (from != clause.first || to != clause.second))
                date = eventDateIn(scan, clause.first, clause.second, m_book);
            const RecordKey key{m.entity, date.isValid() ? date.year : 0};
            const auto [slot, fresh] = records.try_emplace(key);
            Record &r = slot->second;
            Partnership &p = r.p;
            if (fresh) {
                // Enough for most partners, which saves growing the lists step by step.
                r.cues.reserve(16);
                r.sentences.reserve(8);
                p.sectors.reserve(4);
                p.articleId = articleId;
                p.partnerId = entities.at(m.entity).id;
                p.date = date.isValid() ? date : articleDate;
            }
            p.confidence = 1.0 - (1.0 - p.confidence) * (1.0 - c.confidence);
            addCueOnce(r, text, CueKind::Alias, m.start, m.end);
            r.cues.push_back(PendingCue{m.start, m.end, CueKind::Binding, int(c.binding)});
            if (const CueHit *h = firstCue(scan, s, CueClass::StrongCooperation))
                addCueOnce(r, text, CueKind::Cooperation, h->start, h->end);
            addEvidence(r, s);
            if (inherits)
                addSectors(r, frameStart, frameEnd);
            // Far from its frame, a participants' sentence gets the frame's sectors only; a
            // scope with no sector cue of its own reads those of its clause.
            if (!inheritsFar && !addSectors(r, from, to) && inClause > 1)
                addSectors(r, clause.first, clause.second);
            addStage(p, s);
            if (p.kind.isEmpty() && scan.has(s, CueClass::Kind)) {
                int best = -1;
                for (const CueHit *h : cuesIn(from, to, CueClass::Kind))
                    best = best < 0 ? h->value : std::min(best, h->value);
                if (best < 0) {
                    for (const CueHit *h : cuesIn(s.start, s.end, CueClass::Kind))
                        best = best < 0 ? h->value : std::min(best, h->value);
                }
                if (best >= 0)
                    p.kind = m_book.kinds.at(best);
            }
            if (!lastPartners.contains(m.entity))
                lastPartners.append(m.entity);
        }
        if (lastPartners.size() >= 3 || (lastPartners.size() >= 2 && scan.has(s, CueClass::GroupAnaphora))) {
            groupPartners = lastPartners;
            groupActs = std::count_if(accepted.begin(), accepted.end(), [](const Candidate &c) {
                            return c.binding != Binding::Beneficiary && c.binding != Binding::Location &&
                                   c.binding != Binding::Possessive;
                        }) >= 2;
        }
        if (listOpen || sentence.contains(QChar(0xFF1A)))
            listPartners = lastPartners;
    }

    const QString generic = QStringLiteral("policy_dialogue");
    out.reserve(qsizetype(records.size()));
    for (auto &[key, r] : records) {
        Partnership &p = r.p;
        // Cooperation on climate change with no narrower field named is climate diplomacy.
        if (p.sectors.isEmpty() && m_taxonomy.sector(generic))
            p.sectors.append(generic);
        if (p.kind.isEmpty())
            p.kind = QStringLiteral("cooperation");
        p.confidence = std::min(0.99, p.confidence);
        out.append(finished(r, scan, m_taxonomy));
    }
    return out;
}

} // namespace cpe
