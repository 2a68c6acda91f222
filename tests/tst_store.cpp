#include "articlereader.h"
#include "corpusgenerator.h"
#include "corpusstore.h"
#include "engine.h"
#include "exporter.h"
#include "filterengine.h"
#include "filterstate.h"
#include "recordstore.h"
#include "shingles.h"
#include "storesnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cpe;

namespace {

QList<Article> seeds()
{
    return ArticleReader().readPath(ArticleReader::bundledCorpusPath()).articles;
}

const LoadedArticle *find(const QList<LoadedArticle> &articles, const QString &id)
{
    for (const LoadedArticle &la : articles) {
        if (la.article.id == id)
            return &la;
    }
    return nullptr;
}

QString cliPath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../app/cli/climate-explorer-cli"));
}

// Runs the command-line tool; returns its exit code, or -1 when it did not finish.
int runCli(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList partnersOf(const QList<Partnership> &records)
{
    QStringList out;
    for (const Partnership &p : records)
        out.append(p.partnerId);
    return out;
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private slots:
    void reimportExtractsOnlyChangedArticles();
    void reopenedStoreLoadsWhatWasExtracted();
    void snapshotFollowsTheRecordTables();
    void damagedSnapshotIsIgnored();
    void correctionsSurviveReextraction();
    void searchFindsEnglishAndChinese();
    void searchBoxUsesTheIndex();
    void syndicatedCopiesFormOneGroup();
    void shingleSimilarity();
    void killedImportLeavesConsistentStore();
    void commandLineImportAndExport();

private:
    QTemporaryDir m_dir;
};

void TestStore::reimportExtractsOnlyChangedArticles()
{
    CorpusStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("reimport.db")), &error), qPrintable(error));
    QList<Article> articles = seeds();
    QCOMPARE(articles.size(), 5);

    ImportStats first = store.importArticles(articles, Engine::bundled());
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(first.added, 5);
    QCOMPARE(first.extracted, 5);
    QCOMPARE(first.reused, 0);

    const ImportStats again = store.importArticles(articles, Engine::bundled());
    QCOMPARE(again.extracted, 0);
    QCOMPARE(again.unchanged, 5);
    QCOMPARE(again.reused, 5);
    QCOMPARE(again.added + again.updated, 0);

    articles[2].text += QStringLiteral("\nChina and Brazil signed a memorandum on solar power.");
    articles[4].meta.source = QStringLiteral("Example Wire"); // metadata only: no extraction
    const ImportStats changed = store.importArticles(articles, Engine::bundled());
    QVERIFY2(changed.error.isEmpty(), qPrintable(changed.error));
    QCOMPARE(changed.extracted, 1);
    QCOMPARE(changed.updated, 2);
    QCOMPARE(changed.unchanged, 3);
    QCOMPARE(changed.reused, 4);
    QCOMPARE(store.articleCount(), 5);

    const QList<LoadedArticle> loaded = store.loadAll();
    QCOMPARE(loaded.size(), 5);
    QCOMPARE(loaded.at(2).article.text, articles.at(2).text);
    QCOMPARE(loaded.at(4).article.meta.source, QStringLiteral("Example Wire"));
    QVERIFY(store.verify(&error));
}

void TestStore::reopenedStoreLoadsWhatWasExtracted()
{
    const QString file = m_dir.filePath(QStringLiteral("reopen.db"));
    const QList<Article> articles = seeds();
    {
        CorpusStore store;
        QVERIFY(store.open(file));
        store.setBatchSize(2); // several transactions
        const ImportStats stats = store.importArticles(articles, Engine::bundled());
        QCOMPARE(stats.batches, 3);
    }
    CorpusStore store;
    QVERIFY(store.open(file));
    const QList<LoadedArticle> loaded = store.loadAll();
    QCOMPARE(loaded.size(), articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const ArticleExtraction direct = Engine::bundled().extract(articles.at(i));
        const ArticleExtraction &stored = loaded.at(i).extraction;
        QCOMPARE(loaded.at(i).article.id, articles.at(i).id);
        QCOMPARE(stored.date.toIso(), direct.date.toIso());
        QCOMPARE(partnersOf(stored.partnerships), partnersOf(direct.partnerships));
        QCOMPARE(stored.pledges.size(), direct.pledges.size());
        for (qsizetype j = 0; j < direct.partnerships.size(); ++j) {
            const Partnership &a = stored.partnerships.at(j), &b = direct.partnerships.at(j);
            QCOMPARE(a.articleId, b.articleId);
            QCOMPARE(a.sectors, b.sectors);
            QCOMPARE(a.cues, b.cues);
            QCOMPARE(a.evidence.first().start, b.evidence.first().start);
            QCOMPARE(a.evidence.first().text, b.evidence.first().text);
        }
    }
}

