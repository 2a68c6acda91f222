#pragma once

#include "corpusstore.h"
#include "loadedarticle.h"
#include "records.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace cpe {

// The background half of opening a corpus through its store, run on a thread of its own (a
// store connection may not cross threads, and the import keeps its own thread pools busy).
//
// A store that already holds articles hands them over first, so a re-opened corpus is on
// screen as soon as they are read; the files are then imported (only new or changed text is
// extracted) and, when anything changed, the records are handed over again. A new store hands
// its records over once, after the import: merging syndicated copies and applying corrections
// need the whole corpus.
//
// The callbacks run on the job's thread, in this order: started, then progress / failed /
// records in any order, then finished; none after `cancelled` is seen. Cancelling stops the
// import after the batch being written, which commits as a whole.
struct StoreLoadJob
{
    QString storeFile;
    QStringList paths;
    std::atomic_bool cancelled{false};

    std::function<void(int totalFiles)> started;
    std::function<void(int filesDone, int totalFiles, const QString &file)> progress;
    std::function<void(const ReadIssue &issue)> failed;
    std::function<void(const QList<LoadedArticle> &articles)> records;
    std::function<void(const ImportStats &stats, int files)> finished;

    void run();
};

// Where the store of a corpus lives: AppDataLocation/stores/<hash of its canonical paths>.sqlite,
// so the same folders opened again (in any order, through any symlink) find the same store.
QString storeFileFor(const QStringList &paths);

} // namespace cpe
