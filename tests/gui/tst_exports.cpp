// File ▸ Export: records as CSV and JSON with corrections marked, charts as PNG, SVG and PDF,
// and the partner brief as a one-page PDF in the interface language.

#include "articlereader.h"
#include "chartsview.h"
#include "correctionscontroller.h"
#include "explorersession.h"
#include "exportactions.h"
#include "filterengine.h"
#include "gazetteer.h"
#include "mainwindow.h"
#include "partnerbrief.h"
#include "recordstore.h"
#include "roles.h"
#include "uilanguage.h"
#include "windowtools.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace cpe;
using recordexport::Format;
using recordexport::Records;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recordsAsCsvAndJson();
    void chartsAsPngSvgPdf();
    void partnerBriefInBothLanguages();
    void cleanupTestCase();

private:
    QTemporaryDir m_corpus;
    QTemporaryDir m_out;
    UiLanguage m_language;
    std::unique_ptr<ExplorerSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    WindowTools m_tools;
};

void TestExports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClimatePartnershipExplorerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exports"));
    const QDir seeds(ArticleReader::bundledCorpusPath());
    for (const QString &name : seeds.entryList(QDir::Files))
        QVERIFY(QFile::copy(seeds.filePath(name), QDir(m_corpus.path()).filePath(name)));

    m_session = std::make_unique<ExplorerSession>(&m_language);
    m_window = std::make_unique<MainWindow>(m_session->models());
    m_tools = attachWindowTools(m_session.get(), m_window.get(), &m_language);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_session.get(), &ExplorerSession::loadFinished);
    m_session->load({m_corpus.path()});
    QVERIFY(finished.wait(60000));
    QVERIFY(m_session->models().partnerships->rowCount() > 5);
}

void TestExports::recordsAsCsvAndJson()
{
    QMenu *exportMenu = m_tools.exports->exportMenu();
    QVERIFY(exportMenu->findChild<QAction *>(QStringLiteral("exportPartnershipsCsvAction")));
    QAbstractItemModel *partnerships = m_session->models().partnerships;
    // A corrected record: its partner changed by the user.
    const int record = partnerships->index(0, 0).data(RecordIndexRole).toInt();
    const QString evidence = partnerships->index(0, 0).data(EvidenceTextRole).toString();
    QVERIFY(m_tools.corrections->changePartner(record, QStringLiteral("NZL")));

    const QString json = m_out.filePath(QStringLiteral("p.json"));
    QVERIFY(m_tools.exports->exportRecords(Records::Partnerships, Format::Json, json));
    const QJsonObject o = QJsonDocument::fromJson(readAll(json)).object();
    const QJsonArray rows = o.value(QStringLiteral("partnerships")).toArray();
    QCOMPARE(rows.size(), partnerships->rowCount());
    QVERIFY(o.contains(QStringLiteral("articles")));
    QVERIFY(!o.contains(QStringLiteral("pledges")));
    bool corrected = false;
    for (const QJsonValue &row : rows) {
        const QJsonObject r = row.toObject();
        if (r.value(QStringLiteral("partner")).toObject().value(QStringLiteral("id")).toString()
            == QLatin1String("NZL"))
            corrected = corrected
                        || r.value(QStringLiteral("corrected")).toArray().contains(QStringLiteral("partner"));
    }
    QVERIFY2(corrected, "the changed partner is marked as the user's correction");

    const QString csv = m_out.filePath(QStringLiteral("p.csv"));
    QVERIFY(m_tools.exports->exportRecords(Records::Partnerships, Format::Csv, csv));
    const QByteArray csvBytes = readAll(csv);
    QVERIFY(csvBytes.startsWith("article,partner_id"));
    QVERIFY(csvBytes.contains(",partner,"));
    QCOMPARE(csvBytes.count("\r\n") - 1, partnerships->rowCount() + qsizetype(csvBytes.count("\"") ? 0 : 0));
    Q_UNUSED(evidence)

    const QString pledgeCsv = m_out.filePath(QStringLiteral("l.csv"));
    QVERIFY(m_tools.exports->exportRecords(Records::Pledges, Format::Csv, pledgeCsv));
    QVERIFY(readAll(pledgeCsv).startsWith("article,actor_id"));
    const QString pledgeJson = m_out.filePath(QStringLiteral("l.json"));
    QVERIFY(m_tools.exports->exportRecords(Records::Pledges, Format::Json, pledgeJson));
    QCOMPARE(QJsonDocument::fromJson(readAll(pledgeJson)).object().value(QStringLiteral("pledges")).toArray().size(),
             m_session->models().pledges->rowCount());
    m_tools.corrections->undoStack()->undo();
}

void TestExports::chartsAsPngSvgPdf()
{
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString path = m_out.filePath(QStringLiteral("chart.") + QLatin1String(suffix));
        QString error;
        QVERIFY2(m_tools.exports->exportChart(ChartsView::PartnersChart, path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    const QByteArray pdf = readAll(m_out.filePath(QStringLiteral("chart.pdf")));
    QVERIFY(pdf.startsWith("%PDF"));
}

void TestExports::partnerBriefInBothLanguages()
{
    // The partner with the most records.
    const RecordStore &store = *m_session->store();
    QHash<int, int> counts;
    for (int i = 0; i < store.partnershipCount(); ++i)
        ++counts[store.partnershipPartner(i)];
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (best < 0 || it.value() > counts.value(best))
            best = it.key();
    const PartnerInfo partner = store.partner(best);
    QVERIFY(!partner.nameZh.isEmpty());

    m_session->filter()->setPartners({partner.id});
    QCOMPARE(m_tools.exports->briefPartner(), partner.id);
    m_session->engine()->flush();
    for (const bool chinese : {false, true}) {
        const PartnerBrief brief(*m_session->engine(), partner.id, chinese);
        QCOMPARE(brief.partnerships(), counts.value(best));
        QTextDocument document;
        brief.fill(&document);
        const QString text = document.toPlainText();
        QVERIFY2(text.contains(chinese ? partner.nameZh : partner.nameEn), qPrintable(text.left(200)));
        QCOMPARE(document.pageCount(), 1);
    }
    m_language.setLanguage(UiLanguage::Chinese);
    const QString path = m_out.filePath(QStringLiteral("brief.pdf"));
    QString error;
    QVERIFY2(m_tools.exports->exportPartnerBrief(partner.id, path, &error), qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 5000);
    // One page.
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    m_language.setLanguage(UiLanguage::English);
    m_session->filter()->clear();
}

void TestExports::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