namespace {

// Rows of the snapshot table, through a connection of the test's own.
int snapshotRows(const QString &file, const QString &sql = {})
{
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (!sql.isEmpty())
                q.exec(sql);
            if (q.exec(QStringLiteral("SELECT count(*) FROM record_snapshot")) && q.next())
                rows = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return rows;
}

// Everything a view shows of a loaded corpus, as text, so two loads can be compared whole.
QStringList describe(const QList<LoadedArticle> &articles)
{
    QStringList out;
    for (const LoadedArticle &la : articles) {
        const ArticleExtraction &x = la.extraction;
        out.append(la.article.id + QLatin1Char(' ') + x.date.toIso() + QLatin1Char(' ') +
                   x.date.basis + QLatin1Char(' ') + x.date.cue);
        for (const Partnership &p : x.partnerships) {
            QStringList spans;
            for (const Evidence &e : p.evidence)
                spans.append(QStringLiteral("%1-%2:%3").arg(e.start).arg(e.end).arg(e.text));
            out.append(QStringList{p.articleId, p.partnerId, p.sectors.join(QLatin1Char(',')),
                                   p.kind, p.stage, p.date.toIso(), p.date.basis,
                                   QString::number(p.confidence), p.cues.join(QLatin1Char(',')),
                                   spans.join(QLatin1Char('|'))}
                           .join(QLatin1Char(' ')));
        }
        for (const Pledge &p : x.pledges) {
            out.append(QStringList{p.articleId, p.actorId, p.kind, QString::number(p.targetYear),
                                   QString::number(p.baseYear),
                                   p.amount ? QString::number(*p.amount) : QStringLiteral("-"),
                                   p.unit, p.status, p.date.toIso(),
                                   QString::number(p.confidence), p.cues.join(QLatin1Char(',')),
                                   p.evidence.isEmpty() ? QString() : p.evidence.first().text}
                           .join(QLatin1Char(' ')));
        }
    }
    return out;
}

} // namespace

void TestStore::snapshotFollowsTheRecordTables()
{
    const QString file = m_dir.filePath(QStringLiteral("snapshot.db"));
    QList<Article> articles = seeds();
    CorpusStore store;
    QVERIFY(store.open(file));
    QVERIFY(store.importArticles(articles, Engine::bundled()).error.isEmpty());
    QCOMPARE(snapshotRows(file), 0);

    // The first load reads the record tables and leaves a snapshot; the second reads it.
    const QStringList fromRows = describe(store.loadAll());
    QCOMPARE(snapshotRows(file), 1);
    QVERIFY(fromRows.size() > 20);
    QCOMPARE(describe(store.loadAll()), fromRows);

    // New results drop the snapshot, and the next load shows them.
    articles[1].text += QStringLiteral("\nChina and Brazil signed a memorandum on solar power.");
    QCOMPARE(store.importArticles(articles, Engine::bundled()).extracted, 1);
    QCOMPARE(snapshotRows(file), 0);
    const QList<LoadedArticle> changed = store.loadAll();
    QVERIFY(partnersOf(changed.at(1).extraction.partnerships).contains(QStringLiteral("BRA")));
    QCOMPARE(snapshotRows(file), 1);
    QCOMPARE(describe(store.loadAll()), describe(changed));
}

void TestStore::damagedSnapshotIsIgnored()
{
    const QString file = m_dir.filePath(QStringLiteral("damaged-snapshot.db"));
    CorpusStore store;
    QVERIFY(store.open(file));
    QVERIFY(store.importArticles(seeds(), Engine::bundled()).error.isEmpty());
    const QStringList expected = describe(store.loadAll());

    // Every cut of a valid blob is refused rather than read as fewer or wrong records.
    QHash<QByteArray, ArticleExtraction> extractions;
    for (const LoadedArticle &la : store.loadAll())
        extractions.insert(la.article.id.toUtf8(), la.extraction);
    const QByteArray blob = storesnapshot::encode(extractions);
    QVERIFY(storesnapshot::decode(blob).has_value());
    QCOMPARE(storesnapshot::decode(blob)->size(), extractions.size());
    for (qsizetype cut = 0; cut < blob.size(); cut += 7)
        QVERIFY2(!storesnapshot::decode(blob.left(cut)).has_value(), qPrintable(QString::number(cut)));

    QCOMPARE(snapshotRows(file, QStringLiteral("UPDATE record_snapshot SET data = x'00ff17'")), 1);
    QCOMPARE(describe(store.loadAll()), expected);
    QCOMPARE(describe(store.loadAll()), expected);
}

