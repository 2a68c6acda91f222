#pragma once

#include "article.h"
#include "engine.h"
#include "records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace cpe {

// What a corpus store knows about a record beyond the engine's result.
struct RecordNotes
{
    QStringList sources;   // ids of the articles reporting it: several for syndicated copies
    QStringList corrected; // fields a user changed: "partner", "sectors", "date"
    bool user = false;     // a user added it
};

// Articles with what was extracted from them: the unit every export writes.
struct ExtractedCorpus
{
    QList<Article> articles;
    QList<ArticleExtraction> extractions; // parallel to articles
    QList<ReadIssue> issues;
    // Filled by store exports only, parallel to extractions[i].partnerships and .pledges.
    // When empty the export has no "sources", "corrected" or "user" fields (JSON) or columns
    // (CSV).
    QList<QList<RecordNotes>> partnershipNotes;
    QList<QList<RecordNotes>> pledgeNotes;
};

// The command-line JSON shape: {"articles": […], "partnerships": […], "pledges": […],
// "issues": […]}. Evidence offsets are Unicode code points into the article text, so that
// any language's string slicing finds the sentence. With record notes, records also carry
// "sources" (article ids), "corrected" (when a user changed fields) and "user": true (when a
// user added the record).
QJsonObject exportJson(const ExtractedCorpus &corpus, const Gazetteer &gazetteer);
// The partnerships table as RFC 4180 CSV, UTF-8 with CRLF line ends.
// One RFC 4180 field: quoted when it holds a quote, comma or line break.
QString csvField(const QString &s);
QByteArray exportPartnershipsCsv(const ExtractedCorpus &corpus, const Gazetteer &gazetteer);

// UTF-16 offset -> code point offset in `text`.
qsizetype codePointOffset(const QString &text, qsizetype utf16Offset);

} // namespace cpe
