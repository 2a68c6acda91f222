#include "articlescan.h"

#include "segmenter.h"

#include <algorithm>

namespace cpe {

int ArticleScan::count(qsizetype from, qsizetype to, CueClass cls) const
{
    // Cues are sorted by start; the ranges asked for are sentences or clauses, so a binary
    // search to the first candidate keeps this cheap on long articles.
    auto it = std::lower_bound(cues.begin(), cues.end(), from,
                               [](const CueHit &h, qsizetype pos) { return h.start < pos; });
    int n = 0;
    for (; it != cues.end() && it->start < to; ++it) {
        if (it->cls == cls && it->end <= to)
            ++n;
    }
    return n;
}

std::pair<const YearToken *, const YearToken *> ArticleScan::yearsIn(qsizetype from, qsizetype to) const
{
    const auto less = [](const YearToken &y, qsizetype pos) { return y.start < pos; };
    const auto b = std::lower_bound(years.begin(), years.end(), from, less);
    const auto e = std::lower_bound(b, years.end(), to, less);
    const YearToken *base = years.data();
    return {base + (b - years.begin()), base + (e - years.begin())};
}

QString ArticleScan::evidenceText(const ScannedSentence &s) const
{
    const size_t index = size_t(&s - sentences.data());
    Q_ASSERT(index < sentences.size());
    if (sentenceTexts.size() != sentences.size())
        sentenceTexts.assign(sentences.size(), QString());
    QString &cached = sentenceTexts[index];
    if (cached.isNull())
        cached = text.mid(s.start, s.end - s.start).toString();
    return cached;
}

bool opensAt(QStringView text, qsizetype from, qsizetype pos)
{
    if (pos < from || pos - from > 8)
        return false;
    for (qsizetype k = from; k < pos; ++k) {
        if (text.at(k).isLetter())
            return false;
    }
    return true;
}

namespace {

// The Chinese short form a mention is written with, if it is one: 中X, X方 or X chained
// after a compound.
QChar shortFormOf(QStringView text, const Mention &m)
{
    const QStringView s = text.mid(m.start, m.end - m.start);
    if (s.size() == 1)
        return s.front();
    if (s.size() == 2 && s.front() == QChar(0x4E2D))
        return s.back();
    if (s.size() == 2 && s.back() == QChar(0x65B9))
        return s.front();
    return {};
}

// 中新 and 新方 are Singapore in most articles and New Zealand in one about New Zealand: a
// short form several countries share goes to the one the article names most in full, and
// stays with its usual owner when it names none of the others more.
void resolveSharedShortForms(QStringView text, const Gazetteer &gazetteer, std::vector<Mention> &mentions)
{
    for (Mention &m : mentions) {
        const QChar form = shortFormOf(text, m);
        if (form.isNull() || gazetteer.chainAbbreviation(form) != m.entity)
            continue;
        const QList<int> others = gazetteer.sharedAbbreviation(form);
        if (others.isEmpty())
            continue;
        const auto namedInFull = [&](int entity) {
            return std::count_if(mentions.begin(), mentions.end(), [&](const Mention &n) {
                return n.entity == entity && shortFormOf(text, n) != form;
            });
        };
        int best = m.entity;
        auto most = namedInFull(best);
        for (int other : others) {
            const auto n = namedInFull(other);
            if (n > most) {
                best = other;
                most = n;
            }
        }
        m.entity = best;
    }
}

// "Niger state", "the Niger Delta", "尼日尔河": a place inside some country named after
// another. Not "a state-owned utility" or "the U.S. state of California", which are the
// country's own.
bool namesPlaceInside(QStringView text, qsizetype nameEnd, const CueBook &book)
{
    const qsizetype end = book.placeAfter.endOfPhraseAt(text, nameEnd, text.size());
    if (end < 0)
        return false;
    const QStringView rest = text.mid(end, 4);
    return !rest.startsWith(QLatin1Char('-')) && !rest.startsWith(QLatin1String(" of "), Qt::CaseInsensitive);
}

} // namespace

ArticleScan scanArticle(const CueBook &book, const Gazetteer &gazetteer, QStringView text)
{
    ArticleScan scan;
    scanArticle(book, gazetteer, text, scan);
    return scan;
}

void scanArticle(const CueBook &book, const Gazetteer &gazetteer, QStringView text,
                 ArticleScan &scan)
{
    scan.text = text;
    scan.sentences.clear();
    scan.mentions.clear();
    scan.cues.clear();
    scan.years.clear();
    scan.sentenceTexts.clear();
    scan.selfMentions = 0;
    scan.climateCues = 0;
    scan.chinaCentric = false;
    scan.selfEntity = gazetteer.indexOf(QStringLiteral("CHN"));

    // Scratch reused across articles of one thread: these grow to the same few hundred
    // entries for every article.
    thread_local std::vector<AhoCorasick::Match> matches, entityMatches, sectorMatches;
    matches.clear();
    entityMatches.clear();
    sectorMatches.clear();
    book.matcher().findAll(text, matches);

    for (const auto &m : matches) {
        // Chinese is written without spaces, so a short name can be read across a word
        // boundary; the longer reading ("其中" + "美国") then wins below.
        if (book.entityMeaning(m.pattern) &&
            !(text.at(m.start).unicode() >= 0x2E80 && book.cutsAcrossWord(text, m.start, m.end)))
            entityMatches.push_back(m);
        if (book.isSectorCue(m.pattern))
            sectorMatches.push_back(m);
    }
    // "中巴西" is China and Brazil, "中新西兰" China and New Zealand: a compound 中X gives way
    // to 中 followed by a longer name that starts at X, read as a compound of that name.
    thread_local std::vector<qsizetype> rereadCompounds;
    rereadCompounds.clear();
    for (size_t i = 0; i < entityMatches.size(); ++i) {
        AhoCorasick::Match &c = entityMatches[i];
        if (text.at(c.start) != QChar(0x4E2D) || book.entityMeaning(c.pattern)->aliasType != AliasType::Compound)
            continue;
        for (size_t j = i + 1; j < entityMatches.size() && entityMatches[j].start <= c.start + 1; ++j) {
            const AhoCorasick::Match &n = entityMatches[j];
            if (n.start == c.start + 1 && n.end > c.end &&
                book.entityMeaning(n.pattern)->aliasType == AliasType::Name) {
                c.end = n.end;
                c.pattern = n.pattern;
                rereadCompounds.push_back(c.start);
                break;
            }
        }
    }
    AhoCorasick::keepLeftmostLongest(entityMatches);
    // "clean energy automobiles" is transport, not also clean energy. What is kept does not
    // overlap, so every start is distinct and ascending.
    AhoCorasick::keepLeftmostLongest(sectorMatches);

    // Mentions per entity, to tell whether the article is about China; a flat map because
    // an article names few entities.
    thread_local std::vector<std::pair<int, int>> entityCounts;
    entityCounts.clear();
    const auto countMention = [](int entity) {
        auto it = std::find_if(entityCounts.begin(), entityCounts.end(),
                               [&](const auto &c) { return c.first == entity; });
        if (it == entityCounts.end())
            entityCounts.emplace_back(entity, 1);
        else
            ++it->second;
    };
    scan.mentions.reserve(entityMatches.size());
    for (const auto &m : entityMatches) {
        const CueMeaning *meaning = book.entityMeaning(m.pattern);
        if (meaning->aliasType == AliasType::Name && meaning->value != scan.selfEntity &&
            namesPlaceInside(text, m.end, book))
            continue;
        // A name followed by a currency ("300 billion U.S. dollars", "美元") or by a company
        // noun ("与俄罗斯企业商谈", "a Russian company") does not put the country in the story.
        // Only names and acronyms: "中美" before 元 is still China and the U.S.; and China's
        // own firms are China's side of a project, so they stay.
        if (meaning->aliasType != AliasType::Compound &&
            (book.currencyAfter.startsAt(text, m.end, text.size()) ||
             (meaning->value != scan.selfEntity && book.companyAfter.startsAt(text, m.end, text.size()))))
            continue;
        const bool reread = std::find(rereadCompounds.begin(), rereadCompounds.end(), m.start) != rereadCompounds.end();
        scan.mentions.push_back(Mention{m.start, m.end, meaning->value, reread ? AliasType::Compound : meaning->aliasType});
        countMention(meaning->value);
        // "中法德", "中日韩": one-character short forms chained after a compound name one
        // more partner each, until a character that is no short form, starts another name
        // or makes a word with the next ("中美日前" is 中美 + 日前).
        if (scan.mentions.back().type != AliasType::Compound || text.at(m.start) != QChar(0x4E2D))
            continue;
        const size_t next = &m - entityMatches.data() + 1;
        const qsizetype nextName = next < entityMatches.size() ? entityMatches[next].start : text.size();
        for (qsizetype at = m.end; at < nextName && at - m.end < 6; ++at) {
            const int entity = gazetteer.chainAbbreviation(text.at(at));
            if (entity < 0 || book.cutsAcrossWord(text, at, at + 1))
                break;
            scan.mentions.push_back(Mention{at, at + 1, entity, AliasType::Compound});
            countMention(entity);
        }
    }

    if (gazetteer.hasSharedAbbreviations())
        resolveSharedShortForms(text, gazetteer, scan.mentions);

    // Cue words inside a name ("Forum" in "Carbon Sequestration Leadership Forum") say
    // nothing about the sentence. The mentions are final here; read through pointers, they
    // need not be looked up again after every cue stored.
    const Mention *named = scan.mentions.data();
    const Mention *const namedEnd = named + scan.mentions.size();
    const auto insideName = [&](const AhoCorasick::Match &m) {
        while (named != namedEnd && named->end <= m.start)
            ++named;
        for (const Mention *n = named; n != namedEnd && n->start <= m.start; ++n) {
            if (n->start <= m.start && m.end <= n->end && (n->end - n->start) > (m.end - m.start))
                return true;
        }
        return false;
    };
    // findAll() already orders matches by start, longest first, so the kept sector matches
    // are found by walking along them.
    size_t sector = 0;
    auto isKeptSector = [&](const AhoCorasick::Match &m) {
        while (sector < sectorMatches.size() && sectorMatches[sector].start < m.start)
            ++sector;
        return sector < sectorMatches.size() && sectorMatches[sector].start == m.start &&
               sectorMatches[sector].pattern == m.pattern;
    };
    scan.cues.reserve(matches.size());
    for (const auto &m : matches) {
        if (insideName(m))
            continue;
        for (const CueMeaning &meaning : book.meanings(m.pattern)) {
            if (meaning.cls == CueClass::Entity)
                continue;
            if (meaning.cls == CueClass::Sector && !isKeptSector(m))
                continue;
            scan.cues.push_back(CueHit{m.start, m.end, meaning.cls, meaning.value});
            if (meaning.cls == CueClass::ClimateTopic || meaning.cls == CueClass::Sector)
                ++scan.climateCues;
        }
    }

    // "Sino-German" and "中美" name China as much as "China" does.
    scan.selfMentions = 0;
    int most = 0;
    for (const auto &[entity, count] : entityCounts) {
        if (entity == scan.selfEntity)
            scan.selfMentions = count;
        else
            most = std::max(most, count);
    }
    for (const Mention &m : scan.mentions)
        scan.selfMentions += m.type == AliasType::Compound ? 1 : 0;
    scan.chinaCentric = scan.selfMentions > 0 && scan.selfMentions >= most;

    // Mentions and cues are final too: walked through pointers, not reread from the scan after
    // every sentence stored and every year found.
    const Mention *const mentions = scan.mentions.data();
    const Mention *const mentionsEnd = mentions + scan.mentions.size();
    const CueHit *const cues = scan.cues.data();
    const CueHit *const cuesEnd = cues + scan.cues.size();
    const Mention *mi = mentions;
    const CueHit *ci = cues;
    thread_local std::vector<SentenceSpan> spans;
    splitSentences(text, spans);
    scan.sentences.reserve(spans.size());
    for (const auto &span : spans) {
        ScannedSentence s;
        s.start = span.start;
        s.end = span.end;
        while (mi != mentionsEnd && mi->start < s.start)
            ++mi;
        s.mentionBegin = int(mi - mentions);
        while (mi != mentionsEnd && mi->start < s.end)
            ++mi;
        s.mentionEnd = int(mi - mentions);
        while (ci != cuesEnd && ci->start < s.start)
            ++ci;
        s.cueBegin = int(ci - cues);
        quint32 classes = 0;
        for (; ci != cuesEnd && ci->start < s.end; ++ci)
            classes |= 1u << unsigned(ci->cls);
        s.classes = classes;
        s.cueEnd = int(ci - cues);
        scan.sentences.push_back(s);
        findYears(text, s.start, s.end, book, scan.years);
    }
}

} // namespace cpe
