// bench store: how long a stored corpus takes to load, and what the full-text index saves the
// search box.

#include "commands.h"
#include "options.h"

#include "corpusstore.h"
#include "filterengine.h"
#include "filterstate.h"
#include "recordstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cpe::cli {

namespace {

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// One query through the window's filter engine; returns milliseconds and accepted records.
std::pair<double, int> timeQuery(FilterEngine &engine, FilterState &filter, const QString &query)
{
    filter.setQuery(QString());
    engine.flush();
    QElapsedTimer clock;
    clock.start();
    filter.setQuery(query);
    engine.flush();
    return {msSince(clock), engine.partnershipRowCount() + engine.pledgeRowCount()};
}

} // namespace

int runBenchStore(const QStringList &args, QTextStream &err)
{
    const Options opts(args);
    const QString file = opts.value(QStringLiteral("--store"));
    if (file.isEmpty()) {
        err << QCoreApplication::translate("cli", "bench store: needs --store FILE") << '\n';
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    CorpusStore store;
    QString error;
    if (!store.open(file, &error)) {
        err << error << '\n';
        return 1;
    }
    const double openMs = msSince(clock);
    clock.restart();
    const QList<LoadedArticle> loaded = store.loadAll();
    const double loadMs = msSince(clock);
    clock.restart();
    RecordStore records;
    records.appendArticles(loaded);
    FilterState filter;
    FilterEngine engine(&records, &filter);
    const double modelsMs = msSince(clock);

    QJsonArray queries;
    for (const QString &query : opts.values(QStringLiteral("--query"))) {
        engine.setTextIndex({});
        const auto scan = timeQuery(engine, filter, query);
        int articles = -1;
        engine.setTextIndex([&](const QString &q) -> std::optional<QStringList> {
            std::optional<QStringList> ids = store.searchCandidates(q);
            articles = ids ? int(ids->size()) : -1;
            return ids;
        });
        const auto indexed = timeQuery(engine, filter, query);
        queries.append(QJsonObject{{QStringLiteral("query"), query},
                                   {QStringLiteral("scan_ms"), scan.first},
                                   {QStringLiteral("index_ms"), indexed.first},
                                   {QStringLiteral("index_articles"), articles},
                                   {QStringLiteral("records"), scan.second},
                                   {QStringLiteral("records_with_index"), indexed.second}});
    }
    const QJsonObject out{{QStringLiteral("articles"), records.articleCount()},
                          {QStringLiteral("partnerships"), records.partnershipCount()},
                          {QStringLiteral("pledges"), records.pledgeCount()},
                          {QStringLiteral("open_ms"), openMs},
                          {QStringLiteral("load_all_ms"), loadMs},
                          {QStringLiteral("models_ms"), modelsMs},
                          {QStringLiteral("queries"), queries}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace cpe::cli
