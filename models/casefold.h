#pragma once

#include <QChar>

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

} // namespace cpe
