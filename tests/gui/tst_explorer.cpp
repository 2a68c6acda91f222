// The whole explorer on the real models and the bundled articles: what a user does with the
// mouse and keyboard (click a country, drag across years, pick a record, press Esc) must
// reach the filter, every model and what every view shows.

#include "articlereader.h"
#include "chartsview.h"
#include "explorersession.h"
#include "filterstate.h"
#include "mainwindow.h"
#include "mapview.h"
#include "readerview.h"
#include "recordlanes.h"
#include "recordsview.h"
#include "roles.h"
#include "tiledelegate.h"
#include "timelineview.h"
#include "uilanguage.h"
#include "yearhistogram.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QListView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace cpe;

namespace {

// Everything one test needs: a session that has read the bundled articles and its window,
// shown at the size the README screenshots use.
struct Explorer
{
    UiLanguage language;
    std::unique_ptr<ExplorerSession> session;
    std::unique_ptr<MainWindow> window;

    ExplorerModels models() { return session->models(); }
    FilterState *filter() { return session->filter(); }
};

// What the views of the window show, read from the views themselves.
struct Shown
{
    int partnershipRows = 0;   // rows in the records tab's partnership table
    int pledgeRows = 0;        // rows in its pledge table
    int laneRecords = 0;       // partnership chips (counted, shown or "+k more") in the lanes
    int histogramPartnerships = 0; // partnerships the histogram's bars stand for
    QStringList chartPartners; // categories of the partners chart
    qreal chartPartnerSum = 0; // the partners chart's bar values, summed
    qreal chartYearSum = 0;    // the stacked per-year chart's values, summed
    qreal chartSectorSum = 0;  // the per-sector chart's values, summed
};

QList<qreal> barValues(QChart *chart)
{
    QList<qreal> values;
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        const auto *bars = qobject_cast<QAbstractBarSeries *>(one);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (QBarSet *set : sets) {
            for (int i = 0; i < set->count(); ++i)
                values.append(set->at(i));
        }
    }
    return values;
}

QStringList categories(QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *category = qobject_cast<QBarCategoryAxis *>(axis))
            return category->categories();
    }
    return {};
}

qreal sum(const QList<qreal> &values)
{
    qreal total = 0;
    for (qreal value : values)
        total += value;
    return total;
}

Shown shown(MainWindow &window)
{
    // The views rebuild through 0 ms timers: let those run first.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    Shown s;
    s.partnershipRows = window.recordsView()->partnershipTable()->model()->rowCount();
    s.pledgeRows = window.recordsView()->pledgeTable()->model()->rowCount();
    RecordLanes *lanes = window.timelineView()->lanes();
    const QSet<int> laneYears = lanes->years(RecordLanes::PartnershipLane);
    for (int year : laneYears)
        s.laneRecords += lanes->recordCount(RecordLanes::PartnershipLane, year);
    YearHistogram *histogram = window.timelineView()->histogram();
    for (int year = histogram->axis().first; year <= histogram->axis().last; ++year)
        s.histogramPartnerships += histogram->partnershipsIn(year);
    // Charts behind another tab wait to be shown before they rebuild: look at them.
    const int tab = window.tabs()->currentIndex();
    window.tabs()->setCurrentIndex(MainWindow::ChartsTab);
    QCoreApplication::processEvents();
    QChart *partners = window.chartsView()->chart(ChartsView::PartnersChart);
    s.chartPartners = categories(partners);
    s.chartPartnerSum = sum(barValues(partners));
    s.chartYearSum = sum(barValues(window.chartsView()->chart(ChartsView::YearsChart)));
    s.chartSectorSum = sum(barValues(window.chartsView()->chart(ChartsView::SectorsChart)));
    window.tabs()->setCurrentIndex(tab);
    return s;
}

