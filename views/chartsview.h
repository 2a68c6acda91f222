#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;

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
    // The colour key of the per-year chart: one entry per sector shown, wrapped in lines.
    QLabel *sectorKey() const { return m_sectorKey; }
    void setTopPartners(int count);
    // Writes the chart as SVG when the path ends in ".svg", else as an image in the format the
    // suffix names (PNG by default). Returns false when the file could not be written.
    bool exportChart(int which, const QString &path);
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Rebuilds now when the charts are on screen; else marks the chart for the next show, so
    // a corpus loading behind another tab costs no chart layouts.
    void rebuild(Chart which);
    void rebuildNow(Chart which);
    void updateSectorKey();
    void showExportMenu(Chart which, const QPoint &pos);
    void exportWithDialog(Chart which, bool svg);

    QPointer<QAbstractItemModel> m_partners;
    QPointer<QAbstractItemModel> m_sectors;
    QPointer<QAbstractItemModel> m_years;
    QChartView *m_views[ChartCount] = {};
    QWidget *m_cells[ChartCount] = {};
    QLabel *m_sectorKey = nullptr;
    QTimer m_timers[ChartCount];
    bool m_stale[ChartCount] = {};
    int m_topPartners = 15;
};

} // namespace cpe
