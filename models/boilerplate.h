#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <memory>
#include <vector>

namespace cpe {

// What is page furniture rather than article, as data (resources/data/boilerplate.json):
// cue phrases that mark a line as furniture, cues after which the rest of a page is its
// footer, and the tags and class/id markers the HTML reader uses to find the article body.
class Boilerplate final
{
public:
    // The rules shipped in resources, loaded once.
    static const Boilerplate &bundled();
    // Rules from JSON of the same shape; an unreadable document gives empty rules.
    static Boilerplate fromJson(const QByteArray &json);

    // The text with furniture lines dropped and the footer cut, lines trimmed; `language` is
    // the article's ("en" or "zh"). `dropped` receives how many characters went.
    QString strip(QStringView text, QStringView language, int *dropped = nullptr) const;

    enum class Cue { None, Line, Footer };
    // Whether a line holds a cue and of which kind (the length limit is not applied here).
    Cue cueIn(QStringView line) const;

    // HTML: tag names (lower case) whose element is never article text.
    const std::vector<QString> &dropTags() const { return m_dropTags; }
    // HTML: whether a class or id value marks furniture, or the article body.
    bool marksFurniture(QStringView classOrId) const { return hasMarker(classOrId, m_dropMarkers); }
    bool marksBody(QStringView classOrId) const { return hasMarker(classOrId, m_bodyMarkers); }
    // HTML: above this share of its text inside links, a block is a list of links.
    double linkDensity() const { return m_linkDensity; }

private:
    struct CueText
    {
        QString folded; // case-folded
        bool anchored = false;
        bool footer = false;
    };
    // Cues sorted by their first (folded) character, for a binary search at each position.
    struct CueSet
    {
        std::vector<char16_t> first;
        std::vector<CueText> cues;
        void add(const CueText &cue);
        Cue at(QStringView line, qsizetype i, char16_t folded) const;
    };
    static bool hasMarker(QStringView value, const std::vector<QString> &markers);

    CueSet m_anchored;
    CueSet m_floating;
    // Every UTF-16 unit that folds to the first character of a floating cue: one bit test
    // per character rejects almost all positions without folding anything.
    std::shared_ptr<std::bitset<65536>> m_firstChars = std::make_shared<std::bitset<65536>>();
    // The first two (folded) characters of every floating cue, by their low bytes: most
    // positions that pass the test above are not followed by a cue's second character. All
    // set when a cue has a single character.
    std::shared_ptr<std::bitset<65536>> m_firstPairs = std::make_shared<std::bitset<65536>>();
    int m_maxCueLineColumns = 160;
    int m_otherScriptMaxLength = 40;
    std::vector<QString> m_dropTags;    // sorted, lower case
    std::vector<QString> m_dropMarkers; // sorted, lower case; "-" joins words
    std::vector<QString> m_bodyMarkers;
    double m_linkDensity = 0.5;
};

} // namespace cpe