// Rows of an (unfiltered) record model that satisfy `accept`, counted independently of the
// filter engine, so the filtered models can be checked against them.
template <typename Accept>
int countRows(const QAbstractItemModel *model, Accept accept)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += accept(model->index(row, 0)) ? 1 : 0;
    return count;
}

// What the per-year stacked chart must add up to: a dated partnership counts once in each of
// its sectors.
int sectorWeight(const QAbstractItemModel *records)
{
    int weight = 0;
    for (int row = 0; row < records->rowCount(); ++row) {
        const QModelIndex index = records->index(row, 0);
        if (index.data(YearRole).toInt() > 0)
            weight += int(index.data(SectorIdsRole).toStringList().size());
    }
    return weight;
}

QSet<QString> partnerIds(const QAbstractItemModel *records)
{
    QSet<QString> ids;
    for (int row = 0; row < records->rowCount(); ++row)
        ids.insert(records->index(row, 0).data(PartnerIdRole).toString());
    return ids;
}

QModelIndex tileOf(const QAbstractItemModel *tiles, const QString &partner)
{
    for (int row = 0; row < tiles->rowCount(); ++row) {
        for (int col = 0; col < tiles->columnCount(); ++col) {
            const QModelIndex cell = tiles->index(row, col);
            if (cell.data(PartnerIdRole).toString() == partner)
                return cell;
        }
    }
    return {};
}

QSet<QString> ids(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *id : list)
        set.insert(QString::fromLatin1(id));
    return set;
}

} // namespace

class TestExplorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mapClickFiltersEveryView();
    void histogramDragSetsYearRange();
    void selectingRecordShowsEvidence();
    void escapeRestoresEverything();
    void mapFitsWindowWithLabels();
    void offMapListHidesChinaAndEmptyPartners();
    void chartsShowWholeLabels();

private:
    // Builds the session and window, reads the bundled set, and waits until the views show it.
    bool open(Explorer &explorer, int tab);
    // Clicks a country's tile; Ctrl adds it to the selection.
    bool clickTile(Explorer &explorer, const QString &partner, Qt::KeyboardModifiers modifiers);

    Shown m_all; // what the views show with no filter
    int m_allPartners = 0;
};

bool TestExplorer::open(Explorer &explorer, int tab)
{
    explorer.session = std::make_unique<ExplorerSession>(&explorer.language);
    explorer.window = std::make_unique<MainWindow>(explorer.session->models());
    explorer.window->resize(1280, 800);
    explorer.window->tabs()->setCurrentIndex(tab);
    explorer.window->show();
    if (!QTest::qWaitForWindowExposed(explorer.window.get()))
        return false;
    QSignalSpy finished(explorer.session.get(), &ExplorerSession::loadFinished);
    explorer.session->load({ArticleReader::bundledCorpusPath()});
    if (!finished.wait(20000))
        return false;
    const auto summary = finished.first().first().value<LoadSummary>();
    return summary.articles == 5 && !summary.cancelled;
}

bool TestExplorer::clickTile(Explorer &explorer, const QString &partner,
                             Qt::KeyboardModifiers modifiers)
{
    QTableView *tiles = explorer.window->mapView()->tileView();
    const QModelIndex cell = tileOf(tiles->model(), partner);
    const QRect rect = tiles->visualRect(cell);
    // The tile must be on screen whole: the map fits its view, it does not scroll.
    if (!cell.isValid() || !tiles->viewport()->rect().contains(rect))
        return false;
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, modifiers, rect.center());
    return true;
}

void TestExplorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClimatePartnershipExplorerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_explorer"));

    Explorer explorer;
    QVERIFY(open(explorer, MainWindow::MapTab));
    m_all = shown(*explorer.window);
    m_allPartners = explorer.models().partners->rowCount();
    // The bundled set is big enough for the filters below to mean something.
    QVERIFY(m_all.partnershipRows >= 20);
    QVERIFY(m_all.chartPartners.size() >= 10);
    QCOMPARE(m_all.laneRecords, m_all.partnershipRows);
    QCOMPARE(m_all.histogramPartnerships, m_all.partnershipRows);
    QCOMPARE(int(m_all.chartYearSum), sectorWeight(explorer.models().partnerships));
    QCOMPARE(m_all.chartSectorSum, m_all.chartYearSum);
}

