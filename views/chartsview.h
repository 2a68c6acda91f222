#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;

namespace cpe {

// Four charts of what the filter shows: partnerships per partner (top N), per sector, per
// year stacked by sector, and pledges per target year. They rebuild when their models change
// and retitle on a language change; right-click exports a chart as PNG or SVG.
class ChartsView final : public QWidget
{
    Q_OBJECT
public:
    enum Chart { PartnersChart, SectorsChart, YearsChart, PledgesChart, ChartCount };
    Q_ENUM(Chart)

    ChartsView(QAbstractItemModel *partners, QAbstractItemModel *sectors,
               QAbstractItemModel *years, QWidget *parent = nullptr);

    QChart *chart(int which) const;
    QChartView *chartView(int which) const;
    void setTopPartners(int count);
    // Writes the chart as SVG when the path ends in ".svg", else as an image in the format the
    // suffix names (PNG by default). Returns false when the file could not be written.
    bool exportChart(int which, const QString &path);
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild(Chart which);
    void showExportMenu(Chart which, const QPoint &pos);
    void exportWithDialog(Chart which, bool svg);

    QPointer<QAbstractItemModel> m_partners;
    QPointer<QAbstractItemModel> m_sectors;
    QPointer<QAbstractItemModel> m_years;
    QChartView *m_views[ChartCount] = {};
    QTimer m_timers[ChartCount];
    int m_topPartners = 15;
};

} // namespace cpe
