#include "explorersession.h"

#include "articletablemodel.h"
#include "filterengine.h"
#include "gazetteer.h"
#include "partneraggregatemodel.h"
#include "partnershipfiltermodel.h"
#include "pledgefiltermodel.h"
#include "recordstore.h"
#include "sectorcountmodel.h"
#include "tilegrid.h"
#include "tilemapmodel.h"
#include "uilanguage.h"
#include "yearcountmodel.h"

namespace cpe {

ExplorerSession::ExplorerSession(UiLanguage *language, QObject *parent)
    : QObject(parent)
    , m_language(language)
    , m_store(new RecordStore(this))
    , m_engine(new FilterEngine(m_store, &m_filter, this))
    , m_partnerships(new PartnershipFilterModel(m_engine, language, this))
    , m_pledges(new PledgeFilterModel(m_engine, language, this))
    , m_partners(new PartnerAggregateModel(m_engine, language, this))
    , m_years(new YearCountModel(m_engine, language, this))
    , m_sectors(new SectorCountModel(m_engine, language, this))
    , m_articles(new ArticleTableModel(m_store, language, this))
    , m_tileMap(new TileMapModel(m_partners, language, Gazetteer::bundled(), TileGrid::bundled(), this))
    , m_loader(new CorpusLoader(this))
{
    connect(m_loader, &CorpusLoader::started, m_store, [this](int, CorpusLoader::Mode mode) {
        if (mode == CorpusLoader::Replace)
            m_store->clear();
    });
    connect(m_loader, &CorpusLoader::batchReady, m_store,
            [this](const LoadedBatch &batch, CorpusLoader::Mode) { m_store->appendArticles(batch); });
    connect(m_loader, &CorpusLoader::started, this,
            [this](int total, CorpusLoader::Mode) { Q_EMIT loadStarted(total); });
    connect(m_loader, &CorpusLoader::progress, this, &ExplorerSession::loadProgress);
    connect(m_loader, &CorpusLoader::fileFailed, this, &ExplorerSession::fileFailed);
    connect(m_loader, &CorpusLoader::finished, this, &ExplorerSession::onFinished);
}

ExplorerSession::~ExplorerSession()
{
    // The loader's workers must stop before the store they feed goes away.
    delete m_loader;
    m_loader = nullptr;
}

ExplorerModels ExplorerSession::models()
{
    ExplorerModels models;
    models.partnerships = m_partnerships;
    models.pledges = m_pledges;
    models.partners = m_partners;
    models.years = m_years;
    models.sectors = m_sectors;
    models.articles = m_articles;
    models.tileMap = m_tileMap;
    models.filter = &m_filter;
    models.language = m_language;
    return models;
}

void ExplorerSession::load(const QStringList &paths, CorpusLoader::Mode mode)
{
    m_loader->start(paths, mode);
}

bool ExplorerSession::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

void ExplorerSession::cancelLoad()
{
    m_loader->cancel();
}

void ExplorerSession::onFinished(const LoadSummary &summary)
{
    m_lastSummary = summary;
    // Appends are coalesced by the engine; the window should see the final counts now.
    m_engine->flush();
    Q_EMIT loadFinished(summary);
}

} // namespace cpe
