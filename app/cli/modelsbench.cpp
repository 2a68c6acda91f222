#include "commands.h"
#include "options.h"

#include "articletablemodel.h"
#include "filterengine.h"
#include "filterstate.h"
#include "partneraggregatemodel.h"
#include "partnershipfiltermodel.h"
#include "partnershiptablemodel.h"
#include "pledgefiltermodel.h"
#include "pledgetablemodel.h"
#include "recordgenerator.h"
#include "recordstore.h"
#include "roles.h"
#include "sectorcountmodel.h"
#include "uilanguage.h"
#include "yearcountmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <algorithm>
#include <functional>
#include <vector>

namespace cpe::cli {

namespace {

// Resident memory of this process in bytes, as the kernel counts it.
qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

double mean(const std::vector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.empty() ? 0 : sum / double(v.size());
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// A varied, deterministic sequence of year ranges over [first, last]; consecutive ranges
// always differ, so every call is a real filter change.
std::vector<std::pair<int, int>> yearRanges(int count, int first, int last)
{
    std::vector<std::pair<int, int>> out;
    const int span = std::max(1, last - first);
    for (int k = 0; k < count; ++k) {
        const int from = first + (k * 7) % span;
        const int to = std::min(last, from + 1 + (k * 13) % span);
        out.emplace_back(from, to);
    }
    return out;
}

QRegularExpression yearRegex(int from, int to)
{
    QStringList years;
    for (int y = from; y <= to; ++y)
        years.append(QString::number(y));
    return QRegularExpression(QStringLiteral("^(?:") + years.join(QLatin1Char('|')) + QStringLiteral(")"));
}

} // namespace

// The model layer at scale: generating a store, a year-range change through the filter
// engine and every model following it, the same change through a plain QSortFilterProxyModel,
// and the memory a record costs.
int runBenchModels(const QStringList &args, QTextStream &err)
{
    const Options opts(args);
    bool ok = false;
    const int records = opts.value(QStringLiteral("--records"), QStringLiteral("1000000")).toInt(&ok);
    if (!ok || records <= 0) {
        err << QCoreApplication::translate("cli", "bench models: --records needs a positive number") << '\n';
        return 2;
    }
    GeneratorOptions gen;
    gen.partnerships = records;
    gen.seed = opts.value(QStringLiteral("--seed"), QStringLiteral("1")).toUInt();
    const int iterations = opts.value(QStringLiteral("--iterations"), QStringLiteral("50")).toInt();
    const int qsfpmIterations = opts.value(QStringLiteral("--qsfpm-iterations"), QStringLiteral("5")).toInt();

    const qint64 rssBefore = residentBytes();
    QElapsedTimer load;
    load.start();
    RecordStore store;
    FilterState filter;
    UiLanguage language;
    FilterEngine engine(&store, &filter);
    ArticleTableModel articles(&store, &language);
    PartnershipTableModel partnerships(&store, &language);
    PledgeTableModel pledges(&store, &language);
    PartnershipFilterModel filtered(&engine, &language);
    PledgeFilterModel filteredPledges(&engine, &language);
    PartnerAggregateModel partners(&engine, &language);
    YearCountModel years(&engine, &language);
    SectorCountModel sectors(&engine, &language);
    generateRecords(store, gen);
    const int visibleRows = filtered.rowCount() + partners.rowCount() + years.rowCount();
    const double loadSeconds = double(load.nsecsElapsed()) / 1e9;
    const qint64 rssAfter = residentBytes();

    const int firstYear = gen.firstYear, lastYear = gen.firstYear + gen.years - 1;
    std::vector<double> yearMs;
    qint64 rowsSeen = 0;
    for (const auto &[from, to] : yearRanges(iterations, firstYear, lastYear)) {
        yearMs.push_back(timeMs([&] { filter.setYearRange(from, to); }));
        rowsSeen += filtered.rowCount();
    }

    // Changes that need the full pass over the columns, for comparison.
    std::vector<double> partnerMs, sectorMs, queryMs;
    const QStringList partnerIds{QStringLiteral("USA"), QStringLiteral("DEU"), QStringLiteral("FRA"),
                                 QStringLiteral("BRA"), QStringLiteral("IND")};
    for (const QString &p : partnerIds)
        partnerMs.push_back(timeMs([&] { filter.setPartners({p}); }));
    filter.setPartners({});
    for (const QString &s : {QStringLiteral("ccus"), QStringLiteral("finance"), QStringLiteral("transport")})
        sectorMs.push_back(timeMs([&] { filter.setSectors({s}); }));
    filter.setSectors({});
    for (const QString &q : {QStringLiteral("germany"), QStringLiteral("solar"), QStringLiteral("forum on")})
        queryMs.push_back(timeMs([&] { filter.setQuery(q); }));
    std::vector<double> cachedQueryYearMs;
    for (const auto &[from, to] : yearRanges(10, firstYear, lastYear))
        cachedQueryYearMs.push_back(timeMs([&] { filter.setYearRange(from, to); }));
    filter.clear();

    // A year change while the filtered table is sorted walks the kept sort order.
    const double sortMs = timeMs([&] { filtered.sort(column(PartnershipColumn::Confidence)); });
    std::vector<double> sortedYearMs;
    for (const auto &[from, to] : yearRanges(10, firstYear, lastYear))
        sortedYearMs.push_back(timeMs([&] { filter.setYearRange(from, to); }));
    filtered.sort(-1);
    filter.clear();

    // The same year change done the stringly way: a proxy matching the Date column's text.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&partnerships);
    proxy.setFilterKeyColumn(column(PartnershipColumn::Date));
    const double qsfpmFirstMs = timeMs([&] {
        proxy.setFilterRegularExpression(yearRegex(firstYear, lastYear));
        (void)proxy.rowCount();
    });
    std::vector<double> qsfpmMs;
    for (const auto &[from, to] : yearRanges(qsfpmIterations, firstYear, lastYear)) {
        qsfpmMs.push_back(timeMs([&] {
            proxy.setFilterRegularExpression(yearRegex(from, to));
            (void)proxy.rowCount();
        }));
    }

    const double textBytes = double(store.textBytes());
    const double perRecord = (double(rssAfter - rssBefore) - textBytes) / double(records);
    const double median = percentile(yearMs, 0.5);
    const double qsfpmMedian = percentile(qsfpmMs, 0.5);
    QJsonObject o{
        {QStringLiteral("records"), records},
        {QStringLiteral("pledges"), store.pledgeCount()},
        {QStringLiteral("articles"), store.articleCount()},
        {QStringLiteral("partners"), store.partnerCount()},
        {QStringLiteral("load_s"), loadSeconds},
        {QStringLiteral("year_filter_median_ms"), median},
        {QStringLiteral("year_filter_p95_ms"), percentile(yearMs, 0.95)},
        {QStringLiteral("year_filter_iterations"), int(yearMs.size())},
        {QStringLiteral("qsfpm_year_filter_median_ms"), qsfpmMedian},
        {QStringLiteral("qsfpm_year_filter_mean_ms"), mean(qsfpmMs)},
        {QStringLiteral("qsfpm_year_filter_max_ms"), percentile(qsfpmMs, 1.0)},
        {QStringLiteral("qsfpm_iterations"), int(qsfpmMs.size())},
        {QStringLiteral("qsfpm_first_filter_ms"), qsfpmFirstMs},
        {QStringLiteral("speedup_vs_qsfpm"), median > 0 ? qsfpmMedian / median : 0.0},
        {QStringLiteral("partner_filter_median_ms"), percentile(partnerMs, 0.5)},
        {QStringLiteral("sector_filter_median_ms"), percentile(sectorMs, 0.5)},
        {QStringLiteral("query_filter_median_ms"), percentile(queryMs, 0.5)},
        {QStringLiteral("year_filter_under_query_median_ms"), percentile(cachedQueryYearMs, 0.5)},
        {QStringLiteral("sort_confidence_ms"), sortMs},
        {QStringLiteral("sorted_year_filter_median_ms"), percentile(sortedYearMs, 0.5)},
        {QStringLiteral("bytes_per_record"), perRecord},
        {QStringLiteral("rss_delta_mb"), double(rssAfter - rssBefore) / 1e6},
        {QStringLiteral("text_mb"), textBytes / 1e6},
        {QStringLiteral("column_bytes_per_record"), double(store.columnBytes()) / double(records)},
        {QStringLiteral("mean_filtered_rows"), double(rowsSeen) / double(std::max<size_t>(1, yearMs.size()))},
        {QStringLiteral("initial_rows"), visibleRows},
    };
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace cpe::cli
