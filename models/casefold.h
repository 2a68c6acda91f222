#pragma once

#include <QChar>
#include <QStringView>

namespace cpe {

// Simple case folding of one UTF-16 unit: what QStringView::startsWith/endsWith with
// Qt::CaseInsensitive compare unit by unit. ASCII is folded inline, and CJK punctuation and
// ideographs (no case; most of Chinese text) are spared the call into Qt's tables, because
// phrase lists and unit forms fold a character for every name, year and number they meet.
inline char32_t foldUnit(char16_t u)
{
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? char32_t(u + 0x20) : char32_t(u);
    if (u >= 0x3000 && u <= 0x9FFF)
        return char32_t(u);
    return QChar::toCaseFolded(char32_t(u));
}

// QChar::isSpace() of one unit, without its call into Qt's tables for every CJK character:
// no unit above U+3000 (the ideographic space) is a space.
inline bool isSpaceUnit(QChar c)
{
    return c.unicode() <= 0x3000 && c.isSpace();
}

// The unit s[i] as Qt's case-insensitive comparison of s folds it: like foldUnit(), except
// that a low surrogate right after a high one (both inside s) folds as the code point the
// pair makes, so that supplementary letters match their other case too.
inline char32_t foldUnitAt(QStringView s, qsizetype i)
{
    const char16_t u = s[i].unicode();
    if (QChar::isLowSurrogate(u) && i > 0 && QChar::isHighSurrogate(s[i - 1].unicode()))
        return QChar::toCaseFolded(QChar::surrogateToUcs4(s[i - 1].unicode(), u));
    return foldUnit(u);
}

// Whether a.compare(b, Qt::CaseInsensitive) == 0, without the cost of a call into Qt for
// every comparison: phrase lists and unit forms compare a handful of units thousands of
// times per article, and nearly always differ within the first few.
inline bool equalFolded(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    // Units written alike fold alike (after equal units so far, a low surrogate has the same
    // unit before it on both sides), so only units that differ are folded: text and phrase are
    // mostly in the same case.
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && foldUnitAt(a, i) != foldUnitAt(b, i))
            return false;
    }
    return true;
}

// Whether s.startsWith(prefix, Qt::CaseInsensitive), for a prefix that is not empty (Qt says
// false for a null s even with an empty prefix).
inline bool startsWithFolded(QStringView s, QStringView prefix)
{
    return s.size() >= prefix.size() && equalFolded(s.first(prefix.size()), prefix);
}

// Whether s.endsWith(suffix, Qt::CaseInsensitive), for a suffix that is not empty.
inline bool endsWithFolded(QStringView s, QStringView suffix)
{
    return s.size() >= suffix.size() && equalFolded(s.last(suffix.size()), suffix);
}

} // namespace cpe
