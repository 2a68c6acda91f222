// The readers on arbitrary bytes, written as each supported kind of file: no crash, and a
// file yields articles or an issue that names it, never silence.

#include "articlereader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const char *const suffixes[] = {".txt", ".md", ".html", ".jsonl"};
    const char *suffix = suffixes[size > 0 ? data[0] % 4 : 0];
    const QString path = dir.filePath(QStringLiteral("input") + QLatin1String(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const cpe::ReadResult r = cpe::ArticleReader().readFile(path);
    if (r.articles.isEmpty() && r.issues.isEmpty()) {
        std::fprintf(stderr, "a file gave neither articles nor an issue\n");
        std::abort();
    }
    for (const cpe::ReadIssue &issue : r.issues) {
        if (!issue.path.endsWith(QLatin1String(suffix)) || issue.message.isEmpty())
            std::abort();
    }
    QFile::remove(path);
    return 0;
}