void TestStore::correctionsSurviveReextraction()
{
    CorpusStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("corrections.db"))));
    QList<Article> articles = seeds();
    store.importArticles(articles, Engine::bundled());

    // The article with most partnerships; three of them with different partners or sentences.
    const QList<LoadedArticle> initial = store.loadAll();
    int target = 0;
    for (int i = 1; i < initial.size(); ++i) {
        if (initial.at(i).extraction.partnerships.size() >
            initial.at(target).extraction.partnerships.size())
            target = i;
    }
    const QList<Partnership> records = initial.at(target).extraction.partnerships;
    QVERIFY2(records.size() >= 3, "a seed article should give three partnerships");
    const Partnership rejected = records.at(0), moved = records.at(1), resectored = records.at(2);
    QVERIFY(rejected.evidence.first().start != moved.evidence.first().start ||
            rejected.partnerId != moved.partnerId);
    QVERIFY(resectored.evidence.first().start != moved.evidence.first().start ||
            resectored.partnerId != moved.partnerId);
    Article &article = articles[target];
    QCOMPARE(article.id, initial.at(target).article.id);

    QVERIFY(store.addCorrection(Correction::reject(rejected)) > 0);
    QVERIFY(store.addCorrection(Correction::changePartner(moved, QStringLiteral("BRA"))) > 0);
    const QStringList newSectors{QStringLiteral("forestry")};
    QVERIFY(store.addCorrection(Correction::changeSectors(resectored, newSectors)) > 0);
    // A selection of the text: the article's first sentence-sized span.
    const qsizetype start = 0, end = std::min<qsizetype>(article.text.size(), 40);
    const QString selected = article.text.mid(start, end - start);
    const qint64 added = store.addCorrection(Correction::addPartnership(
        article, start, end, QStringLiteral("KOR"), {QStringLiteral("carbon_markets")}));
    QVERIFY(added > 0);
    QCOMPARE(store.corrections().size(), 4);

    auto check = [&](const QString &when) {
        const QList<LoadedArticle> loaded = store.loadAll();
        const LoadedArticle *la = find(loaded, article.id);
        QVERIFY2(la, qPrintable(when));
        const QList<Partnership> &now = la->extraction.partnerships;
        QCOMPARE(now.size(), records.size()); // one rejected, one added
        int partner = 0, sectors = 0, user = 0;
        for (const Partnership &p : now) {
            QVERIFY2(p.evidence.first().text != rejected.evidence.first().text ||
                         p.partnerId != rejected.partnerId,
                     qPrintable(when));
            if (p.cues.contains(QStringLiteral("user:partner"))) {
                ++partner;
                QCOMPARE(p.partnerId, QStringLiteral("BRA"));
                QCOMPARE(p.evidence.first().text, moved.evidence.first().text);
            }
            if (p.cues.contains(QStringLiteral("user:sectors"))) {
                ++sectors;
                QCOMPARE(p.sectors, newSectors);
            }
            if (p.cues.contains(QStringLiteral("user:added"))) {
                ++user;
                QCOMPARE(p.partnerId, QStringLiteral("KOR"));
                QCOMPARE(p.evidence.first().text, selected);
            }
        }
        QCOMPARE(partner, 1);
        QCOMPARE(sectors, 1);
        QCOMPARE(user, 1);

        const QJsonObject json = exportJson(store.exportCorpus(), Engine::bundled().gazetteer());
        int corrected = 0, userRecords = 0;
        for (const QJsonValue &v : json.value(QStringLiteral("partnerships")).toArray()) {
            const QJsonObject p = v.toObject();
            for (const QJsonValue &cue : p.value(QStringLiteral("cues")).toArray())
                QVERIFY2(!cue.toString().startsWith(QLatin1String("user:")),
                         "store cues become fields in the export");
            if (p.value(QStringLiteral("corrected")).toArray().contains(QStringLiteral("partner")))
                ++corrected;
            if (p.value(QStringLiteral("user")).toBool())
                ++userRecords;
        }
        QCOMPARE(corrected, 1);
        QCOMPARE(userRecords, 1);
    };
    check(QStringLiteral("before re-extraction"));
    if (QTest::currentTestFailed())
        return;

    // New text before every record moves all offsets; the corrections follow the sentences.
    article.text.prepend(QStringLiteral("Updated: this story was revised.\n"));
    const ImportStats stats = store.importArticles(articles, Engine::bundled());
    QCOMPARE(stats.extracted, 1);
    check(QStringLiteral("after re-extraction"));
    if (QTest::currentTestFailed())
        return;

    QVERIFY(store.removeCorrection(added));
    QVERIFY(!store.removeCorrection(added));
    QCOMPARE(store.corrections().size(), 3);
}

