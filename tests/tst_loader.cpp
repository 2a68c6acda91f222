// CorpusLoader: reading and extracting a corpus off the calling thread, in ordered batches.
#include "articlereader.h"
#include "corpusgenerator.h"
#include "corpusloader.h"
#include "engine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cpe;

namespace {

constexpr int kTimeout = 60000; // ms; generous for sanitizer builds on two cores

// Copies the bundled seed articles into `dir`; returns the copies' paths.
QStringList copySeeds(const QString &dir)
{
    QStringList copies;
    QDirIterator it(ArticleReader::bundledCorpusPath(), QDir::Files);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = dir + QLatin1Char('/') + QFileInfo(from).fileName();
        if (!QFile::copy(from, to))
            return {};
        // Copies of resources are read-only.
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        copies.append(to);
    }
    copies.sort();
    return copies;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Everything a record says, in one comparable string.
QString fingerprint(const ArticleExtraction &x)
{
    QStringList parts{x.date.toIso() + QLatin1Char('/') + x.date.basis};
    for (const Partnership &p : x.partnerships) {
        QStringList ev;
        for (const Evidence &e : p.evidence)
            ev.append(QStringLiteral("%1-%2").arg(e.start).arg(e.end));
        parts.append(QStringList{p.partnerId, p.kind, p.stage, p.sectors.join(QLatin1Char(',')), p.date.toIso(),
                                 QString::number(p.confidence), p.cues.join(QLatin1Char(',')), ev.join(QLatin1Char(','))}
                         .join(QLatin1Char('|')));
    }
    for (const Pledge &p : x.pledges) {
        parts.append(QStringList{p.actorId, p.kind, QString::number(p.targetYear), QString::number(p.baseYear),
                                 p.amount ? QString::number(*p.amount) : QString(), p.unit, p.status,
                                 QString::number(p.confidence), p.cues.join(QLatin1Char(','))}
                         .join(QLatin1Char('|')));
    }
    return parts.join(QLatin1Char('\n'));
}

// Records every signal of a loader, in order, as "name" entries next to the typed spies.
struct Recorder
{
    explicit Recorder(CorpusLoader *loader)
        : started(loader, &CorpusLoader::started), batches(loader, &CorpusLoader::batchReady),
          progress(loader, &CorpusLoader::progress), failed(loader, &CorpusLoader::fileFailed),
          finished(loader, &CorpusLoader::finished)
    {
        QObject::connect(loader, &CorpusLoader::started, loader, [this] { order.append(QStringLiteral("started")); });
        QObject::connect(loader, &CorpusLoader::batchReady, loader, [this] { order.append(QStringLiteral("batch")); });
        QObject::connect(loader, &CorpusLoader::progress, loader, [this] { order.append(QStringLiteral("progress")); });
        QObject::connect(loader, &CorpusLoader::fileFailed, loader, [this] { order.append(QStringLiteral("failed")); });
        QObject::connect(loader, &CorpusLoader::finished, loader, [this] { order.append(QStringLiteral("finished")); });
    }

    LoadedBatch articles() const
    {
        LoadedBatch all;
        for (const QList<QVariant> &args : batches)
            all += args.at(0).value<LoadedBatch>();
        return all;
    }
    LoadSummary summary() const { return finished.last().at(0).value<LoadSummary>(); }
    QStringList failedPaths() const
    {
        QStringList paths;
        for (const QList<QVariant> &args : failed)
            paths.append(args.at(0).value<ReadIssue>().path);
        return paths;
    }

    QSignalSpy started, batches, progress, failed, finished;
    QStringList order;
};

} // namespace

class TstLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsInOrder();
    void badFilesDoNotStopTheRest();
    void unreadableFileReported();
    void missingPathReported();
    void modeCarriedThrough_data();
    void modeCarriedThrough();
    void cancelKeepsWholeArticles();
    void restartCancelsPrevious();
    void deleteWhileRunning();
};

