#include "corpusloader.h"

#include "articlereader.h"
#include "engine.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <vector>

namespace cpe {

// State shared between the loader (on its own thread) and the workers of one run. Workers
// never touch the loader's members: they fill results and post a wake-up; the loader takes the
// finished results in file order. That keeps the order of articles independent of thread timing.
class LoadRun
{
public:
    struct Slot
    {
        bool done = false;
        LoadedBatch articles;
        QList<ReadIssue> issues;
    };

    explicit LoadRun(const QStringList &inputs) : paths(inputs) { clock.start(); }

    const QStringList paths;
    QElapsedTimer clock;
    std::atomic<bool> cancelled{false};
    std::atomic<int> nextFile{0}; // the next file a worker takes

    // Written once by the coordinator before any worker starts; read-only afterwards.
    QStringList files;

    QMutex mutex; // guards everything below
    bool listed = false;
    bool done = false; // every worker has returned
    QList<ReadIssue> listIssues;
    std::vector<Slot> results;
    int pendingArticles = 0; // finished by workers, not yet taken by the loader
    bool wakePosted = false;
    QElapsedTimer sinceWake;
};

namespace {

// Ask the loader, on its own thread, to take what is ready. The loader outlives every worker
// (its destructor waits for them), and Qt drops events posted to an object being destroyed.
void wake(CorpusLoader *loader, const std::shared_ptr<LoadRun> &run, void (CorpusLoader::*deliver)(const std::shared_ptr<LoadRun> &))
{
    QMetaObject::invokeMethod(loader, [loader, run, deliver] { (loader->*deliver)(run); }, Qt::QueuedConnection);
}

} // namespace

// Friend-free access to the private deliver(): the workers get the member pointer from the
// loader when it starts them.
struct LoadWorker
{
    CorpusLoader *loader;
    std::shared_ptr<LoadRun> run;
    void (CorpusLoader::*deliver)(const std::shared_ptr<LoadRun> &);

    // Takes files until none is left or the run is cancelled. A file is stored only with
    // all its articles extracted, so the loader never sees half of one.
    void work() const
    {
        const ArticleReader reader;
        const Engine &engine = Engine::bundled();
        const int total = int(run->files.size());
        for (;;) {
            if (run->cancelled.load())
                return;
            const int i = run->nextFile.fetch_add(1);
            if (i >= total)
                return;
            ReadResult read = reader.readFile(run->files.at(i));
            LoadRun::Slot slot;
            slot.done = true;
            slot.issues = std::move(read.issues);
            slot.articles.reserve(read.articles.size());
            for (Article &article : read.articles) {
                if (run->cancelled.load())
                    return;
                ArticleExtraction extraction = engine.extract(article);
                slot.articles.append(LoadedArticle{std::move(article), std::move(extraction)});
            }
            bool post = false;
            {
                QMutexLocker lock(&run->mutex);
                run->pendingArticles += int(slot.articles.size());
                run->results[size_t(i)] = std::move(slot);
                // Batch by size or by age, one wake-up at a time, so a fast corpus does not
                // flood the event loop with tiny batches.
                if (!run->wakePosted && (run->pendingArticles >= CorpusLoader::kBatchArticles ||
                                         run->sinceWake.elapsed() >= CorpusLoader::kBatchMilliseconds)) {
                    run->wakePosted = true;
                    run->sinceWake.restart();
                    post = true;
                }
            }
            if (post)
                wake(loader, run, deliver);
        }
    }

