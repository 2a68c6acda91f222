#pragma once

#include "ahocorasick.h"
#include "casefold.h"
#include "gazetteer.h"
#include "taxonomy.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace cpe {

// What a matched surface form means to the engine. One string can mean several things at
// once ("training" is a cooperation cue, a kind and a sector cue), so a pattern carries a
// list of these.
enum class CueClass : quint8 {
    Entity,            // value: gazetteer entity index; aliasType set
    Sector,            // value: taxonomy sector index
    Cooperation,       // any wording of cooperation
    StrongCooperation, // wording that on its own says the two sides cooperate
    Aid,               // training, assistance: the partner may be a beneficiary or a venue
    Kind,              // value: index into CueBook::kinds
    Stage,             // value: stage rank (1 intent … 5 completed)
    PairAnaphora,      // "the two sides", "双方"
    ClimateTopic,
    PledgeKind,        // value: taxonomy pledge-kind index
    Commitment,
    Future,
    Status,            // value: index into CueBook::statuses
    EventAnchor,       // value: year
    OfficeAnchor,      // value: index into CueBook::offices
    Hedge,             // "could", "is expected to", 预计: a forecast, not a pledge
    GroupAnaphora,     // "the six countries", "六国", "各方": the several partners just listed
    ChineseFirm,       // "PowerChina", "CATL", "宁德时代": a Chinese company, China's side of a project
};

struct CueMeaning
{
    CueClass cls = CueClass::Entity;
    int value = 0;
    AliasType aliasType = AliasType::Name;
};

struct OfficeTerm
{
    QString name;
    int from = 0;
    int to = 0; // 0: still in office
};

// Word lists checked right before or after a mention ("with", "in the", "与").
struct PhraseList
{
    QStringList phrases; // longest first
    // Files the phrases by their ends; every list gets it when it is read from the cue data.
    void prepare();
    // These run for every mention, year and word start that the finders look around, and the
    // text there nearly always ends or starts in a unit no phrase does: that is told here,
    // inline, before any phrase is looked at.
    bool endsBefore(QStringView text, qsizetype pos, qsizetype floor) const
    {
        while (pos > floor && isSpaceUnit(text.at(pos - 1)))
            --pos;
        return pos > floor && m_byLast.has(foldUnit(text.at(pos - 1).unicode())) &&
               endsWithPhrase(text.mid(floor, pos - floor));
    }
    bool startsAt(QStringView text, qsizetype pos, qsizetype ceiling) const { return endOfPhraseAt(text, pos, ceiling) >= 0; }
    // Whether some phrase may start with `c` (false: none does), for walks that try many
    // positions in turn.
    bool mayStartWith(QChar c) const { return m_byFirst.has(foldUnit(c.unicode())); }
    // Where the phrase that startsAt() finds ends, or -1.
    qsizetype endOfPhraseAt(QStringView text, qsizetype pos, qsizetype ceiling) const
    {
        while (pos < ceiling && isSpaceUnit(text.at(pos)))
            ++pos;
        if (pos >= ceiling || !m_byFirst.has(foldUnit(text.at(pos).unicode())))
            return -1;
        const qsizetype length = phraseLengthAt(text.mid(pos, ceiling - pos));
        return length < 0 ? -1 : pos + length;
    }

private:
    // Whether `before` (not empty) ends in a phrase; the length of the phrase `after` (not
    // empty) starts with, or -1.
    bool endsWithPhrase(QStringView before) const;
    qsizetype phraseLengthAt(QStringView after) const;

    // A phrase filed under the case-folded unit at one of its ends. endsBefore() and startsAt()
    // run for every mention and year, and only the phrases filed under the text's own unit
    // there can match, so the rest are never looked at.
    struct Entry
    {
        char32_t key = 0;
        // The folded unit at the phrase's other end: phrases under one key often share the
        // start ("the country", "the nation") or the end ("in", "held in"), and this tells
        // them apart with one unit compared.
        char32_t otherKey = 0;
        int phrase = 0;           // index in phrases
        int length = 0;           // the phrase's, so that most entries are passed over unread
        bool wordAtOther = false; // the other end is a letter or digit of a spaced script
    };
    // Entries in 64 buckets by key: a text's unit is looked for in its bucket alone, most
    // buckets are empty, and within a bucket the entries keep the list's order, so the first
    // match is still the phrase the list puts first.
    struct Index
    {
        std::vector<Entry> entries;
        std::array<quint16, 65> bucketStart{}; // bucket b is [bucketStart[b], bucketStart[b + 1])
        void build(std::vector<Entry> unsorted);
        const Entry *begin(char32_t key) const { return entries.data() + bucketStart[key % 64]; }
        const Entry *end(char32_t key) const { return entries.data() + bucketStart[key % 64 + 1]; }
        bool has(char32_t key) const { return bucketStart[key % 64] != bucketStart[key % 64 + 1]; }
    };
    Index m_byFirst;
    Index m_byLast;
};

// Every phrase the engine looks for, compiled into one automaton so that an article is
// scanned once, whatever the size of the gazetteer and the cue lists.
class CueBook
{
public:
    CueBook(const Gazetteer &gazetteer, const Taxonomy &taxonomy, const QByteArray &cuesJson,
            const QByteArray &anchorsJson);