void TstLoader::loadsInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList files = copySeeds(dir.path());
    QVERIFY(files.size() >= 3);

    CorpusLoader loader;
    Recorder r(&loader);
    QVERIFY(!loader.isRunning());
    loader.start({dir.path()}, CorpusLoader::Replace);
    QVERIFY(loader.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(r.finished.count(), 1, kTimeout);
    QVERIFY(!loader.isRunning());

    QCOMPARE(r.started.count(), 1);
    QCOMPARE(r.started.first().at(0).toInt(), files.size());
    QCOMPARE(r.order.first(), QStringLiteral("started"));
    QCOMPARE(r.order.last(), QStringLiteral("finished"));

    QVERIFY(r.progress.count() >= 1);
    int previous = 0;
    for (const QList<QVariant> &args : std::as_const(r.progress)) {
        const int done = args.at(0).toInt();
        QVERIFY2(done > previous, "filesDone must grow with every progress signal");
        QCOMPARE(args.at(1).toInt(), files.size());
        QCOMPARE(args.at(2).toString(), files.at(done - 1));
        previous = done;
    }
    QCOMPARE(previous, files.size());

    // Every file, in file order, each extracted as the engine does it on its own.
    const LoadedBatch articles = r.articles();
    QCOMPARE(articles.size(), files.size());
    int partnerships = 0, pledges = 0;
    for (int i = 0; i < articles.size(); ++i) {
        QCOMPARE(articles.at(i).article.path, files.at(i));
        QCOMPARE(fingerprint(articles.at(i).extraction), fingerprint(Engine::bundled().extract(articles.at(i).article)));
        partnerships += int(articles.at(i).extraction.partnerships.size());
        pledges += int(articles.at(i).extraction.pledges.size());
    }
    QVERIFY(partnerships > 0);

    const LoadSummary s = r.summary();
    QCOMPARE(s.files, files.size());
    QCOMPARE(s.articles, files.size());
    QCOMPARE(s.partnerships, partnerships);
    QCOMPARE(s.pledges, pledges);
    QCOMPARE(s.failed, 0);
    QVERIFY(s.issues.isEmpty());
    QVERIFY(!s.cancelled);
    QVERIFY(s.seconds > 0.0);
    QCOMPARE(r.failed.count(), 0);
}

void TstLoader::badFilesDoNotStopTheRest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList good = copySeeds(dir.path());
    QVERIFY(!good.isEmpty());
    QByteArray junk(4096, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) & 0xFF); // NUL bytes and controls: binary
    const QString binary = dir.filePath(QStringLiteral("binary.txt"));
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    const QString broken = dir.filePath(QStringLiteral("broken.txt"));
    QVERIFY(writeFile(binary, junk));
    QVERIFY(writeFile(empty, QByteArray()));
    // A UTF-8 byte-order mark followed by bytes that are not UTF-8.
    QVERIFY(writeFile(broken, QByteArray("\xEF\xBB\xBF" "China and Kenya \xC3\x28 signed \xFF\xFE an agreement.")));

    CorpusLoader loader;
    Recorder r(&loader);
    loader.start({dir.path()}, CorpusLoader::Replace);
    QTRY_COMPARE_WITH_TIMEOUT(r.finished.count(), 1, kTimeout);

    QCOMPARE(r.started.first().at(0).toInt(), good.size() + 3);
    QStringList failed = r.failedPaths();
    failed.sort();
    QStringList expected{binary, empty, broken};
    expected.sort();
    QCOMPARE(failed, expected);
    for (const QList<QVariant> &args : std::as_const(r.failed))
        QVERIFY(!args.at(0).value<ReadIssue>().message.isEmpty());

    QCOMPARE(r.articles().size(), good.size());
    const LoadSummary s = r.summary();
    QCOMPARE(s.failed, 3);
    QCOMPARE(s.issues.size(), 3);
    QCOMPARE(s.articles, good.size());
    QCOMPARE(r.progress.last().at(0).toInt(), good.size() + 3);
    QVERIFY(!s.cancelled);
}