void TestStore::searchFindsEnglishAndChinese()
{
    CorpusStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("search.db"))));
    // The seeds' Chinese may all be page furniture the reader drops; a generated Chinese
    // article makes sure the store holds Chinese text.
    QList<Article> articles = seeds();
    Article chinese;
    chinese.id = QStringLiteral("generated_zh");
    chinese.path = QStringLiteral("/generated/zh.txt");
    chinese.language = QStringLiteral("zh");
    chinese.text = generateArticle(5, 1, 3000, true);
    chinese.title = chinese.text.left(chinese.text.indexOf(QLatin1Char('\n')));
    articles.append(chinese);
    store.importArticles(articles, Engine::bundled());
    const QList<LoadedArticle> loaded = store.loadAll();

    // The index agrees with a scan of the stored texts.
    auto scan = [&loaded](const QStringList &terms) {
        QStringList ids;
        for (const LoadedArticle &la : loaded) {
            bool all = true;
            for (const QString &t : terms) {
                all = all && (la.article.title.contains(t, Qt::CaseInsensitive) ||
                              la.article.text.contains(t, Qt::CaseInsensitive));
            }
            if (all)
                ids.append(la.article.id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const QList<QStringList> queries{{QStringLiteral("Kerry")},
                                     {QStringLiteral("kerry")},
                                     {QStringLiteral("climate change")},
                                     {QStringLiteral("Japan"), QStringLiteral("energy")},
                                     {QStringLiteral("EU")},
                                     {QStringLiteral("Zanzibarian")}};
    for (const QStringList &terms : queries) {
        QStringList found = store.search(terms.join(QLatin1Char(' ')));
        std::sort(found.begin(), found.end());
        QCOMPARE(found, scan(terms.join(QLatin1Char(' ')).split(QLatin1Char(' '))));
    }
    QVERIFY(store.search(QStringLiteral("Kerry")).contains(QStringLiteral("003_d4acc7fcd3ad9e00")));
    QVERIFY(store.search(QStringLiteral("Zanzibarian")).isEmpty());
    QVERIFY(store.search(QStringLiteral("Kerry Zanzibarian")).isEmpty());

    // A Chinese word from a seed article if one kept Chinese text, else the generated one.
    QString word, owner;
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]{4}"));
    for (const LoadedArticle &la : loaded) {
        const QRegularExpressionMatch m = han.match(la.article.text);
        if (m.hasMatch()) {
            word = m.captured();
            owner = la.article.id;
            break;
        }
    }
    QVERIFY2(!word.isEmpty(), "a seed article should keep Chinese text");
    QVERIFY(store.search(word).contains(owner));
    QVERIFY(store.search(word.left(3)).contains(owner));
    QVERIFY(store.search(word.left(2)).contains(owner)); // below trigram length: scanned
    for (const QString &term : {word, word.left(3), word.left(2)}) {
        QStringList found = store.search(term);
        std::sort(found.begin(), found.end());
        QCOMPARE(found, scan({term}));
    }
    QVERIFY(store.search(QStringLiteral("氢能源飞船")).isEmpty());
}

void TestStore::searchBoxUsesTheIndex()
{
    CorpusStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("search-box.db"))));
    QVERIFY(store.importArticles(seeds(), Engine::bundled()).error.isEmpty());
    RecordStore records;
    records.appendArticles(store.loadAll());
    FilterState filter;
    FilterEngine engine(&records, &filter);

    // Queries from the evidence itself, English and Chinese, in both letter cases, and
    // words no evidence holds.
    QStringList queries{QStringLiteral("Zanzibarian"), QStringLiteral("碳中和"),
                        QStringLiteral("CARBON"), QStringLiteral("clean energy")};
    for (int r = 0; r < records.partnershipCount(); r += 3) {
        const Span s = records.partnershipEvidence(r, 0);
        const QString text = records.articleText(records.partnershipArticle(r));
        const QStringList words = text.mid(s.start, s.end - s.start)
                                      .split(QRegularExpression(QStringLiteral("\\W+")),
                                             Qt::SkipEmptyParts);
        if (!words.isEmpty())
            queries.append(words.at(words.size() / 2));
    }
    queries.removeDuplicates(); // a query seen last is answered from the engine's cache
    auto accepted = [&](const QString &query) {
        filter.setQuery(query);
        engine.flush();
        return std::pair(engine.partnershipRowCount(), engine.pledgeRowCount());
    };
    QHash<QString, std::pair<int, int>> scanned;
    for (const QString &q : std::as_const(queries))
        scanned.insert(q, accepted(q));
    filter.setQuery(QString());

    int asked = 0, indexMissed = 0;
    engine.setTextIndex([&](const QString &query) -> std::optional<QStringList> {
        ++asked;
        const std::optional<QStringList> ids = store.searchCandidates(query);
        // A superset of what the confirmed search finds.
        for (const QString &id : store.search(query))
            indexMissed += ids && !ids->contains(id);
        return ids;
    });
    for (const QString &q : std::as_const(queries)) {
        QCOMPARE(accepted(q), scanned.value(q));
        filter.setQuery(QString());
    }
    QCOMPARE(asked, queries.size());
    QCOMPARE(indexMissed, 0);
    QVERIFY(!store.searchCandidates(QStringLiteral("中美")).has_value()); // no trigram
    QVERIFY(store.searchCandidates(QStringLiteral("Zanzibarian"))->isEmpty());

    // The index is what decides which texts are read: one that names no article leaves only
    // the records whose names or labels hold the query.
    engine.setTextIndex([](const QString &) { return std::optional(QStringList()); });
    int fewer = 0;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const QString &q = queries.at(i);
        QVERIFY(accepted(q).first <= scanned.value(q).first);
        fewer += accepted(q).first < scanned.value(q).first;
        filter.setQuery(QString());
    }
    QVERIFY(fewer > 0);
    QVERIFY(CorpusStore::searchCoversAnyCase(QStringLiteral("Carbon 碳中和")));
    QVERIFY(!CorpusStore::searchCoversAnyCase(QStringLiteral("Énergie")));
}

