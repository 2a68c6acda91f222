// The explorer's widgets on fixture models: clicks, drags and typing must change the filter,
// and the views must follow the models and the filter.

#include "chartsview.h"
#include "fixtures.h"
#include "heatlegend.h"
#include "mapview.h"
#include "readerview.h"
#include "recordlanes.h"
#include "recordsview.h"
#include "roles.h"
#include "statussummary.h"
#include "timelineview.h"
#include "yearhistogram.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QAbstractBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace cpe;

namespace {

QList<qreal> barValues(QChart *chart)
{
    QList<qreal> values;
    const QList<QAbstractSeries *> series = chart->series();
    if (series.isEmpty())
        return values;
    const auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    if (!bars || bars->barSets().isEmpty())
        return values;
    QBarSet *set = bars->barSets().first();
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

void showAndWait(QWidget *widget, QSize size)
{
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

QSet<QString> ids(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *id : list)
        set.insert(QString::fromLatin1(id));
    return set;
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapClickSelectsAndCtrlClickToggles();
    void mapListsPartnersWithoutTiles();
    void mapLegendShowsCountRanges();
    void timelineDragSetsYearRange();
    void timelineKeyboardExtendsRange();
    void lanesGroupRecordsByYear();
    void chartsFollowModelAndExport();
    void recordsSearchIsDebounced();
    void recordsSelectionActivatesRecord();
    void readerHighlightsEvidence();
    void readerMapsCrLfOffsets();
    void statusSummaryText();
};

void TestViews::mapClickSelectsAndCtrlClickToggles()
{
    Fixtures f;
    MapView view(f.tileMap, f.partners, &f.filter);
    showAndWait(&view, {900, 500});
    QTableView *tiles = view.tileView();
    const QPoint usa = tiles->visualRect(f.tileMap->index(0, 0)).center();
    const QPoint deu = tiles->visualRect(f.tileMap->index(1, 2)).center();
    const QPoint sea = tiles->visualRect(f.tileMap->index(0, 1)).center();
    QVERIFY(tiles->viewport()->rect().contains(deu));

    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, usa);
    QCOMPARE(f.filter.partners(), ids({"USA"}));
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, Qt::ControlModifier, deu);
    QCOMPARE(f.filter.partners(), ids({"USA", "DEU"}));
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, Qt::ControlModifier, usa);
    QCOMPARE(f.filter.partners(), ids({"DEU"}));
    // Sea has no partner: the selection stays.
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, sea);
    QCOMPARE(f.filter.partners(), ids({"DEU"}));
    // A plain click replaces the selection.
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, usa);
    QCOMPARE(f.filter.partners(), ids({"USA"}));

    // Keyboard: Space selects the current tile, Ctrl+Space toggles it.
    tiles->setFocus();
    tiles->setCurrentIndex(f.tileMap->index(1, 2));
    QTest::keyClick(tiles, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(f.filter.partners(), ids({"USA", "DEU"}));
    QTest::keyClick(tiles, Qt::Key_Space);
    QCOMPARE(f.filter.partners(), ids({"DEU"}));

    // Cells are square.
    const QRect cell = tiles->visualRect(f.tileMap->index(0, 0));
    QCOMPARE(cell.width(), cell.height());
}

void TestViews::mapListsPartnersWithoutTiles()
{
    Fixtures f;
    MapView view(f.tileMap, f.partners, &f.filter);
    QAbstractItemModelTester tester(view.offMapView()->model());
    showAndWait(&view, {900, 500});
    QListView *list = view.offMapView();
    QAbstractItemModel *model = list->model();
    QCOMPARE(model->rowCount(), 2); // EU and UNDP; countries are on the map
    QVERIFY(model->index(0, 0).data().toString().startsWith(QLatin1String("European Union")));
    QVERIFY(model->index(0, 0).data().toString().contains(QLatin1String("3")));

    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(model->index(1, 0)).center());
    QCOMPARE(f.filter.partners(), ids({"UNDP"}));
    QVERIFY(model->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      list->visualRect(model->index(0, 0)).center());
    QCOMPARE(f.filter.partners(), ids({"UNDP", "EU"}));
}

