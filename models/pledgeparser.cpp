#include "pledgeparser.h"

#include "casefold.h"
#include "sharedstrings.h"
#include "yearscan.h"

#include <algorithm>
#include <array>

namespace cpe {

namespace {

// Kinds that are only a pledge with a deadline; the rest need an amount.
bool needsYear(const QString &kind)
{
    return kind != QLatin1String("temperature_limit") && kind != QLatin1String("climate_finance");
}

// The partner of a text about China and one counterpart ("Both sides commit to …"): the
// country or bloc the article names most, other than China.
int mainCounterpart(const ArticleScan &scan, const QList<Entity> &entities)
{
    std::vector<std::pair<int, int>> counts;
    for (const Mention &m : scan.mentions) {
        const Entity &e = entities.at(m.entity);
        if (scan.isSelf(m) || (e.kind != QLatin1String("country") && e.kind != QLatin1String("bloc")) ||
            !e.canBePartner())
            continue;
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == m.entity; });
        if (it == counts.end())
            counts.emplace_back(m.entity, 1);
        else
            ++it->second;
    }
    int best = -1, most = 0;
    for (const auto &[entity, n] : counts) {
        if (n > most) {
            most = n;
            best = entity;
        }
    }
    return best;
}

bool isZhClauseBreak(QChar c)
{
    return c == QChar(0x3001) || c == QChar(0xFF0C) || c == QChar(0xFF1B) || c == QChar(0x3002) ||
           c == QChar(0xFF1A);
}

// Whether a Chinese clause or list break (、，；。：) lies in text[from, to): several targets
// in one sentence each sit in their own clause ("2030年前实现碳达峰、2060年前实现碳中和").
bool zhBreakBetween(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        if (isZhClauseBreak(text.at(k)))
            return true;
    }
    return false;
}

// Whether a Chinese deadline leads a later target of its own: in "关于碳达峰碳中和的决策，确保
// 2030年前实现碳达峰，力争2060年前实现碳中和" each year is the deadline of the cue right after
// it, not of the topic words before them.
bool zhDeadlineOfLaterCue(const ArticleScan &scan, const ScannedSentence &s, const YearToken &y,
                          const CueHit &cue)
{
    constexpr qsizetype MaxLead = 12;
    if (y.end >= scan.text.size() || scan.text.at(y.end) != QChar(0x5E74)) // 年
        return false;
    for (int k = s.cueBegin; k < s.cueEnd; ++k) {
        const CueHit &c = scan.cues[size_t(k)];
        if (c.cls == CueClass::PledgeKind && &c != &cue && c.start >= y.end && c.start - y.end <= MaxLead &&
            !zhBreakBetween(scan.text, y.end, c.start))
            return true;
    }
    return false;
}

// "at the COP29 conference in Baku, Azerbaijan, that it would …": a name after "in <City>,"
// and closed by a comma is the country of a venue, in apposition to the city, not an actor.
// "In Glasgow, Britain pledged …" has no closing comma: there the name is the subject.
bool isVenueApposition(QStringView text, qsizetype start, qsizetype end, qsizetype floor,
                       qsizetype ceiling, const CueBook &book)
{
    qsizetype after = end;
    while (after < ceiling && text.at(after) == QLatin1Char(' '))
        ++after;
    if (after >= ceiling || text.at(after) != QLatin1Char(','))
        return false;
    qsizetype p = start;
    while (p > floor && text.at(p - 1) == QLatin1Char(' '))
        --p;
    if (p <= floor || text.at(p - 1) != QLatin1Char(','))
        return false;
    --p;
    // The city: up to three capitalised words, right after a place preposition.
    for (int words = 0; words < 3; ++words) {
        while (p > floor && text.at(p - 1) == QLatin1Char(' '))
            --p;
        const qsizetype wordEnd = p;
        while (p > floor && (text.at(p - 1).isLetter() || text.at(p - 1) == QLatin1Char('-') ||
                             text.at(p - 1) == QLatin1Char('\'')))
            --p;
        if (p == wordEnd || !text.at(p).isUpper())
            return false;
        if (book.locationBefore.endsBefore(text, p, floor))
            return true;
    }
    return false;
}

// A Chinese year that opens the clause of the target after it, though no 到/前 marks it:
// "、2065年实现…" (the next item of a list of targets), "2030财年排放量…" (a fiscal year).
// "，2021年中国单位…下降" reports a past result and is none.
bool zhDeadlineBefore(QStringView text, const YearToken &y, qsizetype floor)
{
    if (y.base || y.rangeEnd)
        return false;
    const QStringView after = text.mid(y.end, 3);
    if (after.startsWith(u"财年"))
        return true;
    const bool opensClause =
        y.start > floor && (text.at(y.start - 1) == QChar(0x3001) || text.at(y.start - 1) == QChar(0xFF0C));
    return opensClause && (after == QStringView(u"年实现") || after == QStringView(u"年达到"));
}

// A cut measured from a base ("排放量比2018年减少40%", "排放量在2018年基础上降低…"): the cue
// names only the comparison, so a verb of decrease must follow within its clause.
bool isBaseComparison(QStringView cue)
{
    const QChar last = cue.back();
    return last == QChar(0x6BD4) || last == QChar(0x8F83) || last == QChar(0x5728) || last == QChar(0x5BF9);
}

