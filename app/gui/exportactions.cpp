#include "exportactions.h"

#include "chartsview.h"
#include "explorersession.h"
#include "filterengine.h"
#include "mainwindow.h"
#include "partnerbrief.h"
#include "uilanguage.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QStatusBar>
#include <QTemporaryDir>

#include <algorithm>

namespace cpe {

ExportActions::ExportActions(ExplorerSession *session, MainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    setObjectName(QStringLiteral("exportActions"));
    using recordexport::Format;
    using recordexport::Records;
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("exportMenu"));
    const auto recordAction = [this](const char *name, Records records, Format format) {
        QAction *action = m_menu->addAction(QString(), this, [this, records, format] {
            askRecords(records, format);
        });
        action->setObjectName(QLatin1String(name));
        return action;
    };
    m_partnershipsCsv = recordAction("exportPartnershipsCsvAction", Records::Partnerships, Format::Csv);
    m_partnershipsJson = recordAction("exportPartnershipsJsonAction", Records::Partnerships, Format::Json);
    m_pledgesCsv = recordAction("exportPledgesCsvAction", Records::Pledges, Format::Csv);
    m_pledgesJson = recordAction("exportPledgesJsonAction", Records::Pledges, Format::Json);
    m_menu->addSeparator();
    m_chartMenu = m_menu->addMenu(QString());
    m_chartMenu->setObjectName(QStringLiteral("exportChartMenu"));
    for (int chart = 0; chart < ChartsView::ChartCount; ++chart)
        m_charts.append(m_chartMenu->addAction(QString(), this, [this, chart] { askChart(chart); }));
    m_menu->addSeparator();
    m_brief = m_menu->addAction(QString(), this, &ExportActions::askBrief);
    m_brief->setObjectName(QStringLiteral("exportBriefAction"));

    // Export sits in File above Quit.
    QMenu *file = window->menuBar()->actions().isEmpty() ? nullptr
                                                         : window->menuBar()->actions().first()->menu();
    if (file) {
        QAction *quit = window->findChild<QAction *>(QStringLiteral("quitAction"));
        const QList<QAction *> actions = file->actions();
        const qsizetype at = quit ? actions.indexOf(quit) : -1;
        // Before the separator that sets Quit apart, when there is one.
        QAction *before = at > 0 && actions.at(at - 1)->isSeparator() ? actions.at(at - 1)
                          : at >= 0                                   ? quit
                                                                      : nullptr;
        file->insertMenu(before, m_menu);
    }
    window->installEventFilter(this);
    retranslateUi();
}

bool ExportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void ExportActions::retranslateUi()
{
    m_menu->setTitle(tr("&Export"));
    m_partnershipsCsv->setText(tr("&Partnerships as CSV…"));
    m_partnershipsJson->setText(tr("Partnerships as &JSON…"));
    m_pledgesCsv->setText(tr("P&ledges as CSV…"));
    m_pledgesJson->setText(tr("Pledges as J&SON…"));
    for (QAction *action : {m_partnershipsCsv, m_partnershipsJson, m_pledgesCsv, m_pledgesJson})
        action->setStatusTip(tr("Write the records the filter shows, with corrections marked"));
    m_chartMenu->setTitle(tr("&Chart"));
    const QString charts[] = {tr("Partnerships per &Partner…"), tr("Partnerships per &Sector…"),
                              tr("Partnerships per &Year…"), tr("P&ledges by Target Year…")};
    for (int chart = 0; chart < int(m_charts.size()); ++chart) {
        m_charts[chart]->setText(charts[chart]);
        m_charts[chart]->setStatusTip(tr("Save the chart as PNG, SVG or PDF"));
    }
    m_brief->setText(tr("Partner &Brief (PDF)…"));
    m_brief->setStatusTip(tr("A one-page PDF about the selected partner"));
}

