#include "chartsview.h"

#include "chartbuilder.h"
#include "viewhelpers.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QImageWriter>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace cpe {

ChartsView::ChartsView(QAbstractItemModel *partners, QAbstractItemModel *sectors,
                       QAbstractItemModel *years, QWidget *parent)
    : QWidget(parent)
    , m_partners(partners)
    , m_sectors(sectors)
    , m_years(years)
{
    setObjectName(QStringLiteral("chartsView"));
    auto *grid = new QGridLayout(this);
    const char *names[ChartCount] = {"partnersChart", "sectorsChart", "yearsChart", "pledgesChart"};
    for (int which = 0; which < ChartCount; ++which) {
        auto *chart = new QChart;
        // Animations leave grabs and exports half drawn, and cost time on every filter change.
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setVisible(false);
        auto *view = new QChartView(chart, this);
        view->setObjectName(QLatin1String(names[which]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setFocusPolicy(Qt::StrongFocus);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->setMinimumSize(fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 10);
        // Year labels turn on end when the chart gets too narrow for them: rebuild on resize.
        view->installEventFilter(this);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, which](const QPoint &pos) { showExportMenu(Chart(which), pos); });
        m_views[which] = view;
        // Each chart sits in a cell of its own, so a chart and its key export together.
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(0);
        cellLayout->addWidget(view, 1);
        if (which == YearsChart) {
            m_sectorKey = new QLabel(cell);
            m_sectorKey->setObjectName(QStringLiteral("sectorKey"));
            m_sectorKey->setWordWrap(true);
            m_sectorKey->setTextFormat(Qt::RichText);
            m_sectorKey->setContentsMargins(fontMetrics().averageCharWidth() * 2, 0,
                                            fontMetrics().averageCharWidth() * 2,
                                            fontMetrics().descent() * 2);
            cellLayout->addWidget(m_sectorKey);
        }
        m_cells[which] = cell;
        grid->addWidget(cell, which / 2, which % 2);
    }
    auto rebuilder = [this](Chart which) { return [this, which] { rebuild(which); }; };
    onModelChanged(partners, &m_timers[PartnersChart], this, rebuilder(PartnersChart));
    onModelChanged(sectors, &m_timers[SectorsChart], this, rebuilder(SectorsChart));
    onModelChanged(years, &m_timers[YearsChart], this, rebuilder(YearsChart));
    onModelChanged(years, &m_timers[PledgesChart], this, rebuilder(PledgesChart));
    // The stacked chart names its bar sets after the sector rows.
    restartOnChange(sectors, &m_timers[YearsChart]);
    retranslateUi();
}

QChart *ChartsView::chart(int which) const
{
    return which >= 0 && which < ChartCount ? m_views[which]->chart() : nullptr;
}

QChartView *ChartsView::chartView(int which) const
{
    return which >= 0 && which < ChartCount ? m_views[which] : nullptr;
}

void ChartsView::setTopPartners(int count)
{
    m_topPartners = qMax(1, count);
    retranslateUi(); // the title names the number
}

void ChartsView::rebuild(Chart which)
{
    if (!isVisible()) {
        m_stale[which] = true;
        return;
    }
    rebuildNow(which);
}

void ChartsView::rebuildNow(Chart which)
{
    m_stale[which] = false;
    QChart *target = chart(which);
    switch (which) {
    case PartnersChart: ChartBuilder::partners(target, m_partners, m_topPartners); break;
    case SectorsChart: ChartBuilder::sectors(target, m_sectors); break;
    case YearsChart: ChartBuilder::yearsBySector(target, m_years, m_sectors); break;
    case PledgesChart: ChartBuilder::pledgeYears(target, m_years); break;
    case ChartCount: break;
    }
    if (which == YearsChart)
        updateSectorKey();
}