void TestExplorer::mapClickFiltersEveryView()
{
    Explorer explorer;
    QVERIFY(open(explorer, MainWindow::MapTab));
    const ExplorerModels models = explorer.models();
    const QAbstractItemModel *records = models.partnerships;
    // Counted before any filter, straight from the records.
    const auto isPartner = [](const char *id) {
        return [id](const QModelIndex &index) {
            return index.data(PartnerIdRole).toString() == QLatin1String(id);
        };
    };
    const int usa = countRows(records, isPartner("USA"));
    const int deu = countRows(records, isPartner("DEU"));
    QVERIFY(usa >= 2);
    QVERIFY(deu >= 1);
    QVERIFY(usa + deu < m_all.partnershipRows);

    QVERIFY(clickTile(explorer, QStringLiteral("USA"), {}));
    QCOMPARE(explorer.filter()->partners(), ids({"USA"}));
    QCOMPARE(records->rowCount(), usa);
    QCOMPARE(partnerIds(records), ids({"USA"}));
    QCOMPARE(models.partners->rowCount(), 1);
    // The map marks the tile as selected.
    QVERIFY(tileOf(models.tileMap, QStringLiteral("USA")).data(SelectedRole).toBool());

    Shown s = shown(*explorer.window);
    QCOMPARE(s.partnershipRows, usa);
    QCOMPARE(s.laneRecords, usa);
    QCOMPARE(s.histogramPartnerships, usa);
    QCOMPARE(s.chartPartners.size(), 1);
    QCOMPARE(s.chartPartners.first(),
             models.partners->index(0, column(PartnerColumn::Partner)).data().toString());
    QCOMPARE(int(s.chartPartnerSum), usa);
    QCOMPARE(int(s.chartYearSum), sectorWeight(records));
    QCOMPARE(s.chartSectorSum, s.chartYearSum);
    QVERIFY(s.chartYearSum < m_all.chartYearSum);

    // Ctrl-click adds a second country; the views show both.
    QVERIFY(clickTile(explorer, QStringLiteral("DEU"), Qt::ControlModifier));
    QCOMPARE(explorer.filter()->partners(), ids({"USA", "DEU"}));
    QCOMPARE(records->rowCount(), usa + deu);
    QCOMPARE(partnerIds(records), ids({"USA", "DEU"}));
    s = shown(*explorer.window);
    QCOMPARE(s.partnershipRows, usa + deu);
    QCOMPARE(s.laneRecords, usa + deu);
    QCOMPARE(s.histogramPartnerships, usa + deu);
    QCOMPARE(s.chartPartners.size(), 2);
    QCOMPARE(int(s.chartPartnerSum), usa + deu);
    QCOMPARE(int(s.chartYearSum), sectorWeight(records));
    QCOMPARE(s.chartSectorSum, s.chartYearSum);

    // A plain click goes back to one country.
    QVERIFY(clickTile(explorer, QStringLiteral("DEU"), {}));
    QCOMPARE(explorer.filter()->partners(), ids({"DEU"}));
    QCOMPARE(shown(*explorer.window).partnershipRows, deu);
}

