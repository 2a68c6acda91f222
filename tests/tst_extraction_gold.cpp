// Holds the extraction floors against hand annotation: the bundled articles, and six pairs of
// held-out English and Chinese sets (news pages with clutter, GB18030 files, policy digests) that were
// annotated before the engine was developed against them. Each floor sits a little below what
// the engine reaches, so a change that loses records fails here.

#include "articlereader.h"
#include "engine.h"
#include "exporter.h"
#include "goldscore.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

class TestExtractionGold final : public QObject
{
    Q_OBJECT

private slots:
    void floors_data()
    {
        QTest::addColumn<QString>("corpus");
        QTest::addColumn<QString>("goldPath");
        QTest::addColumn<int>("articles");
        QTest::addColumn<double>("partners");
        QTest::addColumn<double>("sectors");
        QTest::addColumn<double>("pledges");
        QTest::addColumn<int>("yearsRight");

        const QString data = qEnvironmentVariable("CPE_TEST_DATA");
        // A held-out set lives in data/<set>/<language>, annotated in data/<set>/<set>_<language>.gold.json.
        const auto heldOut = [&](const char *tag, const QString &set, const QString &language, int articles,
                                 double partners, double sectors, double pledges, int yearsRight) {
            const QString dir = data + QLatin1Char('/') + set;
            QTest::newRow(tag) << dir + QLatin1Char('/') + language
                               << dir + QLatin1Char('/') + set + QLatin1Char('_') + language + QStringLiteral(".gold.json")
                               << articles << partners << sectors << pledges << yearsRight;
        };
        const QString en = QStringLiteral("en"), zh = QStringLiteral("zh");
        // Reached when these floors were set: partners 1.00, sectors 0.99, pledges 1.00, 5/5.
        QTest::newRow("bundled") << cpe::ArticleReader::bundledCorpusPath() << data + QStringLiteral("/seeds.gold.json")
                                 << 5 << 0.95 << 0.95 << 0.95 << 5;
        // Reached: English 1.00 / 0.97 / 1.00, 10/10; Chinese 1.00 / 0.97 / 0.95, 10/10.
        heldOut("held-out English", QStringLiteral("heldout"), en, 10, 0.95, 0.93, 0.95, 9);
        heldOut("held-out Chinese", QStringLiteral("heldout"), zh, 10, 0.95, 0.93, 0.90, 9);
        // A second set, written after the first was in use and scored untouched first (English
        // 0.76 / 0.94 / 0.77, 5 of 6 years; Chinese 0.86 / 0.78 / 0.54, 5 of 6).
        // Reached now: English 1.00 / 1.00 / 1.00, 6/6; Chinese 1.00 / 0.95 / 1.00, 6/6.
        heldOut("second English", QStringLiteral("heldout2"), en, 6, 0.95, 0.95, 0.90, 5);
        heldOut("second Chinese", QStringLiteral("heldout2"), zh, 6, 0.95, 0.90, 0.95, 5);
        // A third set, scored as it was written (English 0.73 / 0.93 / 0.89, 4/4; Chinese 0.71 /
        // 0.79 / 0.67, 3/4), then used for development. Reached now: English 1.00 / 0.97 / 1.00,
        // 4/4; Chinese 1.00 / 0.87 / 1.00, 4/4.
        heldOut("third English", QStringLiteral("heldout3"), en, 4, 0.95, 0.93, 0.95, 4);
        heldOut("third Chinese", QStringLiteral("heldout3"), zh, 4, 0.95, 0.84, 0.95, 4);
        // A fourth set, scored as it was written, after all of the above (English 0.70 / 0.97 /
        // 0.81, 4/4; Chinese 0.70 / 0.81 / 0.84, 2/4), then used for development. Reached now:
        // English 0.91 / 0.93 / 1.00, 4/4; Chinese 1.00 / 0.84 / 0.94, 3/4.
        heldOut("fourth English", QStringLiteral("heldout4"), en, 4, 0.88, 0.90, 0.95, 4);
        heldOut("fourth Chinese", QStringLiteral("heldout4"), zh, 4, 0.95, 0.81, 0.90, 3);
        // A fifth set, written after the fourth (a hard-wrapped wire story, a joint statement
        // in numbered paragraphs, UTF-16 and GB18030 files), scored as it was written: English
        // 0.93 / 0.95 / 0.68, 5/5; Chinese 0.90 / 0.92 / 0.77, 4/5. Reached now: English 0.93 /
        // 0.98 / 0.98, 5/5; Chinese 0.95 / 0.89 / 0.94, 5/5.
        heldOut("fifth English", QStringLiteral("heldout5"), en, 5, 0.90, 0.95, 0.89, 5);
        heldOut("fifth Chinese", QStringLiteral("heldout5"), zh, 5, 0.92, 0.86, 0.84, 5);
        // A sixth set, written after all the work above (a JSON Lines file of three briefs, a
        // Q&A, an action plan, a GB18030 and a UTF-16 file), scored as it was written: English
        // 0.67 / 0.80 / 0.67, 5/7; Chinese 0.70 / 0.74 / 0.83, 1/5. Two fixes drawn from it (a
        // list in front matter, "next year's" before a dated anchor) gave Chinese 3/5 years; the
        // work on the seventh set then gave English 0.80 / 0.77 / 0.87, Chinese 0.77 / 0.81 / 0.83.
        heldOut("sixth English", QStringLiteral("heldout6"), en, 7, 0.77, 0.74, 0.84, 5);
        heldOut("sixth Chinese", QStringLiteral("heldout6"), zh, 5, 0.74, 0.78, 0.80, 3);
        // A seventh set, written after all of the above (a hard-wrapped wire, HTML pages with
        // furniture, a joint statement, a JSON Lines bulletin, a GB18030 feature, a ministries'
        // notice with its action plan, a bulletin with its masthead date), scored as it was
        // written: English 0.89 / 0.81 / 0.69, 6/6; Chinese 0.88 / 0.87 / 0.82, 3/5. Reached
        // after the pledge, dating, short-form and partner work drawn from it and from the sixth:
        // English 0.93 / 0.80 / 0.94, 6/6; Chinese 1.00 / 0.84 / 0.97, 4/5.
        heldOut("seventh English", QStringLiteral("heldout7"), en, 6, 0.86, 0.78, 0.90, 6);
        heldOut("seventh Chinese", QStringLiteral("heldout7"), zh, 5, 0.95, 0.81, 0.93, 4);
    }

