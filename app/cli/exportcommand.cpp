#include "commands.h"
#include "options.h"

#include "articlereader.h"
#include "engine.h"
#include "exporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace cpe::cli {

ExtractedCorpus readAndExtract(const QStringList &paths, QTextStream &err, bool *missing)
{
    ExtractedCorpus corpus;
    ArticleReader reader;
    const Engine &engine = Engine::bundled();
    *missing = false;
    for (const QString &path : paths) {
        if (!path.startsWith(QLatin1Char(':')) && !QFileInfo::exists(path)) {
            err << QCoreApplication::translate("cli", "%1: no such file or folder").arg(path) << '\n';
            *missing = true;
            continue;
        }
        ReadResult read = reader.readPath(path);
        for (const ReadIssue &issue : read.issues)
            err << QCoreApplication::translate("cli", "%1: skipped: %2").arg(issue.path, issue.message) << '\n';
        corpus.issues += read.issues;
        for (Article &a : read.articles) {
            corpus.extractions.append(engine.extract(a));
            corpus.articles.append(std::move(a));
        }
    }
    return corpus;
}

int runExport(const QStringList &args, QTextStream &err)
{
    Options opts(args);
    const QStringList corpora = opts.values(QStringLiteral("--corpus"));
    const QString format = opts.value(QStringLiteral("--format"), QStringLiteral("json"));
    const QString output = opts.value(QStringLiteral("-o"), opts.value(QStringLiteral("--output")));
    const QStringList unknown = opts.unknown({QStringLiteral("--corpus"), QStringLiteral("--format"),
                                              QStringLiteral("-o"), QStringLiteral("--output")});
    if (!unknown.isEmpty()) {
        err << QCoreApplication::translate("cli", "export: unknown option %1").arg(unknown.first()) << '\n';
        return 2;
    }
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        err << QCoreApplication::translate("cli", "export: --format must be json or csv, not %1").arg(format) << '\n';
        return 2;
    }
    bool missing = false;
    const ExtractedCorpus corpus =
        readAndExtract(corpora.isEmpty() ? QStringList{ArticleReader::bundledCorpusPath()} : corpora, err, &missing);
    if (missing)
        return 1;
    const Gazetteer &gazetteer = Engine::bundled().gazetteer();
    const QByteArray bytes = format == QLatin1String("csv")
                                 ? exportPartnershipsCsv(corpus, gazetteer)
                                 : QJsonDocument(exportJson(corpus, gazetteer)).toJson(QJsonDocument::Indented);
    if (output.isEmpty() || output == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return 1;
        return 0;
    }
    // Written to a temporary file and renamed, so a failed export never leaves half a file
    // in place of an earlier good one.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << QCoreApplication::translate("cli", "%1: cannot write: %2").arg(output, file.errorString()) << '\n';
        return 1;
    }
    return 0;
}

} // namespace cpe::cli
