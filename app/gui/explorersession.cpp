#include "explorersession.h"

#include "articletablemodel.h"
#include "filterengine.h"
#include "gazetteer.h"
#include "partneraggregatemodel.h"
#include "partnershipfiltermodel.h"
#include "pledgefiltermodel.h"
#include "recordstore.h"
#include "sectorcountmodel.h"
#include "storeloadjob.h"
#include "tilegrid.h"
#include "tilemapmodel.h"
#include "uilanguage.h"
#include "yearcountmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

namespace cpe {

// Timings of store loads, for benchmarks: QT_LOGGING_RULES="cpe.session.info=true".
Q_LOGGING_CATEGORY(lcSession, "cpe.session", QtWarningMsg)

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
    // The search box asks the store's full-text index which articles can hold the query,
    // once the records on screen are the store's: not while a load may still change the
    // store under them, nor without a store (the bundled set, or a store that failed).
    m_engine->setTextIndex([this](const QString &query) -> std::optional<QStringList> {
        CorpusStore *store = corpusStore();
        if (!store || m_job)
            return std::nullopt;
        return store->searchCandidates(query);
    });
}

ExplorerSession::~ExplorerSession()
{
    // The loader's workers must stop before the store they feed goes away.
    delete m_loader;
    m_loader = nullptr;
    // A job stops after the batch it is writing; its thread must be gone before the
    // callbacks' receiver is.
    if (m_job)
        m_job->cancelled = true;
    m_job.reset();
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
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

CorpusStore *ExplorerSession::corpusStore() const
{
    return m_corpusStore && m_corpusStore->isOpen() ? m_corpusStore.get() : nullptr;
}

void ExplorerSession::load(const QStringList &paths, CorpusLoader::Mode mode)
{
    QStringList corpus = mode == CorpusLoader::Add ? m_paths + paths : paths;
    corpus.removeDuplicates();
    // The running load ends as cancelled before the new one starts, as the loader's do.
    cancelLoad();
    m_paths = corpus;

    const QString file = storeFileFor(corpus);
    QString error;
    if (!m_corpusStore)
        m_corpusStore = std::make_unique<CorpusStore>();
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!m_corpusStore->open(file, &error)) {
        qCWarning(lcSession).noquote() << error;
        m_corpusStore.reset();
        m_loader->start(corpus, CorpusLoader::Replace);
        return;
    }
    startStoreJob(corpus);
}

void ExplorerSession::startStoreJob(const QStringList &paths)
{
    auto job = std::make_shared<StoreLoadJob>();
    job->storeFile = m_corpusStore->fileName();
    job->paths = paths;
    // Every callback is posted to the GUI thread and dropped there once the job is no
    // longer the session's (cancelled or replaced): nothing of a run follows its finish.
    const std::weak_ptr<StoreLoadJob> weak = job;
    const auto post = [this, weak](auto &&call) {
        QMetaObject::invokeMethod(this, [this, weak, call = std::move(call)] {
            const std::shared_ptr<StoreLoadJob> current = weak.lock();
            if (current && current == m_job)
                call();
        }, Qt::QueuedConnection);
    };
    job->started = [this, post](int total) { post([this, total] { onJobStarted(total); }); };
    job->progress = [this, post](int done, int total, const QString &file) {
        post([this, done, total, file] { Q_EMIT loadProgress(done, total, file); });
    };
    job->failed = [this, post](const ReadIssue &issue) {
        post([this, issue] {
            ++m_summary.failed;
            m_summary.issues.append(issue);
            Q_EMIT fileFailed(issue);
        });
    };
    job->records = [this, post](const QList<LoadedArticle> &articles) {
        post([this, articles] { onJobRecords(articles); });
    };
    job->finished = [this, post](const ImportStats &stats, int files) {
        post([this, stats, files] { onJobFinished(stats, files); });
    };

    m_job = job;
    m_summary = LoadSummary();
    m_clock.start();
    QThread *thread = QThread::create([job] { job->run(); });
    thread->setObjectName(QStringLiteral("cpe-store-load"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}

void ExplorerSession::onJobStarted(int totalFiles)
{
    m_summary.files = totalFiles;
    m_store->clear();
    Q_EMIT loadStarted(totalFiles);
}

void ExplorerSession::onJobRecords(const QList<LoadedArticle> &articles)
{
    QElapsedTimer clock;
    clock.start();
    m_store->clear();
    m_store->appendArticles(articles);
    // The window should show the whole corpus at once, not after the engine's coalescing.
    m_engine->flush();
    m_summary.articles = m_store->articleCount();
    m_summary.partnerships = m_store->partnershipCount();
    m_summary.pledges = m_store->pledgeCount();
    qCInfo(lcSession, "%d articles, %d partnerships, %d pledges on screen %.2f s after load() "
           "(models took %.2f s)", m_summary.articles, m_summary.partnerships, m_summary.pledges,
           double(m_clock.elapsed()) / 1000.0, double(clock.elapsed()) / 1000.0);
    Q_EMIT recordsLoaded(m_summary.articles);
}

void ExplorerSession::onJobFinished(const ImportStats &stats, int files)
{
    m_lastImport = stats;
    m_summary.files = files;
    if (!stats.error.isEmpty()) {
        const ReadIssue issue{m_corpusStore ? m_corpusStore->fileName() : QString(), stats.error};
        ++m_summary.failed;
        m_summary.issues.append(issue);
        Q_EMIT fileFailed(issue);
    }
    m_summary.seconds = double(m_clock.elapsed()) / 1000.0;
    qCInfo(lcSession, "load finished after %.2f s: %d extracted, %d reused, %d unchanged",
           m_summary.seconds, stats.extracted, stats.reused, stats.unchanged);
    m_job.reset();
    onFinished(m_summary);
}

void ExplorerSession::stopJob()
{
    if (!m_job)
        return;
    m_job->cancelled = true;
    m_job.reset();
    m_summary.cancelled = true;
    m_summary.seconds = double(m_clock.elapsed()) / 1000.0;
    onFinished(m_summary);
}

bool ExplorerSession::isLoading() const
{
    return m_job || (m_loader && m_loader->isRunning());
}

void ExplorerSession::cancelLoad()
{
    stopJob();
    if (m_loader->isRunning())
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