    void floors()
    {
        QFETCH(QString, corpus);
        QFETCH(QString, goldPath);
        QFETCH(int, articles);
        QFETCH(double, partners);
        QFETCH(double, sectors);
        QFETCH(double, pledges);
        QFETCH(int, yearsRight);

        QFile goldFile(goldPath);
        QVERIFY2(goldFile.open(QIODevice::ReadOnly), qPrintable(goldFile.fileName()));
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();

        cpe::ArticleReader reader;
        const cpe::ReadResult read = reader.readPath(corpus);
        QCOMPARE(read.articles.size(), articles);
        cpe::ExtractedCorpus extracted;
        for (const cpe::Article &a : read.articles) {
            extracted.articles.append(a);
            extracted.extractions.append(cpe::Engine::bundled().extract(a));
        }
        const QJsonObject exported = cpe::exportJson(extracted, cpe::Engine::bundled().gazetteer());
        const goldscore::Score s = goldscore::score(exported, gold);
        const QString summary =
            QStringLiteral("partners F1 %1, sectors F1 %2, pledges F1 %3, years %4/%5; %6")
                .arg(s.partners.f1(), 0, 'f', 3)
                .arg(s.sectors.f1(), 0, 'f', 3)
                .arg(s.pledges.f1(), 0, 'f', 3)
                .arg(s.yearsRight)
                .arg(s.years)
                .arg(s.notes.join(QLatin1String("; ")));
        qInfo().noquote() << summary;
        QVERIFY2(s.partners.f1() >= partners, qPrintable(summary));
        QVERIFY2(s.sectors.f1() >= sectors, qPrintable(summary));
        QVERIFY2(s.pledges.f1() >= pledges, qPrintable(summary));
        // Every article gets a date; most of them the right year.
        QVERIFY2(s.years == articles && s.yearsRight >= yearsRight, qPrintable(summary));
    }

    // Every evidence span must point at the text it quotes, in code points.
    void evidenceOffsetsQuoteTheText()
    {
        cpe::ArticleReader reader;
        const cpe::ReadResult read = reader.readPath(cpe::ArticleReader::bundledCorpusPath());
        int checked = 0;
        for (const cpe::Article &a : read.articles) {
            const cpe::ArticleExtraction x = cpe::Engine::bundled().extract(a);
            for (const cpe::Partnership &p : x.partnerships) {
                QVERIFY(!p.evidence.isEmpty());
                for (const cpe::Evidence &e : p.evidence) {
                    QCOMPARE(a.text.mid(e.start, e.end - e.start), e.text);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 20);
    }
};

QTEST_GUILESS_MAIN(TestExtractionGold)
#include "tst_extraction_gold.moc"