void TestExplorer::histogramDragSetsYearRange()
{
    Explorer explorer;
    QVERIFY(open(explorer, MainWindow::TimelineTab));
    const ExplorerModels models = explorer.models();
    YearHistogram *histogram = explorer.window->timelineView()->histogram();
    QTRY_VERIFY(!histogram->axis().isEmpty());
    QVERIFY(histogram->axis().first <= 2010);
    QVERIFY(histogram->axis().last >= 2016);

    const auto inRange = [](const QModelIndex &index) {
        const int year = index.data(YearRole).toInt();
        return year >= 2010 && year <= 2016;
    };
    const int expected = countRows(models.partnerships, inRange);
    QVERIFY(expected > 0);
    QVERIFY(expected < m_all.partnershipRows);

    const QPoint from = histogram->yearPosition(2010);
    const QPoint to = histogram->yearPosition(2016);
    QVERIFY(histogram->rect().contains(from) && histogram->rect().contains(to));
    QTest::mousePress(histogram, Qt::LeftButton, {}, from);
    QTest::mouseMove(histogram, (from + to) / 2);
    QTest::mouseMove(histogram, to);
    QTest::mouseRelease(histogram, Qt::LeftButton, {}, to);
    QCOMPARE(explorer.filter()->fromYear(), 2010);
    QCOMPARE(explorer.filter()->toYear(), 2016);

    // Every model follows the range.
    QCOMPARE(models.partnerships->rowCount(), expected);
    for (int row = 0; row < models.partnerships->rowCount(); ++row)
        QVERIFY(inRange(models.partnerships->index(row, 0)));
    // The partner aggregates are the partners of exactly those records, with their counts.
    QSet<QString> aggregated;
    int aggregatedRecords = 0;
    for (int row = 0; row < models.partners->rowCount(); ++row) {
        const QModelIndex records = models.partners->index(row, column(PartnerColumn::Records));
        if (records.data().toInt() > 0)
            aggregated.insert(records.data(PartnerIdRole).toString());
        aggregatedRecords += records.data().toInt();
    }
    QCOMPARE(aggregated, partnerIds(models.partnerships));
    QCOMPARE(aggregatedRecords, expected);
    QVERIFY(models.partners->rowCount() < m_allPartners);

    // And so do the views: spin boxes, lanes, tables and charts.
    QCOMPARE(explorer.window->timelineView()->fromSpin()->value(), 2010);
    QCOMPARE(explorer.window->timelineView()->toSpin()->value(), 2016);
    const Shown s = shown(*explorer.window);
    QCOMPARE(s.partnershipRows, expected);
    QCOMPARE(s.laneRecords, expected);
    // The partners chart shows the top partners only: at most the records in range.
    QVERIFY(s.chartPartnerSum > 0 && int(s.chartPartnerSum) <= expected);
    QCOMPARE(int(s.chartYearSum), sectorWeight(models.partnerships));
    QVERIFY(s.chartYearSum < m_all.chartYearSum);
    const QSet<int> laneYears =
        explorer.window->timelineView()->lanes()->years(RecordLanes::PartnershipLane);
    for (int year : laneYears)
        QVERIFY2(year >= 2010 && year <= 2016, qPrintable(QString::number(year)));
}

