#pragma once

#include "corpusloader.h"
#include "explorermodels.h"
#include "filterstate.h"

#include <QObject>
#include <QStringList>

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

// The data behind one explorer window: the record store, the filter engine shared by every
// model, the models the views bind to, and the background loader that fills the store.
// Everything here lives on the GUI thread; only the loader's workers run elsewhere, and their
// results arrive through queued signals.
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

    // Reads `paths` in the background; Replace clears what is loaded when the run starts.
    void load(const QStringList &paths, CorpusLoader::Mode mode = CorpusLoader::Replace);
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

private:
    void onFinished(const LoadSummary &summary);

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
};

} // namespace cpe
