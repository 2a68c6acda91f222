#include "htmltags.h"

#include <QByteArray>

namespace cpe::html {

// Sorted by name, for a binary search.
// clang-format off
const TagInfo kTags[] = {
    {"a", A, Link}, {"address", Other, Block}, {"area", Other, Void},
    {"article", Article, Block | Density}, {"aside", Other, Block}, {"base", Other, Void},
    {"blockquote", Other, Block}, {"body", Body, Block | NoCand}, {"br", Other, Block | Void},
    {"button", Other, 0}, {"caption", Other, Block}, {"center", Other, Block}, {"col", Other, Void},
    {"dd", Dd, Block | Density}, {"details", Other, Block}, {"dialog", Other, Block},
    {"div", Other, Block | Density}, {"dl", Dl, Block | Density}, {"dt", Dt, Block},
    {"embed", Other, Void}, {"fieldset", Other, Block}, {"figcaption", Other, Block},
    {"figure", Other, Block}, {"footer", Other, Block}, {"form", Form, Block}, {"h1", Other, Block},
    {"h2", Other, Block}, {"h3", Other, Block}, {"h4", Other, Block}, {"h5", Other, Block},
    {"h6", Other, Block}, {"header", Other, Block}, {"hgroup", Other, Block},
    {"hr", Other, Block | Void}, {"html", Html, Block | NoCand}, {"img", Other, Void},
    {"input", Other, Void}, {"label", Other, 0}, {"legend", Other, Block},
    {"li", Li, Block | Density}, {"link", Other, Void}, {"main", Main, Block},
    {"menu", Other, Block | Density}, {"meta", Other, Void}, {"nav", Other, Block},
    {"ol", Ol, Block | Density}, {"option", Other, Block}, {"p", P, Block | Density},
    {"param", Other, Void}, {"pre", Pre, Block}, {"section", Other, Block | Density},
    {"select", Other, 0}, {"source", Other, Void}, {"summary", Other, Block},
    {"table", Table, Block | Density}, {"tbody", Other, Block}, {"td", Td, Block | Density},
    {"tfoot", Other, Block}, {"th", Th, Block}, {"thead", Other, Block},
    {"tr", Tr, Block | Density}, {"track", Other, Void}, {"ul", Ul, Block | Density},
    {"wbr", Other, Void},
};
// clang-format on
const int kTagCount = int(sizeof(kTags) / sizeof(kTags[0]));

int tagIndex(QStringView name)
{
    char lower[12];
    if (name.size() >= qsizetype(sizeof(lower)))
        return -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c > 0x7F)
            return -1;
        lower[i] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    lower[name.size()] = 0;
    int lo = 0, hi = kTagCount - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const int d = qstrcmp(kTags[mid].name, lower);
        if (d == 0)
            return mid;
        if (d < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

} // namespace cpe::html