void TestViews::mapLegendShowsCountRanges()
{
    Fixtures f;
    MapView view(f.tileMap, f.partners, &f.filter);
    QStringList ranges = view.legend()->rangeTexts();
    QCOMPARE(ranges.size(), 6);
    QCOMPARE(ranges.at(0), QStringLiteral("0"));
    QCOMPARE(ranges.at(1), QStringLiteral("1"));
    QVERIFY(ranges.at(2).isEmpty());
    QCOMPARE(ranges.at(3), QStringLiteral("5"));
    // The legend follows the model.
    f.tileMap->item(1, 2)->setData(3, HeatLevelRole);
    f.tileMap->item(1, 2)->setData(4, CountRole);
    ranges = view.legend()->rangeTexts();
    QVERIFY(ranges.at(1).isEmpty());
    QCOMPARE(ranges.at(3), QStringLiteral("4–5"));
}

void TestViews::timelineDragSetsYearRange()
{
    Fixtures f;
    TimelineView view(f.years, f.partnerships, f.pledges, &f.filter);
    showAndWait(&view, {1000, 600});
    YearHistogram *histogram = view.histogram();
    QTRY_VERIFY(!histogram->axis().isEmpty());
    // Pledge target years widen the axis beyond the years of the year model.
    QTRY_COMPARE(histogram->axis().last, 2060);

    const QPoint from = histogram->yearPosition(2016);
    const QPoint to = histogram->yearPosition(2018);
    QTest::mousePress(histogram, Qt::LeftButton, {}, from);
    QTest::mouseMove(histogram, (from + to) / 2);
    QTest::mouseMove(histogram, to);
    QTest::mouseRelease(histogram, Qt::LeftButton, {}, to);
    QCOMPARE(f.filter.fromYear(), 2016);
    QCOMPARE(f.filter.toYear(), 2018);
    QCOMPARE(view.fromSpin()->value(), 2016);
    QCOMPARE(view.toSpin()->value(), 2018);

    // Dragging right to left selects the same kind of range.
    QTest::mousePress(histogram, Qt::LeftButton, {}, histogram->yearPosition(2030));
    QTest::mouseMove(histogram, histogram->yearPosition(2020));
    QTest::mouseRelease(histogram, Qt::LeftButton, {}, histogram->yearPosition(2020));
    QCOMPARE(f.filter.fromYear(), 2020);
    QCOMPARE(f.filter.toYear(), 2030);

    // The spin boxes follow changes made elsewhere, and edit the filter themselves.
    f.filter.setYearRange(2017, 2019);
    QCOMPARE(view.fromSpin()->value(), 2017);
    QCOMPARE(view.toSpin()->value(), 2019);
    view.toSpin()->setValue(2025);
    QCOMPARE(f.filter.toYear(), 2025);

    // Double-click clears; the spin boxes show "any".
    QTest::mouseDClick(histogram, Qt::LeftButton, {}, histogram->yearPosition(2018));
    QCOMPARE(f.filter.fromYear(), 0);
    QCOMPARE(f.filter.toYear(), 0);
    QCOMPARE(view.fromSpin()->value(), view.fromSpin()->minimum());
    QCOMPARE(view.fromSpin()->text(), view.fromSpin()->specialValueText());
}

