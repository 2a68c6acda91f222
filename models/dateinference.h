#pragma once

#include "article.h"
#include "articlescan.h"

namespace cpe {

// Decides when an article was written: its metadata if given, else a dateline, else the
// latest past event the text dates, bounded by dated anchors (conferences, terms of office).
// Deadlines ("by 2030") and future plans never date an article.
DateInfo inferArticleDate(const Article &article, const ArticleScan &scan, const CueBook &book);

// The date of an event a clause describes ("in December 2008"), if it names one.
DateInfo eventDateIn(const ArticleScan &scan, qsizetype from, qsizetype to, const CueBook &book);

} // namespace cpe
