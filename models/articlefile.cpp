#include "articlefile.h"

#include "boilerplate.h"
#include "htmlextract.h"
#include "readerformats.h"
#include "readermeta.h"
#include "textdecode.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstring>

namespace cpe::reading {

namespace {

enum class Format { Text, Markdown, Html, JsonLines, Json };

bool startsLikeHtml(QByteArrayView head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    // Compared in place, case-insensitively: every file is asked this, few are HTML.
    const QByteArrayView start = head.sliced(i);
    const auto opensWith = [start](QByteArrayView tag) {
        return start.size() >= tag.size() &&
               qstrnicmp(start.data(), tag.size(), tag.data(), tag.size()) == 0;
    };
    return opensWith("<!doctype html") || opensWith("<html") || opensWith("<head") ||
           opensWith("<body") ||
           (opensWith("<?xml") && head.toByteArray().toLower().contains("<html"));
}

Format formatOf(const QString &suffix, QByteArrayView head)
{
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix.startsWith(QLatin1String("htm")) || suffix == QLatin1String("xhtml") ||
        suffix == QLatin1String("shtml"))
        return Format::Html;
    // A saved page keeps its markup whatever it is called.
    if (startsLikeHtml(head))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    return Format::Text;
}

} // namespace

ArticleMeta FileReader::sidecar()
{
    ArticleMeta meta;
    for (const QString &side : {m_path + QLatin1String(".meta.json"),
                                m_info.path() + QLatin1Char('/') + m_info.completeBaseName() +
                                    QLatin1String(".meta.json")}) {
        // What QFile::exists() answers (a dangling symbolic link counts too, and is then
        // reported), from the same single lstat(), without a file engine for every article.
        const QFileInfo info(side);
        if (!info.isSymLink() && !info.exists())
            continue;
        QFile f(side);
        QJsonParseError err;
        const QJsonDocument doc = f.open(QIODevice::ReadOnly) && f.size() < (1 << 20)
                                      ? QJsonDocument::fromJson(f.readAll(), &err)
                                      : QJsonDocument();
        if (!doc.isObject())
            m_result.issues.append(
                ReadIssue{side, tr("metadata sidecar ignored: not a JSON object")});
        else
            applyMetaJson(meta, doc.object());
        break;
    }
    return meta;
}

void FileReader::finish(Article a, QStringView body, const QString &fallbackTitle)
{
    overlayMeta(a.meta, m_sidecar);
    a.path = m_path;
    a.encoding = m_encoding;
    a.language = a.meta.language.isEmpty() ? detectLanguage(body) : a.meta.language.left(2);
    a.text = Boilerplate::bundled().strip(body, a.language, &a.droppedBoilerplateChars);
    a.title = !a.meta.title.isEmpty() ? a.meta.title : fallbackTitle;
    if (a.title.isEmpty())
        a.title = QStringView(a.text)
                      .left(a.text.indexOf(u'\n') < 0 ? a.text.size() : a.text.indexOf(u'\n'))
                      .left(200)
                      .toString();
    if (a.text.isEmpty()) {
        issue(a.format == QLatin1String("jsonl")
                  ? tr("record %1: no article text left after removing page furniture").arg(a.id)
                  : tr("no article text left after removing page furniture"));
        return;
    }
    m_result.articles.append(std::move(a));
}