void TestStore::syndicatedCopiesFormOneGroup()
{
    const Article original = seeds().at(0);
    Article a = original, b = original, other = seeds().at(2);
    a.id = QStringLiteral("wire_a");
    a.path = QStringLiteral("/wire/a.txt");
    a.text = QStringLiteral("Example Wire staff report\n") + original.text;
    b.id = QStringLiteral("wire_b");
    b.path = QStringLiteral("/wire/b.txt");
    b.text = original.text + QStringLiteral("\nAll rights reserved by the Daily Example.");

    CorpusStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("dups.db"))));
    const ImportStats stats = store.importArticles({a, other, b}, Engine::bundled());
    QCOMPARE(stats.duplicates, 1);
    QCOMPARE(store.duplicatesOf(QStringLiteral("wire_b")),
             (QStringList{QStringLiteral("wire_a"), QStringLiteral("wire_b")}));
    QCOMPARE(store.duplicatesOf(other.id), QStringList{other.id});

    const int single = int(Engine::bundled().extract(original).partnerships.size());
    QVERIFY(single > 0);
    const QJsonObject json = exportJson(store.exportCorpus(), Engine::bundled().gazetteer());
    int fromCopies = 0;
    for (const QJsonValue &v : json.value(QStringLiteral("partnerships")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString article = p.value(QStringLiteral("article")).toString();
        if (article == other.id)
            continue;
        ++fromCopies;
        QCOMPARE(article, QStringLiteral("wire_a"));
        QCOMPARE(p.value(QStringLiteral("sources")).toArray(),
                 (QJsonArray{QStringLiteral("wire_a"), QStringLiteral("wire_b")}));
    }
    QCOMPARE(fromCopies, single);
}

void TestStore::shingleSimilarity()
{
    const QString text = seeds().at(0).text;
    const auto s = shingles::shingleSet(text);
    QCOMPARE(shingles::jaccard(s, s), 1.0);
    const auto copy = shingles::shingleSet(QStringLiteral("Staff report.\n") + text);
    QVERIFY(shingles::jaccard(s, copy) >= shingles::kDuplicateJaccard);
    QCOMPARE(shingles::bandKeys(s), shingles::bandKeys(shingles::shingleSet(text.toUpper())));
    const auto other = shingles::shingleSet(seeds().at(2).text);
    QVERIFY(shingles::jaccard(s, other) < 0.2);
}

