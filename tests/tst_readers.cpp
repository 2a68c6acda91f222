// Readers on files made in the test: encodings, bad input named by file, boilerplate removal.

#include "articlereader.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

class TestReaders final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString zh = QStringLiteral("中国与法国签署气候合作协议。");
        QStringEncoder gb("GB18030");
        QStringEncoder u16le(QStringEncoder::Utf16LE);
        QTest::newRow("utf8") << zh.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + zh.toUtf8() << QStringLiteral("UTF-8 BOM");
        QTest::newRow("utf16le bom") << QByteArray("\xFF\xFE") + QByteArray(u16le(zh)) << QStringLiteral("UTF-16LE");
        QTest::newRow("gb18030") << QByteArray(gb(zh)) << QStringLiteral("GB18030");
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const cpe::ReadResult r = cpe::ArticleReader().readFile(write(QStringLiteral("a.txt"), bytes));
        QCOMPARE(r.issues.size(), 0);
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles.first().encoding, encoding);
        QCOMPARE(r.articles.first().text, QStringLiteral("中国与法国签署气候合作协议。"));
        QCOMPARE(r.articles.first().language, QStringLiteral("zh"));
    }

    void badInputIsNamedAndSkipped()
    {
        QTemporaryDir dir;
        const auto put = [&](const char *name, const QByteArray &b) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(b);
        };
        put("empty.txt", QByteArray());
        put("junk.bin", QByteArray("\x01\x00\xff\x12\x00\x9c", 6));
        put("good.txt", QByteArray("China and France agreed to cooperate on solar power."));
        put("feed.jsonl", QByteArray("{\"id\": \"x1\", \"date\": \"2019-04-01\", \"text\": \"China and Kenya signed a deal.\"}\nnot json\n"));
        const cpe::ReadResult r = cpe::ArticleReader().readPath(dir.path());
        QCOMPARE(r.articles.size(), 2);
        QCOMPARE(r.issues.size(), 3);
        QStringList paths;
        for (const cpe::ReadIssue &i : r.issues)
            paths.append(QFileInfo(i.path).fileName());
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("empty.txt"), QStringLiteral("feed.jsonl"), QStringLiteral("junk.bin")}));
        for (const cpe::Article &a : r.articles) {
            if (a.id == QLatin1String("x1"))
                QCOMPARE(a.meta.date, QStringLiteral("2019-04-01"));
        }
    }

    void missingPathAndEmptyFolder()
    {
        QList<cpe::ReadIssue> issues;
        QVERIFY(cpe::ArticleReader().listFiles(m_dir.filePath(QStringLiteral("nope")), &issues).isEmpty());
        QCOMPARE(issues.size(), 1);
        QTemporaryDir empty;
        issues.clear();
        QVERIFY(cpe::ArticleReader().listFiles(empty.path(), &issues).isEmpty());
        QCOMPARE(issues.size(), 1);
    }

    void htmlBodyOnly()
    {
        const cpe::ReadResult r = cpe::ArticleReader().readFile(write(QStringLiteral("p.html"), QByteArray(
            "<html><head><title>Deal</title><script>var x='</div>';</script><style>p{}</style></head>"
            "<body><nav>Home | News</nav><p>China and Chile signed a solar deal &amp; more.<p>Second"
            "<footer>Copyright</footer></body>")));
        QCOMPARE(r.articles.size(), 1);
        const QString text = r.articles.first().text;
        QVERIFY(text.contains(QStringLiteral("China and Chile signed a solar deal & more.")));
        QVERIFY(!text.contains(QStringLiteral("Home")));
        QVERIFY(!text.contains(QStringLiteral("var x")));
        QVERIFY(!text.contains(QStringLiteral("Copyright")));
        QCOMPARE(r.articles.first().title, QStringLiteral("Deal"));
    }

    void bundledFooterIsDropped()
    {
        const cpe::ReadResult r = cpe::ArticleReader().readFile(QStringLiteral(":/cpe/corpus/seeds/003_d4acc7fcd3ad9e00.txt"));
        QCOMPARE(r.articles.size(), 1);
        const QString text = r.articles.first().text;
        QVERIFY(text.startsWith(QStringLiteral("US Climate Envoy John Kerry")));
        QVERIFY(text.contains(QStringLiteral("BEIJING, July 19 (TMTPost)")));
        QVERIFY(text.endsWith(QStringLiteral("win-win cooperation.")));
        for (const char *gone : {"2024", "IPO", "Credit:"})
            QVERIFY2(!text.contains(QLatin1String(gone)), gone);
        QVERIFY(!text.contains(QStringLiteral("韩国")));
        QVERIFY(!text.contains(QStringLiteral("文章顶部")));
    }
};

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
