// The window during a load of bad input: progress, rate and Cancel in the status bar while the
// event loop keeps turning; afterwards every skipped file in the import report with its reason,
// every good article in the models; Open Recent and drops.

#include "../badinput.h"
#include "articletablemodel.h"
#include "explorersession.h"
#include "importcontroller.h"
#include "importreportdialog.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "recordstore.h"
#include "uilanguage.h"

#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace cpe;

class TestImportWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void badInputLoadsAndIsReported();
    void cancelStopsTheLoad();
    void dropReplacesOrAdds();

private:
    // Waits for the running load to finish; its summary.
    LoadSummary finish(QSignalSpy &finished);
    void drop(const QStringList &paths, Qt::KeyboardModifiers modifiers);

    QTemporaryDir m_dir;
    badinput::Corpus m_corpus;
    UiLanguage m_language;
    std::unique_ptr<ExplorerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    ImportController *m_import = nullptr;
};

void TestImportWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClimatePartnershipExplorerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwindow"));
    QVERIFY(installPdfReader());
    QVERIFY(m_dir.isValid());
    m_corpus = badinput::writeCorpus(m_dir.path());
}

void TestImportWindow::init()
{
    QSettings().clear();
    m_session = std::make_unique<ExplorerSession>(&m_language);
    m_window = std::make_unique<MainWindow>(m_session->models());
    m_import = new ImportController(m_session.get(), m_window.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
}

LoadSummary TestImportWindow::finish(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(30000))
        return LoadSummary();
    return finished.takeFirst().first().value<LoadSummary>();
}

void TestImportWindow::badInputLoadsAndIsReported()
{
    QSignalSpy started(m_session.get(), &ExplorerSession::loadStarted);
    QSignalSpy finished(m_session.get(), &ExplorerSession::loadFinished);
    // The event loop must keep turning: a timer's ticks never stall for long.
    int ticks = 0;
    int ticksWhileLoading = 0;
    bool loading = false;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGap = std::max(longestGap, sinceTick.restart());
        ++ticks;
        ticksWhileLoading += loading;
    });
    // The ticker is the context: the connections go with this function's locals.
    connect(m_session.get(), &ExplorerSession::loadStarted, &ticker, [&loading] { loading = true; });
    connect(m_session.get(), &ExplorerSession::loadFinished, &ticker, [&loading] { loading = false; });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start();
    m_import->open({m_dir.path()}, CorpusLoader::Replace);

    QVERIFY(started.wait(10000));
    // While loading: the progress, the file count and Cancel are in the status bar.
    QVERIFY(m_import->progressBar()->isVisible());
    QVERIFY(m_import->cancelButton()->isVisible());
    QCOMPARE(m_import->progressBar()->maximum(), m_corpus.problems.size() + m_corpus.goodFiles.size());

    const LoadSummary summary = finish(finished);
    ticker.stop();
    qInfo("window load: %lld ms, %d ticks (%d between start and finish), longest gap %lld ms",
          clock.elapsed(), ticks, ticksWhileLoading, longestGap);
    QVERIFY(!summary.cancelled);
    QVERIFY(ticksWhileLoading >= 1);
    QVERIFY2(longestGap < 1500, qPrintable(QString::number(longestGap)));
    QVERIFY(!m_import->progressBar()->isVisible());

    // Every good article is in the models.
    QCOMPARE(summary.articles, m_corpus.goodFiles.size());
    QCOMPARE(m_session->store()->articleCount(), m_corpus.goodFiles.size());
    QCOMPARE(m_session->models().articles->rowCount(), m_corpus.goodFiles.size());

    // The report came up by itself, non-modal, one row per problem, each named with its reason.
    ImportReportDialog *report = m_import->report();
    QVERIFY(report);
    QVERIFY(report->isVisible());
    QVERIFY(!report->isModal());
    QCOMPARE(report->rowCount(), m_corpus.problems.size());
    const QStringList lines = report->reportText(false).split(u'\n', Qt::SkipEmptyParts);
    for (const auto &problem : std::as_const(m_corpus.problems)) {
        const QString &name = problem.first;
        const QString &reason = problem.second;
        const bool listed = std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
            const QString file = line.section(u'\t', 0, 0);
            return QFileInfo(file).fileName() == name && line.section(u'\t', 1).contains(reason);
        });
        QVERIFY2(listed, qPrintable(name));
    }
    // For a look at the report by eye: CPE_SHOT_DIR=/tmp ./tst_importwindow
    if (qEnvironmentVariableIsSet("CPE_SHOT_DIR")) {
        const QString dir = qEnvironmentVariable("CPE_SHOT_DIR");
        report->grab().save(dir + QLatin1String("/import-report.png"));
        m_window->grab().save(dir + QLatin1String("/import-window.png"));
    }
    report->copyToClipboard();
    QCOMPARE(QGuiApplication::clipboard()->text(), report->reportText(false));

    const QString result = m_import->resultLabel()->text();
    QVERIFY2(result.contains(QStringLiteral("%1 articles read").arg(m_corpus.goodFiles.size())),
             qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("%1 files skipped").arg(m_corpus.problems.size())),
             qPrintable(result));
    QVERIFY(result.contains(QLatin1String("Show report")));

    // The corpus is the first of Open Recent; its entry opens it again.
    QCOMPARE(m_import->recentCorpora().value(0), QStringList{m_dir.path()});
    QCOMPARE(m_window->corpusPaths(), QStringList{m_dir.path()});
    const QList<QAction *> recent = m_import->recentMenu()->actions();
    QVERIFY(recent.size() >= 3); // entry, separator, Clear
    recent.first()->trigger();
    QVERIFY(!finish(finished).cancelled);
    QCOMPARE(m_session->store()->articleCount(), m_corpus.goodFiles.size());
    m_import->clearRecent();
    QVERIFY(m_import->recentCorpora().isEmpty());
    QVERIFY(!m_import->recentMenu()->isEnabled());
}

