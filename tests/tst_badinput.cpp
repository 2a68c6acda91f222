// Bad input must not stop a load: empty files, binary junk, a 200 MB text file, invalid
// UTF-8, GB18030 Chinese, HTML with scripts, PDFs with and without text, damaged PDFs. The
// reader reports each problem by file with its reason and keeps every good article; the loader
// does the same without blocking its thread.

#include "articlereader.h"
#include "badinput.h"
#include "corpusloader.h"
#include "pdfreader.h"
#include "readerformats.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

#include <algorithm>

using namespace cpe;

class TestBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textPdf();
    void scannedPdf();
    void damagedPdf();
    void pdfWithoutReader();
    void hugeFileIsNotRead();
    void readerReportsEveryProblem();
    void loaderKeepsGoodArticles();
    void pdfsInParallel();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    static QString onlyIssue(const ReadResult &r)
    {
        return r.issues.size() == 1 ? r.issues.first().message : QString();
    }

    QTemporaryDir m_dir;
    badinput::Corpus m_corpus;
};

void TestBadInput::initTestCase()
{
    QVERIFY(installPdfReader());
    QVERIFY(m_dir.isValid());
    QElapsedTimer clock;
    clock.start();
    m_corpus = badinput::writeCorpus(m_dir.path());
    qInfo("bad-input corpus written in %lld ms", clock.elapsed());
    QCOMPARE(QFileInfo(file(QStringLiteral("huge.txt"))).size(), 200LL * 1024 * 1024);
}

void TestBadInput::textPdf()
{
    const ReadResult r = ArticleReader().readFile(file(QStringLiteral("text.pdf")));
    QVERIFY2(r.issues.isEmpty(), qPrintable(onlyIssue(r)));
    QCOMPARE(r.articles.size(), 1);
    const Article &a = r.articles.first();
    QCOMPARE(a.format, QStringLiteral("pdf"));
    QCOMPARE(a.title, QStringLiteral("China and partners on climate"));
    QCOMPARE(a.language, QStringLiteral("en"));
    // Lines broken by the page width come back as running text.
    QVERIFY2(a.text.contains(m_corpus.pdfMarker), qPrintable(a.text.left(400)));
    QElapsedTimer clock;
    clock.start();
    constexpr int kReads = 20;
    for (int i = 0; i < kReads; ++i)
        QCOMPARE(ArticleReader().readFile(file(QStringLiteral("text.pdf"))).articles.size(), 1);
    qInfo("one-page text PDF read in %.1f ms", double(clock.elapsed()) / kReads);
    // Paragraphs survive: the heading and the first paragraph are not run together.
    QVERIFY2(a.text.startsWith(QLatin1String("VI. Strengthening International Cooperation\n")),
             qPrintable(a.text.left(200)));
}

void TestBadInput::scannedPdf()
{
    const ReadResult r = ArticleReader().readFile(file(QStringLiteral("scanned.pdf")));
    QVERIFY(r.articles.isEmpty());
    QCOMPARE(onlyIssue(r), QStringLiteral("no text layer (scanned PDF?)"));
}

void TestBadInput::damagedPdf()
{
    const ReadResult r = ArticleReader().readFile(file(QStringLiteral("broken.pdf")));
    qInfo("broken.pdf: %s", qPrintable(onlyIssue(r)));
    QVERIFY(r.articles.isEmpty());
    QVERIFY2(onlyIssue(r).contains(QLatin1String("PDF")), qPrintable(onlyIssue(r)));

    // A PDF under another name is still read as one, and a truncated one is refused.
    QFile real(file(QStringLiteral("text.pdf")));
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QByteArray bytes = real.readAll();
    QTemporaryDir dir;
    QVERIFY(badinput::write(dir.filePath(QStringLiteral("renamed.txt")), bytes));
    QVERIFY(badinput::write(dir.filePath(QStringLiteral("truncated.pdf")), bytes.left(bytes.size() / 3)));
    QCOMPARE(ArticleReader().readFile(dir.filePath(QStringLiteral("renamed.txt"))).articles.size(), 1);
    const ReadResult truncated = ArticleReader().readFile(dir.filePath(QStringLiteral("truncated.pdf")));
    QCOMPARE(truncated.issues.size() + truncated.articles.size(), 1); // no crash, one answer
    qInfo("truncated.pdf: %s", qPrintable(onlyIssue(truncated)));
}

void TestBadInput::pdfWithoutReader()
{
    setPdfTextReader(nullptr);
    const ReadResult r = ArticleReader().readFile(file(QStringLiteral("text.pdf")));
    QVERIFY(!articleFileSuffixes().contains(QStringLiteral("pdf")));
    installPdfReader();
    QVERIFY(articleFileSuffixes().contains(QStringLiteral("pdf")));
    QVERIFY(r.articles.isEmpty());
    QCOMPARE(onlyIssue(r), QStringLiteral("PDF reading is not available in this build"));
}

