#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace cpe {

struct HtmlAttribute
{
    QStringView name;  // as written
    QStringView value; // raw: character references not yet decoded
};

// One piece of an HTML document. Views point into the document being tokenised.
struct HtmlToken
{
    enum Kind { Text, StartTag, EndTag, Comment, Cdata, Declaration };
    Kind kind = Text;
    QStringView text; // Text: raw text; Comment, Cdata, Declaration: their content
    QStringView name; // StartTag, EndTag: the tag name as written
    bool selfClosing = false;
    // StartTag of a raw-text element (script, style, title, textarea, svg...): its content,
    // already consumed together with the end tag, so no EndTag follows.
    bool hasRawText = false;
    QStringView rawText;
    std::vector<HtmlAttribute> attributes; // reused between tokens: no allocation per tag

    // The value of an attribute by lower-case name, matched case-insensitively; null if absent.
    QStringView attribute(QLatin1StringView lowerName) const;
    bool hasAttribute(QLatin1StringView lowerName) const;
};

// A forgiving pull tokenizer for HTML as found on the web: unclosed tags, stray end tags,
// unterminated comments and attributes, "<" in text and "</p>" inside scripts all come out as
// something sensible and never stop it. It does not build a tree (the reader does, loosely)
// and does not decode character references (decodeHtmlEntities does, on demand).
class HtmlTokenizer final
{
public:
    explicit HtmlTokenizer(QStringView html) : m_s(html) {}

    // The next token, or false at the end of the document.
    bool next(HtmlToken &token);

private:
    bool readTag(HtmlToken &token, bool end);
    void readRawText(HtmlToken &token);
    qsizetype skipPast(QStringView terminator, qsizetype from) const;

    QStringView m_s;
    qsizetype m_pos = 0;
};

// Appends `raw` to `out` with character references decoded (named, decimal and hex), and, if
// `collapse`, every run of white space as one space (as a browser lays out text).
void decodeHtmlEntities(QStringView raw, QString &out, bool collapse = false);
QString decodeHtmlEntities(QStringView raw);

} // namespace cpe
