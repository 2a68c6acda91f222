#pragma once

#include "corpusloader.h"
#include "corpusstore.h"
#include "explorermodels.h"
#include "filterstate.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QThread;

namespace cpe {

class ArticleTableModel;
class FilterEngine;
class PartnerAggregateModel;
class PartnershipFilterModel;
class PledgeFilterModel;
class RecordStore;
class SectorCountModel;
class TileMapModel;
class UiLanguage;
class YearCountModel;
struct StoreLoadJob;

// The data behind one explorer window: the record store, the filter engine shared by every
// model, the models the views bind to, and the corpus store the records come from.
//
// A corpus is loaded through its own corpus store (storeFileFor()): a background thread
// imports the files (re-extracting only changed text) and the store's records, with the
// user's corrections applied, fill the record store. When the store cannot be opened, the
// corpus is read without one (CorpusLoader) and corrections are unavailable. Everything here
// lives on the GUI thread; only the workers run elsewhere, and their results arrive queued.
class ExplorerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerSession)
public:
    explicit ExplorerSession(UiLanguage *language, QObject *parent = nullptr);
    ~ExplorerSession() override;

    ExplorerModels models();
    FilterState *filter() { return &m_filter; }
    RecordStore *store() const { return m_store; }
    FilterEngine *engine() const { return m_engine; }
    CorpusLoader *loader() const { return m_loader; }

    // Reads `paths` in the background; Replace clears what is loaded when the run starts. Add
    // opens the corpus of the paths loaded so far plus `paths` (a store holds one corpus).
    void load(const QStringList &paths, CorpusLoader::Mode mode = CorpusLoader::Replace);
    // The store of the corpus on show, open on the GUI thread for corrections and searches;
    // null when the corpus was read without one.
    CorpusStore *corpusStore() const;
    QStringList corpusPaths() const { return m_paths; }
    // What the last finished store import did (extracted, reused...).
    const ImportStats &lastImport() const { return m_lastImport; }
    bool isLoading() const;
    // Stops a load: what was delivered stays, loadFinished(cancelled) follows at once.
    void cancelLoad();
    // The issues of the last finished load (files skipped and why).
    const LoadSummary &lastSummary() const { return m_lastSummary; }

Q_SIGNALS:
    // One load: loadStarted(), then loadProgress() / fileFailed() in any order, then exactly
    // one loadFinished().
    void loadStarted(int totalFiles);
    void loadProgress(int filesDone, int totalFiles, const QString &currentFile);
    void fileFailed(const cpe::ReadIssue &issue);
    // After the models have taken in the last batch of a load (or its cancellation).
    void loadFinished(const cpe::LoadSummary &summary);
    // The store's records replaced what the models showed (a load may do this twice: the
    // stored records at once, the re-imported ones when files changed).
    void recordsLoaded(int articles);

private:
    void onFinished(const LoadSummary &summary);
    void startStoreJob(const QStringList &paths);
    void onJobStarted(int totalFiles);
    void onJobRecords(const QList<LoadedArticle> &articles);
    void onJobFinished(const ImportStats &stats, int files);
    void stopJob();

    FilterState m_filter;
    UiLanguage *m_language = nullptr;
    RecordStore *m_store = nullptr;
    FilterEngine *m_engine = nullptr;
    PartnershipFilterModel *m_partnerships = nullptr;
    PledgeFilterModel *m_pledges = nullptr;
    PartnerAggregateModel *m_partners = nullptr;
    YearCountModel *m_years = nullptr;
    SectorCountModel *m_sectors = nullptr;
    ArticleTableModel *m_articles = nullptr;
    TileMapModel *m_tileMap = nullptr;
    CorpusLoader *m_loader = nullptr;
    LoadSummary m_lastSummary;

    QStringList m_paths;
    std::unique_ptr<CorpusStore> m_corpusStore;
    std::shared_ptr<StoreLoadJob> m_job; // the job whose results are taken; null when idle
    QList<QPointer<QThread>> m_threads;  // jobs' threads, cancelled ones included
    LoadSummary m_summary;               // of m_job, as far as delivered
    ImportStats m_lastImport;
    QElapsedTimer m_clock;
};

} // namespace cpe
