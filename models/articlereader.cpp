#include "articlereader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace cpe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cpe::ArticleReader", text);
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

QString detectLanguage(QStringView text)
{
    qsizetype cjk = 0, letters = 0;
    for (QChar c : text.left(4000)) {
        if (isCjk(c))
            ++cjk;
        else if (c.isLetter())
            ++letters;
    }
    return cjk * 2 > letters ? QStringLiteral("zh") : QStringLiteral("en");
}

// Decodes bytes whose encoding nobody told us: BOMs first, then strict UTF-8, then GB18030.
bool decode(const QByteArray &bytes, QString *text, QString *encoding, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8 BOM");
        *text = QString::fromUtf8(bytes.mid(3));
        return true;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder dec(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        *text = dec(bytes.mid(2));
        *encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        if (dec.hasError()) {
            *error = tr("broken UTF-16 text");
            return false;
        }
        return true;
    }
    if (bytes.contains('\0')) {
        *error = tr("binary file, not text");
        return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString decoded = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        *text = decoded;
        return true;
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        decoded = gb(bytes);
        qsizetype cjk = 0;
        for (QChar c : decoded)
            cjk += isCjk(c) ? 1 : 0;
        if (!gb.hasError() && cjk * 10 >= decoded.size() / 10) {
            *encoding = QStringLiteral("GB18030");
            *text = decoded;
            return true;
        }
    }
    *error = tr("not valid UTF-8, UTF-16 or GB18030 text");
    return false;
}

