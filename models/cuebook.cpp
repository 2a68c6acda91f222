#include "cuebook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace cpe {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}

// Acronyms and cues written with capitals after their first letter ("CCS", "MoU") are
// only meaningful in that case; everything else matches in any case.
bool looksCaseSensitive(const QString &s)
{
    for (qsizetype i = 1; i < s.size(); ++i) {
        if (s.at(i).isUpper())
            return true;
    }
    return s.size() <= 3 && s.size() > 1 && s.at(0).isUpper() && s.at(1).isUpper();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

PhraseList phraseList(const QJsonObject &o)
{
    PhraseList p;
    p.phrases = stringList(o.value(QLatin1String("en"))) + stringList(o.value(QLatin1String("zh")));
    std::sort(p.phrases.begin(), p.phrases.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    p.prepare();
    return p;
}

} // namespace

void PhraseList::prepare()
{
    std::vector<Entry> byFirst;
    std::vector<Entry> byLast;
    for (int k = 0; k < int(phrases.size()); ++k) {
        const QString &p = phrases.at(k);
        if (p.isEmpty()) {
            // No list has one; filed where only a U+0000 in the text would find it.
            byFirst.push_back({0, 0, k, 0, false});
            byLast.push_back({0, 0, k, 0, false});
            continue;
        }
        // As the other key, the last unit is folded as the comparison folds it (together with
        // a high surrogate before it); as a key, alone, as endsWithPhrase() folds the text's.
        const char32_t first = foldUnit(p.front().unicode());
        const int length = int(p.size());
        byFirst.push_back({first, foldUnitAt(p, p.size() - 1), k, length, isWordChar(p.back())});
        byLast.push_back({foldUnit(p.back().unicode()), first, k, length, isWordChar(p.front())});
    }
    m_byFirst.build(std::move(byFirst));
    m_byLast.build(std::move(byLast));
}

void PhraseList::Index::build(std::vector<Entry> unsorted)
{
    entries = std::move(unsorted);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.key % 64 < b.key % 64; });
    bucketStart.fill(0);
    for (const Entry &e : entries)
        ++bucketStart[e.key % 64 + 1];
    for (size_t b = 1; b < bucketStart.size(); ++b)
        bucketStart[b] = quint16(bucketStart[b] + bucketStart[b - 1]);
}

bool PhraseList::endsWithPhrase(QStringView before) const
{
    const char32_t last = foldUnit(before.back().unicode());
    for (const Entry *e = m_byLast.begin(last); e != m_byLast.end(last); ++e) {
        if (e->key != last || before.size() < e->length)
            continue;
        const qsizetype at = before.size() - e->length;
        if (foldUnit(before[at].unicode()) != e->otherKey || !equalFolded(before.sliced(at), phrases.at(e->phrase)))
            continue;
        // A Latin phrase must start a word: "in" is not the end of "within".
        if (at > 0 && e->wordAtOther && isWordChar(before.at(at - 1)))
            continue;
        return true;
    }
    return false;
}

qsizetype PhraseList::phraseLengthAt(QStringView after) const
{
    const char32_t first = foldUnit(after.front().unicode());
    for (const Entry *e = m_byFirst.begin(first); e != m_byFirst.end(first); ++e) {
        if (e->key != first || after.size() < e->length)
            continue;
        const QStringView start = after.first(e->length);
        if (foldUnitAt(start, e->length - 1) != e->otherKey || !equalFolded(start, phrases.at(e->phrase)))
            continue;
        if (after.size() > e->length && e->wordAtOther && isWordChar(after.at(e->length)))
            continue;
        return e->length;
    }
    return -1;
}

qsizetype CueBook::endOfCountryAnaphorAt(QStringView text, qsizetype pos, qsizetype ceiling) const
{
    const qsizetype end = countryAnaphora.endOfPhraseAt(text, pos, ceiling);
    if (end >= 0)
        return end;
    // The epithets are a word list of their own rather than "the Andean nation" and its like
    // written out: under 't' those would be tried at every "the", "to" and "that".
    while (pos < ceiling && isSpaceUnit(text.at(pos)))
        ++pos;
    if (ceiling - pos < 8 || !startsWithFolded(text.mid(pos, 4), QStringView(u"the ")))
        return -1;
    const qsizetype epithetEnd = countryEpithets.endOfPhraseAt(text, pos + 4, ceiling);
    return epithetEnd < 0 ? -1 : epithetNouns.endOfPhraseAt(text, epithetEnd, ceiling);
}