void TestStore::killedImportLeavesConsistentStore()
{
    if (!QFileInfo::exists(cliPath()))
        QSKIP("climate-explorer-cli is not built next to the tests");
    const QString corpus = m_dir.filePath(QStringLiteral("killcorpus"));
    CorpusStats generated;
    QVERIFY(generateCorpus(corpus, 15 * 1000 * 1000, 7, &generated));
    const QString file = m_dir.filePath(QStringLiteral("killed.db"));
    constexpr int batch = 40;

    QProcess p;
    p.start(cliPath(), {QStringLiteral("import"), QStringLiteral("--store"), file,
                        QStringLiteral("--corpus"), corpus, QStringLiteral("--batch"),
                        QString::number(batch)});
    QVERIFY(p.waitForStarted());
    // Kill once some batches are committed (the WAL has grown), and at least after 0.5 s.
    QElapsedTimer timer;
    timer.start();
    const QString wal = file + QStringLiteral("-wal");
    while (timer.elapsed() < 500 || (QFileInfo(wal).size() < 1000000 && timer.elapsed() < 20000))
        QThread::msleep(20);
    QVERIFY2(p.state() == QProcess::Running, "the import finished before it could be killed");
    p.kill();
    QVERIFY(p.waitForFinished());

    CorpusStore store;
    QString problem;
    QVERIFY2(store.open(file, &problem), qPrintable(problem));
    QVERIFY2(store.verify(&problem), qPrintable(problem));
    const int committed = store.articleCount();
    QVERIFY(committed > 0);
    QVERIFY(committed < generated.files);
    QCOMPARE(committed % batch, 0); // whole batches only
    QCOMPARE(store.loadAll().size(), committed);

    // The next import finishes the job without extracting the committed articles again.
    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--store"), file,
                     QStringLiteral("--corpus"), corpus},
                    &out),
             0);
    const QJsonObject summary = QJsonDocument::fromJson(out).object();
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), committed);
    QCOMPARE(summary.value(QStringLiteral("added")).toInt(), generated.files - committed);
    QCOMPARE(store.articleCount(), generated.files);
    QVERIFY2(store.verify(&problem), qPrintable(problem));
}

void TestStore::commandLineImportAndExport()
{
    if (!QFileInfo::exists(cliPath()))
        QSKIP("climate-explorer-cli is not built next to the tests");
    const QString file = m_dir.filePath(QStringLiteral("cli.db"));
    const QString seedsDir = qEnvironmentVariable("CPE_SOURCE_DIR") + QStringLiteral("/resources/corpus/seeds");
    if (!QFileInfo(seedsDir).isDir())
        QSKIP("CPE_SOURCE_DIR does not point at the sources");
    QByteArray out;
    const QStringList import{QStringLiteral("import"), QStringLiteral("--store"), file,
                             QStringLiteral("--corpus"), seedsDir};
    QCOMPARE(runCli(import, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("extracted")).toInt(), 5);
    QCOMPARE(runCli(import, &out), 0);
    const QJsonObject again = QJsonDocument::fromJson(out).object();
    QCOMPARE(again.value(QStringLiteral("extracted")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("reused")).toInt(), 5);

    QVERIFY(runCli({QStringLiteral("import"), QStringLiteral("--store"), file,
                    QStringLiteral("--corpus"), m_dir.filePath(QStringLiteral("missing"))}) != 0);
    QVERIFY(runCli({QStringLiteral("export"), QStringLiteral("--store"),
                    m_dir.filePath(QStringLiteral("missing.db"))}) != 0);

    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--store"), file}, &out), 0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QStringLiteral("articles")).toArray().size(), 5);
    const QJsonArray partnerships = json.value(QStringLiteral("partnerships")).toArray();
    QVERIFY(!partnerships.isEmpty());
    for (const QJsonValue &v : partnerships)
        QCOMPARE(v.toObject().value(QStringLiteral("sources")).toArray().size(), 1);

    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--store"), file,
                     QStringLiteral("--format"), QStringLiteral("csv")},
                    &out),
             0);
    QVERIFY(out.startsWith("article,partner_id,"));
    QVERIFY(out.left(out.indexOf('\r')).endsWith(",sources,corrected,user"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
