#pragma once

#include "cuebook.h"
#include "yearscan.h"

#include <QStringView>
#include <vector>

namespace cpe {

// A name of a gazetteer entity found in the text.
struct Mention
{
    qsizetype start = 0;
    qsizetype end = 0;
    int entity = -1;
    AliasType type = AliasType::Name;
};

// A cue phrase found in the text, with one of its meanings.
struct CueHit
{
    qsizetype start = 0;
    qsizetype end = 0;
    CueClass cls = CueClass::Cooperation;
    int value = 0;
};

struct ScannedSentence
{
    qsizetype start = 0;
    qsizetype end = 0;
    int mentionBegin = 0, mentionEnd = 0; // range in ArticleScan::mentions
    int cueBegin = 0, cueEnd = 0;         // range in ArticleScan::cues
    quint32 classes = 0;                  // bit per CueClass present among those cues
};

// One article after its single pass through the automaton: sentences, the entity mentions
// (leftmost-longest, so "Voice of America" is not "America") and the cues, each assigned to
// its sentence. The rules that follow only look things up here.
struct ArticleScan
{
    QStringView text;
    std::vector<ScannedSentence> sentences;
    std::vector<Mention> mentions;
    std::vector<CueHit> cues;
    std::vector<YearToken> years; // every year written in the text, found once
    int selfEntity = -1;       // China's entity index
    int selfMentions = 0;
    int climateCues = 0;
    bool chinaCentric = false; // China is the article's most named entity

    bool has(const ScannedSentence &s, CueClass cls) const
    {
        return s.classes & (1u << unsigned(cls));
    }
    int count(qsizetype from, qsizetype to, CueClass cls) const;
    // Whether count(s.start, s.end, cls) > 0, read from the sentence's own cues.
    bool any(const ScannedSentence &s, CueClass cls) const
    {
        if (!has(s, cls))
            return false;
        for (int c = s.cueBegin; c < s.cueEnd; ++c) {
            const CueHit &h = cues[size_t(c)];
            if (h.cls == cls && h.end <= s.end)
                return true;
        }
        return false;
    }
    bool isSelf(const Mention &m) const { return m.entity == selfEntity; }
    // The years inside [from, to).
    std::pair<const YearToken *, const YearToken *> yearsIn(qsizetype from, qsizetype to) const;
    // The sentence's text as evidence, copied once per article: every record found in a
    // sentence (a list of partners, two targets, a partnership and a pledge) shares it.
    QString evidenceText(const ScannedSentence &s) const;

    // Filled by evidenceText(), per sentence; reset by scanArticle().
    mutable std::vector<QString> sentenceTexts;
};

// Whether only list markers, numbers and punctuation ("7. ", "- ") stand between `from` and
// `pos`: a phrase there is the subject of its sentence.
bool opensAt(QStringView text, qsizetype from, qsizetype pos);

ArticleScan scanArticle(const CueBook &book, const Gazetteer &gazetteer, QStringView text);
// The same into `scan`, whose buffers are reused: an engine scanning article after article
// keeps one ArticleScan per thread instead of allocating (and freeing) them each time.
void scanArticle(const CueBook &book, const Gazetteer &gazetteer, QStringView text,
                 ArticleScan &scan);

} // namespace cpe