void TestExplorer::selectingRecordShowsEvidence()
{
    Explorer explorer;
    QVERIFY(open(explorer, MainWindow::RecordsTab));
    QTableView *table = explorer.window->recordsView()->partnershipTable();
    QAbstractItemModel *model = table->model();
    // The record whose evidence lies deepest in its article: showing it needs scrolling.
    int deepest = -1;
    int deepestStart = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int start = model->index(row, 0).data(EvidenceStartRole).toInt();
        if (start > deepestStart) {
            deepest = row;
            deepestStart = start;
        }
    }
    QVERIFY(deepest >= 0);
    const QModelIndex record = model->index(deepest, column(PartnershipColumn::Partner));
    const QString evidence = record.data(EvidenceTextRole).toString();
    QVERIFY(!evidence.isEmpty());

    // The window may still be settling its layout: scroll until the row stays in view.
    const auto rowInView = [table, &record] {
        table->scrollTo(record);
        return table->viewport()->rect().contains(table->visualRect(record).center());
    };
    QTRY_VERIFY(rowInView());
    const QRect cell = table->visualRect(record);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(table->currentIndex().row(), deepest);

    ReaderView *reader = explorer.window->readerView();
    QVERIFY(reader->isVisible());
    QCOMPARE(reader->titleLabel()->text(), record.data(TitleRole).toString());
    QTextBrowser *text = reader->textBrowser();
    const QList<QTextEdit::ExtraSelection> selections = text->extraSelections();
    QCOMPARE(selections.size(), 1);
    const QTextCursor highlight = selections.first().cursor;
    // The highlight covers the evidence sentence, and it is painted differently.
    QCOMPARE(highlight.selectedText().simplified(), evidence.simplified());
    QVERIFY(selections.first().format.background().style() != Qt::NoBrush);
    // The evidence is in view once the window's layout has settled: its first and last lines
    // lie inside the viewport, which had to scroll to get there.
    const auto lineAt = [text](int position) {
        QTextCursor cursor(text->document());
        cursor.setPosition(position);
        return text->cursorRect(cursor);
    };
    const QRect viewport = text->viewport()->rect();
    QTRY_VERIFY2(viewport.contains(lineAt(highlight.selectionStart()))
                     && viewport.contains(lineAt(highlight.selectionEnd())),
                 qPrintable(QStringLiteral("evidence at y=%1..%2, view 0..%3")
                                .arg(lineAt(highlight.selectionStart()).top())
                                .arg(lineAt(highlight.selectionEnd()).bottom())
                                .arg(viewport.height())));
    QCOMPARE(text->textCursor().position(), highlight.selectionStart());
    QVERIFY(text->verticalScrollBar()->value() > 0);

    // Moving to the next row with the keyboard moves the reader on to that record.
    const int other = deepest + 1 < model->rowCount() ? deepest + 1 : deepest - 1;
    table->setFocus();
    QTest::keyClick(table, other > deepest ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), other);
    const QModelIndex now = model->index(other, 0);
    QCOMPARE(reader->highlightedRange().second - reader->highlightedRange().first,
             now.data(EvidenceEndRole).toInt() - now.data(EvidenceStartRole).toInt());
    QCOMPARE(reader->titleLabel()->text(), now.data(TitleRole).toString());
}

void TestExplorer::escapeRestoresEverything()
{
    Explorer explorer;
    QVERIFY(open(explorer, MainWindow::MapTab));
    const ExplorerModels models = explorer.models();
    QAction *clear = explorer.window->clearFiltersAction();
    QVERIFY(!clear->isEnabled());

    // Narrow by a country (mouse), then by years (drag on the histogram).
    QVERIFY(clickTile(explorer, QStringLiteral("USA"), {}));
    explorer.window->tabs()->setCurrentIndex(MainWindow::TimelineTab);
    YearHistogram *histogram = explorer.window->timelineView()->histogram();
    QTRY_VERIFY(!histogram->axis().isEmpty());
    QTest::mousePress(histogram, Qt::LeftButton, {}, histogram->yearPosition(2020));
    QTest::mouseMove(histogram, histogram->yearPosition(2024));
    QTest::mouseRelease(histogram, Qt::LeftButton, {}, histogram->yearPosition(2024));
    QCOMPARE(explorer.filter()->fromYear(), 2020);
    QVERIFY(shown(*explorer.window).partnershipRows < m_all.partnershipRows);
    QTRY_VERIFY(clear->isEnabled());

    QApplication::setActiveWindow(explorer.window.get());
    QTest::keyClick(explorer.window.get(), Qt::Key_Escape);
    QVERIFY(explorer.filter()->isEmpty());
    const Shown s = shown(*explorer.window);
    QCOMPARE(s.partnershipRows, m_all.partnershipRows);
    QCOMPARE(s.pledgeRows, m_all.pledgeRows);
    QCOMPARE(s.laneRecords, m_all.laneRecords);
    QCOMPARE(s.histogramPartnerships, m_all.histogramPartnerships);
    QCOMPARE(s.chartPartners, m_all.chartPartners);
    QCOMPARE(s.chartPartnerSum, m_all.chartPartnerSum);
    QCOMPARE(s.chartYearSum, m_all.chartYearSum);
    QCOMPARE(s.chartSectorSum, m_all.chartSectorSum);
    QCOMPARE(models.partners->rowCount(), m_allPartners);
    QVERIFY(!tileOf(models.tileMap, QStringLiteral("USA")).data(SelectedRole).toBool());
    QTRY_VERIFY(!clear->isEnabled());

    // The action does the same as the key.
    explorer.window->tabs()->setCurrentIndex(MainWindow::MapTab);
    QVERIFY(clickTile(explorer, QStringLiteral("DEU"), {}));
    QVERIFY(shown(*explorer.window).partnershipRows < m_all.partnershipRows);
    QTRY_VERIFY(clear->isEnabled());
    clear->trigger();
    QCOMPARE(shown(*explorer.window).partnershipRows, m_all.partnershipRows);
}