bool decreaseFollows(QStringView text, qsizetype from, qsizetype to)
{
    static const QStringView verbs[] = {u"减少", u"下降", u"降低", u"削减"};
    for (qsizetype k = from; k + 1 < to && !(k > from && isZhClauseBreak(text.at(k))); ++k) {
        for (QStringView v : verbs) {
            if (text.at(k) == v.at(0) && text.at(k + 1) == v.at(1))
                return true;
        }
    }
    return false;
}

// Whether one of `words` stands in text[from, to) as a word of its own ("will also increase").
bool hasWord(QStringView text, qsizetype from, qsizetype to, const QStringList &words)
{
    const QStringView s = text.mid(from, to - from);
    for (const QString &w : words) {
        for (qsizetype k = s.indexOf(w, 0, Qt::CaseInsensitive); k >= 0;
             k = s.indexOf(w, k + 1, Qt::CaseInsensitive)) {
            const bool latin = w.front().unicode() < 0x80;
            const bool startsWord = k == 0 || !latin || !s.at(k - 1).isLetter();
            const bool endsWord = k + w.size() >= s.size() || !latin || !s.at(k + w.size()).isLetter();
            if (startsWord && endsWord)
                return true;
        }
    }
    return false;
}

// Whether "by <year>" opens a clause after "that" or a comma: "Xi said that by 2035 China
// would reduce …", "…, and by 2030 it will …". Such a deadline governs its clause as one
// opening the sentence does.
bool byOpensClause(QStringView text, qsizetype floor, qsizetype yearStart)
{
    qsizetype p = yearStart;
    while (p > floor && text.at(p - 1) == QLatin1Char(' '))
        --p;
    if (p - floor < 2 || text.mid(p - 2, 2).compare(QLatin1String("by"), Qt::CaseInsensitive) != 0)
        return false;
    p -= 2;
    if (p > floor && text.at(p - 1).isLetter())
        return false; // "nearby 2030" is no "by"
    while (p > floor && text.at(p - 1) == QLatin1Char(' '))
        --p;
    if (p > floor && text.at(p - 1) == QLatin1Char(','))
        return true;
    return p - floor >= 4 && text.mid(p - 4, 4).compare(QLatin1String("that"), Qt::CaseInsensitive) == 0 &&
           (p - 4 == floor || !text.at(p - 5).isLetter());
}

// "…进一步宣布：到2030年，中国单位…将比2005年下降65%以上，非化石能源占…比重将达到25%左右…":
// 到 + year right after a colon or comma opens a clause whose every target it dates.
bool zhDeadlineOpensClause(QStringView text, qsizetype floor, qsizetype yearStart)
{
    if (yearStart - floor < 2 || text.at(yearStart - 1) != QChar(0x5230)) // 到
        return false;
    const char16_t before = text.at(yearStart - 2).unicode();
    return before == 0xFF1A || before == 0xFF0C || before == u':' || before == u',';
}

// "Xi said that by 2035 China would reduce …": after a verb of saying, "would" is the reported
// "will" of a commitment. Only when every hedge of the sentence is such a "would" after such a
// verb; "could" and "may" stay forecasts. Where the first such "would" is, or -1: only the
// reported clause after it pledges.
qsizetype reportedWillAt(const ArticleScan &scan, const ScannedSentence &s, const CueBook &book)
{
    qsizetype at = -1;
    for (int k = s.cueBegin; k < s.cueEnd; ++k) {
        const CueHit &h = scan.cues[size_t(k)];
        if (h.cls != CueClass::Hedge)
            continue;
        if (!book.backshiftedHedges.contains(scan.text.mid(h.start, h.end - h.start), Qt::CaseInsensitive) ||
            !hasWord(scan.text, s.start, h.start, book.reportingVerbs))
            return -1;
        if (at < 0)
            at = h.start;
    }
    return at;
}

// A figure right before its cue: "新增至少300吉瓦可再生能源装机", "generate 100 percent of its
// electricity from renewable sources". Taken from the cue's own clause only.
std::optional<Quantity> amountBefore(QStringView text, qsizetype floor, qsizetype cueStart)
{
    qsizetype from = cueStart;
    while (from > floor && cueStart - from < 24 && !isZhClauseBreak(text.at(from - 1)))
        --from;
    return findQuantity(text, from, cueStart);
}

// Whether the sentence has a cue of `cls` that is not part of a forecast: in "可能达到3.1摄氏度",
// "预计将" or "could reach", the word right after the hedge (or the hedge itself, when a word
// is both) commits nobody.
// A Chinese hedge governs its clause up to the verb, the deadline often standing between them:
// "中国的碳排放总量可能在2030年前后达到峰值" forecasts.
bool zhHedgeGoverns(QStringView text, const CueHit &hedge, qsizetype verb)
{
    constexpr qsizetype MaxReach = 16;
    if (verb <= hedge.end || verb - hedge.end > MaxReach || text.at(hedge.start).unicode() < 0x2E80)
        return false;
    for (qsizetype k = hedge.end; k < verb; ++k) {
        if (isZhClauseBreak(text.at(k)))
            return false;
    }
    return true;
}

