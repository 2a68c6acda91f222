// import and export --store: the command line over a corpus store.

#include "commands.h"
#include "options.h"

#include "articlereader.h"
#include "corpusstore.h"
#include "engine.h"
#include "exporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cpe::cli {

namespace {

// The same context as the rest of the command-line tool's messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

bool isResource(const QString &path)
{
    return path.startsWith(QLatin1Char(':'));
}

bool writeOutput(const QString &output, const QByteArray &bytes, QTextStream &err)
{
    if (output.isEmpty() || output == QLatin1String("-")) {
        QFile out;
        return out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }
    // Written to a temporary file and renamed: a failed export never replaces a good one.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << CliText::tr("%1: cannot write: %2").arg(output, file.errorString()) << '\n';
        return false;
    }
    return true;
}

} // namespace

int runImport(const QStringList &args, QTextStream &err)
{
    const Options opts(args);
    const QString storeFile = opts.value(QStringLiteral("--store"));
    const QStringList corpora = opts.values(QStringLiteral("--corpus"));
    const QStringList unknown =
        opts.unknown({QStringLiteral("--store"), QStringLiteral("--corpus"), QStringLiteral("--batch")});
    if (!unknown.isEmpty()) {
        err << CliText::tr("import: unknown option %1").arg(unknown.first()) << '\n';
        return 2;
    }
    if (storeFile.isEmpty() || corpora.isEmpty()) {
        err << CliText::tr("import: say where the store is (--store FILE) and what to import "
                           "(--corpus PATH)")
            << '\n';
        return 2;
    }
    // Every path is checked before the store is touched: a mistyped path should not leave a
    // half-imported corpus behind.
    bool missing = false;
    QStringList paths;
    for (const QString &path : corpora) {
        if (!isResource(path) && !QFileInfo::exists(path)) {
            err << CliText::tr("%1: no such file or folder").arg(path) << '\n';
            missing = true;
        }
        // Absolute, so that importing the same files from another folder finds them again.
        paths.append(isResource(path) ? path : QFileInfo(path).absoluteFilePath());
    }
    if (missing)
        return 1;

    CorpusStore store;
    QString error;
    if (!store.open(storeFile, &error)) {
        err << error << '\n';
        return 1;
    }
    const int batch = opts.value(QStringLiteral("--batch")).toInt();
    if (batch > 0)
        store.setBatchSize(batch);

    QElapsedTimer timer;
    timer.start();
    ArticleReader reader;
    QStringList files;
    QList<ReadIssue> issues;
    for (const QString &path : std::as_const(paths))
        files += reader.listFiles(path, &issues);
    int skippedFiles = 0;
    auto report = [&](const QList<ReadIssue> &list) {
        for (const ReadIssue &issue : list) {
            err << CliText::tr("%1: skipped: %2").arg(issue.path, issue.message) << '\n';
            ++skippedFiles;
        }
    };
    report(issues);

    // Files are read one batch at a time, on the store's reading thread, while earlier
    // batches are extracted and written: memory stays flat on large corpora, and every
    // finished batch is committed.
    qsizetype nextFile = 0;
    const qsizetype chunkSize = store.batchSize();
    auto source = [&]() -> QList<Article> {
        const QStringList chunk = files.mid(nextFile, chunkSize);
        nextFile += chunk.size();
        QList<Article> articles;
        for (const QString &file : chunk) {
            const ReadResult r = reader.readFile(file);
            report(r.issues);
            articles += r.articles;
        }
        return articles;
    };
    const ImportStats total = store.importFrom(source, Engine::bundled());
    if (!total.error.isEmpty()) {
        err << CliText::tr("%1: import stopped: %2").arg(storeFile, total.error) << '\n';
        return 1;
    }
    const QJsonObject summary{
        {QStringLiteral("store"), storeFile},
        {QStringLiteral("files"), double(files.size() + issues.size())},
        {QStringLiteral("imported"), double(total.added + total.updated + total.unchanged)},
        {QStringLiteral("added"), double(total.added)},
        {QStringLiteral("updated"), double(total.updated)},
        {QStringLiteral("unchanged"), double(total.unchanged)},
        {QStringLiteral("extracted"), double(total.extracted)},
        {QStringLiteral("reused"), double(total.reused)},
        {QStringLiteral("skipped"), double(skippedFiles + total.skipped)},
        {QStringLiteral("duplicates"), double(total.duplicates)},
        {QStringLiteral("articles_in_store"), double(store.articleCount())},
        {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}};
    QTextStream(stdout) << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

int runStoreExport(const QStringList &args, QTextStream &err)
{
    const Options opts(args);
    const QString storeFile = opts.value(QStringLiteral("--store"));
    const QString format = opts.value(QStringLiteral("--format"), QStringLiteral("json"));
    const QString output = opts.value(QStringLiteral("-o"), opts.value(QStringLiteral("--output")));
    const QStringList unknown = opts.unknown({QStringLiteral("--store"), QStringLiteral("--format"),
                                              QStringLiteral("-o"), QStringLiteral("--output")});
    if (!unknown.isEmpty()) {
        err << CliText::tr("export: unknown option %1").arg(unknown.first()) << '\n';
        return 2;
    }
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        err << CliText::tr("export: --format must be json or csv, not %1").arg(format) << '\n';
        return 2;
    }
    // Opening would create an empty store; an export of nothing from a mistyped name helps
    // nobody.
    if (!QFileInfo::exists(storeFile)) {
        err << CliText::tr("%1: no such store").arg(storeFile) << '\n';
        return 1;
    }
    CorpusStore store;
    QString error;
    if (!store.open(storeFile, &error)) {
        err << error << '\n';
        return 1;
    }
    const ExtractedCorpus corpus = store.exportCorpus();
    const Gazetteer &gazetteer = Engine::bundled().gazetteer();
    const QByteArray bytes = format == QLatin1String("csv")
                                 ? exportPartnershipsCsv(corpus, gazetteer)
                                 : QJsonDocument(exportJson(corpus, gazetteer)).toJson(QJsonDocument::Indented);
    return writeOutput(output, bytes, err) ? 0 : 1;
}

} // namespace cpe::cli