bool CueBook::isListSeparator(QStringView gap) const
{
    return std::any_of(listSeparators.begin(), listSeparators.end(), [&](const QString &sep) {
        return gap.size() == sep.size() && equalFolded(gap, sep);
    });
}

bool CueBook::cutsAcrossWord(QStringView text, qsizetype start, qsizetype end) const
{
    const auto pair = [&](qsizetype at) {
        return quint32(text.at(at).unicode()) << 16 | text.at(at + 1).unicode();
    };
    if (end - start > 3)
        return false;
    if (start > 0 && m_wordsBefore.contains(pair(start - 1)))
        return true;
    return end > start && end < text.size() && m_wordsAfter.contains(pair(end - 1));
}

CueBook::CueBook(const Gazetteer &gazetteer, const Taxonomy &taxonomy, const QByteArray &cuesJson,
                 const QByteArray &anchorsJson)
{
    const QList<Entity> &entities = gazetteer.entities();
    for (const Alias &a : gazetteer.aliases()) {
        Q_UNUSED(entities);
        addPattern(a.text, CueMeaning{CueClass::Entity, a.entity, a.type},
                   a.type == AliasType::Acronym);
    }
    for (int i = 0; i < taxonomy.sectors().size(); ++i) {
        const Category &c = taxonomy.sectors().at(i);
        for (const QString &cue : c.cuesEn)
            addEnglishCue(cue, CueMeaning{CueClass::Sector, i, {}});
        for (const QString &cue : c.cuesZh)
            addPattern(cue, CueMeaning{CueClass::Sector, i, {}}, false);
    }

    const QJsonObject cues = QJsonDocument::fromJson(cuesJson).object();
    addList(cues.value(QLatin1String("cooperation")), {CueClass::Cooperation, 0, {}});
    addList(cues.value(QLatin1String("strong_cooperation")), {CueClass::StrongCooperation, 0, {}});
    addList(cues.value(QLatin1String("aid")), {CueClass::Aid, 0, {}});
    addList(cues.value(QLatin1String("pair_anaphora")), {CueClass::PairAnaphora, 0, {}});
    addList(cues.value(QLatin1String("group_anaphora")), {CueClass::GroupAnaphora, 0, {}});
    // A Chinese firm building or supplying a project abroad is China's side of it; the rest of
    // the sentence must still say that there is cooperation.
    addList(cues.value(QLatin1String("chinese_firms")), {CueClass::ChineseFirm, 0, {}});
    addList(cues.value(QLatin1String("climate_topic")), {CueClass::ClimateTopic, 0, {}});
    addList(cues.value(QLatin1String("commitment")), {CueClass::Commitment, 0, {}});
    addList(cues.value(QLatin1String("future")), {CueClass::Future, 0, {}});
    addList(cues.value(QLatin1String("hedge")), {CueClass::Hedge, 0, {}});
    for (const QJsonValue &k : cues.value(QLatin1String("kinds")).toArray()) {
        kinds.append(k[QLatin1String("id")].toString());
        addList(k, {CueClass::Kind, int(kinds.size() - 1), {}});
    }
    stages.resize(6);
    for (const QJsonValue &s : cues.value(QLatin1String("stages")).toArray()) {
        const int rank = s[QLatin1String("rank")].toInt();
        if (rank <= 0 || rank >= stages.size())
            continue;
        stages[rank] = s[QLatin1String("id")].toString();
        addList(s, {CueClass::Stage, rank, {}});
    }
    for (const QJsonValue &s : cues.value(QLatin1String("status")).toArray()) {
        statuses.append(s[QLatin1String("id")].toString());
        addList(s, {CueClass::Status, int(statuses.size() - 1), {}});
    }
    for (const QJsonValue &p : cues.value(QLatin1String("pledges")).toArray()) {
        const int kind = taxonomy.pledgeKindIndex(p[QLatin1String("kind")].toString());
        if (kind >= 0)
            addList(p, {CueClass::PledgeKind, kind, {}});
    }
    locationBefore = phraseList(cues.value(QLatin1String("location_before")).toObject());
    unboundBefore = phraseList(cues.value(QLatin1String("unbound_before")).toObject());
    boundBefore = phraseList(cues.value(QLatin1String("bound_before")).toObject());
    beneficiaryBefore = phraseList(cues.value(QLatin1String("beneficiary_before")).toObject());
    targetBefore = phraseList(cues.value(QLatin1String("target_before")).toObject());
    const QJsonObject separators = cues.value(QLatin1String("list_separators")).toObject();
    listSeparators = stringList(separators.value(QLatin1String("en"))) +
                     stringList(separators.value(QLatin1String("zh")));
    forwardScope = phraseList(cues.value(QLatin1String("forward_scope")).toObject());
    agentBefore = phraseList(cues.value(QLatin1String("agent_before")).toObject());
    forwardAfter = phraseList(cues.value(QLatin1String("forward_after")).toObject());
    beneficiaryPeople = phraseList(cues.value(QLatin1String("beneficiary_people")).toObject());
    participantSubjects = phraseList(cues.value(QLatin1String("participant_subjects")).toObject());
    countryAnaphora = phraseList(cues.value(QLatin1String("country_anaphora")).toObject());
    const QJsonObject epithets = cues.value(QLatin1String("country_epithets")).toObject();
    countryEpithets = phraseList(epithets);
    epithetNouns = phraseList(QJsonObject{{QLatin1String("en"), epithets.value(QLatin1String("nouns"))}});
    openingPossessive = phraseList(cues.value(QLatin1String("opening_possessive")).toObject());
    openingPronoun = phraseList(cues.value(QLatin1String("opening_pronoun")).toObject());
    subjectlessWith = phraseList(cues.value(QLatin1String("subjectless_with")).toObject());
    recipientBefore = phraseList(cues.value(QLatin1String("recipient_before")).toObject());
    actorOfBefore = phraseList(cues.value(QLatin1String("actor_of_before")).toObject());
    directiveBefore = phraseList(cues.value(QLatin1String("directive_before")).toObject());
    briefingBefore = phraseList(cues.value(QLatin1String("briefing_before")).toObject());
    vehicleBefore = phraseList(cues.value(QLatin1String("vehicle_before")).toObject());
    sharedAfter = phraseList(cues.value(QLatin1String("shared_after")).toObject());
    titleNouns = phraseList(cues.value(QLatin1String("title_nouns")).toObject());
    projectNouns = phraseList(cues.value(QLatin1String("project_nouns")).toObject());
    currencyAfter = phraseList(cues.value(QLatin1String("currency_after")).toObject());
    companyAfter = phraseList(cues.value(QLatin1String("company_after")).toObject());
    placeAfter = phraseList(cues.value(QLatin1String("place_after")).toObject());
    const QJsonObject contrastCues = cues.value(QLatin1String("contrast")).toObject();
    contrast = stringList(contrastCues.value(QLatin1String("en"))) + stringList(contrastCues.value(QLatin1String("zh")));
    const QJsonObject founders = cues.value(QLatin1String("founders_before")).toObject();
    foundersBefore = phraseList(founders);
    foundingVerbs = stringList(founders.value(QLatin1String("founding_verbs")));
    institutionAfter = phraseList(cues.value(QLatin1String("institution_after")).toObject());
    asOfBefore = phraseList(cues.value(QLatin1String("as_of_before")).toObject());
    const QJsonObject reported = cues.value(QLatin1String("reported_speech")).toObject();
    reportingVerbs = stringList(reported.value(QLatin1String("verbs")));
    backshiftedHedges = stringList(reported.value(QLatin1String("backshifted")));
    baseBefore = phraseList(cues.value(QLatin1String("base_before")).toObject());
    const QJsonObject continuation = cues.value(QLatin1String("continuation_words")).toObject();
    continuationWords = stringList(continuation.value(QLatin1String("en"))) +
                        stringList(continuation.value(QLatin1String("zh")));
    const QJsonObject pronouns = cues.value(QLatin1String("pronoun_subjects")).toObject();
    pronounSubjects = stringList(pronouns.value(QLatin1String("en"))) +
                      stringList(pronouns.value(QLatin1String("zh")));

    const QJsonObject across = cues.value(QLatin1String("zh_words_across_names")).toObject();
    const auto loadPairs = [&](const QString &key, QSet<quint32> &into) {
        for (const QString &w : stringList(across.value(key))) {
            if (w.size() == 2)
                into.insert(quint32(w.at(0).unicode()) << 16 | w.at(1).unicode());
        }
    };
    loadPairs(QStringLiteral("before"), m_wordsBefore);
    loadPairs(QStringLiteral("after"), m_wordsAfter);

    const QJsonObject anchors = QJsonDocument::fromJson(anchorsJson).object();
    for (const QJsonValue &e : anchors.value(QLatin1String("events")).toArray()) {
        const int year = e[QLatin1String("year")].toInt();
        for (const QString &name : stringList(e[QLatin1String("names")]))
            addPattern(name, {CueClass::EventAnchor, year, {}}, looksCaseSensitive(name));
    }
    for (const QJsonValue &o : anchors.value(QLatin1String("offices")).toArray()) {
        const QStringList names = stringList(o[QLatin1String("names")]);
        if (names.isEmpty())
            continue;
        offices.append(OfficeTerm{names.first(), o[QLatin1String("from")].toInt(),
                                  o[QLatin1String("to")].toInt()});
        for (const QString &name : names)
            addPattern(name, {CueClass::OfficeAnchor, int(offices.size() - 1), {}}, false);
    }
    const QJsonObject relative = anchors.value(QLatin1String("relative_year_before")).toObject();
    nextYearBefore = phraseList(relative.value(QLatin1String("next")).toObject());
    lastYearBefore = phraseList(relative.value(QLatin1String("last")).toObject());
    const QJsonObject cop = anchors.value(QLatin1String("cop_ordinal")).toObject();
    copFirstYear = cop.value(QLatin1String("first_year")).toInt(copFirstYear);
    copSkipFrom = cop.value(QLatin1String("skip_from")).toInt(copSkipFrom);

    m_matcher.build();
    m_meanings.resize(size_t(m_matcher.patternCount()));
    m_patternInfo.assign(m_meanings.size(), PatternInfo());
    for (size_t p = 0; p < m_meanings.size(); ++p) {
        PatternInfo &info = m_patternInfo[p];
        info.begin = quint32(m_meaningList.size());
        for (const CueMeaning &m : m_meanings[p]) {
            if (m.cls == CueClass::Entity && info.entity < 0)
                info.entity = qint32(m_meaningList.size());
            if (m.cls == CueClass::Sector)
                info.sector = true;
            m_meaningList.push_back(m);
        }
        info.end = quint32(m_meaningList.size());
    }
    m_meanings.clear();
    m_meanings.shrink_to_fit();
    m_patternIds.clear();
}

