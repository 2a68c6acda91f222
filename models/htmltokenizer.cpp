#include "htmltokenizer.h"

namespace cpe {

namespace {

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u | 0x20) >= 'a' && (u | 0x20) <= 'z';
}

inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\n' || u == '\t' || u == '\r' || u == '\f';
}

inline bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiLetter(c) || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == ':' ||
           u == '.';
}

// Elements whose content is not markup. Scripts and styles can hold "</p>" or "<div>" in
// strings; title and textarea hold text only. svg, math and template are skipped whole
// because none of their content is article prose.
enum class Raw { No, Plain, Nesting };

Raw rawKind(QStringView name)
{
    if (name.size() < 3 || name.size() > 8)
        return Raw::No;
    switch (name[0].unicode() | 0x20) {
    case 's':
    case 'n':
    case 'i':
    case 't':
    case 'x':
    case 'o':
    case 'm':
        break;
    default:
        return Raw::No; // most tags: no string comparisons at all
    }
    static const char *const plain[] = {"script", "style", "noscript", "iframe",   "textarea",
                                        "title",  "xmp",   "noembed",  "noframes", "object"};
    static const char *const nesting[] = {"svg", "math", "template"};
    for (const char *p : plain) {
        if (name.compare(QLatin1String(p), Qt::CaseInsensitive) == 0)
            return Raw::Plain;
    }
    for (const char *p : nesting) {
        if (name.compare(QLatin1String(p), Qt::CaseInsensitive) == 0)
            return Raw::Nesting;
    }
    return Raw::No;
}

// Whether `s` has a tag called `name` right at `at` (just after "<" or "</").
bool tagNameAt(QStringView s, qsizetype at, QStringView name)
{
    if (s.size() - at < name.size())
        return false;
    if (s.mid(at, name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    return at + name.size() == s.size() || !isNameChar(s[at + name.size()]);
}

} // namespace

QStringView HtmlToken::attribute(QLatin1StringView lowerName) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name.compare(lowerName, Qt::CaseInsensitive) == 0)
            return a.value.isNull() ? QStringView(u"") : a.value;
    }
    return {};
}

bool HtmlToken::hasAttribute(QLatin1StringView lowerName) const
{
    return !attribute(lowerName).isNull();
}

qsizetype HtmlTokenizer::skipPast(QStringView terminator, qsizetype from) const
{
    const qsizetype at = m_s.indexOf(terminator, from);
    return at < 0 ? m_s.size() : at + terminator.size();
}

bool HtmlTokenizer::next(HtmlToken &t)
{
    const qsizetype n = m_s.size();
    if (m_pos >= n)
        return false;
    t.selfClosing = false;
    t.hasRawText = false;
    t.rawText = {};
    t.name = {};
    t.attributes.clear();
    const qsizetype start = m_pos;
    if (m_s[start] == u'<' && start + 1 < n) {
        const QChar c = m_s[start + 1];
        if (c == u'!') {
            if (m_s.mid(start, 4) == QLatin1String("<!--")) {
                t.kind = HtmlToken::Comment;
                const qsizetype end = m_s.indexOf(QLatin1String("-->"), start + 4);
                t.text = m_s.mid(start + 4, (end < 0 ? n : end) - start - 4);
                m_pos = end < 0 ? n : end + 3;
                return true;
            }
            if (m_s.mid(start, 9) == QLatin1String("<![CDATA[")) {
                t.kind = HtmlToken::Cdata;
                const qsizetype end = m_s.indexOf(QLatin1String("]]>"), start + 9);
                t.text = m_s.mid(start + 9, (end < 0 ? n : end) - start - 9);
                m_pos = end < 0 ? n : end + 3;
                return true;
            }
        }
        if (c == u'!' || c == u'?') { // doctype, processing instruction, bogus comment
            t.kind = HtmlToken::Declaration;
            m_pos = skipPast(u">", start + 2);
            t.text = m_s.mid(start + 2, std::max<qsizetype>(0, m_pos - start - 3));
            return true;
        }
        if (c == u'/' && start + 2 < n && isAsciiLetter(m_s[start + 2]))
            return readTag(t, true);
        if (c == u'/') { // "</>" or "</ 3": nothing a browser would show
            t.kind = HtmlToken::Declaration;
            m_pos = skipPast(u">", start + 2);
            t.text = {};
            return true;
        }
        if (isAsciiLetter(c))
            return readTag(t, false);
    }
    // Text up to the next "<" that can start markup; a lone "<" ("a < b") stays text.
    qsizetype end = start + 1;
    for (;;) {
        end = m_s.indexOf(u'<', end);
        if (end < 0) {
            end = n;
            break;
        }
        if (end + 1 < n && (isAsciiLetter(m_s[end + 1]) || m_s[end + 1] == u'/' ||
                            m_s[end + 1] == u'!' || m_s[end + 1] == u'?'))
            break;
        ++end;
    }
    t.kind = HtmlToken::Text;
    t.text = m_s.mid(start, end - start);
    m_pos = end;
    return true;
}

