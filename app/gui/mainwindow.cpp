#include "mainwindow.h"

#include "chartsview.h"
#include "filterstate.h"
#include "mapview.h"
#include "readerview.h"
#include "recordsview.h"
#include "statussummary.h"
#include "timelineview.h"
#include "uilanguage.h"
#include "viewhelpers.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace cpe {

MainWindow::MainWindow(const ExplorerModels &models, QWidget *parent)
    : QMainWindow(parent)
    , m_models(models)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_map = new MapView(models.tileMap, models.partners, models.filter, this);
    m_timeline = new TimelineView(models.years, models.partnerships, models.pledges, models.filter,
                                  this);
    m_charts = new ChartsView(models.partners, models.sectors, models.years, this);
    m_records = new RecordsView(models.partnerships, models.pledges, models.filter, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_map, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_records, QString());
    setCentralWidget(m_tabs);

    m_reader = new ReaderView(models.articles, this);
    m_reader->setSectorModel(models.sectors);
    m_readerDock = new QDockWidget(this);
    m_readerDock->setObjectName(QStringLiteral("readerDock"));
    m_readerDock->setWidget(m_reader);
    addDockWidget(Qt::RightDockWidgetArea, m_readerDock);

    connect(m_records, &RecordsView::recordActivated, this, &MainWindow::showRecord);
    connect(m_timeline, &TimelineView::recordActivated, this, &MainWindow::showRecord);

    createActions();
    createMenus();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("filterSummary"));
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearButton->setDefaultAction(m_clearFilters);
    m_clearButton->setAutoRaise(true);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_clearButton);

    // The summary follows the filter and every model it counts; coalesced per event-loop turn.
    onModelChanged(models.partnerships, &m_statusTimer, this, &MainWindow::updateStatus);
    restartOnChange(models.partners, &m_statusTimer);
    restartOnChange(models.years, &m_statusTimer);
    if (models.filter)
        connect(models.filter, &FilterState::changed, &m_statusTimer, qOverload<>(&QTimer::start));
    if (models.language) {
        connect(models.language, &UiLanguage::changed, this, [this](UiLanguage::Language lang) {
            (lang == UiLanguage::Chinese ? m_chinese : m_english)->setChecked(true);
        });
    }

    // A size that fits 1280×800 and smaller screens; restoreSettings() may replace it.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(qMin(available.width(), fontMetrics().averageCharWidth() * 170),
           qMin(available.height(), fontMetrics().height() * 45));
    // The reader is a side panel: about 36 characters wide, so the map, charts and tables get
    // the room; it can be widened by dragging, and restoreSettings() keeps that.
    resizeDocks({m_readerDock}, {fontMetrics().averageCharWidth() * 36}, Qt::Horizontal);

    retranslateUi();
    updateStatus();
}

void MainWindow::createActions()
{
    m_open = new QAction(this);
    m_open->setObjectName(QStringLiteral("openAction"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openFolder);

    m_quit = new QAction(this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_find = new QAction(this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_records);
        m_records->focusSearch();
    });

    m_clearFilters = new QAction(this);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersAction"));
    m_clearFilters->setShortcut(Qt::Key_Escape);
    connect(m_clearFilters, &QAction::triggered, this, [this] {
        if (m_models.filter)
            m_models.filter->clear();
    });

    for (int tab = 0; tab < TabCount; ++tab) {
        auto *action = new QAction(this);
        action->setObjectName(tabFileName(Tab(tab)) + QLatin1String("TabAction"));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, this, [this, tab] { m_tabs->setCurrentIndex(tab); });
        m_tabActions[tab] = action;
    }

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    // Language names are written in their own language: never translated.
    m_english = new QAction(QStringLiteral("English"), m_languageGroup);
    m_english->setObjectName(QStringLiteral("englishAction"));
    m_chinese = new QAction(QStringLiteral("中文"), m_languageGroup);
    m_chinese->setObjectName(QStringLiteral("chineseAction"));
    for (QAction *action : {m_english, m_chinese})
        action->setCheckable(true);
    const bool chinese = m_models.language && m_models.language->isChinese();
    (chinese ? m_chinese : m_english)->setChecked(true);
    // The menu choice is stored at once, so it survives a crash; --lang, which also sets the
    // language, only overrides one run and is never stored.
    const auto choose = [this](UiLanguage::Language language) {
        if (!m_models.language)
            return;
        m_models.language->setLanguage(language);
        QSettings().setValue(QStringLiteral("ui/language"), m_models.language->code());
    };
    connect(m_english, &QAction::triggered, this, [choose] { choose(UiLanguage::English); });
    connect(m_chinese, &QAction::triggered, this, [choose] { choose(UiLanguage::Chinese); });

    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    m_aboutQt = new QAction(this);
    m_aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_open);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_tabActions)
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_readerDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_find);
    m_viewMenu->addAction(m_clearFilters);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_english);
    m_languageMenu->addAction(m_chinese);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_open);
    m_toolBar->addAction(m_find);
    m_toolBar->addAction(m_clearFilters);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Climate Partnership Explorer"));
    const QString tabNames[TabCount] = {tr("&Map"), tr("&Timeline"), tr("&Charts"), tr("&Records")};
    const QString tabTips[TabCount] = {
        tr("Where China's partners are, coloured by the number of records"),
        tr("Records per year; drag to choose the years to show"),
        tr("Partnerships per partner, sector and year; pledges by target year"),
        tr("The records as sortable tables, with search")};
    for (int tab = 0; tab < TabCount; ++tab) {
        m_tabs->setTabText(tab, tabNames[tab]);
        m_tabs->setTabToolTip(tab, tabTips[tab]);
        m_tabActions[tab]->setText(tabNames[tab]);
        m_tabActions[tab]->setToolTip(tabTips[tab]);
        m_tabActions[tab]->setStatusTip(tabTips[tab]);
        m_tabs->widget(tab)->setAccessibleName(QString(tabNames[tab]).remove(QLatin1Char('&')));
    }
    m_tabs->setAccessibleName(tr("Views"));
    m_readerDock->setWindowTitle(tr("Reader"));
    m_readerDock->setAccessibleName(tr("Article reader"));
    m_readerDock->toggleViewAction()->setText(tr("Show &Reader"));
    m_readerDock->toggleViewAction()->setToolTip(tr("Show or hide the article reader"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    for (QMenu *menu : {m_fileMenu, m_viewMenu, m_languageMenu, m_helpMenu})
        menu->setAccessibleName(QString(menu->title()).remove(QLatin1Char('&')));
    menuBar()->setAccessibleName(tr("Menu bar"));

    const auto describe = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setWhatsThis(tip);
    };
    describe(m_open, tr("&Open Folder…"), tr("Read the articles of a folder (Ctrl+O)"));
    describe(m_quit, tr("&Quit"), tr("Close the explorer"));
    describe(m_find, tr("&Find Records…"), tr("Search the records (Ctrl+F)"));
    describe(m_clearFilters, tr("&Clear Filters"),
             tr("Show every record again: no partner, year, sector or search restriction (Esc)"));
    m_english->setToolTip(tr("Show the interface in English"));
    m_chinese->setToolTip(tr("Show the interface in Chinese"));
    describe(m_about, tr("&About Climate Partnership Explorer"), tr("What this program is"));
    describe(m_aboutQt, tr("About &Qt"), tr("The Qt version this program uses"));
    m_clearButton->setAccessibleName(tr("Clear filters"));
    m_summary->setAccessibleName(tr("Filter summary"));
    updateStatus();
}