void TestBadInput::hugeFileIsNotRead()
{
    QVERIFY(ArticleReader().maxArticleBytes < 200LL * 1024 * 1024);
    QElapsedTimer clock;
    clock.start();
    const ReadResult r = ArticleReader().readFile(file(QStringLiteral("huge.txt")));
    // Refused by its size: reading 200 MB would take far longer than this.
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(r.articles.isEmpty());
    QVERIFY2(onlyIssue(r).startsWith(QLatin1String("file too large (200.0 MB")),
             qPrintable(onlyIssue(r)));
}

void TestBadInput::readerReportsEveryProblem()
{
    const ReadResult r = ArticleReader().readPath(m_dir.path());
    for (const auto &problem : std::as_const(m_corpus.problems)) {
        const QString &name = problem.first;
        const QString &reason = problem.second;
        const auto it = std::find_if(r.issues.begin(), r.issues.end(), [&name](const ReadIssue &i) {
            return QFileInfo(i.path).fileName() == name;
        });
        QVERIFY2(it != r.issues.end(), qPrintable(name));
        QVERIFY2(it->message.contains(reason), qPrintable(name + QLatin1String(": ") + it->message));
    }
    QCOMPARE(r.issues.size(), m_corpus.problems.size());
    QStringList kept;
    for (const Article &a : r.articles) {
        kept.append(QFileInfo(a.path).fileName());
        QVERIFY2(!a.text.contains(m_corpus.scriptMarker), qPrintable(a.path));
        QVERIFY(!a.text.contains(QChar::ReplacementCharacter));
    }
    kept.sort();
    QStringList good = m_corpus.goodFiles;
    good.sort();
    QCOMPARE(kept, good);
    const auto chinese = std::find_if(r.articles.begin(), r.articles.end(), [](const Article &a) {
        return a.path.endsWith(QLatin1String("chinese-gb18030.txt"));
    });
    QCOMPARE(chinese->encoding, QStringLiteral("GB18030"));
    QCOMPARE(chinese->language, QStringLiteral("zh"));
    QVERIFY(chinese->text.contains(QStringLiteral("联合声明")));
}

void TestBadInput::loaderKeepsGoodArticles()
{
    CorpusLoader loader;
    QSignalSpy failed(&loader, &CorpusLoader::fileFailed);
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    int articles = 0;
    connect(&loader, &CorpusLoader::batchReady, this,
            [&articles](const LoadedBatch &batch) { articles += int(batch.size()); });
    // The loader's thread keeps turning its event loop while files are read.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    loader.start({m_dir.path()}, CorpusLoader::Replace);
    QVERIFY(finished.wait(30000));
    qInfo("loaded %d articles in %lld ms, %d timer ticks", articles, clock.elapsed(), ticks);
    const auto summary = finished.first().first().value<LoadSummary>();
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.articles, m_corpus.goodFiles.size());
    QCOMPARE(articles, m_corpus.goodFiles.size());
    QCOMPARE(summary.failed, m_corpus.problems.size());
    QCOMPARE(failed.size(), m_corpus.problems.size());
    QVERIFY(ticks > 0);
    for (const auto &problem : std::as_const(m_corpus.problems)) {
        const QString &name = problem.first;
        const QString &reason = problem.second;
        const auto it = std::find_if(summary.issues.begin(), summary.issues.end(), [&](const ReadIssue &i) {
            return QFileInfo(i.path).fileName() == name && i.message.contains(reason);
        });
        QVERIFY2(it != summary.issues.end(), qPrintable(name));
    }
}

void TestBadInput::pdfsInParallel()
{
    // Every pool thread reads PDFs at once, good and bad mixed: one poppler document per
    // thread must be safe.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList kinds{QStringLiteral("text.pdf"), QStringLiteral("scanned.pdf"),
                            QStringLiteral("broken.pdf")};
    constexpr int kCopies = 12;
    for (const QString &kind : kinds)
        for (int i = 0; i < kCopies; ++i)
            QVERIFY(QFile::copy(file(kind), dir.filePath(QStringLiteral("%1-%2").arg(i).arg(kind))));
    // More threads than cores, so that reads overlap even on a small machine.
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(std::max(threads, 8));
    const auto restore = qScopeGuard([threads] { QThreadPool::globalInstance()->setMaxThreadCount(threads); });
    CorpusLoader loader;
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    QElapsedTimer clock;
    clock.start();
    loader.start({dir.path()}, CorpusLoader::Replace);
    QVERIFY(finished.wait(30000));
    const auto summary = finished.first().first().value<LoadSummary>();
    qInfo("%d PDFs on %d threads in %lld ms", int(kinds.size()) * kCopies,
          QThreadPool::globalInstance()->maxThreadCount(), clock.elapsed());
    QCOMPARE(summary.articles, kCopies);
    QCOMPARE(summary.failed, 2 * kCopies);
}

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
