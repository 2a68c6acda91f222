#pragma once

#include <QCoreApplication>

class QAbstractItemModel;
class QChart;

namespace cpe {

// Fills a chart from the aggregate models: the series and axes are rebuilt each time, because
// the categories (partners, years) come and go with the filter and bar model mappers do not
// map category axes. Names are the models' DisplayRole, so they follow the interface language.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
public:
    // Partnerships per partner, the `top` partners with most records, largest at the top.
    static void partners(QChart *chart, const QAbstractItemModel *partners, int top);
    // Partnerships per sector, sectors with records only.
    static void sectors(QChart *chart, const QAbstractItemModel *sectors);
    // Partnerships per year stacked by sector (SectorCountsRole of the year rows; the sector
    // model's rows give the names, in taxonomy order).
    static void yearsBySector(QChart *chart, const QAbstractItemModel *years,
                              const QAbstractItemModel *sectors);
    // Pledges per target year.
    static void pledgeYears(QChart *chart, const QAbstractItemModel *years);

    static void clear(QChart *chart);
};

} // namespace cpe