void TestExplorer::mapFitsWindowWithLabels()
{
    Explorer explorer;
    QVERIFY(open(explorer, MainWindow::MapTab));
    QTableView *tiles = explorer.window->mapView()->tileView();
    const QAbstractItemModel *model = tiles->model();
    const auto lastCell = [model] {
        return model->index(model->rowCount() - 1, model->columnCount() - 1);
    };
    const auto fits = [tiles, model, &lastCell] {
        const QRect first = tiles->visualRect(model->index(0, 0));
        const QRect last = tiles->visualRect(lastCell());
        return tiles->viewport()->rect().contains(first) && tiles->viewport()->rect().contains(last)
               && first.width() == first.height();
    };
    // The whole grid is on screen at 1280×800, without scroll bars.
    QTRY_VERIFY(fits());
    QVERIFY(!tiles->horizontalScrollBar()->isVisible());
    QVERIFY(!tiles->verticalScrollBar()->isVisible());
    const int side = tiles->visualRect(model->index(0, 0)).width();
    QVERIFY(side >= 16);

    // Every country tile has a label at this size: its short name or its code, never elided.
    int named = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int col = 0; col < model->columnCount(); ++col) {
            const QModelIndex cell = model->index(row, col);
            if (cell.data(PartnerIdRole).toString().isEmpty())
                continue;
            QFont font = tiles->font();
            const QString label =
                TileDelegate::fittedLabel(cell, QSizeF(side - 2, side - 2), &font);
            QVERIFY2(label == cell.data(Qt::DisplayRole).toString()
                         || label == cell.data(PartnerIdRole).toString(),
                     qPrintable(cell.data(PartnerIdRole).toString() + QLatin1Char(':') + label));
            named += label == cell.data(Qt::DisplayRole).toString() ? 1 : 0;
        }
    }
    QVERIFY(named > 0);
    QFont usaFont = tiles->font();
    QCOMPARE(TileDelegate::fittedLabel(tileOf(model, QStringLiteral("USA")),
                                       QSizeF(side - 2, side - 2), &usaFont),
             QStringLiteral("USA"));

    // The cells follow the window: smaller, and still all on screen; larger again after.
    explorer.window->resize(1000, 640);
    QTRY_VERIFY(tiles->visualRect(model->index(0, 0)).width() < side);
    QTRY_VERIFY(fits());
    explorer.window->resize(1280, 800);
    QTRY_COMPARE(tiles->visualRect(model->index(0, 0)).width(), side);
}