    // Lists the files, then works next to one helper per further pool thread.
    void coordinate() const
    {
        const ArticleReader reader;
        QStringList files;
        QSet<QString> seen;
        QList<ReadIssue> issues;
        for (const QString &path : run->paths) {
            if (run->cancelled.load())
                break;
            for (const QString &file : reader.listFiles(path, &issues)) {
                if (!seen.contains(file)) { // a folder and a file in it given together
                    seen.insert(file);
                    files.append(file);
                }
            }
        }
        run->files = files;
        {
            QMutexLocker lock(&run->mutex);
            run->results.resize(size_t(files.size()));
            run->listIssues = issues;
            run->listed = true;
            run->wakePosted = true;
            run->sinceWake.start();
        }
        wake(loader, run, deliver);

        const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
        const int helpers = std::min(threads, int(files.size())) - 1;
        QList<QFuture<void>> running;
        for (int h = 0; h < helpers; ++h)
            running.append(QtConcurrent::run([worker = *this] { worker.work(); }));
        work();
        for (QFuture<void> &f : running)
            f.waitForFinished();
        {
            QMutexLocker lock(&run->mutex);
            run->done = true;
            run->wakePosted = true;
        }
        wake(loader, run, deliver);
    }
};

CorpusLoader::CorpusLoader(QObject *parent) : QObject(parent)
{
    // Queued connections to receivers on other threads look the types up by name.
    qRegisterMetaType<cpe::ReadIssue>("cpe::ReadIssue");
    qRegisterMetaType<cpe::LoadSummary>("cpe::LoadSummary");
    qRegisterMetaType<cpe::LoadedBatch>("cpe::LoadedBatch");
    qRegisterMetaType<cpe::CorpusLoader::Mode>("cpe::CorpusLoader::Mode");
}

CorpusLoader::~CorpusLoader()
{
    if (m_run)
        m_run->cancelled = true;
    for (QFuture<void> &f : m_futures)
        f.waitForFinished();
}

void CorpusLoader::start(const QStringList &paths, Mode mode)
{
    if (m_run)
        cancel();
    m_futures.erase(std::remove_if(m_futures.begin(), m_futures.end(),
                                   [](const QFuture<void> &f) { return f.isFinished(); }),
                    m_futures.end());
    m_run = std::make_shared<LoadRun>(paths);
    m_mode = mode;
    m_delivered = 0;
    m_startedSent = false;
    m_summary = LoadSummary();
    const LoadWorker worker{this, m_run, &CorpusLoader::deliver};
    m_futures.append(QtConcurrent::run([worker] { worker.coordinate(); }));
}

void CorpusLoader::cancel()
{
    if (m_run)
        finish(true);
}

void CorpusLoader::deliver(const std::shared_ptr<LoadRun> &run)
{
    if (run != m_run)
        return; // a wake-up of a cancelled run
    LoadedBatch batch;
    QList<ReadIssue> issues;
    QString lastFile;
    int delivered = m_delivered;
    int total = 0;
    bool done = false;
    {
        QMutexLocker lock(&run->mutex);
        run->wakePosted = false;
        if (!run->listed)
            return;
        total = int(run->files.size());
        if (!m_startedSent)
            issues = run->listIssues;
        while (delivered < total && run->results[size_t(delivered)].done) {
            LoadRun::Slot &slot = run->results[size_t(delivered)];
            issues += slot.issues;
            batch += std::move(slot.articles);
            slot = LoadRun::Slot{true, {}, {}}; // free the memory, keep it counted
            lastFile = run->files.at(delivered);
            ++delivered;
        }
        run->pendingArticles -= int(batch.size());
        done = run->done;
    }

    // A receiver may cancel or restart from any of these signals: stop emitting for this run
    // as soon as it is no longer current.
    if (!m_startedSent) {
        m_startedSent = true;
        m_summary.files = total;
        Q_EMIT started(total, m_mode);
        if (run != m_run)
            return;
    }
    for (const ReadIssue &issue : std::as_const(issues)) {
        m_summary.issues.append(issue);
        ++m_summary.failed;
        Q_EMIT fileFailed(issue);
        if (run != m_run)
            return;
    }
    if (!batch.isEmpty()) {
        m_summary.articles += int(batch.size());
        for (const LoadedArticle &a : std::as_const(batch)) {
            m_summary.partnerships += int(a.extraction.partnerships.size());
            m_summary.pledges += int(a.extraction.pledges.size());
        }
        Q_EMIT batchReady(batch, m_mode);
        if (run != m_run)
            return;
    }
    if (delivered > m_delivered) {
        m_delivered = delivered;
        Q_EMIT progress(delivered, total, lastFile);
        if (run != m_run)
            return;
    }
    if (done && m_delivered == total)
        finish(false);
}

void CorpusLoader::finish(bool cancelled)
{
    const std::shared_ptr<LoadRun> run = std::move(m_run);
    m_run.reset();
    if (cancelled)
        run->cancelled = true; // workers stop after the file they are on
    LoadSummary summary = std::move(m_summary);
    m_summary = LoadSummary();
    summary.cancelled = cancelled;
    summary.seconds = double(run->clock.nsecsElapsed()) / 1e9;
    Q_EMIT finished(summary);
}

} // namespace cpe