void TestViews::timelineKeyboardExtendsRange()
{
    Fixtures f;
    TimelineView view(f.years, f.partnerships, f.pledges, &f.filter);
    showAndWait(&view, {1000, 600});
    YearHistogram *histogram = view.histogram();
    QTRY_VERIFY(!histogram->axis().isEmpty());
    histogram->setFocus();
    QTest::keyClick(histogram, Qt::Key_Home);
    QTest::keyClick(histogram, Qt::Key_Space);
    QCOMPARE(f.filter.fromYear(), 2015);
    QCOMPARE(f.filter.toYear(), 2015);
    QTest::keyClick(histogram, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(histogram, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(f.filter.fromYear(), 2015);
    QCOMPARE(f.filter.toYear(), 2017);
    QTest::keyClick(histogram, Qt::Key_Delete);
    QCOMPARE(f.filter.toYear(), 0);
}

void TestViews::lanesGroupRecordsByYear()
{
    Fixtures f;
    TimelineView view(f.years, f.partnerships, f.pledges, &f.filter);
    showAndWait(&view, {1400, 700});
    RecordLanes *lanes = view.lanes();
    lanes->setMaxPerYear(3);
    QTRY_COMPARE(lanes->recordCount(RecordLanes::PartnershipLane, 2018), 5);
    QCOMPARE(lanes->years(RecordLanes::PledgeLane), (QSet<int>{2030, 2060}));
    QTRY_VERIFY(!lanes->chipRect(RecordLanes::PartnershipLane, 2018, 0).isEmpty());
    QVERIFY(lanes->chipRect(RecordLanes::PartnershipLane, 2018, 3).isValid()); // "+2 more"
    QVERIFY(lanes->chipRect(RecordLanes::PartnershipLane, 2015, 1).isEmpty());

    QSignalSpy activated(&view, &TimelineView::recordActivated);
    QTest::mouseClick(lanes, Qt::LeftButton, {},
                      lanes->chipRect(RecordLanes::PartnershipLane, 2018, 1).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<QModelIndex>().row(), 2);
    // "+k more" narrows the filter to that year.
    QTest::mouseClick(lanes, Qt::LeftButton, {},
                      lanes->chipRect(RecordLanes::PartnershipLane, 2018, 3).center());
    QCOMPARE(f.filter.fromYear(), 2018);
    QCOMPARE(f.filter.toYear(), 2018);
    // Removing records updates the lane.
    f.partnerships->removeRows(1, 2);
    QTRY_COMPARE(lanes->recordCount(RecordLanes::PartnershipLane, 2018), 3);
}

void TestViews::chartsFollowModelAndExport()
{
    Fixtures f;
    ChartsView view(f.partners, f.sectors, f.years);
    showAndWait(&view, {1100, 700});
    QChart *partners = view.chart(ChartsView::PartnersChart);
    QCOMPARE(partners->animationOptions(), QChart::NoAnimation);
    // Largest at the top: horizontal bars run bottom-up.
    QTRY_COMPARE(barValues(partners), (QList<qreal>{1, 2, 3, 5}));
    f.partners->item(1, column(PartnerColumn::Records))->setData(9, Qt::DisplayRole);
    QTRY_COMPARE(barValues(partners), (QList<qreal>{2, 3, 5, 9}));
    view.setTopPartners(2);
    QCOMPARE(barValues(partners), (QList<qreal>{5, 9}));

    // Sectors with records only; the stacked chart has one set per sector with records.
    QTRY_COMPARE(barValues(view.chart(ChartsView::SectorsChart)), (QList<qreal>{4, 6}));
    auto *stacked =
        qobject_cast<QAbstractBarSeries *>(view.chart(ChartsView::YearsChart)->series().value(0));
    QVERIFY(stacked);
    QCOMPARE(stacked->count(), 2);
    QCOMPARE(stacked->barSets().at(1)->label(), QStringLiteral("Carbon capture"));
    QTRY_COMPARE(barValues(view.chart(ChartsView::PledgesChart)), (QList<qreal>{1, 2}));
    f.years->removeRows(0, f.years->rowCount());
    QTRY_VERIFY(barValues(view.chart(ChartsView::PledgesChart)).isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("partners.png"));
    const QString svg = dir.filePath(QStringLiteral("partners.svg"));
    QVERIFY(view.exportChart(ChartsView::PartnersChart, png));
    QVERIFY(view.exportChart(ChartsView::PartnersChart, svg));
    const QImage image(png);
    QVERIFY(!image.isNull());
    // Not a blank page: some pixel differs from the corner's colour.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 3)
        for (int x = 0; x < image.width() && !drawn; x += 3)
            drawn = image.pixel(x, y) != image.pixel(0, 0);
    QVERIFY(drawn);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("United States"));
    QVERIFY(!view.exportChart(ChartsView::PartnersChart, dir.filePath(QStringLiteral("no/such/dir/x.png"))));
}

void TestViews::recordsSearchIsDebounced()
{
    Fixtures f;
    RecordsView view(f.partnerships, f.pledges, &f.filter);
    showAndWait(&view, {900, 600});
    QTest::keyClicks(view.searchField(), QStringLiteral("wind"));
    QVERIFY(f.filter.query().isEmpty()); // not yet: typing has not paused
    QSignalSpy changed(&f.filter, &FilterState::queryChanged);
    QTRY_COMPARE(f.filter.query(), QStringLiteral("wind"));
    QCOMPARE(changed.size(), 1); // once, not once per letter
    // Cleared elsewhere (Esc): the field follows.
    f.filter.clear();
    QCOMPARE(view.searchField()->text(), QString());
    QTest::qWait(RecordsView::searchDelayMs * 2);
    QVERIFY(f.filter.query().isEmpty());
    // Sorting is left to the model.
    QVERIFY(view.partnershipTable()->isSortingEnabled());
}

void TestViews::recordsSelectionActivatesRecord()
{
    Fixtures f;
    RecordsView view(f.partnerships, f.pledges, &f.filter);
    showAndWait(&view, {900, 600});
    QSignalSpy activated(&view, &RecordsView::recordActivated);
    QTableView *table = view.partnershipTable();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(f.partnerships->index(3, 1)).center());
    QVERIFY(activated.size() >= 1);
    QCOMPARE(activated.last().first().value<QModelIndex>().row(), 3);
}