bool FileReader::readBytes(QFile &file, QByteArray *bytes)
{
    const qint64 limit = m_reader.maxArticleBytes;
    // The size is known before anything is read, so a huge file costs nothing.
    const qint64 size = m_info.isFile() ? m_info.size() : 0; // stat()ed already, unlike file.size()
    if (size > limit) {
        issue(tr("file too large (%1 MB; the limit is %2 MB)")
                  .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
                  .arg(limit / (1024 * 1024)));
        return false;
    }
    if (size > 0) {
        bytes->resize(qsizetype(size));
        const qint64 got = file.read(bytes->data(), size);
        bytes->resize(qsizetype(std::max<qint64>(got, 0)));
    } else { // a pipe or a device: read until the limit
        char chunk[16384];
        qint64 got = 0;
        while ((got = file.read(chunk, sizeof chunk)) > 0 && bytes->size() <= limit)
            bytes->append(chunk, qsizetype(got));
        if (bytes->size() > limit) {
            issue(tr("file too large (over %1 MB)").arg(limit / (1024 * 1024)));
            return false;
        }
    }
    if (file.error() != QFileDevice::NoError) {
        issue(tr("cannot read: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

void FileReader::readPdf()
{
    // Poppler reads the file itself, page by page: only its size is checked here.
    const qint64 size = m_info.size();
    if (size > kMaxPdfBytes) {
        issue(tr("file too large (%1 MB; the limit is %2 MB)")
                  .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
                  .arg(kMaxPdfBytes / (1024 * 1024)));
        return;
    }
    const PdfTextReader pdf = pdfTextReader();
    if (!pdf) {
        issue(tr("PDF reading is not available in this build"));
        return;
    }
    const ExtractedDocument doc = pdf(m_path);
    if (!doc.error.isEmpty()) {
        issue(doc.error);
        return;
    }
    if (QStringView(doc.text).trimmed().isEmpty()) {
        issue(tr("no text layer (scanned PDF?)"));
        return;
    }
    m_encoding = QStringLiteral("PDF");
    Article a;
    a.id = m_info.completeBaseName();
    a.format = QStringLiteral("pdf");
    a.meta.title = doc.title;
    finish(std::move(a), doc.text, QString());
}

void FileReader::read()
{
    if (m_info.isDir()) {
        issue(tr("is a folder, not a file"));
        return;
    }
    const QString suffix = m_info.suffix().toLower();
    const bool jsonLines = formatOf(suffix, {}) == Format::JsonLines;
    // Whole files are read in one call, straight into their buffer; JSON Lines go line by
    // line through Qt's buffer.
    QFile file(m_path);
    if (!file.open(jsonLines ? QIODevice::ReadOnly : QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        issue(tr("cannot read: %1").arg(file.errorString()));
        return;
    }
    m_sidecar = sidecar();
    if (suffix == QLatin1String("pdf")) {
        file.close();
        readPdf();
        return;
    }
    if (jsonLines) {
        readJsonLines(file);
        return;
    }
    QByteArray bytes;
    if (!readBytes(file, &bytes))
        return;
    if (bytes.startsWith("%PDF-")) { // a PDF saved under another name
        bytes.clear();
        readPdf();
        return;
    }
    if (QByteArrayView(bytes).trimmed().isEmpty()) { // a view: no copy of the file
        issue(bytes.isEmpty() ? tr("empty file") : tr("empty file (only white space)"));
        return;
    }
    const QByteArrayView head =
        QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 1024));
    const Format format = formatOf(suffix, head);
    DecodedText decoded = decodeText(
        bytes, format == Format::Html ? QByteArrayView(sniffHtmlCharset(head)) : QByteArrayView());
    if (!decoded.ok()) {
        issue(decoded.error);
        return;
    }
    m_encoding = decoded.encoding;
    QString &text = decoded.text;
    if (QStringView(text).trimmed().isEmpty()) {
        issue(tr("empty file (only white space)"));
        return;
    }
    // Decoded as UTF-8 (repaired or not), the text holds a carriage return exactly where the
    // bytes hold 0x0D: looking through the bytes is cheaper than through the text. (A charset
    // an HTML page declares never comes out under one of these names.)
    const bool utf8 = m_encoding == QLatin1String("UTF-8") ||
                      m_encoding == QLatin1String("UTF-8 BOM") ||
                      m_encoding == QLatin1String("UTF-8 (repaired)");
    const bool hasCarriageReturn =
        utf8 ? std::memchr(bytes.constData(), '\r', size_t(bytes.size())) != nullptr
             : text.contains(u'\r');
    if (hasCarriageReturn)
        text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');

    if (format == Format::Json) {
        readJsonDocument(text);
        return;
    }
    Article a;
    a.id = m_info.completeBaseName();
    if (format == Format::Html) {
        a.format = QStringLiteral("html");
        HtmlArticle html = extractHtmlArticle(text, Boilerplate::bundled());
        a.meta.date = html.meta.date.isEmpty() ? QString() : normalizeDate(html.meta.date);
        a.meta.source = html.meta.source;
        a.meta.url = html.meta.url;
        // A page's lang attribute is often a template default: it counts only when the
        // text agrees.
        const QString lang = normalizeLanguage(html.meta.language);
        if (!lang.isEmpty() && lang == detectLanguage(html.text))
            a.meta.language = lang;
        a.meta.title = html.meta.title;
        finish(std::move(a), html.text, QString());
        return;
    }
    const qsizetype bodyAt = readFrontMatter(text, a.meta);
    QStringView body = QStringView(text).mid(bodyAt);
    QString markdown;
    if (format == Format::Markdown) {
        a.format = QStringLiteral("markdown");
        markdown = markdownToText(body);
        body = markdown;
    } else {
        a.format = QStringLiteral("text");
    }
    finish(std::move(a), body, QString());
}

} // namespace cpe::reading
