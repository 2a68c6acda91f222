#pragma once

#include "ahocorasick.h"
#include "gazetteer.h"
#include "taxonomy.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
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
    bool endsBefore(QStringView text, qsizetype pos, qsizetype floor) const;
    bool startsAt(QStringView text, qsizetype pos, qsizetype ceiling) const;
};

// Every phrase the engine looks for, compiled into one automaton so that an article is
// scanned once, whatever the size of the gazetteer and the cue lists.
class CueBook
{
public:
    CueBook(const Gazetteer &gazetteer, const Taxonomy &taxonomy, const QByteArray &cuesJson,
            const QByteArray &anchorsJson);

    const AhoCorasick &matcher() const { return m_matcher; }
    const std::vector<CueMeaning> &meanings(int pattern) const { return m_meanings[pattern]; }
    // The entity a pattern names, or nullptr; whether it is a sector cue. Precomputed because
    // the scan asks for every match, and matches come every few words.
    const CueMeaning *entityMeaning(int pattern) const
    {
        const int k = m_entityMeaning[size_t(pattern)];
        return k < 0 ? nullptr : &m_meanings[size_t(pattern)][size_t(k)];
    }
    bool isSectorCue(int pattern) const { return m_sectorCue[size_t(pattern)]; }

    QStringList kinds;    // partnership kind ids, in order of preference
    QStringList stages;   // index = rank
    QStringList statuses; // pledge status ids, in order of preference
    QList<OfficeTerm> offices;
    int copFirstYear = 1995;
    int copSkipFrom = 26;

    PhraseList locationBefore;
    PhraseList unboundBefore;
    PhraseList boundBefore;
    PhraseList beneficiaryBefore;
    PhraseList targetBefore;
    QStringList listSeparators;
    PhraseList forwardScope;
    QStringList pronounSubjects;
    PhraseList agentBefore;         // "implemented by": the agent of the cooperation is bound
    PhraseList forwardAfter;        // "helped X build …": X's scope reads forward
    PhraseList beneficiaryPeople;   // "Pakistani engineers": a demonym naming beneficiaries
    PhraseList participantSubjects; // "The participants …" continue a training sentence
    PhraseList countryAnaphora;     // "The country aims to …": the last subject's pledge
    PhraseList actorOfBefore;       // "the expectation of developed countries that …"
    PhraseList directiveBefore;     // "urge developed countries to …": they hold the target

    // Whether a match [start, end) of a Chinese name cuts across a common two-character word
    // at either edge ("其中美国" has no 中美; "完美方案" has no 美方).
    bool cutsAcrossWord(QStringView text, qsizetype start, qsizetype end) const;

private:
    void addPattern(const QString &text, CueMeaning meaning, bool caseSensitive);
    void addList(const QJsonValue &list, CueMeaning meaning);
    void addEnglishCue(const QString &cue, CueMeaning meaning);

    AhoCorasick m_matcher;
    std::vector<std::vector<CueMeaning>> m_meanings;
    std::vector<int> m_entityMeaning;
    std::vector<bool> m_sectorCue;
    QHash<QString, int> m_patternIds;
    QSet<quint32> m_wordsBefore; // pairs of UTF-16 units, first << 16 | second
    QSet<quint32> m_wordsAfter;
};

} // namespace cpe
