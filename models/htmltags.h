#pragma once

#include <QStringView>
#include <QtGlobal>

namespace cpe::html {

// What the HTML reader knows about the tags it meets: which break lines, which never have
// content, which are judged by link density. Unknown tags are inline and have no index.

enum Flag : quint16 {
    Block = 1,   // starts a new line
    Void = 2,    // never has content
    Link = 4,    // <a>
    Density = 8, // a block judged by its share of link text
    NoCand = 16, // html, body: the page itself, never "the article"
};

// Tags the tree builder treats specially; all others are Other.
enum Id : quint8 {
    Other,
    A,
    Article,
    Body,
    Dd,
    Dl,
    Dt,
    Form,
    Html,
    Li,
    Main,
    Ol,
    P,
    Pre,
    Table,
    Td,
    Th,
    Tr,
    Ul
};

struct TagInfo
{
    const char *name;
    Id id;
    quint16 flags;
};

extern const TagInfo kTags[];
extern const int kTagCount;

// The table index of a tag name (any case), or -1 for a tag not in the table.
int tagIndex(QStringView name);

} // namespace cpe::html
