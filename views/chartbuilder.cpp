#include "chartbuilder.h"

#include "roles.h"
#include "viewhelpers.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

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

// The names beside horizontal bars, drawn by the chart rather than by its category axis: Qt
// Charts gives an axis label only its bar's height minus padding, and with more than a
// handful of bars every name turns into "...". Here a name gets the row's height, the room
// left of the plot (set aside as chart margin), an ellipsis at its end when too long, and its
// full text as a tooltip. The labels follow the plot area when the chart is resized.
// It is an item of the chart (not a QObject child: the chart's items are gone before its
// QObject children are deleted), with the name items as its children.
class BarNames final : public QGraphicsObject
{
public:
    static constexpr int markerKey = 0;
    static constexpr char marker[] = "cpeBarNames";

    BarNames(QChart *chart, QAbstractBarSeries *series, const QStringList &names)
        : QGraphicsObject(chart)
        , m_chart(chart)
        , m_series(series)
    {
        setData(markerKey, QLatin1String(marker));
        for (const QString &name : names) {
            auto *item = new QGraphicsSimpleTextItem(this);
            item->setToolTip(name);
            item->setData(0, name);
            m_items.append(item);
        }
        connect(chart, &QChart::plotAreaChanged, this, &BarNames::place);
        place(chart->plotArea());
    }

    static void removeFrom(QChart *chart)
    {
        const QList<QGraphicsItem *> items = chart->childItems();
        for (QGraphicsItem *item : items) {
            if (item->data(markerKey).toString() == QLatin1String(marker))
                delete item;
        }
    }

    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

    // How wide the name column should be for `names` in `font`: the longest name, but no
    // more than about 24 characters.
    static int columnWidth(const QFont &font, const QStringList &names)
    {
        const QFontMetricsF metrics(font);
        qreal widest = 0;
        for (const QString &name : names)
            widest = qMax(widest, metrics.horizontalAdvance(name));
        return int(std::ceil(qMin(widest, metrics.averageCharWidth() * 24)));
    }

private:
    void place(const QRectF &plot)
    {
        if (m_items.isEmpty() || plot.isEmpty())
            return;
        const qreal row = plot.height() / m_items.size();
        QFont font = m_chart->font();
        // Names shrink with crowded rows, to a floor where they stay legible.
        const qreal height = QFontMetricsF(font).height();
        if (height > row && font.pointSizeF() > 0)
            font.setPointSizeF(qMax(font.pointSizeF() * 0.7, font.pointSizeF() * row / height));
        const QFontMetricsF metrics(font);
        const qreal padding = metrics.averageCharWidth();
        const qreal room = qMax<qreal>(0, plot.left() - 2 * padding);
        for (int i = 0; i < m_items.size(); ++i) {
            QGraphicsSimpleTextItem *item = m_items.at(i);
            item->setFont(font);
            item->setBrush(m_chart->axes(Qt::Horizontal).isEmpty()
                               ? QBrush(Qt::black)
                               : m_chart->axes(Qt::Horizontal).first()->labelsBrush());
            item->setText(metrics.elidedText(item->data(0).toString(), Qt::ElideRight, room));
            const QPointF centre = m_chart->mapToPosition(QPointF(0, i), m_series);
            const QRectF box = item->boundingRect();
            item->setPos(plot.left() - padding - box.width(), centre.y() - box.height() / 2);
            item->setVisible(row >= metrics.height() * 0.6);
        }
    }

    QChart *m_chart = nullptr;
    QAbstractBarSeries *m_series = nullptr;
    QList<QGraphicsSimpleTextItem *> m_items;
};

QValueAxis *countAxis(int maximum, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax(1, maximum));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    // Counts are whole numbers, so every tick must fall on one: with a top of 8 and six
    // ticks they would read 0, 1, 3, 4, 6, 8. Up to five equal whole steps; a top that
    // divides badly is raised to the next multiple of five.
    int top = qMax(1, int(std::ceil(axis->max())));
    int steps = 1;
    for (int candidate = 5; candidate >= 1; --candidate) {
        if (top % candidate == 0) {
            steps = candidate;
            break;
        }
    }
    if (steps < 3 && top > 5) {
        top = (top + 4) / 5 * 5;
        steps = 5;
    }
    axis->setRange(0, top);
    axis->setTickCount(steps + 1);
    axis->setMinorTickCount(0);
    axis->setTitleText(title);
    return axis;
}

// One bar set of labelled values; horizontal bars read bottom-up, so the largest is appended
// last to end up at the top.
// Year labels read in full ("2008", "2011"): when the years are too many for upright labels
// to fit side by side, they are turned on end.
void yearLabels(QChart *chart, QBarCategoryAxis *axis)
{
    const QFontMetricsF metrics(axis->labelsFont());
    const qreal needed = axis->count() * (metrics.horizontalAdvance(QStringLiteral("0000"))
                                          + metrics.averageCharWidth() * 3);
    const qreal room = chart->plotArea().width() > 0 ? chart->plotArea().width()
                                                     : chart->size().width() * 0.8;
    axis->setLabelsAngle(needed > room ? -90 : 0);
}

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
    if (horizontal) {
        // The axis keeps the categories (for screen readers and tests); the names are drawn
        // by BarNames in a margin of their own.
        categoryAxis->setLabelsVisible(false);
        QMargins margins = chart->margins();
        margins.setLeft(BarNames::columnWidth(chart->font(), categories)
                        + QFontMetrics(chart->font()).averageCharWidth() * 2);
        chart->setMargins(margins);
        new BarNames(chart, series, categories);
    } else {
        yearLabels(chart, categoryAxis);
    }
}

} // namespace

void ChartBuilder::clear(QChart *chart)
{
    BarNames::removeFrom(chart);
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
    // A partnership in two sectors is in two stacks of its year.
    QValueAxis *values = countAxis(maximum, tr("Partnerships, once per sector"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    yearLabels(chart, categoryAxis);
    // Twelve sector names do not fit beside or under a chart this size: Qt Charts would cut
    // each to a few letters. The charts view shows the sets' names in a wrapped key instead.
    chart->legend()->setVisible(false);
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