bool hasUnhedged(const ArticleScan &scan, const ScannedSentence &s, CueClass cls)
{
    if (!scan.has(s, cls))
        return false;
    for (int k = s.cueBegin; k < s.cueEnd; ++k) {
        const CueHit &c = scan.cues[size_t(k)];
        if (c.cls != cls)
            continue;
        bool hedged = false;
        for (int j = s.cueBegin; j < s.cueEnd && !hedged; ++j) {
            const CueHit &h = scan.cues[size_t(j)];
            hedged = h.cls == CueClass::Hedge && h.start <= c.start &&
                     ((c.start <= h.end + 1 &&
                       scan.text.mid(h.end, std::max<qsizetype>(0, c.start - h.end)).trimmed().isEmpty()) ||
                      zhHedgeGoverns(scan.text, h, c.start));
        }
        if (!hedged)
            return true;
    }
    return false;
}

// Whether a commitment or future word follows the name at once: "…, under which developed
// countries will take the lead in mobilising …" gives the name a clause of its own, whoever
// opened the sentence.
bool opensItsOwnCommitment(const ArticleScan &scan, const ScannedSentence &s, const Mention &name)
{
    for (int k = s.cueBegin; k < s.cueEnd; ++k) {
        const CueHit &c = scan.cues[size_t(k)];
        if ((c.cls == CueClass::Commitment || c.cls == CueClass::Future) && c.start >= name.end)
            return scan.text.mid(name.end, c.start - name.end).trimmed().isEmpty();
    }
    return false;
}

// Where the last "the country" or "the Andean nation" in [floor, pos) starts, or -1.
qsizetype lastCountryAnaphorBefore(QStringView text, const CueBook &book, qsizetype floor, qsizetype pos)
{
    for (qsizetype k = pos - 1; k >= floor; --k) {
        // A space is passed over like any unit no phrase starts with: tried there, the phrase
        // would be looked for from the unit after it, which was tried already.
        if (!book.mayStartCountryAnaphor(text.at(k)))
            continue;
        if (k > floor && text.at(k).unicode() < 0x2E80 && text.at(k - 1).isLetterOrNumber())
            continue;
        if (book.endOfCountryAnaphorAt(text, k, pos) >= 0)
            return k;
    }
    return -1;
}

// The mention "the country" at `anaphor` points back to: the last country named before it in
// the sentence, a venue ("At talks in Santiago, Chile, the country …") only when no other
// country is named; -1 if none.
int countryBefore(const ArticleScan &scan, const QList<Entity> &entities, const CueBook &book,
                  const ScannedSentence &s, qsizetype anaphor, qsizetype cue)
{
    int venue = -1;
    for (int i = s.mentionEnd - 1; i >= s.mentionBegin; --i) {
        const Mention &m = scan.mentions[size_t(i)];
        const QString &k = entities.at(m.entity).kind;
        if (m.end > anaphor || (k != QLatin1String("country") && k != QLatin1String("self")))
            continue;
        if (!book.locationBefore.endsBefore(scan.text, m.start, s.start) &&
            !isVenueApposition(scan.text, m.start, m.end, s.start, cue, book))
            return i;
        venue = venue < 0 ? i : venue;
    }
    return venue;
}

// "日本和韩国均提出…", "Japan and South Korea both pledged …": when a sharing word follows the
// actor, the names listed right before it hold the same target.
void addSharingActors(const ArticleScan &scan, const CueBook &book, int actorMention, int firstMention,
                      qsizetype cueStart, std::vector<int> &actors)
{
    const QStringView text = scan.text;
    if (!book.sharedAfter.startsAt(text, scan.mentions[size_t(actorMention)].end, cueStart))
        return;
    for (int j = actorMention - 1; j >= firstMention; --j) {
        const Mention &m = scan.mentions[size_t(j)];
        const QStringView gap = text.mid(m.end, scan.mentions[size_t(j + 1)].start - m.end).trimmed();
        if (!gap.isEmpty() && !book.isListSeparator(gap))
            break;
        if (m.type != AliasType::Adjective && std::find(actors.begin(), actors.end(), m.entity) == actors.end())
            actors.push_back(m.entity);
    }
}

// Whether the list item holding a cue opens with a verb in the past ("…, and added a record
// 217 GW of solar capacity last year"): an achievement told beside the targets, not one of
// them. The item starts after the last comma or "and" in [from, cueStart).
bool opensPastItem(QStringView text, qsizetype from, qsizetype cueStart)
{
    QStringView item = text.mid(from, cueStart - from);
    const qsizetype comma = item.lastIndexOf(QLatin1Char(','));
    if (comma >= 0)
        item = item.mid(comma + 1);
    item = item.trimmed();
    if (item.startsWith(QLatin1String("and "), Qt::CaseInsensitive))
        item = item.mid(4).trimmed();
    qsizetype word = 0;
    while (word < item.size() && item.at(word).isLetter())
        ++word;
    return word > 3 && item.first(word).endsWith(QLatin1String("ed"));
}