void TstLoader::unreadableFileReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList good = copySeeds(dir.path());
    QVERIFY(!good.isEmpty());
    const QString locked = dir.filePath(QStringLiteral("locked.txt"));
    QVERIFY(QFile::copy(good.first(), locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
    if (QFile f(locked); f.open(QIODevice::ReadOnly))
        QSKIP("permissions do not stop this user from reading (running as root?)");

    CorpusLoader loader;
    Recorder r(&loader);
    loader.start({dir.path()}, CorpusLoader::Add);
    QTRY_COMPARE_WITH_TIMEOUT(r.finished.count(), 1, kTimeout);
    QCOMPARE(r.failedPaths(), QStringList{locked});
    QCOMPARE(r.articles().size(), good.size());
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner); // so the folder can go
}

void TstLoader::missingPathReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList good = copySeeds(dir.path());
    const QString missing = dir.filePath(QStringLiteral("no-such-folder"));

    CorpusLoader loader;
    Recorder r(&loader);
    loader.start({missing, dir.path()}, CorpusLoader::Replace);
    QTRY_COMPARE_WITH_TIMEOUT(r.finished.count(), 1, kTimeout);
    QCOMPARE(r.failedPaths(), QStringList{missing});
    QCOMPARE(r.articles().size(), good.size());
    QCOMPARE(r.summary().failed, 1);
    QCOMPARE(r.summary().issues.first().path, missing);

    // Nothing to load at all: still one started() and one finished().
    Recorder alone(&loader);
    loader.start({missing}, CorpusLoader::Replace);
    QTRY_COMPARE_WITH_TIMEOUT(alone.finished.count(), 1, kTimeout);
    QCOMPARE(alone.started.count(), 1);
    QCOMPARE(alone.started.first().at(0).toInt(), 0);
    QCOMPARE(alone.failedPaths(), QStringList{missing});
    QCOMPARE(alone.batches.count(), 0);
    QCOMPARE(alone.summary().files, 0);
    QVERIFY(!alone.summary().cancelled);
}

void TstLoader::modeCarriedThrough_data()
{
    QTest::addColumn<CorpusLoader::Mode>("mode");
    QTest::newRow("replace") << CorpusLoader::Replace;
    QTest::newRow("add") << CorpusLoader::Add;
}

void TstLoader::modeCarriedThrough()
{
    QFETCH(CorpusLoader::Mode, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!copySeeds(dir.path()).isEmpty());
    CorpusLoader loader;
    Recorder r(&loader);
    loader.start({dir.path()}, mode);
    QTRY_COMPARE_WITH_TIMEOUT(r.finished.count(), 1, kTimeout);
    QCOMPARE(r.started.first().at(1).value<CorpusLoader::Mode>(), mode);
    QVERIFY(r.batches.count() >= 1);
    for (const QList<QVariant> &args : std::as_const(r.batches))
        QCOMPARE(args.at(1).value<CorpusLoader::Mode>(), mode);
}

