#pragma once

#include "htmlmeta.h"

#include <QString>
#include <QStringView>

namespace cpe {

class Boilerplate;

struct HtmlArticle
{
    QString text; // the article body, one block (paragraph, heading, list item) per line
    HtmlMeta meta;
};

// The article in an HTML page, without scripts, styles, navigation, related-story lists or
// footers.
//
// The page is parsed into a loose element tree (misnested and unclosed tags are closed the
// way browsers mostly do). The body is the first of these that holds a fair share of the
// page's text: an <article> element; an element with itemprop=articleBody or a class/id that
// marks an article body; <main>; else <body>. Inside it, elements are dropped by tag (nav,
// footer, aside...), by class/id markers (related, share, comment, ad...), and by link density:
// a block whose text is mostly inside links is a list of links, whatever it is called. The
// tags and markers are data (resources/data/boilerplate.json).
HtmlArticle extractHtmlArticle(QStringView html, const Boilerplate &rules);

} // namespace cpe
