#pragma once

#include "article.h"
#include "records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cpe {

// What reading a file or folder gave: the articles, and a message for every file that could
// not be used (named, with the reason). One bad file never stops the others.
struct ReadResult
{
    QList<Article> articles;
    QList<ReadIssue> issues;
};

// Reads plain text, Markdown, HTML, JSON Lines and JSON articles, and folders of them
// recursively (sorted; hidden files and "<file>.meta.json" sidecars are not listed).
//
// - Encodings are detected, never asked: see decodeText() in textdecode.h (BOMs, UTF-8,
//   a charset the HTML declares, GB18030/GBK, plausible Windows-1252; else "undecodable").
// - HTML gives its article body only (htmlextract.h); JSON Lines are streamed, one article
//   per line, a bad line reported as "line N: ..." and the others kept.
// - Metadata, strongest first: a sidecar "<file>.meta.json" (or "<name>.meta.json"); then
//   what the file says of itself (front matter in .md/.txt, JSON fields, HTML <meta> and
//   JSON-LD). Whatever is given wins over inference from the text.
// - Page furniture (copyright lines, share buttons, related-story lists, site footers) is
//   dropped before extraction, driven by resources/data/boilerplate.json.
// - Language is "zh" or "en" from metadata, else from a count of Han and Latin characters.
// - PDFs give their text layer through the reader installed with setPdfTextReader()
//   (readerformats.h; models/pdf installs poppler's). A PDF without one is "no text layer
//   (scanned PDF?)"; without an installed reader PDFs are skipped with that reason.
// - Every file gives articles or at least one issue naming it and saying why (missing,
//   unreadable, a folder, empty, binary, undecodable, too large, not an article, no text
//   layer, encrypted or damaged PDF).
//
// Reading is re-entrant: separate threads may read files through one const reader.
class ArticleReader
{
    Q_DECLARE_TR_FUNCTIONS(cpe::ArticleReader)
public:
    // Files larger than this are reported as too large and skipped (JSON Lines files are
    // streamed and limited per line instead).
    qint64 maxArticleBytes = 32 * 1024 * 1024;

    // The article files a path stands for: the file itself, or every readable article file
    // below a folder, sorted for a stable order. Sidecars are not listed.
    QStringList listFiles(const QString &path, QList<ReadIssue> *issues = nullptr) const;
    ReadResult readFile(const QString &path) const;
    ReadResult readPath(const QString &path) const; // listFiles + readFile for each

    // The articles shipped in resources (":/cpe/corpus/seeds").
    static QString bundledCorpusPath();
};

} // namespace cpe