bool HtmlTokenizer::readTag(HtmlToken &t, bool end)
{
    const qsizetype n = m_s.size();
    qsizetype i = m_pos + (end ? 2 : 1);
    const qsizetype nameStart = i;
    while (i < n && isNameChar(m_s[i]))
        ++i;
    t.kind = end ? HtmlToken::EndTag : HtmlToken::StartTag;
    t.name = m_s.mid(nameStart, i - nameStart);
    // Attributes; on an end tag they are read and thrown away.
    for (;;) {
        while (i < n && (isSpace(m_s[i]) || m_s[i] == u'/')) {
            t.selfClosing = m_s[i] == u'/';
            ++i;
        }
        if (i >= n) {
            // A tag cut off by the end of the file: a browser drops it, and so do we.
            m_pos = n;
            return false;
        }
        if (m_s[i] == u'>') {
            ++i;
            break;
        }
        t.selfClosing = false;
        const qsizetype an = i++; // the first character may be anything, even "="
        while (i < n && !isSpace(m_s[i]) && m_s[i] != u'/' && m_s[i] != u'>' && m_s[i] != u'=')
            ++i;
        HtmlAttribute attr;
        attr.name = m_s.mid(an, i - an);
        qsizetype j = i;
        while (j < n && isSpace(m_s[j]))
            ++j;
        if (j < n && m_s[j] == u'=') {
            ++j;
            while (j < n && isSpace(m_s[j]))
                ++j;
            if (j < n && (m_s[j] == u'"' || m_s[j] == u'\'')) {
                const QChar quote = m_s[j];
                qsizetype close = m_s.indexOf(quote, j + 1);
                qsizetype next = close + 1;
                if (close < 0) { // unterminated: end the value at the tag's end instead
                    close = m_s.indexOf(u'>', j + 1);
                    close = close < 0 ? n : close;
                    next = close;
                }
                attr.value = m_s.mid(j + 1, close - j - 1);
                j = next;
            } else {
                const qsizetype vs = j;
                while (j < n && !isSpace(m_s[j]) && m_s[j] != u'>')
                    ++j;
                attr.value = m_s.mid(vs, j - vs);
            }
            i = j;
        }
        if (!end && t.attributes.size() < 64)
            t.attributes.push_back(attr);
    }
    m_pos = i;
    if (!end && !t.selfClosing)
        readRawText(t);
    return true;
}

void HtmlTokenizer::readRawText(HtmlToken &t)
{
    const Raw kind = rawKind(t.name);
    if (kind == Raw::No)
        return;
    const qsizetype n = m_s.size();
    const qsizetype from = m_pos;
    int depth = 1;
    qsizetype at = from;
    for (;;) {
        at = m_s.indexOf(u'<', at);
        if (at < 0 || at + 1 >= n) { // never closed: the rest of the file is its content
            t.hasRawText = true;
            t.rawText = m_s.mid(from);
            m_pos = n;
            return;
        }
        if (m_s[at + 1] == u'/' && tagNameAt(m_s, at + 2, t.name)) {
            if (--depth == 0)
                break;
        } else if (kind == Raw::Nesting && tagNameAt(m_s, at + 1, t.name)) {
            const qsizetype close = m_s.indexOf(u'>', at);
            if (close > 0 && m_s[close - 1] != u'/')
                ++depth;
        }
        ++at;
    }
    t.hasRawText = true;
    t.rawText = m_s.mid(from, at - from);
    m_pos = skipPast(u">", at);
}

} // namespace cpe
