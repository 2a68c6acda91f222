#include "importcontroller.h"

#include "explorersession.h"
#include "importreportdialog.h"
#include "mainwindow.h"
#include "readerformats.h"
#include "viewhelpers.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace cpe {

namespace {

const QLatin1String kRecentKey("import/recentCorpora");

// Resource paths (the bundled articles) are not something the user opened.
bool isUserCorpus(const QStringList &paths)
{
    return !paths.isEmpty() && std::none_of(paths.begin(), paths.end(), [](const QString &p) {
        return p.startsWith(QLatin1Char(':'));
    });
}

int skippedFiles(const LoadSummary &summary)
{
    QSet<QString> files;
    for (const ReadIssue &issue : summary.issues)
        files.insert(issue.path);
    return int(files.size());
}

} // namespace

ImportController::ImportController(ExplorerSession *session, MainWindow *window)
    : QObject(window), m_session(session), m_window(window)
{
    setObjectName(QStringLiteral("importController"));
    m_openFiles = new QAction(this);
    m_openFiles->setObjectName(QStringLiteral("openFilesAction"));
    m_openFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFiles, &QAction::triggered, this, &ImportController::openFiles);

    m_recentMenu = new QMenu(window);
    m_recentMenu->setObjectName(QStringLiteral("openRecentMenu"));
    m_clearRecent = new QAction(this);
    m_clearRecent->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecent, &QAction::triggered, this, &ImportController::clearRecent);

    // Next to the window's Open Folder…; the File menu is the first of the menu bar.
    const QList<QAction *> menus = window->menuBar()->actions();
    if (QMenu *file = menus.isEmpty() ? nullptr : menus.first()->menu()) {
        const QList<QAction *> items = file->actions();
        const auto openFolder = std::find_if(items.begin(), items.end(), [](QAction *a) {
            return a->objectName() == QLatin1String("openAction");
        });
        QAction *before = openFolder != items.end() && openFolder + 1 != items.end()
                              ? *(openFolder + 1)
                              : nullptr;
        file->insertAction(before, m_openFiles);
        file->insertMenu(before, m_recentMenu);
    }

    createWidgets();
    rebuildRecentMenu();

    // A drop lands on the window unless a child takes it; the views do not.
    window->setAcceptDrops(true);
    window->installEventFilter(this);

    // Open Folder… is the window's own; its loads count as asked for, like ours.
    connect(window, &MainWindow::openCorpusRequested, this, [this] { m_requested = true; });
    connect(session, &ExplorerSession::loadStarted, this, &ImportController::onStarted);
    connect(session, &ExplorerSession::loadProgress, this, &ImportController::onProgress);
    connect(session, &ExplorerSession::loadFinished, this, &ImportController::onFinished);
    retranslate();
}

void ImportController::createWidgets()
{
    m_progressLabel = new QLabel(m_window);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    m_progress = new QProgressBar(m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMaximumWidth(m_window->fontMetrics().averageCharWidth() * 24);
    m_progress->setTextVisible(true);
    m_cancel = new QToolButton(m_window);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, m_session, &ExplorerSession::cancelLoad);
    m_result = new QLabel(m_window);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_result, &QLabel::linkActivated, this, &ImportController::showReport);

    // Permanent widgets: a passing status message must not hide a load's progress.
    QStatusBar *bar = m_window->statusBar();
    bar->addPermanentWidget(m_result);
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    m_result->hide();
    setLoading(false);
}

void ImportController::setLoading(bool loading)
{
    m_progressLabel->setVisible(loading);
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading)
        m_result->hide();
}

void ImportController::retranslate()
{
    m_openFiles->setText(tr("Open &Files…"));
    const QString filesTip = tr("Read article files: text, Markdown, HTML, JSON, PDF (Ctrl+Shift+O)");
    m_openFiles->setToolTip(filesTip);
    m_openFiles->setStatusTip(filesTip);
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecent->setText(tr("&Clear Menu"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading; the articles read so far stay"));
    m_progress->setAccessibleName(tr("Reading progress"));
    m_result->setAccessibleName(tr("Import result"));
    m_window->setWhatsThis(tr("Drop files or folders here to open them; hold Ctrl to add them to "
                              "the articles on show."));
    rebuildRecentMenu();
    if (m_progress->isVisible())
        onProgress(m_filesDone, m_totalFiles, m_currentFile);
    updateResult();
}

void ImportController::open(const QStringList &paths, CorpusLoader::Mode mode)
{
    if (paths.isEmpty())
        return;
    m_requested = true;
    m_session->load(paths, mode);
}

void ImportController::openFiles()
{
    const QStringList current = m_window->corpusPaths();
    const QString start = current.isEmpty() ? QDir::homePath()
                                            : QFileInfo(current.first()).absolutePath();
    QStringList patterns;
    for (const QString &suffix : articleFileSuffixes())
        patterns.append(QLatin1String("*.") + suffix);
    const QString filter = tr("Articles (%1)").arg(patterns.join(QLatin1Char(' '))) +
                           QLatin1String(";;") + tr("All files (*)");
    const QStringList files =
        QFileDialog::getOpenFileNames(m_window, tr("Open Article Files"), start, filter);
    open(files, CorpusLoader::Replace);
}

QList<QStringList> ImportController::recentCorpora() const
{
    QList<QStringList> recent;
    QSettings settings;
    const int n = settings.beginReadArray(kRecentKey);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QStringList paths = settings.value(QStringLiteral("paths")).toStringList();
        if (!paths.isEmpty())
            recent.append(paths);
    }
    settings.endArray();
    return recent;
}

void ImportController::clearRecent()
{
    QSettings().remove(kRecentKey);
    rebuildRecentMenu();
}

void ImportController::rememberRecent(const QStringList &paths)
{
    QList<QStringList> recent = recentCorpora();
    recent.removeAll(paths);
    recent.prepend(paths);
    recent = recent.mid(0, kMaxRecent);
    QSettings settings;
    settings.remove(kRecentKey); // the old array may be longer than the new one
    settings.beginWriteArray(kRecentKey, int(recent.size()));
    for (int i = 0; i < recent.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("paths"), recent.at(i));
    }
    settings.endArray();
    rebuildRecentMenu();
}