// Whether a Chinese name ending at `end` runs on into a noun ("“一带一路”绿色发展合作"),
// past a closing quotation mark or title bracket: it qualifies that noun.
bool qualifiesNounAfter(QStringView text, qsizetype end)
{
    qsizetype at = end;
    if (at < text.size() && (text.at(at) == QChar(0x201D) || text.at(at) == QChar(0x300B)))
        ++at;
    return at < text.size() && text.at(at).unicode() >= 0x4E00 && text.at(at).unicode() <= 0x9FFF;
}

// Whether a cue opens with a percentage's unit: "% cut by", "percent cut by".
bool opensWithPercent(QStringView cue)
{
    return cue.startsWith(QLatin1Char('%')) || cue.startsWith(QLatin1String("percent"), Qt::CaseInsensitive) ||
           cue.startsWith(QLatin1String("per cent"), Qt::CaseInsensitive);
}

// "Under Cuba's nationally determined contribution, renewable sources are to supply …",
// "并在国家自主贡献中提出到2030年…": a contribution the clause opens in, under or according
// to is where the targets are written, not a target itself.
bool isVehicle(QStringView text, qsizetype sentenceStart, qsizetype cueStart, const PhraseList &vehicleBefore)
{
    qsizetype from = cueStart;
    while (from > sentenceStart && !isZhClauseBreak(text.at(from - 1)) && text.at(from - 1) != QLatin1Char(',') &&
           cueStart - from < 40)
        --from;
    return vehicleBefore.startsAt(text, from, cueStart);
}

// "cut emissions 48% by 2025 and 53% by 2030", "by 10% by 2030 and by 25% by 2050": a second
// figure and deadline joined to the first by "and" is the same target, later and larger. Only
// right after the first deadline, and only a figure the kind can have with a marked year of its
// own.
struct FollowingTarget
{
    Quantity amount;
    const YearToken *year = nullptr;
};
std::optional<FollowingTarget> followingTarget(QStringView text, const YearToken *deadline, const YearToken *yearsEnd,
                                               qsizetype sentenceEnd, const Category &kind)
{
    qsizetype at = deadline->end;
    const auto skipSpaces = [&] {
        while (at < sentenceEnd && text.at(at) == QLatin1Char(' '))
            ++at;
    };
    skipSpaces();
    if (at < sentenceEnd && text.at(at) == QLatin1Char(','))
        ++at;
    skipSpaces();
    if (!text.mid(at, 4).startsWith(QLatin1String("and ")))
        return std::nullopt;
    at += 4;
    skipSpaces();
    // "… by the end of 2025 and to reach 2,000 MW by 2028".
    for (const QLatin1String word : {QLatin1String("to "), QLatin1String("reach "), QLatin1String("by ")}) {
        if (text.mid(at, word.size()).startsWith(word))
            at += word.size();
    }
    const std::optional<Quantity> amount = findQuantity(text, at, std::min(sentenceEnd, at + 24));
    if (!amount || amount->start != at || !kind.fitsUnit(amount->unit))
        return std::nullopt;
    const YearToken *next = deadline + 1;
    if (next == yearsEnd || next->start < amount->end || next->start - amount->end > 8 ||
        !(next->target || next->deadlineWord) || next->base)
        return std::nullopt;
    return FollowingTarget{*amount, next};
}

} // namespace

