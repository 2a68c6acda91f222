#include "chartbuilder.h"

#include "roles.h"
#include "viewhelpers.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace cpe {

namespace {

struct Bar
{
    QString label;
    int value = 0;
};

// A qualitative palette keyed by the sector's taxonomy position, so a sector keeps its colour
// from one rebuild (and one filter) to the next.
QColor sectorColour(int sector)
{
    static const QRgb colours[] = {0xff1f78b4, 0xff33a02c, 0xffe31a1c, 0xffff7f00, 0xff6a3d9a,
                                   0xffb15928, 0xffa6cee3, 0xffb2df8a, 0xfffb9a99, 0xfffdbf6f,
                                   0xffcab2d6, 0xff8c8c3c};
    return QColor::fromRgba(colours[sector % int(std::size(colours))]);
}

QValueAxis *countAxis(int maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax(1, maximum));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    // Counts are whole numbers: no more ticks than there are steps.
    axis->setTickCount(qMin(6, qMax(2, int(axis->max()) + 1)));
    axis->setMinorTickCount(0);
    axis->setTitleText(title);
    return axis;
}

// One bar set of labelled values; horizontal bars read bottom-up, so the largest is appended
// last to end up at the top.
void singleSeries(QChart *chart, QAbstractBarSeries *series, const QList<Bar> &bars,
                  const QString &setName, const QString &valueTitle, bool horizontal)
{
    auto *set = new QBarSet(setName);
    QStringList categories;
    int maximum = 0;
    for (const Bar &bar : bars) {
        set->append(bar.value);
        categories.append(bar.label);
        maximum = qMax(maximum, bar.value);
    }
    set->setColor(QColor(0x2c, 0x7f, 0xb8));
    series->append(set);
    series->setLabelsVisible(bars.size() <= 20);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QValueAxis *values = countAxis(maximum, valueTitle);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    chart->legend()->setVisible(false);
}

} // namespace

void ChartBuilder::clear(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void ChartBuilder::partners(QChart *chart, const QAbstractItemModel *model, int top)
{
    clear(chart);
    QList<Bar> bars;
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const int count = model->index(row, column(PartnerColumn::Records)).data().toInt();
        if (count > 0)
            bars.append({model->index(row, column(PartnerColumn::Partner)).data().toString(), count});
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &a, const Bar &b) { return a.value > b.value; });
    if (bars.size() > top)
        bars.resize(top);
    std::reverse(bars.begin(), bars.end());
    singleSeries(chart, new QHorizontalBarSeries, bars, tr("Partnerships"), tr("Partnerships"),
                 true);
}

void ChartBuilder::sectors(QChart *chart, const QAbstractItemModel *model)
{
    clear(chart);
    QList<Bar> bars;
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const int count = model->index(row, column(SectorColumn::Records)).data().toInt();
        if (count > 0)
            bars.append({model->index(row, column(SectorColumn::Sector)).data().toString(), count});
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &a, const Bar &b) { return a.value > b.value; });
    std::reverse(bars.begin(), bars.end());
    singleSeries(chart, new QHorizontalBarSeries, bars, tr("Partnerships"), tr("Partnerships"),
                 true);
}

void ChartBuilder::yearsBySector(QChart *chart, const QAbstractItemModel *years,
                                 const QAbstractItemModel *sectors)
{
    clear(chart);
    QList<int> yearList;
    QList<QVariantList> counts;
    int sectorCount = 0;
    for (int row = 0; years && row < years->rowCount(); ++row) {
        const QModelIndex cell = years->index(row, column(YearColumn::Partnerships));
        if (cell.data().toInt() <= 0)
            continue;
        QVariantList perSector = cell.data(SectorCountsRole).toList();
        if (perSector.isEmpty())
            perSector = years->index(row, column(YearColumn::Year)).data(SectorCountsRole).toList();
        yearList.append(yearAt(years->index(row, column(YearColumn::Year))));
        counts.append(perSector);
        sectorCount = qMax(sectorCount, int(perSector.size()));
    }
    auto *series = new QStackedBarSeries;
    int maximum = 0;
    QList<int> totals(yearList.size(), 0);
    for (int sector = 0; sector < sectorCount; ++sector) {
        QList<qreal> values;
        int sum = 0;
        for (int i = 0; i < yearList.size(); ++i) {
            const int value = sector < counts.at(i).size() ? counts.at(i).at(sector).toInt() : 0;
            values.append(value);
            totals[i] += value;
            sum += value;
        }
        if (sum == 0)
            continue; // a legend entry for a sector with no bars only adds noise
        QString name;
        if (sectors && sector < sectors->rowCount())
            name = sectors->index(sector, column(SectorColumn::Sector)).data().toString();
        if (name.isEmpty())
            name = tr("Sector %1").arg(sector + 1);
        auto *set = new QBarSet(name);
        set->append(values);
        set->setColor(sectorColour(sector));
        series->append(set);
    }
    for (int total : std::as_const(totals))
        maximum = qMax(maximum, total);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    for (int year : std::as_const(yearList))
        categoryAxis->append(QString::number(year));
    QValueAxis *values = countAxis(maximum, tr("Partnerships"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    chart->legend()->setVisible(series->count() > 0);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void ChartBuilder::pledgeYears(QChart *chart, const QAbstractItemModel *years)
{
    clear(chart);
    QList<Bar> bars;
    for (int row = 0; years && row < years->rowCount(); ++row) {
        const int count = years->index(row, column(YearColumn::Pledges)).data().toInt();
        if (count > 0)
            bars.append({QString::number(yearAt(years->index(row, column(YearColumn::Year)))), count});
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &a, const Bar &b) { return a.label < b.label; });
    singleSeries(chart, new QBarSeries, bars, tr("Pledges"), tr("Pledges"), false);
}

} // namespace cpe
