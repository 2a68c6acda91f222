// Corrections through the window's session: undoable, kept in the corpus store, reflected by
// the models, marked in exports, and still there after the corpus is imported again.

#include "articlereader.h"
#include "correctionactions.h"
#include "correctionscontroller.h"
#include "explorersession.h"
#include "gazetteer.h"
#include "mainwindow.h"
#include "recordstore.h"
#include "recordsview.h"
#include "roles.h"
#include "uilanguage.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cpe;

namespace {

// What names one partnership across model resets and re-imports.
struct Key
{
    QString article;
    QString partner;
    QString evidence;
    bool operator==(const Key &o) const
    {
        return article == o.article && partner == o.partner && evidence == o.evidence;
    }
};

Key keyOf(const QModelIndex &row)
{
    return {row.data(ArticleIdRole).toString(), row.data(PartnerIdRole).toString(),
            row.data(EvidenceTextRole).toString()};
}

int rowsWith(const QAbstractItemModel *model, const Key &key)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += keyOf(model->index(row, 0)) == key ? 1 : 0;
    return n;
}

bool loadAndWait(ExplorerSession &session, const QString &dir)
{
    QSignalSpy finished(&session, &ExplorerSession::loadFinished);
    session.load({dir});
    return finished.wait(60000) && !finished.first().first().value<LoadSummary>().cancelled;
}