void TestImportWindow::cancelStopsTheLoad()
{
    QSignalSpy started(m_session.get(), &ExplorerSession::loadStarted);
    QSignalSpy finished(m_session.get(), &ExplorerSession::loadFinished);
    QTemporaryDir dir;
    // Enough files that the load is still running when Cancel is clicked.
    const QString text = badinput::seedText(1);
    for (int i = 0; i < 400; ++i)
        badinput::write(dir.filePath(QStringLiteral("a%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                        (text + QString::number(i)).toUtf8());
    m_import->open({dir.path()}, CorpusLoader::Replace);
    QVERIFY(started.wait(10000));
    if (!finished.isEmpty())
        QSKIP("the load finished before Cancel could be clicked");
    QTest::mouseClick(m_import->cancelButton(), Qt::LeftButton);
    const LoadSummary summary = finish(finished);
    QVERIFY(summary.cancelled);
    QVERIFY(!m_session->isLoading());
    QVERIFY(!m_import->progressBar()->isVisible());
    QVERIFY(m_import->resultLabel()->text().startsWith(QLatin1String("Reading cancelled")));
}

void TestImportWindow::drop(const QStringList &paths, Qt::KeyboardModifiers modifiers)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls.append(QUrl::fromLocalFile(p));
    mime.setUrls(urls);
    const QPointF at(m_window->width() / 2.0, m_window->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::NoButton, modifiers);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::NoButton, modifiers);
    QCoreApplication::sendEvent(m_window.get(), &dropped);
    QVERIFY(dropped.isAccepted());
}

void TestImportWindow::dropReplacesOrAdds()
{
    QCOMPARE(ImportController::dropMode(Qt::NoModifier), CorpusLoader::Replace);
    QCOMPARE(ImportController::dropMode(Qt::ControlModifier), CorpusLoader::Add);
    QSignalSpy finished(m_session.get(), &ExplorerSession::loadFinished);
    const QString first = m_dir.filePath(m_corpus.goodFiles.at(0));
    const QString second = m_dir.filePath(m_corpus.goodFiles.at(1));

    drop({first}, Qt::NoModifier);
    QVERIFY(!finish(finished).cancelled);
    QCOMPARE(m_session->corpusPaths(), QStringList{first});
    QCOMPARE(m_session->store()->articleCount(), 1);

    drop({second}, Qt::ControlModifier); // added to what is on show
    QVERIFY(!finish(finished).cancelled);
    QCOMPARE(m_session->corpusPaths(), (QStringList{first, second}));
    QCOMPARE(m_session->store()->articleCount(), 2);

    drop({second}, Qt::NoModifier); // replaces it
    QVERIFY(!finish(finished).cancelled);
    QCOMPARE(m_session->corpusPaths(), QStringList{second});
    QCOMPARE(m_session->store()->articleCount(), 1);
    // No file was skipped: no report.
    QVERIFY(!m_import->report());
}

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