void TestExplorer::offMapListHidesChinaAndEmptyPartners()
{
    Explorer explorer;
    QVERIFY(open(explorer, MainWindow::MapTab));
    QListView *list = explorer.window->mapView()->offMapView();
    const QAbstractItemModel *listed = list->model();
    const QAbstractItemModel *partners = explorer.models().partners;
    // The aggregates hold China (pledges only) and pledge-only actors with no partnership.
    QString emptyId;
    bool hasChina = false;
    for (int row = 0; row < partners->rowCount(); ++row) {
        const QModelIndex index = partners->index(row, column(PartnerColumn::Records));
        const QString kind = index.data(PartnerKindRole).toString();
        hasChina = hasChina || index.data(PartnerIdRole).toString() == QLatin1String("CHN");
        if (kind != QLatin1String("country") && kind != QLatin1String("self")
            && index.data().toInt() == 0)
            emptyId = index.data(PartnerIdRole).toString();
    }
    QVERIFY(hasChina);
    QVERIFY(!emptyId.isEmpty());
    QVERIFY(listed->rowCount() >= 10);
    const auto listedIds = [listed] {
        QSet<QString> ids;
        for (int row = 0; row < listed->rowCount(); ++row) {
            ids.insert(listed->index(row, 0).data(PartnerIdRole).toString());
            if (listed->index(row, column(PartnerColumn::Records)).data().toInt() == 0)
                ids.insert(QStringLiteral("<empty>"));
        }
        return ids;
    };
    QVERIFY(!listedIds().contains(QStringLiteral("CHN")));
    QVERIFY(!listedIds().contains(QStringLiteral("<empty>")));
    // A long name is cut in the list but whole in its tooltip.
    for (int row = 0; row < listed->rowCount(); ++row) {
        const QModelIndex index = listed->index(row, 0);
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(
            index.data(Qt::DisplayRole).toString().section(QLatin1String(" ("), 0, 0)));
    }
    // A selected partner stays listed even without partnerships, so it can be seen.
    explorer.filter()->setPartners({emptyId});
    QTRY_VERIFY(listedIds().contains(emptyId));
}

void TestExplorer::chartsShowWholeLabels()
{
    Explorer explorer;
    QVERIFY(open(explorer, MainWindow::ChartsTab));
    ChartsView *charts = explorer.window->chartsView();
    QCoreApplication::processEvents();
    // Text the charts draw: axis labels (QGraphicsTextItem) and bar names.
    const auto texts = [charts](int which) {
        QStringList found;
        const QList<QGraphicsItem *> items = charts->chartView(which)->scene()->items();
        for (QGraphicsItem *item : items) {
            if (!item->isVisible())
                continue;
            if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                found.append(simple->text());
            else if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                found.append(rich->toPlainText());
        }
        return found;
    };
    for (int which = 0; which < ChartsView::ChartCount; ++which) {
        const QStringList shown = texts(which);
        QVERIFY(!shown.isEmpty());
        for (const QString &text : shown)
            QVERIFY2(text != QLatin1String("...") && !text.startsWith(QLatin1String("...")),
                     qPrintable(QStringLiteral("chart %1: %2").arg(which).arg(text)));
    }
    // Every partner of the partners chart is named, and short names are whole.
    QChart *partners = charts->chart(ChartsView::PartnersChart);
    const QStringList names = texts(ChartsView::PartnersChart);
    for (const QString &category : categories(partners)) {
        if (category.size() <= 14)
            QVERIFY2(names.contains(category), qPrintable(category));
    }
    // Years read in full on both year axes.
    QVERIFY(texts(ChartsView::YearsChart).contains(QStringLiteral("2011")));
    QVERIFY(texts(ChartsView::PledgesChart).contains(QStringLiteral("2060")));
    // The stacked chart's sector colours are named in its key, each sector whole.
    // (The key holds names together with word joiners and no-break spaces.)
    QString key = charts->sectorKey()->text();
    key.remove(QChar(0x2060)).replace(QChar(QChar::Nbsp), QLatin1Char(' '));
    QVERIFY(charts->sectorKey()->isVisible());
    const auto *stacked = qobject_cast<QAbstractBarSeries *>(
        charts->chart(ChartsView::YearsChart)->series().value(0));
    QVERIFY(stacked && stacked->count() >= 5);
    for (const QBarSet *set : stacked->barSets())
        QVERIFY2(key.contains(set->label().toHtmlEscaped()), qPrintable(set->label()));
}

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
