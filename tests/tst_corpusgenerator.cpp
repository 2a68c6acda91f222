#include "corpusgenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every generated file, in name order, with its bytes: equal maps mean identical corpora.
QMap<QString, QByteArray> readCorpus(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QDir d(dir);
    for (const QString &name :
         d.entryList({QStringLiteral("gen_*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files.insert(name, f.readAll());
    }
    return files;
}

bool hasCjk(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

class TestCorpusGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void deterministic()
    {
        QTemporaryDir a, b, c;
        QVERIFY(a.isValid() && b.isValid() && c.isValid());
        const qint64 target = 300 * 1024;
        cpe::CorpusStats stats;
        QString error;
        QVERIFY2(cpe::generateCorpus(a.path(), target, 7, &stats, &error), qPrintable(error));
        QVERIFY(cpe::generateCorpus(b.path(), target, 7));
        QVERIFY(cpe::generateCorpus(c.path(), target, 8));
        const auto first = readCorpus(a.path());
        QCOMPARE(first.size(), stats.files);
        QCOMPARE(readCorpus(b.path()), first);
        QVERIFY(readCorpus(c.path()) != first);
        QCOMPARE(first.firstKey(), QStringLiteral("gen_000001.txt"));
    }

    void sizeAndLanguages()
    {
        QTemporaryDir dir;
        const qint64 target = 400 * 1024;
        cpe::CorpusStats stats;
        QVERIFY(cpe::generateCorpus(dir.path(), target, 2024, &stats));
        const auto files = readCorpus(dir.path());
        qint64 total = 0;
        int english = 0;
        int chinese = 0;
        for (const QByteArray &bytes : files) {
            total += bytes.size();
            const QString text = QString::fromUtf8(bytes);
            QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
            ++(hasCjk(text) ? chinese : english);
            QVERIFY2(bytes.size() < 12 * 1024, "articles stay article-sized");
        }
        QCOMPARE(total, stats.bytes);
        QVERIFY2(qAbs(total - target) <= target / 20, qPrintable(QString::number(total)));
        QCOMPARE(english, stats.englishFiles);
        QCOMPARE(chinese, stats.chineseFiles);
        QVERIFY(english > 0 && chinese > 0);
        // About 70/30, with room for chance on ~80 files.
        QVERIFY(chinese * 100 / (english + chinese) >= 15);
        QVERIFY(chinese * 100 / (english + chinese) <= 45);
    }

    void articlesLookLikeNews()
    {
        const QString en = cpe::generateArticle(1, 0, 5000, false);
        QVERIFY(en.toUtf8().size() > 2500);
        QVERIFY(en.contains(u"China"));
        QVERIFY(en.contains(u'\n'));
        QVERIFY(!hasCjk(en));
        const QString zh = cpe::generateArticle(1, 1, 5000, true);
        QVERIFY(hasCjk(zh));
        QVERIFY(zh.contains(u"中国"));
        QCOMPARE(cpe::generateArticle(1, 1, 5000, true), zh);
    }
};

QTEST_GUILESS_MAIN(TestCorpusGenerator)
#include "tst_corpusgenerator.moc"