// Tag soup to text: drops scripts, styles and page furniture, keeps block breaks.
QString htmlToText(const QString &html, QString *title)
{
    static const QRegularExpression titleRe(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression dropRe(
        QStringLiteral("<(script|style|noscript|template|svg|nav|header|footer|aside|form|iframe)\\b.*?</\\1\\s*>|<!--.*?-->"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression blockRe(QStringLiteral("<(?:/?(?:p|div|li|h[1-6]|tr|section|article|blockquote)|br)\\b[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tagRe(QStringLiteral("<[^>]*>"));
    const QRegularExpressionMatch t = titleRe.match(html);
    if (t.hasMatch())
        *title = t.captured(1).trimmed();
    QString s = html;
    s.remove(dropRe);
    s.replace(blockRe, QStringLiteral("\n"));
    s.remove(tagRe);
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&rsquo;"), QString(QChar(0x2019)));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    s.replace(blanks, QStringLiteral(" "));
    return s;
}

// Cue phrases that mark page furniture: a line with one is dropped, and from the first one in
// the last part of a page on, everything is (the footer of a news site).
const char16_t *const kFurniture[] = {u"转载请注明", u"声明：", u"声明:", u"扫描下载", u"发表评论",
                                      u"责任编辑", u"版权所有", u"All rights reserved", u"Copyright ©",
                                      u"Credit:", u"Share this", u"Follow us", u"Related articles",
                                      u"Advertisement", u"Download the app", u"Sign up for"};

bool isFurniture(QStringView line)
{
    for (const char16_t *cue : kFurniture) {
        if (line.contains(QStringView(cue), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString stripBoilerplate(const QString &text, const QString &language, int *dropped)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QStringList kept;
    qsizetype total = 0;
    for (const QString &l : lines)
        total += l.size() + 1;
    qsizetype seen = 0;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        seen += raw.size() + 1;
        if (isFurniture(line)) {
            if (seen * 2 > total)
                break; // the footer has begun
            continue;
        }
        // A short line in the other script is a site banner, not the article.
        if (!line.isEmpty() && line.size() < 40 && detectLanguage(line) != language)
            continue;
        kept.append(line);
    }
    QString out = kept.join(QLatin1Char('\n')).trimmed();
    *dropped = int(text.size() - out.size());
    return out;
}

void applyMeta(ArticleMeta &meta, const QJsonObject &o)
{
    const auto pick = [&](QString &field, std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            const QString v = o.value(QLatin1String(k)).toString();
            if (!v.isEmpty()) {
                field = v;
                return;
            }
        }
    };
    pick(meta.title, {"title"});
    pick(meta.date, {"date", "published", "published_at", "pubDate"});
    pick(meta.source, {"source"});
    pick(meta.url, {"url"});
    pick(meta.language, {"language", "lang"});
}

void finish(Article &a, const QString &body, const QString &fallbackTitle)
{
    const QString language = a.meta.language.isEmpty() ? detectLanguage(body) : a.meta.language.left(2);
    a.language = language;
    a.text = stripBoilerplate(body, language, &a.droppedBoilerplateChars);
    a.title = a.meta.title;
    if (a.title.isEmpty())
        a.title = fallbackTitle;
    if (a.title.isEmpty())
        a.title = a.text.section(QLatin1Char('\n'), 0, 0).left(200);
}

} // namespace

QString ArticleReader::bundledCorpusPath()
{
    return QStringLiteral(":/cpe/corpus/seeds");
}

QStringList ArticleReader::listFiles(const QString &path, QList<ReadIssue> *issues) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (issues)
            issues->append(ReadIssue{path, tr("no such file or folder")});
        return {};
    }
    if (!info.isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (f.endsWith(QLatin1String(".meta.json")) || QFileInfo(f).fileName().startsWith(QLatin1Char('.')) ||
            f.contains(QLatin1String("/.")))
            continue;
        files.append(f);
    }
    files.sort();
    if (files.isEmpty() && issues)
        issues->append(ReadIssue{path, tr("no article files in folder")});
    return files;
}

ReadResult ArticleReader::readFile(const QString &path) const
{
    ReadResult result;
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool jsonl = suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson");
    if (!jsonl && info.size() > maxArticleBytes) {
        result.issues.append(ReadIssue{path, tr("file too large (%1 MB; limit %2 MB)")
                                                 .arg(info.size() / (1024 * 1024))
                                                 .arg(maxArticleBytes / (1024 * 1024))});
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues.append(ReadIssue{path, tr("cannot read: %1").arg(file.errorString())});
        return result;
    }
    const QByteArray bytes = file.readAll();
    QString text, encoding, error;
    if (bytes.trimmed().isEmpty()) {
        result.issues.append(ReadIssue{path, tr("empty file")});
        return result;
    }
    if (!decode(bytes, &text, &encoding, &error)) {
        result.issues.append(ReadIssue{path, error});
        return result;
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    ArticleMeta sidecar;
    for (const QString &side : {path + QLatin1String(".meta.json"),
                                info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(".meta.json")}) {
        QFile f(side);
        if (f.open(QIODevice::ReadOnly)) {
            applyMeta(sidecar, QJsonDocument::fromJson(f.readAll()).object());
            break;
        }
    }
    const auto merge = [&](ArticleMeta &m) {
        for (auto [field, value] : {std::pair{&m.title, sidecar.title}, {&m.date, sidecar.date},
                                    {&m.source, sidecar.source}, {&m.url, sidecar.url},
                                    {&m.language, sidecar.language}}) {
            if (!value.isEmpty())
                *field = value;
        }
    };

    if (jsonl) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            QJsonParseError err;
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8(), &err).object();
            QString body;
            for (const char *k : {"text", "body", "content"})
                body = body.isEmpty() ? o.value(QLatin1String(k)).toString() : body;
            if (err.error != QJsonParseError::NoError || body.trimmed().isEmpty()) {
                result.issues.append(ReadIssue{path, tr("line %1: not an article (needs JSON with a text field)").arg(i + 1)});
                continue;
            }
            Article a;
            a.path = path;
            a.format = QStringLiteral("jsonl");
            a.encoding = encoding;
            a.id = o.value(QLatin1String("id")).toString();
            if (a.id.isEmpty())
                a.id = info.completeBaseName() + QLatin1Char('-') + QString::number(i + 1);
            applyMeta(a.meta, o);
            finish(a, body, QString());
            result.articles.append(std::move(a));
        }
        return result;
    }

    Article a;
    a.path = path;
    a.id = info.completeBaseName();
    a.encoding = encoding;
    QString title;
    const bool html = suffix.startsWith(QLatin1String("htm")) || suffix == QLatin1String("xhtml") ||
                      (suffix != QLatin1String("txt") && text.left(512).contains(QLatin1String("<html"), Qt::CaseInsensitive));
    if (html) {
        a.format = QStringLiteral("html");
        text = htmlToText(text, &title);
    } else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        a.format = QStringLiteral("markdown");
        if (text.startsWith(QLatin1String("---\n"))) {
            const qsizetype end = text.indexOf(QLatin1String("\n---"), 4);
            if (end > 0) {
                QJsonObject front;
                for (const QString &l : text.mid(4, end - 4).split(QLatin1Char('\n'))) {
                    const qsizetype colon = l.indexOf(QLatin1Char(':'));
                    if (colon > 0)
                        front.insert(l.left(colon).trimmed(), l.mid(colon + 1).trimmed().remove(QLatin1Char('"')));
                }
                applyMeta(a.meta, front);
                text = text.mid(text.indexOf(QLatin1Char('\n'), end + 1) + 1);
            }
        }
        static const QRegularExpression heading(QStringLiteral("^#+\\s*"), QRegularExpression::MultilineOption);
        static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
        text.remove(heading);
        text.replace(link, QStringLiteral("\\1"));
    } else {
        a.format = QStringLiteral("text");
    }
    merge(a.meta);
    finish(a, text, title);
    if (a.text.isEmpty()) {
        result.issues.append(ReadIssue{path, tr("no article text left after removing page furniture")});
        return result;
    }
    result.articles.append(std::move(a));
    return result;
}

ReadResult ArticleReader::readPath(const QString &path) const
{
    ReadResult result;
    for (const QString &f : listFiles(path, &result.issues)) {
        ReadResult one = readFile(f);
        result.articles += one.articles;
        result.issues += one.issues;
    }
    return result;
}

} // namespace cpe