// The bundled articles as files of a folder of their own, so the test's store (named after the
// folder) is not the one the other tests open.
bool copySeeds(const QString &to)
{
    const QDir seeds(ArticleReader::bundledCorpusPath());
    for (const QString &name : seeds.entryList(QDir::Files)) {
        if (!QFile::copy(seeds.filePath(name), QDir(to).filePath(name)))
            return false;
        QFile::setPermissions(QDir(to).filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rejectUndoRedo();
    void changedPartnerIsExportedAndSurvivesReimport();
    void addPartnershipIsMarkedAsTheUsers();
    void editMenuUndoesFromTheWindow();
    void cleanupTestCase();

private:
};

void TestCorrections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClimatePartnershipExplorerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_corrections"));
}

void TestCorrections::rejectUndoRedo()
{
    QTemporaryDir corpus;
    QVERIFY(copySeeds(corpus.path()));
    UiLanguage language;
    ExplorerSession session(&language);
    QVERIFY(loadAndWait(session, corpus.path()));
    QVERIFY(session.corpusStore());
    CorrectionsController corrections(&session);

    QAbstractItemModel *partnerships = session.models().partnerships;
    const int before = partnerships->rowCount();
    QVERIFY(before > 5);
    const QModelIndex first = partnerships->index(0, 0);
    const Key key = keyOf(first);
    const int rowsBefore = rowsWith(partnerships, key);
    QVERIFY(rowsBefore >= 1);

    QVERIFY2(corrections.rejectPartnership(first.data(RecordIndexRole).toInt()),
             qPrintable(corrections.lastError()));
    QCOMPARE(partnerships->rowCount(), before - 1);
    QCOMPARE(rowsWith(partnerships, key), rowsBefore - 1);
    QCOMPARE(session.corpusStore()->corrections().size(), 1);

    corrections.undoStack()->undo();
    QCOMPARE(partnerships->rowCount(), before);
    QCOMPARE(rowsWith(partnerships, key), rowsBefore);
    QCOMPARE(session.corpusStore()->corrections().size(), 0);

    corrections.undoStack()->redo();
    QCOMPARE(partnerships->rowCount(), before - 1);
    QCOMPARE(rowsWith(partnerships, key), rowsBefore - 1);
    QCOMPARE(session.corpusStore()->corrections().size(), 1);

    // Pledges go the same way.
    QAbstractItemModel *pledges = session.models().pledges;
    const int pledgesBefore = pledges->rowCount();
    QVERIFY(pledgesBefore > 0);
    QVERIFY(corrections.rejectPledge(pledges->index(0, 0).data(RecordIndexRole).toInt()));
    QCOMPARE(pledges->rowCount(), pledgesBefore - 1);
    corrections.undoStack()->undo();
    QCOMPARE(pledges->rowCount(), pledgesBefore);
}

void TestCorrections::changedPartnerIsExportedAndSurvivesReimport()
{
    QTemporaryDir corpus;
    QVERIFY(copySeeds(corpus.path()));
    Key changed;
    Key rejected;
    const QString newPartner = QStringLiteral("NZL");
    {
        UiLanguage language;
        ExplorerSession session(&language);
        QVERIFY(loadAndWait(session, corpus.path()));
        CorrectionsController corrections(&session);
        QAbstractItemModel *partnerships = session.models().partnerships;
        // Two records of different partners than the new one, with evidence to be found by.
        int a = -1, b = -1;
        for (int row = 0; row < partnerships->rowCount() && b < 0; ++row) {
            const QModelIndex index = partnerships->index(row, 0);
            if (index.data(PartnerIdRole).toString() == newPartner
                || index.data(EvidenceTextRole).toString().isEmpty())
                continue;
            (a < 0 ? a : b) = row;
        }
        QVERIFY(b >= 0);
        changed = keyOf(partnerships->index(a, 0));
        rejected = keyOf(partnerships->index(b, 0));
        const int changedRecord = partnerships->index(a, 0).data(RecordIndexRole).toInt();
        const int rejectedRecord = partnerships->index(b, 0).data(RecordIndexRole).toInt();
        QVERIFY(corrections.changePartner(changedRecord, newPartner));
        // The change moved records: find the other one again by its key.
        int rejectedRow = -1;
        for (int row = 0; row < partnerships->rowCount(); ++row) {
            if (keyOf(partnerships->index(row, 0)) == rejected)
                rejectedRow = row;
        }
        QVERIFY(rejectedRow >= 0);
        Q_UNUSED(rejectedRecord)
        QVERIFY(corrections.rejectPartnership(
            partnerships->index(rejectedRow, 0).data(RecordIndexRole).toInt()));
        QCOMPARE(rowsWith(partnerships, Key{changed.article, newPartner, changed.evidence}), 1);

        // The export of the store has the record under its new partner, marked as corrected.
        const ExtractedCorpus exported = session.corpusStore()->exportCorpus();
        bool found = false;
        for (int i = 0; i < exported.articles.size(); ++i) {
            const QList<Partnership> &records = exported.extractions.at(i).partnerships;
            for (int r = 0; r < records.size(); ++r) {
                if (records.at(r).partnerId == newPartner
                    && records.at(r).evidence.value(0).text == changed.evidence) {
                    found = true;
                    QVERIFY(exported.partnershipNotes.at(i).at(r).corrected.contains(
                        QStringLiteral("partner")));
                }
            }
        }
        QVERIFY(found);
        const QJsonObject json = exportJson(exported, Gazetteer::bundled());
        QVERIFY(QString::fromUtf8(QJsonDocument(json).toJson()).contains(QStringLiteral("\"corrected\"")));
    }

    // The article of the changed record is edited on disk: it is extracted again, and the
    // corrections still apply to what the engine finds in it.
    QString changedFile;
    for (const QString &name : QDir(corpus.path()).entryList(QDir::Files)) {
        QFile f(QDir(corpus.path()).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        if (QString::fromUtf8(f.readAll()).contains(changed.evidence.left(40)))
            changedFile = f.fileName();
    }
    QVERIFY(!changedFile.isEmpty());
    {
        QFile f(changedFile);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n\nThe ministry said more details would follow.\n");
    }
    UiLanguage language;
    ExplorerSession session(&language);
    QVERIFY(loadAndWait(session, corpus.path()));
    QVERIFY(session.lastImport().extracted >= 1);
    QAbstractItemModel *partnerships = session.models().partnerships;
    QCOMPARE(rowsWith(partnerships, Key{changed.article, newPartner, changed.evidence}), 1);
    QCOMPARE(rowsWith(partnerships, changed), 0);
    QCOMPARE(rowsWith(partnerships, rejected), 0);
}

void TestCorrections::addPartnershipIsMarkedAsTheUsers()
{
    QTemporaryDir corpus;
    QVERIFY(copySeeds(corpus.path()));
    UiLanguage language;
    ExplorerSession session(&language);
    QVERIFY(loadAndWait(session, corpus.path()));
    CorrectionsController corrections(&session);
    RecordStore *records = session.store();
    const int before = records->partnershipCount();
    const QString text = records->articleText(0);
    const int end = int(text.indexOf(QLatin1Char('.'))) + 1;
    QVERIFY(end > 10);
    QVERIFY2(corrections.addPartnership(0, 0, end, QStringLiteral("ISL"), {QStringLiteral("clean_energy")}),
             qPrintable(corrections.lastError()));
    QCOMPARE(records->partnershipCount(), before + 1);
    QCOMPARE(rowsWith(session.models().partnerships,
                      Key{records->articleId(0), QStringLiteral("ISL"), text.left(end)}),
             1);
    const ExtractedCorpus exported = session.corpusStore()->exportCorpus();
    bool user = false;
    for (int i = 0; i < exported.articles.size(); ++i) {
        for (int r = 0; r < exported.extractions.at(i).partnerships.size(); ++r)
            user = user || (exported.extractions.at(i).partnerships.at(r).partnerId == QLatin1String("ISL")
                            && exported.partnershipNotes.at(i).at(r).user);
    }
    QVERIFY(user);
    corrections.undoStack()->undo();
    QCOMPARE(records->partnershipCount(), before);
}

void TestCorrections::editMenuUndoesFromTheWindow()
{
    QTemporaryDir corpus;
    QVERIFY(copySeeds(corpus.path()));
    UiLanguage language;
    ExplorerSession session(&language);
    MainWindow window(session.models());
    CorrectionsController corrections(&session);
    auto *actions = new CorrectionActions(&corrections, &window, &language);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loadAndWait(session, corpus.path()));

    QVERIFY(window.menuBar()->actions().contains(actions->editMenu()->menuAction()));
    QCOMPARE(actions->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!actions->undoAction()->isEnabled());

    // The table's context menu offers the corrections for the record under the pointer.
    QAbstractItemModel *partnerships = session.models().partnerships;
    const int before = partnerships->rowCount();
    QTableView *table = window.recordsView()->partnershipTable();
    window.tabs()->setCurrentIndex(MainWindow::RecordsTab);
    QCoreApplication::processEvents();
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QVERIFY(cell.isValid());
    QMenu *menu = actions->tableMenu(table, cell.center(), false);
    QVERIFY(menu);
    QAction *reject = menu->findChild<QAction *>(QStringLiteral("rejectPartnershipAction"));
    QVERIFY(reject && reject->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("changePartnerAction")));
    reject->trigger();
    delete menu;
    QCOMPARE(partnerships->rowCount(), before - 1);

    QVERIFY(actions->undoAction()->isEnabled());
    actions->undoAction()->trigger();
    QCOMPARE(partnerships->rowCount(), before);
    actions->redoAction()->trigger();
    QCOMPARE(partnerships->rowCount(), before - 1);
}

void TestCorrections::cleanupTestCase()
{
    // Every test's corpus folder got a store of its own; none is wanted again.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