bool ExportActions::exportRecords(recordexport::Records records, recordexport::Format format,
                                  const QString &path, QString *error)
{
    m_session->engine()->flush();
    const ExtractedCorpus corpus = recordexport::filteredCorpus(*m_session->engine(), records);
    return recordexport::write(path, recordexport::encode(corpus, records, format), error);
}

bool ExportActions::exportChart(int chart, const QString &path, QString *error)
{
    ChartsView *charts = m_window->chartsView();
    const auto fail = [&] {
        if (error)
            *error = tr("could not write %1").arg(path);
        return false;
    };
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return charts->exportChart(chart, path) || fail();
    // The charts view lays a chart out (and rebuilds it) for its own exports, even on a hidden
    // tab: an SVG thrown away gets the chart into the state the PDF then shows.
    QTemporaryDir scratch;
    if (!scratch.isValid() || !charts->exportChart(chart, scratch.filePath(QStringLiteral("c.svg"))))
        return fail();
    QChartView *view = charts->chartView(chart);
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    writer.setTitle(view->chart()->title());
    writer.setCreator(QCoreApplication::applicationName());
    QPainter painter;
    if (!painter.begin(&writer))
        return fail();
    // Vector output, scaled to the page with the chart's proportions.
    const QRect page = painter.viewport();
    const QSize size = view->size();
    const qreal scale = std::min(page.width() / qreal(size.width()), page.height() / qreal(size.height()));
    painter.scale(scale, scale);
    view->render(&painter);
    return painter.end() || fail();
}

QString ExportActions::briefPartner() const
{
    QStringList partners = m_session->filter()->partners().values();
    std::sort(partners.begin(), partners.end());
    return partners.value(0);
}

bool ExportActions::exportPartnerBrief(const QString &partnerId, const QString &path, QString *error)
{
    m_session->engine()->flush();
    const UiLanguage *language = m_session->models().language;
    const PartnerBrief brief(*m_session->engine(), partnerId, language && language->isChinese());
    return brief.writePdf(path, error);
}

void ExportActions::askRecords(recordexport::Records records, recordexport::Format format)
{
    const bool csv = format == recordexport::Format::Csv;
    const bool partnerships = records == recordexport::Records::Partnerships;
    const QString name = (partnerships ? QStringLiteral("partnerships") : QStringLiteral("pledges"))
                         + (csv ? QStringLiteral(".csv") : QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(
        m_window, partnerships ? tr("Export Partnerships") : tr("Export Pledges"),
        QDir::home().filePath(name), csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    finish(exportRecords(records, format, path, &error), path, error);
}

void ExportActions::askChart(int chart)
{
    const QString png = tr("PNG images (*.png)");
    const QString svg = tr("SVG drawings (*.svg)");
    const QString pdf = tr("PDF documents (*.pdf)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Chart"),
                                                QDir::home().filePath(QStringLiteral("chart.png")),
                                                QStringList{png, svg, pdf}.join(QStringLiteral(";;")),
                                                &filter);
    if (path.isEmpty())
        return;
    // The suffix decides the format; a name without one takes the chosen filter's.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? QStringLiteral(".svg") : filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    QString error;
    finish(exportChart(chart, path, &error), path, error);
}

void ExportActions::askBrief()
{
    const QString partner = briefPartner();
    if (partner.isEmpty()) {
        QMessageBox::information(m_window, tr("Partner Brief"),
                                 tr("Select a partner first: click its tile on the map or its bar "
                                    "in a chart."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Partner Brief"),
        QDir::home().filePath(QStringLiteral("brief-%1.pdf").arg(partner)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    finish(exportPartnerBrief(partner, path, &error), path, error);
}

void ExportActions::finish(bool ok, const QString &path, const QString &error)
{
    if (ok) {
        m_window->statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
        return;
    }
    QMessageBox::warning(m_window, tr("Export"),
                         tr("The export failed: %1").arg(error.isEmpty() ? QDir::toNativeSeparators(path) : error));
}

} // namespace cpe
