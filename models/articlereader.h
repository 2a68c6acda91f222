#pragma once

#include "article.h"
#include "records.h"

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

// Reads plain text, Markdown, HTML and JSON Lines articles, and folders of them recursively.
// Encodings are detected (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK).
// Metadata comes from front matter, JSON Lines fields, HTML <meta>, or a sidecar
// "<file>.meta.json"; it always wins over inference.
class ArticleReader
{
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