void ImportController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<QStringList> recent = recentCorpora();
    for (int i = 0; i < recent.size(); ++i) {
        const QStringList paths = recent.at(i);
        QString label = QDir::toNativeSeparators(paths.first());
        if (paths.size() > 1)
            label = resolvePlural(tr("%1 and %n more", nullptr, int(paths.size() - 1)),
                                  int(paths.size() - 1))
                        .arg(label);
        // "&1" … "&8": the keyboard reaches each entry; a literal & in a path is doubled.
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(label));
        action->setToolTip(QDir::toNativeSeparators(paths.join(QLatin1Char('\n'))));
        connect(action, &QAction::triggered, this,
                [this, paths] { open(paths, CorpusLoader::Replace); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_clearRecent->setEnabled(!recent.isEmpty());
    m_recentMenu->setEnabled(!recent.isEmpty());
}

CorpusLoader::Mode ImportController::dropMode(Qt::KeyboardModifiers modifiers)
{
    return modifiers.testFlag(Qt::ControlModifier) ? CorpusLoader::Add : CorpusLoader::Replace;
}

QStringList ImportController::droppedPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (droppedPaths(drag->mimeData()).isEmpty())
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        if (event->type() == QEvent::DragEnter)
            m_window->statusBar()->showMessage(
                dropMode(drag->modifiers()) == CorpusLoader::Add
                    ? tr("Drop to add these files to the articles on show")
                    : tr("Drop to open these files instead (hold Ctrl to add them)"));
        return true;
    }
    case QEvent::DragLeave:
        m_window->statusBar()->clearMessage();
        return false;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = droppedPaths(drop->mimeData());
        if (paths.isEmpty())
            return false;
        m_window->statusBar()->clearMessage();
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        open(paths, dropMode(drop->modifiers()));
        return true;
    }
    case QEvent::LanguageChange:
        retranslate();
        return false;
    default:
        return false;
    }
}

void ImportController::onStarted(int totalFiles)
{
    const QStringList paths = m_session->corpusPaths();
    if (isUserCorpus(paths)) {
        m_window->setCorpusPaths(paths);
        rememberRecent(paths);
    }
    m_clock.start();
    setLoading(true);
    onProgress(0, totalFiles, QString());
}

void ImportController::onProgress(int filesDone, int totalFiles, const QString &currentFile)
{
    m_filesDone = filesDone;
    m_totalFiles = totalFiles;
    m_currentFile = currentFile;
    if (!m_progress->isVisible())
        setLoading(true); // a load whose start came before this controller
    // An empty range makes the bar a busy indicator while the files are being listed.
    m_progress->setRange(0, std::max(0, totalFiles));
    m_progress->setValue(filesDone);
    m_progress->setFormat(tr("%1 of %2").arg(filesDone).arg(totalFiles));
    const double seconds = m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0;
    const QString rate = seconds > 0.2 && filesDone > 0
                             ? tr("%1 files/s").arg(QString::number(filesDone / seconds, 'f', filesDone / seconds < 10 ? 1 : 0))
                             : QString();
    const QString name = QFileInfo(currentFile).fileName();
    const QString elided = m_progressLabel->fontMetrics().elidedText(
        name, Qt::ElideMiddle, m_progressLabel->fontMetrics().averageCharWidth() * 30);
    m_progressLabel->setText(name.isEmpty() ? tr("Reading…")
                             : rate.isEmpty() ? tr("Reading %1").arg(elided)
                                              : tr("Reading %1 · %2").arg(elided, rate));
    m_progressLabel->setToolTip(QDir::toNativeSeparators(currentFile));
}

void ImportController::onFinished(const LoadSummary &summary)
{
    setLoading(false);
    m_last = summary;
    m_haveResult = true;
    updateResult();
    if (m_report)
        m_report->setSummary(summary);
    // A cancelled load (by Cancel, or by a new load replacing it, whose request flag was
    // set already) has no report of its own to push forward.
    if (summary.cancelled)
        return;
    // After a load the user asked for, its problems are shown at once; after the start-up
    // load a link in the status bar is enough.
    if (std::exchange(m_requested, false) && skippedFiles(summary) > 0)
        showReport();
}

void ImportController::updateResult()
{
    if (!m_haveResult)
        return;
    const int articles = m_last.articles;
    const int skipped = skippedFiles(m_last);
    QString text = resolvePlural(tr("%n article(s) read", nullptr, articles), articles);
    if (m_last.cancelled)
        text = tr("Reading cancelled: %1").arg(text);
    text = text.toHtmlEscaped();
    if (skipped > 0)
        text += QLatin1String("; ") +
                resolvePlural(tr("%n file(s) skipped", nullptr, skipped), skipped).toHtmlEscaped() +
                QStringLiteral(" — <a href=\"report\">") + tr("Show report").toHtmlEscaped() +
                QLatin1String("</a>");
    m_result->setText(text);
    m_result->show();
}

ImportReportDialog *ImportController::report() const
{
    return m_report;
}

void ImportController::showReport()
{
    if (!m_report) {
        m_report = new ImportReportDialog(m_window);
        m_report->setAttribute(Qt::WA_DeleteOnClose, false);
        if (m_haveResult)
            m_report->setSummary(m_last);
    }
    m_report->show();
    m_report->raise();
}

} // namespace cpe
