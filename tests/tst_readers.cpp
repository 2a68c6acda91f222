// Readers on files made in the test: encodings, bad input named by file, HTML body selection,
// metadata, JSON Lines, folders, and boilerplate removal on the bundled articles.

#include "articlereader.h"
#include "boilerplate.h"
#include "readermeta.h"

#include <QDir>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using cpe::ArticleReader;
using cpe::ReadResult;

class TestReaders final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The one article a file gives; fails the test on anything else.
    cpe::Article one(const QString &name, const QByteArray &bytes)
    {
        const ReadResult r = ArticleReader().readFile(write(name, bytes));
        for (const cpe::ReadIssue &i : r.issues)
            qWarning("%s: %s", qPrintable(i.path), qPrintable(i.message));
        if (r.articles.size() != 1 || !r.issues.isEmpty())
            return {};
        return r.articles.first();
    }

    static QString seedFile(const char *name)
    {
        return ArticleReader::bundledCorpusPath() + QLatin1Char('/') + QLatin1String(name);
    }

private slots:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString zh = QStringLiteral("中国与法国签署气候合作协议。");
        QStringEncoder gb("GB18030");
        QStringEncoder gbk("GBK");
        QStringEncoder u16le(QStringEncoder::Utf16LE);
        QStringEncoder u16be(QStringEncoder::Utf16BE);
        QTest::newRow("utf8") << zh.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + zh.toUtf8()
                                  << QStringLiteral("UTF-8 BOM");
        QTest::newRow("utf16le bom")
            << QByteArray("\xFF\xFE") + QByteArray(u16le(zh)) << QStringLiteral("UTF-16LE");
        QTest::newRow("utf16be bom")
            << QByteArray("\xFE\xFF") + QByteArray(u16be(zh)) << QStringLiteral("UTF-16BE");
        QTest::newRow("gb18030") << QByteArray(gb(zh)) << QStringLiteral("GB18030");
        QVERIFY(gbk.isValid());
        QTest::newRow("gbk") << QByteArray(gbk(zh)) << QStringLiteral("GB18030");
        QTest::newRow("crlf") << (zh + QStringLiteral("\r\n")).toUtf8() << QStringLiteral("UTF-8");
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const ReadResult r = ArticleReader().readFile(write(QStringLiteral("a.txt"), bytes));
        QCOMPARE(r.issues.size(), 0);
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles.first().encoding, encoding);
        QCOMPARE(r.articles.first().text, QStringLiteral("中国与法国签署气候合作协议。"));
        QCOMPARE(r.articles.first().language, QStringLiteral("zh"));
    }

    void longerChineseInGbk()
    {
        // Mixed Chinese and ASCII, as real GBK pages are.
        const QString zh = QStringLiteral(
            "新华社北京7月19日电 中国与欧盟（EU）在布鲁塞尔举行第12次气候变化双边对话，"
            "双方同意加强碳市场、CCUS和可再生能源领域合作。\n2030年前碳达峰。");
        QStringEncoder gbk("GBK");
        const cpe::Article a = one(QStringLiteral("gbk.txt"), gbk(zh));
        QCOMPARE(a.encoding, QStringLiteral("GB18030"));
        QCOMPARE(a.text, zh);
    }

    void westernTextInWindows1252()
    {
        const cpe::Article a = one(QStringLiteral("cp1252.txt"),
                                   QByteArray("China\x92"
                                              "s envoy said the talks were \x93"
                                              "constructive\x94 \x96 and caf\xE9 owners agreed."));
        QCOMPARE(a.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(a.text,
                 QStringLiteral(
                     "China’s envoy said the talks were “constructive” – and café owners agreed."));
    }

    void strayByteInUtf8()
    {
        QByteArray bytes =
            QStringLiteral("中国与法国签署气候合作协议，双方将在碳市场领域加强合作。")
                .repeated(40)
                .toUtf8();
        bytes.insert(300, '\xFF');
        const cpe::Article a = one(QStringLiteral("stray.txt"), bytes);
        QCOMPARE(a.encoding, QStringLiteral("UTF-8 (repaired)"));
        QCOMPARE(a.text.count(QChar(0xFFFD)), 1);
        QCOMPARE(a.language, QStringLiteral("zh"));
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
        put("feed.jsonl", QByteArray("{\"id\": \"x1\", \"date\": \"2019-04-01\", \"text\": \"China "
                                     "and Kenya signed a deal.\"}\nnot json\n"));
        const ReadResult r = ArticleReader().readPath(dir.path());
        QCOMPARE(r.articles.size(), 2);
        QCOMPARE(r.issues.size(), 3);
        QStringList paths;
        for (const cpe::ReadIssue &i : r.issues)
            paths.append(QFileInfo(i.path).fileName());
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("empty.txt"), QStringLiteral("feed.jsonl"),
                                     QStringLiteral("junk.bin")}));
        for (const cpe::Article &a : r.articles) {
            if (a.id == QLatin1String("x1"))
                QCOMPARE(a.meta.date, QStringLiteral("2019-04-01"));
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message"); // a word the message must hold
        QTest::newRow("empty") << QStringLiteral("e.txt") << QByteArray()
                               << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("b.md") << QByteArray(" \n\t\r\n  ")
                               << QStringLiteral("empty");
        QTest::newRow("blank utf16") << QStringLiteral("b16.txt")
                                     << QByteArray("\xFF\xFE \0\n\0", 6) << QStringLiteral("empty");
        QTest::newRow("png") << QStringLiteral("p.html")
                             << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20)
                             << QStringLiteral("binary");
        QTest::newRow("controls") << QStringLiteral("c.txt")
                                  << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08"
                                                "abc\x0E\x0F\x10")
                                  << QStringLiteral("binary");
        QTest::newRow("undecodable")
            << QStringLiteral("u.txt")
            << QByteArray("\x81\x20\xFF\xFE\x9D\x8D text \xC3\x28 \x90\x90")
            << QStringLiteral("undecodable");
        QTest::newRow("broken utf16")
            << QStringLiteral("h.txt") << QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6)
            << QStringLiteral("UTF-16");
        QTest::newRow("only furniture")
            << QStringLiteral("f.txt")
            << QByteArray("Copyright © 2024 Xinhua. All rights reserved.\n")
            << QStringLiteral("furniture");
        QTest::newRow("jsonl blank")
            << QStringLiteral("j.jsonl") << QByteArray("\n\n") << QStringLiteral("empty");
        QTest::newRow("json broken")
            << QStringLiteral("j.json") << QByteArray("{\"text\": ") << QStringLiteral("JSON");
    }
    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = write(name, bytes);
        const ReadResult r = ArticleReader().readFile(path);
        QCOMPARE(r.articles.size(), 0);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().path, path);
        QVERIFY2(r.issues.first().message.contains(message, Qt::CaseInsensitive),
                 qPrintable(r.issues.first().message));
    }

    void tooLargeIsNotRead()
    {
        ArticleReader reader;
        reader.maxArticleBytes = 1024;
        const QString path = write(QStringLiteral("big.txt"), QByteArray(4096, 'a'));
        const ReadResult r = reader.readFile(path);
        QCOMPARE(r.articles.size(), 0);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(r.issues.first().message.contains(QLatin1String("too large")));
        // In JSON Lines the limit is per record: the big line goes, the others stay.
        const QString feed =
            write(QStringLiteral("big.jsonl"), "{\"text\": \"" + QByteArray(200 * 1024, 'a') +
                                                   "\"}\n{\"text\": \"China and Peru.\"}\n");
        const ReadResult f = reader.readFile(feed);
        QCOMPARE(f.articles.size(), 1);
        QCOMPARE(f.issues.size(), 1);
        QVERIFY(f.issues.first().message.startsWith(QLatin1String("line 1")));
    }

    void missingPathAndEmptyFolder()
    {
        QList<cpe::ReadIssue> issues;
        QVERIFY(
            ArticleReader().listFiles(m_dir.filePath(QStringLiteral("nope")), &issues).isEmpty());
        QCOMPARE(issues.size(), 1);
        QTemporaryDir empty;
        issues.clear();
        QVERIFY(ArticleReader().listFiles(empty.path(), &issues).isEmpty());
        QCOMPARE(issues.size(), 1);
    }

    void folderListing()
    {
        QTemporaryDir dir;
        for (const char *name :
             {"b.txt", "a.md", "sub/z.html", "sub/deeper/c.jsonl", "a.md.meta.json", "b.meta.json",
              ".hidden.txt", ".git/config", "sub/.cache/x.txt"}) {
            QDir().mkpath(QFileInfo(dir.filePath(QLatin1String(name))).path());
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("China and Chile.");
        }
        QStringList rel;
        for (const QString &f : ArticleReader().listFiles(dir.path()))
            rel.append(QDir(dir.path()).relativeFilePath(f));
        QCOMPARE(rel,
                 (QStringList{QStringLiteral("a.md"), QStringLiteral("b.txt"),
                              QStringLiteral("sub/deeper/c.jsonl"), QStringLiteral("sub/z.html")}));
    }

    void htmlBodyOnly()
    {
        const ReadResult r = ArticleReader().readFile(write(
            QStringLiteral("p.html"), QByteArray("<html><head><title>Deal</title><script>var "
                                                 "x='</div>';</script><style>p{}</style></head>"
                                                 "<body><nav>Home | News</nav><p>China and Chile "
                                                 "signed a solar deal &amp; more.<p>Second"
                                                 "<footer>Copyright</footer></body>")));
        QCOMPARE(r.articles.size(), 1);
        const QString text = r.articles.first().text;
        QVERIFY(text.contains(QStringLiteral("China and Chile signed a solar deal & more.")));
        QVERIFY(!text.contains(QStringLiteral("Home")));
        QVERIFY(!text.contains(QStringLiteral("var x")));
        QVERIFY(!text.contains(QStringLiteral("Copyright")));
        QCOMPARE(r.articles.first().title, QStringLiteral("Deal"));
    }

    void brokenHtml_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed tags")
            << QByteArray("<html><body><div><p>China and Kenya agreed<p>on solar power")
            << QStringLiteral("China and Kenya agreed\non solar power");
        QTest::newRow("stray end tags")
            << QByteArray("<body></div></span><p>China and Peru</b> signed.</p></div></td></body>")
            << QStringLiteral("China and Peru signed.");
        QTest::newRow("misnested") << QByteArray("<p><b>China <i>and</b> Laos</i> met.</p>")
                                   << QStringLiteral("China and Laos met.");
        QTest::newRow("no html end")
            << QByteArray(
                   "<!DOCTYPE html><html><head><title>T</title></head><body><p>China and Fiji")
            << QStringLiteral("China and Fiji");
        QTest::newRow("script with tags in strings")
            << QByteArray(
                   "<body><p>China and Chad.</p><script>document.write(\"</p><p>junk</p>\"); if "
                   "(a<b) x='</div>';"
                   "</script><p>Solar deal.</p></body>")
            << QStringLiteral("China and Chad.\nSolar deal.");
        QTest::newRow("comments with tags")
            << QByteArray("<body><p>China <!-- <p>hidden</p> --> and Togo.</p><!-- open")
            << QStringLiteral("China and Togo.");
        QTest::newRow("cut inside a tag")
            << QByteArray("<body><p>China and Mali.</p><a href=\"http://x")
            << QStringLiteral("China and Mali.");
        QTest::newRow("unterminated quote")
            << QByteArray("<body><p class=\"a>China and Niger.</p></body>")
            << QStringLiteral("China and Niger.");
        QTest::newRow("lone angle brackets")
            << QByteArray("<p>1 < 2 and 3 > 2 for China & Benin</p>")
            << QStringLiteral("1 < 2 and 3 > 2 for China & Benin");
        QTest::newRow("cdata and svg")
            << QByteArray(
                   "<p>China<svg><g><text>icon</text></g></svg> and Oman<![CDATA[ agreed]]>.</p>")
            << QStringLiteral("China and Oman agreed.");
        QTest::newRow("entities")
            << QByteArray("<p>&ldquo;Green&rdquo; &mdash; China&rsquo;s &#8220;plan&#x201D; &copy; "
                          "&lt;b&gt; "
                          "&middot; &hellip; &unknown; &amp &#0; caf&eacute;&nbsp;&nbsp;now</p>")
            << QStringLiteral("“Green” — China’s “plan” © <b> · … &unknown; & \uFFFD café now");
        QTest::newRow("blocks and breaks")
            << QByteArray("<h1>Title</h1><ul><li>One<li>Two</"
                          "ul>Three<br>Four<table><tr><td>A<td>B</table>")
            << QStringLiteral("Title\nOne\nTwo\nThree\nFour\nA\nB");
    }
    void brokenHtml()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, expected);
        const ReadResult r = ArticleReader().readFile(write(QStringLiteral("broken.html"), html));
        QCOMPARE(r.issues.size(), 0);
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles.first().text, expected);
    }

    void htmlFurnitureDropped()
    {
        const QByteArray page =
            "<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"utf-8\">"
            "<title>China, Chile sign solar pact - Example News</title>"
            "<meta property=\"og:site_name\" content=\"Example News\">"
            "<meta property=\"article:published_time\" content=\"2023-07-19T10:00:00+08:00\">"
            "<link rel=\"canonical\" href=\"https://example.com/a/1\">"
            "<style>.x{color:red}</style></head><body>"
            "<header><a href=/>Example News</a> <a href=/world>World</a></header>"
            "<nav><ul><li><a href=/a>Politics</a></li><li><a href=/b>Business</a></li></ul></nav>"
            "<div class=\"layout\"><div class=\"main-content\">"
            "<h1>China, Chile sign solar pact</h1>"
            "<div class=\"share-bar\"><a href=#>Share on Facebook</a></div>"
            "<p>China and Chile signed a memorandum on solar power and green hydrogen on "
            "Tuesday.</p>"
            "<p>The two sides will set up a working group, the <a href=/m>ministry</a> said.</p>"
            "<div><ul><li><a href=/r1>Markets rally on Friday</a></li><li><a href=/r2>Typhoon "
            "nears coast</a></li></ul></div>"
            "<p>Officials will meet again in 2024.</p>"
            "<div id=\"comments\"><p>Great news! posted by reader</p></div>"
            "</div><aside><h3>Most read</h3><p>Celebrity gossip</p></aside>"
            "<div class=\"ad-slot\">Buy now</div></div>"
            "<script>var related = '<p>Injected</p>';</script>"
            "<footer><p>Copyright 2024 Example News</p></footer></body></html>";
        const cpe::Article a = one(QStringLiteral("page.html"), page);
        QCOMPARE(a.text,
                 QStringLiteral("China, Chile sign solar pact\n"
                                "China and Chile signed a memorandum on solar power and green "
                                "hydrogen on Tuesday.\n"
                                "The two sides will set up a working group, the ministry said.\n"
                                "Officials will meet again in 2024."));
        QCOMPARE(a.title, QStringLiteral("China, Chile sign solar pact"));
        QCOMPARE(a.meta.date, QStringLiteral("2023-07-19"));
        QCOMPARE(a.meta.source, QStringLiteral("Example News"));
        QCOMPARE(a.meta.url, QStringLiteral("https://example.com/a/1"));
        QCOMPARE(a.meta.language, QStringLiteral("en"));
        QCOMPARE(a.format, QStringLiteral("html"));
    }

    void htmlArticleElementPreferred()
    {
        // Teasers in <article> elements around the real one, and a "content" wrapper: the
        // <article> holding the story wins.
        QByteArray teasers, story;
        for (int i = 0; i < 6; ++i)
            teasers += "<article><h3><a href=/t" + QByteArray::number(i) +
                       ">Markets rally for a day</a></h3>"
                       "<p>Stocks rose on Friday.</p></article>";
        for (int i = 0; i < 6; ++i)
            story += "<p>China and the EU issued a joint statement on climate change, paragraph " +
                     QByteArray::number(i) + ".</p>";
        const QByteArray page =
            "<html><head><meta property=\"og:title\" content=\"China and EU agree\">"
            "<script "
            "type=\"application/"
            "ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2015-06-29\","
            "\"publisher\":{\"name\":\"Daily\"}}</script></head><body><div id=\"content\">"
            "<p>Breaking: a short unrelated note.</p><article>" +
            story +
            "<div class=\"related-stories\"><p>Other story</p></div></article></div>"
            "<section class=\"more\">" +
            teasers + "</section></body></html>";
        const cpe::Article a = one(QStringLiteral("article.html"), page);
        QVERIFY2(a.text.startsWith(QStringLiteral(
                     "China and the EU issued a joint statement on climate change, paragraph 0.")),
                 qPrintable(a.text));
        QVERIFY(a.text.endsWith(QStringLiteral("paragraph 5.")));
        QCOMPARE(a.text.count(QLatin1Char('\n')), 5);
        QCOMPARE(a.title, QStringLiteral("China and EU agree"));
        QCOMPARE(a.meta.date, QStringLiteral("2015-06-29"));
        QCOMPARE(a.meta.source, QStringLiteral("Daily"));
    }

    void htmlBylineBeforeBody_data()
    {
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<bool>("kept");
        QTest::newRow("info bar") << QByteArray("<div class=\"info\">By Li Wei | example.com | Updated: 2024-10-08 09:12</div>") << true;
        QTest::newRow("source and date") << QByteArray("<p class=\"byline\">Source: Xinhua | 2023-05-06 10:21</p>") << true;
        QTest::newRow("a title is not a byline") << QByteArray("<h2>China and Chile mark 2024 solar deal</h2>") << false;
    }
    void htmlBylineBeforeBody()
    {
        // The info bar sits outside the element that holds the body; it dates the article.
        QFETCH(QByteArray, info);
        QFETCH(bool, kept);
        QByteArray story;
        for (int i = 0; i < 4; ++i)
            story += "<p>China and Chile signed a solar cooperation deal, paragraph " + QByteArray::number(i) + ".</p>";
        const QByteArray page = "<html><body><div id=\"lft\"><h1>Solar deal</h1>" + info +
                                "<div id=\"content\">" + story + "</div></div></body></html>";
        const cpe::Article a = one(QStringLiteral("byline.html"), page);
        QVERIFY(a.text.contains(QStringLiteral("paragraph 3.")));
        QVERIFY2(a.text.count(QLatin1Char('\n')) == (kept ? 4 : 3), qPrintable(a.text));
        QVERIFY(!a.text.contains(QStringLiteral("Solar deal")));
    }

    void htmlDeclaredCharset()
    {
        const QString zh =
            QStringLiteral("中国和巴西签署了清洁能源合作协议，双方将共同建设风电项目。");
        QStringEncoder gbk("GBK");
        const QByteArray page =
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            "<meta name=\"PubDate\" content=\"2021/10/28 10:00\"></head><body><div "
            "class=\"TRS_Editor\"><p>" +
            QByteArray(gbk(zh)) + "</p></div></body></html>";
        const cpe::Article a = one(QStringLiteral("gov.htm"), page);
        QCOMPARE(a.text, zh);
        QCOMPARE(a.encoding, QStringLiteral("GB18030"));
        QCOMPARE(a.language, QStringLiteral("zh"));
        QCOMPARE(a.meta.date, QStringLiteral("2021-10-28"));
    }

    void markdownFrontMatter()
    {
        const cpe::Article a =
            one(QStringLiteral("note.md"),
                QByteArray("---\ntitle: \"China and Brazil: a green pact\"\ndate: "
                           "2019-11-13\nsource: Example Wire\n"
                           "url: https://example.org/x\nlanguage: en\n---\n# Heading\n\nChina and "
                           "**Brazil** signed a "
                           "[deal](https://x.org) on *wind* power.\n\n> Quoted line\n\n- bullet "
                           "item\n\n---\n\n[ref]: https://example.org\n"));
        QCOMPARE(a.meta.title, QStringLiteral("China and Brazil: a green pact"));
        QCOMPARE(a.title, a.meta.title);
        QCOMPARE(a.meta.date, QStringLiteral("2019-11-13"));
        QCOMPARE(a.meta.source, QStringLiteral("Example Wire"));
        QCOMPARE(a.meta.url, QStringLiteral("https://example.org/x"));
        QCOMPARE(a.text, QStringLiteral("Heading\n\nChina and Brazil signed a deal on wind "
                                        "power.\n\nQuoted line\n\nbullet item"));
        QCOMPARE(a.format, QStringLiteral("markdown"));
    }

    // A list under a key ("related:" then "  - …") belongs to the block.
    void frontMatterWithAList()
    {
        const cpe::Article a = one(QStringLiteral("list.md"),
                                   QByteArray("---\ntitle: \"东盟电网\"\ndate: 2023-08-28\nrelated:\n  - \"印度绿氢\"\n"
                                              "  - \"日本核电\"\n---\n正文。\n"));
        QCOMPARE(a.meta.title, QStringLiteral("东盟电网"));
        QCOMPARE(a.meta.date, QStringLiteral("2023-08-28"));
        QCOMPARE(a.text, QStringLiteral("正文。"));
    }

    void sidecarWins()
    {
        write(QStringLiteral("side/story.txt.meta.json"),
              QByteArray("{\"title\": \"Sidecar title\", \"published_at\": \"March 3, 2021\", "
                         "\"source\": {\"name\": \"Wire\"}}"));
        const ReadResult r = ArticleReader().readFile(
            write(QStringLiteral("side/story.txt"),
                  QByteArray("---\ntitle: Front matter title\ndate: 2020-01-01\nurl: "
                             "https://example.org/s\n---\nChina and Egypt agreed.\n")));
        QCOMPARE(r.articles.size(), 1);
        const cpe::Article &a = r.articles.first();
        QCOMPARE(a.title, QStringLiteral("Sidecar title"));
        QCOMPARE(a.meta.date, QStringLiteral("2021-03-03"));
        QCOMPARE(a.meta.source, QStringLiteral("Wire"));
        QCOMPARE(a.meta.url,
                 QStringLiteral("https://example.org/s")); // not in the sidecar: front matter stays
        QCOMPARE(a.text, QStringLiteral("China and Egypt agreed."));
        // The sidecar named after the base name works too, and a broken one is reported.
        write(QStringLiteral("side/other.meta.json"), QByteArray("{\"date\": \"2018\"}"));
        QCOMPARE(ArticleReader()
                     .readFile(write(QStringLiteral("side/other.html"),
                                     QByteArray("<p>China and Iran.</p>")))
                     .articles.first()
                     .meta.date,
                 QStringLiteral("2018"));
        write(QStringLiteral("side/bad.txt.meta.json"), QByteArray("{oops"));
        const ReadResult bad = ArticleReader().readFile(
            write(QStringLiteral("side/bad.txt"), QByteArray("China and Iraq.")));
        QCOMPARE(bad.articles.size(), 1);
        QCOMPARE(bad.issues.size(), 1);
        QVERIFY(bad.issues.first().path.endsWith(QLatin1String("bad.txt.meta.json")));
    }

    void jsonLines()
    {
        const QByteArray feed = "\xEF\xBB\xBF{\"id\": \"a1\", \"title\": \"One\", \"date\": "
                                "\"2020-05-01\", \"source\": \"S\", \"url\": \"u\", "
                                "\"text\": \"China and Ghana signed a deal.\"}\n"
                                "{\"title\": broken}\n"
                                "\n"
                                "{\"title\": \"no text\"}\n"
                                "[1, 2]\n"
                                "{\"content\": \"中国与加纳签署协议。\", \"published_at\": "
                                "\"2021年3月5日\", \"lang\": \"zh-CN\"}\n"
                                "{\"body\": \"<div><p>China and "
                                "Oman.</p><footer>Copyright</footer></div>\", \"id\": 42}\n";
        const ReadResult r = ArticleReader().readFile(write(QStringLiteral("feed.jsonl"), feed));
        QCOMPARE(r.articles.size(), 3);
        QCOMPARE(r.issues.size(), 3);
        QVERIFY(r.issues.at(0).message.startsWith(QLatin1String("line 2")));
        QVERIFY(r.issues.at(1).message.startsWith(QLatin1String("line 4")));
        QVERIFY(r.issues.at(2).message.startsWith(QLatin1String("line 5")));
        QCOMPARE(r.articles.at(0).id, QStringLiteral("a1"));
        QCOMPARE(r.articles.at(0).title, QStringLiteral("One"));
        QCOMPARE(r.articles.at(0).meta.source, QStringLiteral("S"));
        QCOMPARE(r.articles.at(1).id, QStringLiteral("feed-6"));
        QCOMPARE(r.articles.at(1).meta.date, QStringLiteral("2021-03-05"));
        QCOMPARE(r.articles.at(1).language, QStringLiteral("zh"));
        QCOMPARE(r.articles.at(2).id, QStringLiteral("42"));
        QCOMPARE(r.articles.at(2).text, QStringLiteral("China and Oman."));
        for (const cpe::Article &a : r.articles)
            QCOMPARE(a.format, QStringLiteral("jsonl"));
    }

    void jsonDocument()
    {
        const ReadResult r = ArticleReader().readFile(
            write(QStringLiteral("batch.json"),
                  QByteArray("{\"articles\": [{\"title\": \"A\", \"text\": \"China and Cuba.\"}, "
                             "{\"text\": \"China and Chad.\"}, 3]}")));
        QCOMPARE(r.articles.size(), 2);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.articles.at(1).id, QStringLiteral("batch-2"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("iso") << QStringLiteral("2023-07-19T10:00:00+08:00")
                             << QStringLiteral("2023-07-19");
        QTest::newRow("slashes") << QStringLiteral("2023/7/9 08:00")
                                 << QStringLiteral("2023-07-09");
        QTest::newRow("chinese") << QStringLiteral("2023年7月19日 10:22")
                                 << QStringLiteral("2023-07-19");
        QTest::newRow("compact") << QStringLiteral("20230719") << QStringLiteral("2023-07-19");
        QTest::newRow("us") << QStringLiteral("July 19, 2023") << QStringLiteral("2023-07-19");
        QTest::newRow("rfc822") << QStringLiteral("Wed, 19 Jul 2023 10:00:00 GMT")
                                << QStringLiteral("2023-07-19");
        QTest::newRow("month") << QStringLiteral("2015-06") << QStringLiteral("2015-06");
        QTest::newRow("year") << QStringLiteral("2015") << QStringLiteral("2015");
        QTest::newRow("unix") << QStringLiteral("1689760800") << QStringLiteral("2023-07-19");
        QTest::newRow("day first") << QStringLiteral("19/07/2023") << QStringLiteral("2023-07-19");
        QTest::newRow("ambiguous") << QStringLiteral("05/07/2023") << QStringLiteral("2023");
        QTest::newRow("no date") << QStringLiteral(" yesterday ") << QStringLiteral("yesterday");
    }
    void dates()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(cpe::normalizeDate(in), out);
    }

    void boilerplateLines()
    {
        const cpe::Boilerplate &rules = cpe::Boilerplate::bundled();
        // A paragraph that merely uses a cue's words stays; a short furniture line goes.
        const QString prose = QStringLiteral(
            "据相关报道，中法两国将于下月签署气候合作协议，并就碳市场建设交换意见。");
        const QString zh = QStringLiteral("中国与法国在巴黎举行气候变化对话。\n") + prose +
                           QStringLiteral("\n双方同意在绿色金融领域加强合作，推动落实《巴黎协定》。"
                                          "\n（责任编辑：王某）\n相关新闻\n美国股市周五收跌");
        QCOMPARE(rules.strip(zh, u"zh"),
                 QStringLiteral("中国与法国在巴黎举行气候变化对话。\n") + prose +
                     QStringLiteral("\n双方同意在绿色金融领域加强合作，推动落实《巴黎协定》。"));
        const QString en = QStringLiteral(
            "Share this article\nChina and Chile agreed to cooperate on copyright, "
            "and the statement said all rights reserved by either side stay untouched "
            "under the new framework for the next ten years of green cooperation.\n"
            "Credit: Xinhua\n这是一个横幅\nThe deal covers solar power.");
        QCOMPARE(rules.strip(en, u"en"),
                 QStringLiteral(
                     "China and Chile agreed to cooperate on copyright, "
                     "and the statement said all rights reserved by either side stay untouched "
                     "under the new framework for the next ten years of green cooperation.\n"
                     "The deal covers solar power."));
        QVERIFY(rules.marksFurniture(u"relatedNews"));
        QVERIFY(rules.marksFurniture(u"col ad-slot"));
        QVERIFY(!rules.marksFurniture(u"header-lead loading"));
        QVERIFY(rules.marksBody(u"TRS_Editor"));
    }

    void bundledFooterIsDropped()
    {
        const ReadResult r = ArticleReader().readFile(seedFile("003_d4acc7fcd3ad9e00.txt"));
        QCOMPARE(r.articles.size(), 1);
        const QString text = r.articles.first().text;
        QVERIFY(text.startsWith(QStringLiteral("US Climate Envoy John Kerry")));
        QVERIFY(text.contains(QStringLiteral("BEIJING, July 19 (TMTPost)")));
        QVERIFY(text.endsWith(QStringLiteral("win-win cooperation.")));
        for (const char *gone : {"2024", "IPO", "Credit:", "12-29", "SpaceX"})
            QVERIFY2(!text.contains(QLatin1String(gone)), gone);
        for (const QString &gone :
             {QStringLiteral("韩国"), QStringLiteral("文章顶部"), QStringLiteral("快报"),
              QStringLiteral("转载"), QStringLiteral("评论"), QStringLiteral("扫描下载")})
            QVERIFY2(!text.contains(gone), qPrintable(gone));
    }

    // Every paragraph of the bundled articles survives boilerplate removal (only seed 003 has
    // furniture, all of it in lines shorter than any paragraph).
    void bundledParagraphsKept()
    {
        const QStringList files = ArticleReader().listFiles(ArticleReader::bundledCorpusPath());
        QCOMPARE(files.size(), 5);
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString raw = QString::fromUtf8(f.readAll());
            const ReadResult r = ArticleReader().readFile(path);
            QCOMPARE(r.articles.size(), 1);
            const QString text = r.articles.first().text;
            int paragraphs = 0;
            for (const QString &line : raw.split(QLatin1Char('\n'))) {
                if (line.trimmed().size() < 60)
                    continue;
                ++paragraphs;
                QVERIFY2(text.contains(line.trimmed()),
                         qPrintable(path + QLatin1String(": ") + line.left(60)));
            }
            QVERIFY(paragraphs >= 4);
        }
    }
};

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
