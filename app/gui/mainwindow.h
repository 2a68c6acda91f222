#pragma once

#include "explorermodels.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace cpe {

class ChartsView;
class MapView;
class ReaderView;
class RecordsView;
class TimelineView;

// The explorer window: Map, Timeline, Charts and Records tabs over one filter, the article
// reader in a dock, the filter summary in the status bar. It borrows the models; loading a
// corpus is the application's business, asked for through openCorpusRequested().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { MapTab, TimelineTab, ChartsTab, RecordsTab, TabCount };

    explicit MainWindow(const ExplorerModels &models, QWidget *parent = nullptr);

    MapView *mapView() const { return m_map; }
    TimelineView *timelineView() const { return m_timeline; }
    ChartsView *chartsView() const { return m_charts; }
    RecordsView *recordsView() const { return m_records; }
    ReaderView *readerView() const { return m_reader; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *clearFiltersAction() const { return m_clearFilters; }
    QString statusText() const;

    // The folders or files of the corpus on show; remembered for the next start.
    QStringList corpusPaths() const { return m_corpusPaths; }
    void setCorpusPaths(const QStringList &paths);

    void restoreSettings();
    void saveSettings() const;
    // Grabs one tab to `file` (PNG); false when it cannot be written.
    bool saveScreenshot(int tab, const QString &file);
    // Grabs each tab to dir/<tab>.png ("map.png"...); returns the files written.
    QStringList saveScreenshots(const QString &dir);
    static QString tabFileName(Tab tab);

Q_SIGNALS:
    void openCorpusRequested(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void showRecord(const QModelIndex &index);
    void openFolder();
    void about();

    ExplorerModels m_models;
    QStringList m_corpusPaths;
    QTabWidget *m_tabs = nullptr;
    MapView *m_map = nullptr;
    TimelineView *m_timeline = nullptr;
    ChartsView *m_charts = nullptr;
    RecordsView *m_records = nullptr;
    ReaderView *m_reader = nullptr;
    QDockWidget *m_readerDock = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_clearButton = nullptr;
    QTimer m_statusTimer;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_find = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_tabActions[TabCount] = {};
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_english = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};

} // namespace cpe
