#pragma once

#include "corpusloader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QToolButton;

namespace cpe {

class ExplorerSession;
class ImportReportDialog;
class MainWindow;

// Getting articles into a window: File ▸ Open Files… and Open Recent ▸ (next to the window's
// Open Folder…), files and folders dropped on the window, and what a load shows while it runs
// (progress, current file, rate, Cancel in the status bar) and after it (articles read, files
// skipped, the import report). Kept out of MainWindow, which only borrows models; it talks to
// the session through load(), cancelLoad() and the load signals, and is owned by the window.
//
// A drop replaces the corpus on show, as every Open does; with Ctrl held it adds the dropped
// files and folders to it instead (ExplorerSession::load(paths, Add)).
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)
public:
    ImportController(ExplorerSession *session, MainWindow *window);

    // Loads `paths` as the user asked for it: the import report opens by itself when files
    // are skipped (after the start-up load, only the status-bar link shows it).
    void open(const QStringList &paths, CorpusLoader::Mode mode);

    // The last corpora opened, newest first, each as the paths it was opened with.
    QList<QStringList> recentCorpora() const;
    void clearRecent();
    static constexpr int kMaxRecent = 8;

    // The mode a drop with these keyboard modifiers asks for, and the local paths it carries.
    static CorpusLoader::Mode dropMode(Qt::KeyboardModifiers modifiers);
    static QStringList droppedPaths(const QMimeData *mime);

    QAction *openFilesAction() const { return m_openFiles; }
    QMenu *recentMenu() const { return m_recentMenu; }
    ImportReportDialog *report() const; // null until first shown
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    void showReport();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void retranslate();
    void openFiles();
    void rememberRecent(const QStringList &paths);
    void rebuildRecentMenu();
    void onStarted(int totalFiles);
    void onProgress(int filesDone, int totalFiles, const QString &currentFile);
    void onFinished(const LoadSummary &summary);
    void updateResult();
    void setLoading(bool loading);

    ExplorerSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QAction *m_openFiles = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_clearRecent = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    QPointer<ImportReportDialog> m_report;

    QElapsedTimer m_clock;       // since the running load started
    int m_filesDone = 0;
    int m_totalFiles = 0;
    QString m_currentFile;
    bool m_requested = false;    // the running load was asked for through open() or a menu
    bool m_haveResult = false;   // m_last holds a finished load
    LoadSummary m_last;
};

} // namespace cpe
