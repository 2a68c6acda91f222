// The main window on fixture models: size, accessibility, shortcuts, record → reader wiring,
// settings and screenshots.

#include "chartsview.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "mapview.h"
#include "readerview.h"
#include "recordsview.h"
#include "roles.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cpe;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fitsAt1280x800();
    void everythingHasAccessibleNames();
    void escapeClearsFilter();
    void shortcutsSwitchTabsAndFocusSearch();
    void selectingRecordOpensReader();
    void statusFollowsFilter();
    void languageActionsDriveUiLanguage();
    void settingsRoundTrip();
    void screenshotsEveryTab();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClimatePartnershipExplorerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_views_window"));
    QSettings().clear();
}

void TestMainWindow::fitsAt1280x800()
{
    Fixtures f;
    MainWindow window(f.models());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.width() <= 1280);
    QVERIFY(window.height() <= 800);
    // The window's layout does not demand more than the screen gives.
    QVERIFY(window.minimumSizeHint().width() <= 1280);
    QVERIFY(window.minimumSizeHint().height() <= 800);
    QCOMPARE(window.tabs()->count(), int(MainWindow::TabCount));
}

void TestMainWindow::everythingHasAccessibleNames()
{
    Fixtures f;
    MainWindow window(f.models());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every widget a keyboard user can reach has a name a screen reader can say.
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->isWindow())
            continue;
        if (qobject_cast<QWidget *>(widget->parent()) && widget->parentWidget()->focusProxy() == widget)
            continue;
        const QString name = widget->objectName();
        if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
            continue; // Qt's own parts (scroll bars, tab bar) name themselves
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        ++checked;
    }
    QVERIFY(checked >= 12);
    // Every action has a text and a tool tip; main actions have shortcuts.
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString name = action->objectName();
        if (action->isSeparator() || action->menu() || name.startsWith(QLatin1String("_q_"))
            || name.startsWith(QLatin1String("qt_")))
            continue; // Qt's own (the line edit's clear button)
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
    }
    for (const char *name : {"openAction", "findAction", "clearFiltersAction", "mapTabAction",
                             "recordsTabAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->shortcut().isEmpty(), name);
    }
}

void TestMainWindow::escapeClearsFilter()
{
    Fixtures f;
    MainWindow window(f.models());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    f.filter.setPartners({QStringLiteral("USA")});
    f.filter.setYearRange(2016, 2018);
    f.filter.setQuery(QStringLiteral("wind"));
    QTRY_VERIFY(window.clearFiltersAction()->isEnabled());
    window.mapView()->setFocus();
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(f.filter.isEmpty());
    QTRY_VERIFY(!window.clearFiltersAction()->isEnabled());
}

void TestMainWindow::shortcutsSwitchTabsAndFocusSearch()
{
    Fixtures f;
    MainWindow window(f.models());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ChartsTab));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::TimelineTab));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::RecordsTab));
    QTRY_COMPARE(QApplication::focusWidget(), window.recordsView()->searchField());
}

void TestMainWindow::selectingRecordOpensReader()
{
    Fixtures f;
    MainWindow window(f.models());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::RecordsTab);
    QTableView *table = window.recordsView()->partnershipTable();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(f.partnerships->index(1, 0)).center());
    QCOMPARE(window.readerView()->titleLabel()->text(), QStringLiteral("Headline number 1"));
    QVERIFY(window.readerView()->isVisible());
    QCOMPARE(window.readerView()->highlightedRange().second
                 - window.readerView()->highlightedRange().first,
             int(Fixtures::evidenceText().size()));
}

void TestMainWindow::statusFollowsFilter()
{
    Fixtures f;
    MainWindow window(f.models());
    auto *summary = window.findChild<QLabel *>(QStringLiteral("filterSummary"));
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("7 partnerships with 4 partners, 2015–2020"));
    f.partnerships->removeRows(0, 3);
    f.filter.setYearRange(2018, 2018);
    QTRY_COMPARE(summary->text(), QStringLiteral("4 partnerships with 4 partners, 2018"));
}

void TestMainWindow::languageActionsDriveUiLanguage()
{
    Fixtures f;
    MainWindow window(f.models());
    auto *chinese = window.findChild<QAction *>(QStringLiteral("chineseAction"));
    auto *english = window.findChild<QAction *>(QStringLiteral("englishAction"));
    QVERIFY(chinese && english);
    QVERIFY(english->isChecked());
    chinese->trigger();
    QCOMPARE(f.language.language(), UiLanguage::Chinese);
    f.language.setLanguage(UiLanguage::English);
    QVERIFY(english->isChecked());
    // A LanguageChange re-sets every text (here still English: no translator installed).
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&window, &change);
    QCOMPARE(window.tabs()->tabText(0), QStringLiteral("&Map"));
}

void TestMainWindow::settingsRoundTrip()
{
    Fixtures f;
    {
        MainWindow window(f.models());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentIndex(MainWindow::ChartsTab);
        window.setCorpusPaths({QStringLiteral("/data/corpus")});
        window.close(); // saves
    }
    MainWindow again(f.models());
    again.restoreSettings();
    QCOMPARE(again.tabs()->currentIndex(), int(MainWindow::ChartsTab));
    QCOMPARE(again.corpusPaths(), QStringList{QStringLiteral("/data/corpus")});
}

void TestMainWindow::screenshotsEveryTab()
{
    Fixtures f;
    MainWindow window(f.models());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList files = window.saveScreenshots(dir.path());
    QCOMPARE(files.size(), int(MainWindow::TabCount));
    for (const QString &file : files)
        QVERIFY2(!QImage(file).isNull(), qPrintable(file));
    QVERIFY(files.first().endsWith(QLatin1String("map.png")));
    // To look at the views on the fixtures: CPE_SCREENSHOT_DIR=/tmp/shots ./tst_views_window
    if (qEnvironmentVariableIsSet("CPE_SCREENSHOT_DIR"))
        window.saveScreenshots(qEnvironmentVariable("CPE_SCREENSHOT_DIR"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_views_window.moc"