void ChartsView::updateSectorKey()
{
    QStringList entries;
    QStringList names; // plain, for screen readers
    const QList<QAbstractSeries *> series = chart(YearsChart)->series();
    for (QAbstractSeries *one : series) {
        const auto *bars = qobject_cast<QAbstractBarSeries *>(one);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        // Top of the stack first, as the colours are read from the top down.
        for (auto it = sets.crbegin(); it != sets.crend(); ++it) {
            // An entry never breaks inside (a word joiner between every two characters holds
            // hyphenated and Chinese names together), so a swatch keeps its whole name; the
            // key wraps only between entries.
            const QString label = (*it)->label();
            names.append(label);
            QString unbroken;
            for (qsizetype i = 0; i < label.size(); ++i) {
                if (i > 0 && !label.at(i).isLowSurrogate())
                    unbroken += QChar(0x2060);
                unbroken += label.at(i) == QLatin1Char(' ') ? QChar(QChar::Nbsp) : label.at(i);
            }
            entries.append(QStringLiteral("<span style=\"color:%1\">\u25A0</span>&nbsp;%2")
                               .arg((*it)->color().name(), unbroken.toHtmlEscaped()));
        }
    }
    m_sectorKey->setText(entries.join(QStringLiteral(" &nbsp; ")));
    m_sectorKey->setVisible(!entries.isEmpty());
    m_sectorKey->setAccessibleName(tr("Sector colours"));
    m_sectorKey->setAccessibleDescription(QLocale().createSeparatedList(names));
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    for (int which = 0; which < ChartCount; ++which) {
        if (m_stale[which])
            rebuildNow(Chart(which));
    }
}

bool ChartsView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (int which = 0; which < ChartCount; ++which) {
            if (watched == m_views[which] && (which == YearsChart || which == PledgesChart))
                m_timers[which].start();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartsView::retranslateUi()
{
    const QString titles[ChartCount] = {tr("Partnerships per partner (top %n)", nullptr, m_topPartners),
                                        tr("Partnerships per sector"),
                                        tr("Partnerships per year, by sector"),
                                        tr("Pledges by target year")};
    for (int which = 0; which < ChartCount; ++which) {
        m_views[which]->chart()->setTitle(titles[which]);
        m_views[which]->setAccessibleName(titles[which]);
        m_views[which]->setToolTip(tr("Right-click (or press the menu key) to export this chart"));
        // Bar set and axis titles are tr() strings too: rebuild them in the new language.
        rebuild(Chart(which));
    }
}

void ChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartsView::showExportMenu(Chart which, const QPoint &pos)
{
    QMenu menu(this);
    QAction *png = menu.addAction(tr("Export as &PNG image…"));
    QAction *svg = menu.addAction(tr("Export as &SVG drawing…"));
    QAction *chosen = menu.exec(m_views[which]->mapToGlobal(pos));
    if (chosen == png || chosen == svg)
        exportWithDialog(which, chosen == svg);
}

void ChartsView::exportWithDialog(Chart which, bool svg)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = dir + QLatin1Char('/') + m_views[which]->objectName()
                              + (svg ? QLatin1String(".svg") : QLatin1String(".png"));
    const QString filter = svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested, filter);
    if (!path.isEmpty())
        exportChart(which, path);
}

bool ChartsView::exportChart(int which, const QString &path)
{
    QChartView *chartView = this->chartView(which);
    if (!chartView || path.isEmpty())
        return false;
    // The chart with its key, if it has one.
    QWidget *view = m_cells[which];
    // A chart on a hidden tab has no useful size yet: lay it out at a readable one.
    // render() sends the pending resize, which lays the chart out at that size.
    if (!view->isVisible() || view->width() < chartView->minimumWidth() * 2) {
        const QFontMetrics fm = fontMetrics();
        view->resize(fm.averageCharWidth() * 110, fm.height() * 32);
    }
    if (m_stale[which] || !isVisible())
        rebuildNow(Chart(which));
    const QSize size = view->size();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(), size));
        generator.setTitle(chartView->chart()->title());
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        view->render(&painter);
        return painter.end();
    }
    const qreal dpr = qMax<qreal>(1.0, view->devicePixelRatioF());
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    view->render(&painter);
    painter.end();
    return image.save(path);
}

} // namespace cpe
