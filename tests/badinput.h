#pragma once

// A folder of bad input next to a few good articles, written at test time (no binary
// fixtures): shared by tst_badinput (the reader and loader) and gui/tst_importwindow (the
// window during such a load). Needs a QGuiApplication: the PDFs are drawn with QPdfWriter.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPair>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QStringConverter>
#include <QStringList>

namespace badinput {

struct Corpus
{
    // file name → a fragment of the reason it must be reported with
    QList<QPair<QString, QString>> problems;
    QStringList goodFiles; // one article each
    QString scriptMarker;  // text of an HTML <script> that must not reach any article
    QString pdfMarker;     // a phrase of the text PDF that must reach its article
};

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The bundled articles, plain English text: the good articles are made of them.
inline QString seedText(int i)
{
    const QDir seeds(QStringLiteral(":/cpe/corpus/seeds"));
    const QStringList names = seeds.entryList(QDir::Files, QDir::Name);
    QFile f(seeds.filePath(names.value(i % int(names.size()))));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A text PDF: the text is drawn, so poppler finds a text layer.
inline bool writeTextPdf(const QString &path, const QString &text)
{
    QPdfWriter pdf(path);
    pdf.setTitle(QStringLiteral("China and partners on climate"));
    pdf.setResolution(72);
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    QFont font = painter.font();
    font.setPointSize(10);
    painter.setFont(font);
    painter.drawText(QRect(36, 36, pdf.width() - 72, pdf.height() - 72), Qt::TextWordWrap, text);
    return painter.end();
}

// A scan: one picture, no text layer.
inline bool writeImagePdf(const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setResolution(72);
    QImage scan(400, 560, QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter page(&scan);
        for (int y = 40; y < 520; y += 14)
            page.fillRect(40, y, 320 - (y % 60), 8, Qt::darkGray); // lines of "print"
    }
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    painter.drawImage(QRect(36, 36, 400, 560), scan);
    return painter.end();
}

// Writes the corpus into `dir`. `hugeBytes` is the size of the over-large text file.
inline Corpus writeCorpus(const QString &dir, qint64 hugeBytes = 200LL * 1024 * 1024)
{
    Corpus c;
    const QDir d(dir);
    const auto bad = [&](const QString &name, const QByteArray &bytes, const QString &reason) {
        write(d.filePath(name), bytes);
        c.problems.append({name, reason});
    };
    bad(QStringLiteral("empty.txt"), QByteArray(), QStringLiteral("empty file"));
    bad(QStringLiteral("blank.md"), QByteArray("  \n\t\n   \n"), QStringLiteral("only white space"));
    QByteArray junk(64 * 1024, '\0');
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
    bad(QStringLiteral("junk.bin"), junk, QStringLiteral("binary data"));
    // Stray high bytes everywhere: not UTF-8, 0xFF is no GB18030 lead byte, 0x81 and 0x9D are
    // undefined in Windows-1252.
    QByteArray broken;
    for (int i = 0; i < 200; ++i)
        broken += "Climate talks \x81\xFF resumed \x9D\xC3( in Paris.\n";
    bad(QStringLiteral("invalid-utf8.txt"), broken, QStringLiteral("undecodable"));
    bad(QStringLiteral("not-an-article.json"), QByteArray("{\"foo\": 1}"),
        QStringLiteral("no article text"));
    bad(QStringLiteral("broken.pdf"), QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage"),
        QStringLiteral("PDF"));
    writeImagePdf(d.filePath(QStringLiteral("scanned.pdf")));
    c.problems.append({QStringLiteral("scanned.pdf"), QStringLiteral("no text layer (scanned PDF?)")});
    {
        // Real text, written in 1 MB blocks: the reader must refuse it by its size alone.
        QFile huge(d.filePath(QStringLiteral("huge.txt")));
        huge.open(QIODevice::WriteOnly);
        QByteArray block;
        while (block.size() < 1024 * 1024)
            block += "China and the EU agreed to cooperate on climate change. ";
        block.truncate(1024 * 1024);
        for (qint64 written = 0; written < hugeBytes; written += block.size())
            huge.write(block);
        c.problems.append({QStringLiteral("huge.txt"), QStringLiteral("too large")});
    }

    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("good-%1.txt").arg(i);
        write(d.filePath(name), seedText(i).toUtf8());
        c.goodFiles.append(name);
    }
    const QString chinese = QStringLiteral(
        "中国与欧盟在布鲁塞尔发表气候变化联合声明，双方同意加强在应对气候变化方面的政策对话和务实合作。"
        "声明指出，双方将共同推动低碳经济发展，促进清洁能源、碳排放交易和绿色金融领域的合作。"
        "中方表示，中国将在二零三零年前后使二氧化碳排放达到峰值，并争取尽早达峰。"
        "欧方欢迎中方的承诺，表示愿与中方一道推动巴黎气候大会取得成功。\n");
    QStringEncoder gb18030("GB18030");
    write(d.filePath(QStringLiteral("chinese-gb18030.txt")), gb18030.encode(chinese));
    c.goodFiles.append(QStringLiteral("chinese-gb18030.txt"));

    c.scriptMarker = QStringLiteral("trackEveryReaderScriptMarker");
    const QString html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Climate pact</title>"
                       "<script>function %1() { document.write('<p>%1 injected</p>'); }</script>"
                       "</head><body><script>var x = \"%1\";</script><article><p>")
            .arg(c.scriptMarker) +
        seedText(3).toHtmlEscaped().replace(QLatin1String("\n"), QLatin1String("</p><p>")) +
        QStringLiteral("</p></article><script src=\"ads.js\">%1()</script></body></html>")
            .arg(c.scriptMarker);
    write(d.filePath(QStringLiteral("page-with-scripts.html")), html.toUtf8());
    c.goodFiles.append(QStringLiteral("page-with-scripts.html"));

    // Its own seed (not a duplicate of a text file) and its first page's worth of text.
    c.pdfMarker = QStringLiteral("Interim Measures on the Administration of External Cooperation");
    writeTextPdf(d.filePath(QStringLiteral("text.pdf")), seedText(4).left(2500));
    c.goodFiles.append(QStringLiteral("text.pdf"));
    return c;
}

} // namespace badinput
