#pragma once

#include "loadedarticle.h"
#include "records.h"

#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace cpe {

// What one load did, for the status bar and the log.
struct LoadSummary
{
    int files = 0;        // article files listed
    int articles = 0;     // articles delivered through batchReady()
    int partnerships = 0; // records in those articles
    int pledges = 0;
    int failed = 0;       // problems reported through fileFailed() (missing paths included)
    bool cancelled = false;
    double seconds = 0.0;
    QList<ReadIssue> issues;
};

class LoadRun;

// Loads a corpus without blocking the thread it lives on (the GUI thread): files are listed,
// read and run through Engine::bundled() on the global thread pool, one worker per pool
// thread. Results come back on the loader's thread, in file order, in batches of whole
// articles, so a receiver (the record store) never sees half an article.
//
// Signal order of one run: started(), then any number of fileFailed() / batchReady() /
// progress(), then exactly one finished(). Nothing of a run is emitted after its finished().
//
// cancel() emits finished(cancelled = true) before it returns; results still in flight are
// dropped. Starting while a run is under way cancels that run first (so the receiver sees its
// finished(cancelled) and then the new started()). Deleting a running loader cancels it and
// waits for the workers to leave the file they are on; no signal is emitted from the
// destructor. From a slot connected to the loader's own signals, delete it with deleteLater().
class CorpusLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusLoader)
public:
    // Carried through every signal of a run: Replace means the receiver clears its data when
    // the run starts, Add means the run's articles go next to what is already loaded.
    enum Mode { Replace, Add };
    Q_ENUM(Mode)

    explicit CorpusLoader(QObject *parent = nullptr);
    ~CorpusLoader() override;

    void start(const QStringList &paths, cpe::CorpusLoader::Mode mode);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

    // Articles per batch the workers aim at, and the longest they hold back a result.
    static constexpr int kBatchArticles = 64;
    static constexpr int kBatchMilliseconds = 100;

Q_SIGNALS:
    void started(int totalFiles, cpe::CorpusLoader::Mode mode);
    void batchReady(const cpe::LoadedBatch &batch, cpe::CorpusLoader::Mode mode);
    // filesDone grows with every emission; the last one of a run that was not cancelled
    // equals totalFiles. currentFile is the last file counted.
    void progress(int filesDone, int totalFiles, const QString &currentFile);
    void fileFailed(const cpe::ReadIssue &issue);
    void finished(const cpe::LoadSummary &summary);

private:
    void deliver(const std::shared_ptr<LoadRun> &run);
    void finish(bool cancelled);

    std::shared_ptr<LoadRun> m_run;     // the run whose signals are emitted; null when idle
    LoadSummary m_summary;              // of m_run, as far as delivered
    Mode m_mode = Replace;
    int m_delivered = 0;                // files of m_run delivered, in order
    bool m_startedSent = false;
    QList<QFuture<void>> m_futures;     // coordinators of this and of cancelled runs
};

} // namespace cpe

Q_DECLARE_METATYPE(cpe::LoadSummary)
