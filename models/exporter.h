#pragma once

#include "article.h"
#include "engine.h"
#include "records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace cpe {

// Articles with what was extracted from them: the unit every export writes.
struct ExtractedCorpus
{
    QList<Article> articles;
    QList<ArticleExtraction> extractions; // parallel to articles
    QList<ReadIssue> issues;
};

// The command-line JSON shape: {"articles": […], "partnerships": […], "pledges": […],
// "issues": […]}. Evidence offsets are Unicode code points into the article text, so that
// any language's string slicing finds the sentence.
QJsonObject exportJson(const ExtractedCorpus &corpus, const Gazetteer &gazetteer);
// The partnerships table as RFC 4180 CSV, UTF-8 with CRLF line ends.
QByteArray exportPartnershipsCsv(const ExtractedCorpus &corpus, const Gazetteer &gazetteer);

// UTF-16 offset -> code point offset in `text`.
qsizetype codePointOffset(const QString &text, qsizetype utf16Offset);

} // namespace cpe