QList<Pledge> PledgeParser::find(const ArticleScan &scan, const QString &articleId,
                                 const DateInfo &articleDate) const
{
    QList<Pledge> out;
    // Pledges already taken, by actor, kind and target year; an article has a handful.
    std::vector<std::array<int, 3>> seen;
    const QStringView text = scan.text;
    const QList<Entity> &entities = m_gazetteer.entities();
    // Pledge kinds already taken in the current sentence, per actor: "China … by 2060, and
    // Brazil … by 2050" holds two.
    std::vector<std::pair<int, int>> kindsHere;
    // Figures already given to a pledge in the current sentence, per actor, by where they
    // stand: "碳排放强度比2005年水平下降65%" is one target even though two cues read it.
    std::vector<std::pair<qsizetype, int>> figuresHere;
    int counterpart = -2; // computed when first needed
    int lastSubject = -1; // the first name of the last sentence that named someone
    // A deadline opening the last sentence ("By 2035, he said, …"): a sentence that goes on
    // with it ("China will also …") and names no deadline of its own shares it.
    int carriedDeadline = 0;
    // Every pledge has a cue, and the same pledge wordings recur from article to article.
    thread_local SharedStrings pledgeCues;

    for (const ScannedSentence &s : scan.sentences) {
        const int subjectBefore = lastSubject;
        for (int i = s.mentionBegin; i < s.mentionEnd; ++i) {
            if (scan.mentions[size_t(i)].type != AliasType::Adjective) {
                lastSubject = scan.mentions[size_t(i)].entity;
                break;
            }
        }
        const int carried = carriedDeadline;
        carriedDeadline = 0;
        if (!scan.has(s, CueClass::PledgeKind))
            continue;
        bool committed = hasUnhedged(scan, s, CueClass::Commitment) || hasUnhedged(scan, s, CueClass::Future);
        // "Latin America could double its solar capacity by 2030" forecasts; it pledges nothing.
        qsizetype reportedFrom = s.start;
        if (!committed && scan.has(s, CueClass::Hedge)) {
            reportedFrom = reportedWillAt(scan, s, m_book);
            if (reportedFrom < 0)
                continue;
            committed = true;
        }
        const auto [yearsBegin, yearsEnd] = scan.yearsIn(s.start, s.end);
        int leading = 0;
        for (const YearToken *yp = yearsBegin; yp != yearsEnd && leading == 0; ++yp) {
            // Only a deadline still ahead when the text was written: "在2023年，…" dates a past event.
            if (yp->start - s.start <= 6 && !yp->base && yp->target &&
                (articleDate.year == 0 || yp->year > articleDate.year))
                leading = yp->year;
        }
        int continues = -1; // whether the sentence goes on with the last: looked up when needed
        bool usedCarry = false;
        kindsHere.clear();
        figuresHere.clear();
        // The deadline the last pledge of this sentence took, and where its wording ends.
        int listDeadline = 0;
        qsizetype listDeadlineEnd = -1;
        qsizetype cueReach = -1; // where the last pledge cue read ends
        for (int c = s.cueBegin; c < s.cueEnd; ++c) {
            const CueHit &h = scan.cues[size_t(c)];
            if (h.cls != CueClass::PledgeKind)
                continue;
            // "non-fossil" inside "non-fossil capacity": the longer cue, read first, decides.
            if (h.end <= cueReach)
                continue;
            cueReach = h.end;
            // "by 7 to 10 percent from peak levels": the peak is where the cut is measured from.
            if (h.start < reportedFrom || m_book.baseBefore.endsBefore(text, h.start, s.start))
                continue;
            const QString kind = m_taxonomy.pledgeKinds().at(h.value).id;
            if (kind == QLatin1String("emissions_reduction") && isBaseComparison(text.mid(h.start, h.end - h.start))) {
                // Part of a longer cue ("单位国内生产总值二氧化碳排放比2005年下降" is intensity).
                bool inside = false;
                for (int o = s.cueBegin; o < s.cueEnd && !inside; ++o) {
                    const CueHit &other = scan.cues[size_t(o)];
                    inside = other.cls == CueClass::PledgeKind && other.start < h.start && other.end > h.start;
                }
                if (inside || !decreaseFollows(text, h.end, std::min(s.end, h.end + 32)))
                    continue;
            }

            // The deadline: a year after the cue introduced by "by", "before", "in"…, or a
            // Chinese "2060年前" just before it.
            int target = 0, base = 0, beforeCue = 0;
            qsizetype targetGap = 0, beforeGap = 0, targetStart = 0;
            const YearToken *deadlineAfter = nullptr; // the token of a deadline read after the cue
            bool baseAcross = false;
            int sentenceDeadline = 0;
            // The same pledge said again further on ("provide and mobilize 300 billion U.S.
            // dollars a year in climate finance for developing countries by 2035") brings its
            // deadline within reach of the first wording.
            qsizetype anchorEnd = h.end;
            for (int k = c + 1; k < s.cueEnd; ++k) {
                const CueHit &o = scan.cues[size_t(k)];
                if (o.start - anchorEnd > 80)
                    break;
                if (o.cls == CueClass::PledgeKind && o.value == h.value && o.start >= anchorEnd)
                    anchorEnd = o.end;
            }
            for (const YearToken *yp = yearsBegin; yp != yearsEnd; ++yp) {
                const YearToken &y = *yp;
                const qsizetype lookBack = std::max(s.start, y.start - 16);
                const QStringView before = text.mid(lookBack, y.start - lookBack);
                const QStringView after = text.mid(y.end, 8);
                if (y.base || after.startsWith(QLatin1String(" level")) || after.startsWith(u"年水平") ||
                    before.trimmed().endsWith(QLatin1String("from"), Qt::CaseInsensitive) ||
                    before.trimmed().endsWith(u"比")) {
                    // The last base year counts, but one in another Chinese clause only when
                    // the cue's own has none: "韩国…在2018年基础上减少40%，日本…较2013财年减少46%".
                    const bool across = y.start >= h.end ? zhBreakBetween(text, h.end, y.start)
                                                         : zhBreakBetween(text, y.end, h.start);
                    if (base == 0 || !across || baseAcross) {
                        base = y.year;
                        baseAcross = across;
                    }
                    continue;
                }
                const bool marked = y.target || y.deadlineWord;
                // A deadline after the cue belongs to it unless another actor is named in
                // between: "中方提出2030年左右…达到峰值，美方提出计划于2025年…".
                bool otherActor = false;
                for (int i = s.mentionBegin; i < s.mentionEnd && !otherActor; ++i) {
                    const Mention &m = scan.mentions[size_t(i)];
                    if (m.start < h.end || m.end > y.start)
                        continue;
                    const QStringView between = text.mid(h.end, m.start - h.end);
                    otherActor = between.contains(QChar(0xFF0C)) || between.contains(QChar(0xFF1B)) ||
                                 between.contains(QLatin1Char(';'));
                }
                // "根据新西兰提交的国家自主贡献，该国承诺到2030年…": "the country" opens another
                // actor's clause, and the deadline there is its own.
                if (target == 0 && y.start >= h.end && y.start - anchorEnd <= 80 && marked && !otherActor &&
                    lastCountryAnaphorBefore(text, m_book, h.end, y.start) < 0 &&
                    !zhDeadlineOfLaterCue(scan, s, y, h)) {
                    target = y.year;
                    targetGap = y.start - anchorEnd;
                    targetStart = y.start;
                    deadlineAfter = yp;
                    continue; // a base year may still follow: "by 2030 compared with 2005 levels"
                }
                // A deadline opening the sentence governs all of it: "By 2030, …", "到2030年，…".
                if (y.end <= h.start && marked && sentenceDeadline == 0 &&
                    (y.start - s.start <= 6 || byOpensClause(text, s.start, y.start) ||
                     zhDeadlineOpensClause(text, s.start, y.start)))
                    sentenceDeadline = y.year;
                // Chinese puts the deadline first: "2060年前实现碳中和". English does not: in
                // "neutrality by 2050 and a cut of 55% by 2030" the first deadline is the first
                // cue's.
                if (y.end <= h.start && h.start - y.end <= 12 &&
                    (text.at(h.start).unicode() >= 0x2E80 || (y.end < text.size() && text.at(y.end).unicode() >= 0x2E80)) &&
                    (y.target || (zhDeadlineBefore(text, y, s.start) && !zhBreakBetween(text, y.end, h.start)))) {
                    beforeCue = y.year;
                    beforeGap = h.start - y.end;
                }
            }
            // Of a deadline before the cue and one after it, the nearer belongs to it:
            // "力争于2030年前达到峰值，努力争取2060年前实现碳中和" gives 达峰 2030.
            // One in the next clause is that clause's own: "在2050年实现碳中和，在2065年实现…".
            if (beforeCue != 0 && (target == 0 || beforeGap < targetGap || zhBreakBetween(text, h.end, targetStart)))
                target = beforeCue;
            // A year right before the cue names its target: "Both countries' 2035 NDCs".
            if (target == 0) {
                for (const YearToken *yp = yearsBegin; yp != yearsEnd; ++yp) {
                    if (yp->end < h.start && h.start - yp->end == 1 && text.at(yp->end) == QLatin1Char(' '))
                        target = yp->year;
                }
            }
            if (target == 0)
                target = sentenceDeadline;
            if (target == 0 && carried > 0 && yearsBegin == yearsEnd) {
                if (continues < 0)
                    continues = hasWord(text, s.start, s.end, m_book.continuationWords) ? 1 : 0;
                if (continues > 0) {
                    target = carried;
                    usedCarry = true;
                }
            }
            // Without a deadline, a kind that needs one, or any target in a sentence that commits
            // to nothing, is no pledge whatever its figure: the figure is not looked for.
            // "…by 65% by 2030, raise the share of non-fossil fuels to around 25%, and bring …":
            // a figure further on in a list of targets shares the deadline the list gave, when
            // no other name or ';' comes between.
            bool listed = false;
            if (target == 0 && committed && listDeadline > 0 && h.start > listDeadlineEnd &&
                !opensPastItem(text, listDeadlineEnd, h.start) &&
                !text.mid(listDeadlineEnd, h.start - listDeadlineEnd).contains(QLatin1Char(';')) &&
                std::none_of(scan.mentions.begin() + s.mentionBegin, scan.mentions.begin() + s.mentionEnd,
                             [&](const Mention &m) { return m.start >= listDeadlineEnd && m.end <= h.start; })) {
                listed = true;
                target = listDeadline;
            }
            if ((needsYear(kind) || !committed) && target == 0)
                continue;
            // In a sentence that commits to nothing, a year already past when the article was
            // written dates a fact: "1.9 GW of solar capacity, up from almost nothing in 2019".
            if (!committed && articleDate.year > 0 && target < articleDate.year)
                continue;
            // "Peru's nationally determined contribution aims to reduce emissions by 30% by
            // 2030": the contribution carries the target; a deadline past another pledge cue is
            // that cue's.
            if (kind == QLatin1String("agreement") && isVehicle(text, s.start, h.start, m_book.vehicleBefore))
                continue;
            if (kind == QLatin1String("agreement") && targetStart > h.end &&
                std::any_of(scan.cues.begin() + c + 1, scan.cues.begin() + s.cueEnd, [&](const CueHit &o) {
                    return o.cls == CueClass::PledgeKind && o.value != h.value && o.start >= h.end &&
                           o.end <= targetStart;
                }))
                continue;
            const qsizetype qFrom = kind == QLatin1String("temperature_limit") ? std::max(s.start, h.start - 6) : h.start;
            std::optional<Quantity> amount = findQuantity(text, qFrom, std::min(s.end, h.end + 100));
            // "a 35% cut below business-as-usual", "a 55 percent cut": the cue opens with the
            // unit, and its figure stands right before it.
            if (opensWithPercent(text.mid(h.start, h.end - h.start)))
                amount = findQuantity(text, std::max(s.start, h.start - 12), h.end);
            const Category &kindInfo = m_taxonomy.pledgeKinds().at(h.value);
            if (kindInfo.amountBeforeCue && !(amount && kindInfo.fitsUnit(amount->unit))) {
                std::optional<Quantity> before = amountBefore(text, s.start, h.start);
                if (before && kindInfo.fitsUnit(before->unit))
                    amount = before;
            }
            // The figure must be one this kind can have: in "peak before 2030 … and a record
            // 217 GW of solar", the gigawatts are not the peak's.
            if (amount && !kindInfo.fitsUnit(amount->unit))
                amount.reset();
            // A base year before the list's deadline is the first item's.
            if (!kindInfo.takesBaseYear || listed)
                base = 0;
            if ((listed || !needsYear(kind)) && !amount)
                continue;

            // The actor: the nearest name before the cue that can hold a target, else the
            // agent after it ("by developed countries"), else China in a text about China.
            int actor = -1;
            int actorMention = -1;
            for (int i = s.mentionEnd - 1; i >= s.mentionBegin; --i) {
                const Mention &m = scan.mentions[size_t(i)];
                const QString &k = entities.at(m.entity).kind;
                // A demonym names a party only with an institution after it: "the Egyptian side
                // pledged", "the Kenyan government has committed"; "Kenyan engineers" do not.
                // "深化共建“一带一路”绿色发展合作，服务力争2030年前…": a programme's name
                // before another noun qualifies it and holds nothing.
                if (k == QLatin1String("programme") && qualifiesNounAfter(text, m.end))
                    continue;
                // "落实《联合国气候变化框架公约》…达成的目标": a title inside the sentence names a
                // document; one that opens it ("《巴黎协定》提出…") is the subject.
                if ((text.at(m.start) == QChar(0x300A) || (m.start > 0 && text.at(m.start - 1) == QChar(0x300A))) &&
                    !opensAt(text, s.start, m.start))
                    continue;
                if (m.end > h.start || k == QLatin1String("media") ||
                    (m.type == AliasType::Adjective && !m_book.institutionAfter.startsAt(text, m.end, h.start)))
                    continue;
                if (!m_book.actorOfBefore.endsBefore(text, m.start, s.start) &&
                    (m_book.unboundBefore.endsBefore(text, m.start, s.start) ||
                     m_book.locationBefore.endsBefore(text, m.start, s.start) ||
                     m_book.recipientBefore.endsBefore(text, m.start, s.start) ||
                     isVenueApposition(text, m.start, m.end, s.start, h.start, m_book)))
                    continue;
                actor = m.entity;
                actorMention = i;
                break;
            }
            // "The Indonesian side briefed the Chinese side on its goal of …": the one told holds
            // nothing; the subject before the verb does.
            if (actorMention > s.mentionBegin &&
                m_book.briefingBefore.endsBefore(text, scan.mentions[size_t(actorMention)].start, s.start)) {
                actorMention -= 1;
                actor = scan.mentions[size_t(actorMention)].entity;
            }
            // "根据新西兰提交的国家自主贡献，该国承诺到2030年…", "Its NDC commits the country to
            // cut …": "the country" after the nearest name speaks of another (at the sentence's
            // start the subject rule below decides). Only the words after the nearest name are
            // searched: the cue usually follows it closely.
            const qsizetype anaphor = lastCountryAnaphorBefore(
                text, m_book, actorMention >= 0 ? scan.mentions[size_t(actorMention)].end : s.start, h.start);
            if (anaphor > s.start) {
                const int named = countryBefore(scan, entities, m_book, s, anaphor, h.start);
                if (named >= 0) {
                    actor = scan.mentions[size_t(named)].entity;
                    actorMention = named;
                } else if (actorMention < 0 && subjectBefore >= 0) {
                    actor = subjectBefore;
                }
            }
            // "…发起了“全球甲烷承诺”，提出到2030年…": a programme's target is shared by its
            // members; no one of them pledged it here.
            if (actor >= 0 && entities.at(actor).kind == QLatin1String("programme"))
                continue;
            // "China, the world's largest developing country with …, has pledged": the
            // apposition describes the subject; the subject holds the pledge.
            if (actorMention > s.mentionBegin) {
                const Mention &a = scan.mentions[size_t(actorMention)];
                for (int j = s.mentionBegin; j < actorMention; ++j) {
                    const Mention &subject = scan.mentions[size_t(j)];
                    const QStringView gap = text.mid(subject.end, a.start - subject.end);
                    const QStringView rest = text.mid(a.end, h.start - a.end);
                    if (gap.startsWith(QLatin1Char(',')) && gap.count(QLatin1Char(',')) == 1 &&
                        rest.contains(QLatin1Char(','))) {
                        actor = subject.entity;
                        break;
                    }
                }
            }
            if (actor < 0) {
                for (int i = s.mentionBegin; i < s.mentionEnd; ++i) {
                    const Mention &m = scan.mentions[size_t(i)];
                    if (m.start >= h.end && text.mid(std::max(s.start, m.start - 8), std::min<qsizetype>(8, m.start - s.start))
                                                .trimmed().endsWith(QLatin1String("by"))) {
                        actor = m.entity;
                        break;
                    }
                }
            }
            // The subject of the sentence, when it is the pair or "the country", holds the
            // pledge rather than the nearest name ("Both countries support the G20 … to
            // triple …"), unless a new subject starts a later clause ("…, and Brazil will").
            std::vector<int> actors;
            bool newClauseSubject = false;
            if (actorMention >= 0) {
                const Mention &am = scan.mentions[size_t(actorMention)];
                const QStringView lead = text.mid(s.start, am.start - s.start).trimmed();
                // "developed countries' commitment to mobilise …": the possessor owns it.
                const QStringView after = text.mid(am.end, 2);
                const bool possessive = after == QLatin1String("'s") || after == QStringView(u"’s") ||
                                        after.startsWith(QLatin1Char('\'')) || after.startsWith(QChar(0x2019));
                newClauseSubject = possessive || lead.isEmpty() || lead.endsWith(QLatin1String(", and")) ||
                                   lead.endsWith(QLatin1Char(';')) ||
                                   m_book.directiveBefore.endsBefore(text, am.start, s.start) ||
                                   opensItsOwnCommitment(scan, s, am);
            }
            if (!newClauseSubject) {
                for (int k = s.cueBegin; k < s.cueEnd && scan.cues[size_t(k)].start < h.start; ++k) {
                    const CueHit &ph = scan.cues[size_t(k)];
                    if (ph.cls != CueClass::PairAnaphora || !opensAt(text, s.start, ph.start))
                        continue;
                    if (counterpart == -2)
                        counterpart = mainCounterpart(scan, entities);
                    if (counterpart >= 0 && scan.selfEntity >= 0)
                        actors = {scan.selfEntity, counterpart};
                    break;
                }
                if (actors.empty() && subjectBefore >= 0) {
                    qsizetype at = s.start;
                    while (at < s.end && !text.at(at).isLetter() && at - s.start < 8)
                        ++at;
                    if (m_book.endOfCountryAnaphorAt(text, at, h.start) >= 0 ||
                        m_book.openingPossessive.startsAt(text, at, h.start) ||
                        (actorMention < 0 && m_book.openingPronoun.startsAt(text, at, h.start)))
                        actors = {subjectBefore};
                }
            }
            if (actors.empty() && actor < 0 && scan.chinaCentric)
                actor = scan.selfEntity;
            if (actors.empty() && actor >= 0) {
                actors = {actor};
                if (actorMention >= 0)
                    addSharingActors(scan, m_book, actorMention, s.mentionBegin, h.start, actors);
            }
            // The deadline's own token, when it follows the cue and was kept: a second figure may
            // follow it.
            const YearToken *deadline = !listed && deadlineAfter && deadlineAfter->year == target ? deadlineAfter : nullptr;
            const std::optional<FollowingTarget> following =
                amount && deadline ? followingTarget(text, deadline, yearsEnd, s.end, kindInfo) : std::nullopt;
            // "add 1,200 MW of solar capacity by 2025 and reach 2,000 MW by 2028": the figure
            // after the cue is the second target's; the first has its own before the cue.
            if (following && following->amount.start == amount->start) {
                amount = amountBefore(text, s.start, h.start);
                if (amount && !kindInfo.fitsUnit(amount->unit))
                    amount.reset();
            }
            bool took = false;
            for (int who : actors) {
                if (std::find(kindsHere.begin(), kindsHere.end(), std::make_pair(h.value, who)) != kindsHere.end())
                    continue;
                if (amount && std::find(figuresHere.begin(), figuresHere.end(), std::make_pair(amount->start, who)) !=
                                  figuresHere.end())
                    continue;
                kindsHere.emplace_back(h.value, who);
                if (amount)
                    figuresHere.emplace_back(amount->start, who);

                const auto stored = [&](int year, const std::optional<Quantity> &figure) {
                    const std::array<int, 3> key{who, h.value, year};
                    if (std::find(seen.begin(), seen.end(), key) != seen.end())
                        return;
                    seen.push_back(key);
                    took = true;
                    Pledge p;
                    p.articleId = articleId;
                    p.actorId = entities.at(who).id;
                    p.kind = kind;
                    p.targetYear = year;
                    p.baseYear = base;
                    if (figure) {
                        p.amount = figure->value;
                        p.unit = figure->unit;
                    }
                    int status = -1;
                    for (int k = s.cueBegin; k < s.cueEnd; ++k) {
                        const CueHit &sh = scan.cues[size_t(k)];
                        if (sh.cls == CueClass::Status)
                            status = status < 0 ? sh.value : std::min(status, sh.value);
                    }
                    if (status >= 0)
                        p.status = m_book.statuses.at(status);
                    p.date = articleDate;
                    p.confidence = committed ? 0.85 : 0.7;
                    p.cues.append(pledgeCues.joined(QLatin1String("pledge:"), {text.mid(h.start, h.end - h.start)}));
                    p.evidence.append(Evidence{s.start, s.end, scan.evidenceText(s)});
                    out.append(std::move(p));
                };
                stored(target, amount);
                if (following) {
                    figuresHere.emplace_back(following->amount.start, who);
                    stored(following->year->year, following->amount);
                }
            }
            if (took && target > 0) {
                listDeadline = listed ? listDeadline : target;
                listDeadlineEnd = std::max({h.end, deadline ? deadline->end : h.end, amount ? amount->end : h.end});
                if (following)
                    listDeadlineEnd = following->year->end;
            }
        }
        carriedDeadline = leading > 0 ? leading : (usedCarry ? carried : 0);
    }
    return out;
}

} // namespace cpe