void TestViews::readerHighlightsEvidence()
{
    Fixtures f;
    ReaderView view(f.articles);
    view.setSectorModel(f.sectors);
    showAndWait(&view, {600, 500});
    view.showRecord(f.partnerships->index(2, column(PartnershipColumn::Kind)));
    const int start = int(Fixtures::articleText().indexOf(Fixtures::evidenceText()));
    const QPair<int, int> range = view.highlightedRange();
    QCOMPARE(range.first, start);
    QCOMPARE(range.second, start + int(Fixtures::evidenceText().size()));
    const QList<QTextEdit::ExtraSelection> selections = view.textBrowser()->extraSelections();
    QCOMPARE(selections.size(), 1);
    QCOMPARE(selections.first().cursor.selectedText(), Fixtures::evidenceText());
    QCOMPARE(view.titleLabel()->text(), QStringLiteral("Headline number 1"));
    const QString meta = view.findChild<QLabel *>(QStringLiteral("readerMeta"))->text();
    QVERIFY(meta.contains(QLatin1String("Xinhua")));
    QVERIFY(meta.contains(QLatin1String("dateline")));
    const QString why = view.whyLabel()->text();
    QVERIFY2(why.contains(QStringLiteral("“U.S.”")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("Carbon capture")), qPrintable(why)); // sector name
    QVERIFY2(why.contains(QLatin1String("MoU")), qPrintable(why));            // kind name
    QVERIFY2(why.contains(QLatin1String("80%")), qPrintable(why));
    QVERIFY(!why.contains(QLatin1String("alias:")));

    // Another article: the highlight moves with it.
    view.showRecord(f.pledges->index(0, 0));
    QCOMPARE(view.titleLabel()->text(), QStringLiteral("Headline number 0"));
    QCOMPARE(view.highlightedRange(), qMakePair(0, 7));
    QCOMPARE(view.textBrowser()->extraSelections().first().cursor.selectedText(),
             QStringLiteral("Another"));
}

void TestViews::readerMapsCrLfOffsets()
{
    Fixtures f;
    const QString text = QStringLiteral("Line one.\r\nLine two has the evidence.\r\nEnd.");
    f.articles->item(1, 0)->setData(text, ArticleTextRole);
    const int start = int(text.indexOf(QLatin1String("the evidence")));
    Fixtures::setRowData(f.partnerships, 0, EvidenceStartRole, start);
    Fixtures::setRowData(f.partnerships, 0, EvidenceEndRole, start + 12);
    ReaderView view(f.articles);
    view.showRecord(f.partnerships->index(0, 0));
    QCOMPARE(view.textBrowser()->extraSelections().first().cursor.selectedText(),
             QStringLiteral("the evidence"));
}

void TestViews::statusSummaryText()
{
    QCOMPARE(StatusSummary::text(12, 5, 2015, 2023),
             QStringLiteral("12 partnerships with 5 partners, 2015–2023"));
    QCOMPARE(StatusSummary::text(1, 1, 2020, 2020),
             QStringLiteral("1 partnership with 1 partner, 2020"));
    QCOMPARE(StatusSummary::text(0, 0, 0, 0), QStringLiteral("0 partnerships with 0 partners"));
    Fixtures f;
    f.filter.setYearRange(2016, 0);
    QCOMPARE(StatusSummary::text(f.models()),
             QStringLiteral("7 partnerships with 4 partners, 2016–2020"));
    // The partner table also lists pledge actors; one without partnerships is not counted.
    const int row = f.partners->rowCount();
    f.partners->insertRow(row);
    f.partners->setData(f.partners->index(row, column(PartnerColumn::Partner)), QStringLiteral("Japan"));
    f.partners->setData(f.partners->index(row, column(PartnerColumn::Records)), 0);
    f.partners->setData(f.partners->index(row, column(PartnerColumn::Pledges)), 1);
    QCOMPARE(StatusSummary::text(f.models()),
             QStringLiteral("7 partnerships with 4 partners, 2016–2020"));
}

QTEST_MAIN(TestViews)
#include "tst_views.moc"