QString MainWindow::statusText() const
{
    return StatusSummary::text(m_models);
}

void MainWindow::updateStatus()
{
    m_summary->setText(statusText());
    m_clearFilters->setEnabled(m_models.filter && !m_models.filter->isEmpty());
}

void MainWindow::showRecord(const QModelIndex &index)
{
    m_reader->showRecord(index);
    if (!m_readerDock->isVisible())
        m_readerDock->show();
    m_readerDock->raise();
}

void MainWindow::setCorpusPaths(const QStringList &paths)
{
    m_corpusPaths = paths;
}

void MainWindow::openFolder()
{
    const QString start = m_corpusPaths.isEmpty() ? QDir::homePath() : m_corpusPaths.first();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Corpus Folder"), start);
    if (dir.isEmpty())
        return;
    setCorpusPaths({dir});
    saveSettings();
    Q_EMIT openCorpusRequested(m_corpusPaths);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Climate Partnership Explorer"),
                       tr("<p><b>Climate Partnership Explorer</b> %1</p>"
                          "<p>Finds China's international climate partnerships and pledges in "
                          "news articles and lets you explore them by partner, year and "
                          "sector, down to the sentence each record comes from.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_map->restoreState(settings.value(QStringLiteral("map/splitter")).toByteArray());
    m_records->restoreState(settings.value(QStringLiteral("records/state")).toByteArray());
    m_tabs->setCurrentIndex(qBound(0, settings.value(QStringLiteral("window/tab")).toInt(),
                                   TabCount - 1));
    if (m_corpusPaths.isEmpty())
        m_corpusPaths = settings.value(QStringLiteral("corpus/paths")).toStringList();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("map/splitter"), m_map->saveState());
    settings.setValue(QStringLiteral("records/state"), m_records->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("corpus/paths"), m_corpusPaths);
}

QString MainWindow::tabFileName(Tab tab)
{
    static const char *names[TabCount] = {"map", "timeline", "charts", "records"};
    return QLatin1String(names[tab]);
}

bool MainWindow::saveScreenshot(int tab, const QString &file)
{
    const int current = m_tabs->currentIndex();
    m_tabs->setCurrentIndex(tab);
    // Let coalesced rebuilds and layouts run before the grab.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const bool ok = grab().save(file);
    m_tabs->setCurrentIndex(current);
    return ok;
}

QStringList MainWindow::saveScreenshots(const QString &dir)
{
    QDir().mkpath(dir);
    QStringList written;
    for (int tab = 0; tab < TabCount; ++tab) {
        const QString path = QDir(dir).filePath(tabFileName(Tab(tab)) + QLatin1String(".png"));
        if (saveScreenshot(tab, path))
            written.append(path);
    }
    return written;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // A passing message ("Read 5 articles") was written in the old language and
        // cannot be rewritten; it goes rather than stay in the wrong language.
        statusBar()->clearMessage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace cpe
