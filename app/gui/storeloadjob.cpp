#include "storeloadjob.h"

#include "articlereader.h"
#include "engine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>

namespace cpe {

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace {

QString canonicalPath(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return path; // a resource has no file system path
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

QString storeFileFor(const QStringList &paths)
{
    QStringList canonical;
    for (const QString &p : paths)
        canonical.append(canonicalPath(p));
    canonical.sort();
    canonical.removeDuplicates();
    const QByteArray hash = QCryptographicHash::hash(canonical.join(QLatin1Char('\n')).toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(20);
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    return dir.filePath(QStringLiteral("stores/%1.sqlite").arg(QString::fromLatin1(hash)));
}

void StoreLoadJob::run()
{
    CorpusStore store;
    QString error;
    QDir().mkpath(QFileInfo(storeFile).absolutePath());
    if (!store.open(storeFile, &error)) {
        started(0);
        ImportStats stats;
        stats.error = error;
        finished(stats, 0);
        return;
    }

    QElapsedTimer clock;
    clock.start();
    const ArticleReader reader;
    QStringList files;
    QList<ReadIssue> listIssues;
    for (const QString &path : std::as_const(paths)) {
        // Absolute, as the command line imports them, so both find the same stored articles.
        const QString absolute = path.startsWith(QLatin1Char(':')) ? path
                                                                     : QFileInfo(path).absoluteFilePath();
        files += reader.listFiles(absolute, &listIssues);
    }
    const int total = int(files.size());
    qCInfo(lcSession, "listed %d files in %.2f s", total, double(clock.elapsed()) / 1000.0);
    started(total);
    for (const ReadIssue &issue : std::as_const(listIssues))
        failed(issue);
    if (cancelled)
        return;

    // What the store holds goes on screen before the files are read again.
    const bool stored = store.articleCount() > 0;
    if (stored) {
        clock.restart();
        records(store.loadAll());
        qCInfo(lcSession, "loaded the stored records in %.2f s", double(clock.elapsed()) / 1000.0);
        if (cancelled)
            return;
    }

    qsizetype next = 0;
    const qsizetype chunk = store.batchSize();
    // Files of one batch are read on every core: for an unchanged corpus reading is all the
    // import does.
    auto source = [&]() -> QList<Article> {
        if (cancelled || next >= files.size())
            return {};
        const QStringList part = files.mid(next, chunk);
        next += part.size();
        const QList<ReadResult> results = QtConcurrent::blockingMapped(
            part, [&reader](const QString &file) { return reader.readFile(file); });
        QList<Article> articles;
        for (const ReadResult &r : results) {
            for (const ReadIssue &issue : r.issues)
                failed(issue);
            articles += r.articles;
        }
        progress(int(next), total, part.last());
        return articles;
    };
    const ImportStats stats =
        store.importFrom(source, Engine::bundled(), [this](const ImportStats &) { return !cancelled; });
    if (cancelled)
        return;
    if (!stored || stats.added > 0 || stats.updated > 0)
        records(store.loadAll());
    finished(stats, total + int(listIssues.size()));
}

} // namespace cpe