void TstLoader::cancelKeepsWholeArticles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CorpusStats stats;
    QVERIFY(generateCorpus(dir.path(), 8 * 1024 * 1024, 11, &stats));
    QVERIFY(stats.files > 1000);

    CorpusLoader loader;
    Recorder r(&loader);
    // Cancel from inside the first progress signal, as a Cancel button would between two.
    QObject::connect(&loader, &CorpusLoader::progress, &loader, [&loader](int done, int total) {
        QVERIFY(done < total);
        loader.cancel();
    });
    loader.start({dir.path()}, CorpusLoader::Add);
    QTRY_COMPARE_WITH_TIMEOUT(r.finished.count(), 1, kTimeout);
    QVERIFY(!loader.isRunning());
    const LoadSummary s = r.summary();
    QVERIFY(s.cancelled);
    QCOMPARE(r.progress.count(), 1);
    QCOMPARE(r.order.last(), QStringLiteral("finished"));

    // The workers are still finishing their files: nothing of theirs may arrive now.
    const int batches = r.batches.count();
    QTest::qWait(500);
    QCOMPARE(r.batches.count(), batches);
    QCOMPARE(r.progress.count(), 1);
    QCOMPARE(r.finished.count(), 1);
    QCOMPARE(r.order.last(), QStringLiteral("finished"));

    // What did arrive is whole and consistent: each article as the reader gives it, with the
    // engine's own extraction of it, and no more of them than the summary claims.
    const LoadedBatch articles = r.articles();
    QVERIFY(!articles.isEmpty());
    QVERIFY(articles.size() < stats.files);
    QCOMPARE(s.articles, articles.size());
    QCOMPARE(articles.size(), r.progress.first().at(0).toInt()); // one article per file here
    const ArticleReader reader;
    for (const LoadedArticle &a : articles) {
        const ReadResult again = reader.readFile(a.article.path);
        QCOMPARE(again.articles.size(), 1);
        QCOMPARE(a.article.text, again.articles.first().text);
        QCOMPARE(fingerprint(a.extraction), fingerprint(Engine::bundled().extract(a.article)));
    }

    // The loader can run again after a cancel.
    QTemporaryDir small;
    QVERIFY(!copySeeds(small.path()).isEmpty());
    QObject::disconnect(&loader, &CorpusLoader::progress, &loader, nullptr);
    Recorder again(&loader);
    loader.start({small.path()}, CorpusLoader::Replace);
    QTRY_COMPARE_WITH_TIMEOUT(again.finished.count(), 1, kTimeout);
    QVERIFY(!again.summary().cancelled);
}

void TstLoader::restartCancelsPrevious()
{
    QTemporaryDir big, small;
    QVERIFY(big.isValid() && small.isValid());
    QVERIFY(generateCorpus(big.path(), 2 * 1024 * 1024, 5));
    const QStringList seeds = copySeeds(small.path());

    CorpusLoader loader;
    Recorder r(&loader);
    loader.start({big.path()}, CorpusLoader::Replace);
    QTRY_COMPARE_WITH_TIMEOUT(r.started.count(), 1, kTimeout);
    loader.start({small.path()}, CorpusLoader::Add);
    QCOMPARE(r.finished.count(), 1); // the first run, cancelled, before the second starts
    QVERIFY(r.summary().cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(r.finished.count(), 2, kTimeout);
    QVERIFY(!r.summary().cancelled);
    QCOMPARE(r.started.count(), 2);
    QCOMPARE(r.started.last().at(1).value<CorpusLoader::Mode>(), CorpusLoader::Add);

    // After the first finished(), only the second run's articles arrive.
    const int firstFinished = int(r.order.indexOf(QStringLiteral("finished")));
    QCOMPARE(r.order.at(firstFinished + 1), QStringLiteral("started"));
    LoadedBatch second;
    for (const QList<QVariant> &args : std::as_const(r.batches)) {
        if (args.at(1).value<CorpusLoader::Mode>() == CorpusLoader::Add)
            second += args.at(0).value<LoadedBatch>();
    }
    QCOMPARE(second.size(), seeds.size());
    for (const LoadedArticle &a : second)
        QVERIFY(a.article.path.startsWith(small.path()));
}

void TstLoader::deleteWhileRunning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(generateCorpus(dir.path(), 2 * 1024 * 1024, 3));
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto loader = std::make_unique<CorpusLoader>();
        QSignalSpy started(loader.get(), &CorpusLoader::started);
        loader->start({dir.path()}, CorpusLoader::Replace);
        if (attempt > 0) // at once, and once the workers are busy
            QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kTimeout);
        loader.reset(); // must wait for or detach its workers, not crash
    }
    QTest::qWait(200); // late wake-ups of the dead loaders must go nowhere
}

QTEST_GUILESS_MAIN(TstLoader)
#include "tst_loader.moc"