    const AhoCorasick &matcher() const { return m_matcher; }
    // A pattern's meanings. They sit in one array, with a small record per pattern, because
    // the scan looks up every match and scattered lists cost a cache miss each.
    struct MeaningRange
    {
        const CueMeaning *first = nullptr;
        const CueMeaning *last = nullptr;
        const CueMeaning *begin() const { return first; }
        const CueMeaning *end() const { return last; }
    };
    MeaningRange meanings(int pattern) const
    {
        const PatternInfo &info = m_patternInfo[size_t(pattern)];
        return {m_meaningList.data() + info.begin, m_meaningList.data() + info.end};
    }
    // The entity a pattern names, or nullptr; whether it is a sector cue. Precomputed because
    // the scan asks for every match, and matches come every few words.
    const CueMeaning *entityMeaning(int pattern) const
    {
        const qint32 k = m_patternInfo[size_t(pattern)].entity;
        return k < 0 ? nullptr : &m_meaningList[size_t(k)];
    }
    bool isSectorCue(int pattern) const { return m_patternInfo[size_t(pattern)].sector; }

    QStringList kinds;    // partnership kind ids, in order of preference
    QStringList stages;   // index = rank
    QStringList statuses; // pledge status ids, in order of preference
    QList<OfficeTerm> offices;
    int copFirstYear = 1995;
    int copSkipFrom = 26;
    // "明年的第二十八次缔约方大会", "last year's COP28": the anchor is a year after, or before, the
    // time of writing.
    PhraseList nextYearBefore;
    PhraseList lastYearBefore;

    PhraseList locationBefore;
    PhraseList unboundBefore;
    PhraseList boundBefore;
    PhraseList beneficiaryBefore;
    PhraseList targetBefore;
    QStringList listSeparators;
    // Whether `gap` (trimmed) is one of listSeparators: "and", "、", "以及"…
    bool isListSeparator(QStringView gap) const;
    PhraseList forwardScope;
    QStringList pronounSubjects;
    PhraseList agentBefore;         // "implemented by": the agent of the cooperation is bound
    PhraseList forwardAfter;        // "helped X build …": X's scope reads forward
    PhraseList beneficiaryPeople;   // "Pakistani engineers": a demonym naming beneficiaries
    PhraseList participantSubjects; // "The participants …" continue a training sentence
    PhraseList countryAnaphora;     // "The country aims to …": the last subject's pledge
    PhraseList countryEpithets;     // "Andean" in "the Andean nation": one more form of those
    PhraseList epithetNouns;        // "nation" in "the Andean nation"
    // Where "the country" or "the Andean nation" that starts at `pos` ends, or -1.
    qsizetype endOfCountryAnaphorAt(QStringView text, qsizetype pos, qsizetype ceiling) const;
    // Whether one of those may start with `c`, for walks over many positions.
    bool mayStartCountryAnaphor(QChar c) const { return countryAnaphora.mayStartWith(c); }
    PhraseList openingPossessive;   // "Its climate act requires …" at a sentence's start: the same
    PhraseList openingPronoun;      // "It also sets …" with no name before the cue: the same
    PhraseList subjectlessWith;     // "与联合国环境规划署…共同推进": China's, left unsaid
    PhraseList recipientBefore;     // "向非盟提供": the name receives, it pledges nothing
    PhraseList actorOfBefore;       // "the expectation of developed countries that …"
    PhraseList directiveBefore;     // "urge developed countries to …": they hold the target
    PhraseList briefingBefore;      // "X briefed the Chinese side on its goal": X holds it
    PhraseList vehicleBefore;       // "Under its NDC, …": the contribution holds the targets
    PhraseList sharedAfter;         // "日本和韩国均提出…": each actor of the list holds the target
    PhraseList titleNouns;          // "联合国“全民早期预警”倡议": the name before the title owns it
    PhraseList projectNouns;        // "南非德阿风电项目、…": ends of project names in a list
    PhraseList currencyAfter;       // "U.S. dollars", "US$", "美元": a currency, not a country
    PhraseList companyAfter;        // "俄罗斯企业", "a Russian company": a foreign firm, not its country
    PhraseList foundersBefore;      // "founded by", "由": a list of an organisation's founders follows
    QStringList foundingVerbs;      // "创立", "成立": what makes a 由 list one of founders
    QStringList contrast;           // ", while", "，而": what follows is about someone else
    PhraseList placeAfter;          // "Niger state", "尼日尔河": a place inside a country, not that country
    PhraseList institutionAfter;    // "the Uzbek Ministry of Energy": the demonym names a party
    QStringList continuationWords;  // "also", "further": a sentence going on with the last one
    PhraseList asOfBefore;          // "截至2023年9月", "as of 2023": the time of writing
    QStringList reportingVerbs;     // "said", "announced": a "would" after them reports a "will"
    QStringList backshiftedHedges;  // "would"
    PhraseList baseBefore;          // "from peak levels": the pledge phrase is a figure's base

    // Whether a match [start, end) of a Chinese name cuts across a common two-character word
    // at either edge ("其中美国" has no 中美; "完美方案" has no 美方).
    bool cutsAcrossWord(QStringView text, qsizetype start, qsizetype end) const;

private:
    void addPattern(const QString &text, CueMeaning meaning, bool caseSensitive);
    void addList(const QJsonValue &list, CueMeaning meaning);
    void addEnglishCue(const QString &cue, CueMeaning meaning);

    struct PatternInfo
    {
        quint32 begin = 0; // range in m_meaningList
        quint32 end = 0;
        qint32 entity = -1; // index in m_meaningList of the first entity meaning
        bool sector = false;
    };

    AhoCorasick m_matcher;
    std::vector<std::vector<CueMeaning>> m_meanings; // while building
    std::vector<CueMeaning> m_meaningList;
    std::vector<PatternInfo> m_patternInfo;
    QHash<QString, int> m_patternIds; // while building
    QSet<quint32> m_wordsBefore; // pairs of UTF-16 units, first << 16 | second
    QSet<quint32> m_wordsAfter;
};

} // namespace cpe