void CueBook::addList(const QJsonValue &list, CueMeaning meaning)
{
    const QJsonObject o = list.toObject();
    for (const QString &cue : stringList(o.value(QLatin1String("en"))))
        addEnglishCue(cue, meaning);
    for (const QString &cue : stringList(o.value(QLatin1String("zh"))))
        addPattern(cue, meaning, false);
}

void CueBook::addEnglishCue(const QString &cue, CueMeaning meaning)
{
    const bool caseSensitive = looksCaseSensitive(cue);
    addPattern(cue, meaning, caseSensitive);
    // Cue lists name things once; text uses plurals too ("carbon market" / "carbon markets").
    const QChar last = cue.isEmpty() ? QChar() : cue.back();
    if (!caseSensitive && last.isLower() && last != QLatin1Char('s') && cue.size() > 3) {
        if (last == QLatin1Char('y') && !QStringLiteral("aeiou").contains(cue.at(cue.size() - 2)))
            addPattern(cue.chopped(1) + QLatin1String("ies"), meaning, false);
        else
            addPattern(cue + QLatin1Char('s'), meaning, false);
    }
}

void CueBook::addPattern(const QString &text, CueMeaning meaning, bool caseSensitive)
{
    if (text.isEmpty())
        return;
    // One automaton pattern per distinct surface form; its meanings accumulate.
    const QString key = caseSensitive ? QLatin1Char('=') + text : QLatin1Char('~') + text.toCaseFolded();
    auto it = m_patternIds.constFind(key);
    int id;
    if (it == m_patternIds.constEnd()) {
        quint8 flags = AhoCorasick::WordBoundary;
        if (caseSensitive)
            flags |= AhoCorasick::CaseSensitive;
        id = m_matcher.add(text, flags);
        if (id < 0)
            return;
        m_patternIds.insert(key, id);
        if (size_t(id) >= m_meanings.size())
            m_meanings.resize(size_t(id) + 1);
    } else {
        id = it.value();
    }
    auto &list = m_meanings[size_t(id)];
    for (const CueMeaning &m : list) {
        if (m.cls == meaning.cls && m.value == meaning.value)
            return;
    }
    list.push_back(meaning);
}

} // namespace cpe
