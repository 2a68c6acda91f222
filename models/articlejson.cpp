// JSON Lines (one article per line, streamed) and JSON files (an article, or a list of them).

#include "articlefile.h"

#include "boilerplate.h"
#include "htmlextract.h"
#include "readermeta.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace cpe::reading {

namespace {

// A text field from a feed may hold markup rather than text.
bool looksLikeMarkup(QStringView text)
{
    const QStringView head = text.left(2000);
    return head.trimmed().startsWith(u'<') &&
           (head.contains(QLatin1String("</p>"), Qt::CaseInsensitive) ||
            head.contains(QLatin1String("<br"), Qt::CaseInsensitive) ||
            head.contains(QLatin1String("</div>"), Qt::CaseInsensitive));
}

} // namespace

bool FileReader::fromRecord(const QJsonObject &o, const QString &fallbackId, const QString &where)
{
    QString body;
    for (const char *k : {"text", "content", "body", "article", "maintext"}) {
        body = o.value(QLatin1String(k)).toString();
        if (!QStringView(body).trimmed().isEmpty())
            break;
    }
    if (QStringView(body).trimmed().isEmpty()) {
        issue(tr("%1: no article text (needs a text, content or body field)").arg(where));
        return false;
    }
    Article a;
    a.format = QStringLiteral("jsonl");
    const QJsonValue id = o.value(QLatin1String("id"));
    a.id = id.isDouble() ? QString::number(id.toDouble(), 'f', 0) : id.toString().trimmed();
    if (a.id.isEmpty())
        a.id = fallbackId;
    applyMetaJson(a.meta, o);
    if (looksLikeMarkup(body)) {
        HtmlArticle html = extractHtmlArticle(body, Boilerplate::bundled());
        finish(std::move(a), html.text, html.meta.title);
    } else {
        finish(std::move(a), body, QString());
    }
    return true;
}

// One record per line, read as a stream: a feed may be far larger than memory, and one bad
// line must not cost the others.
void FileReader::readJsonLines(QFile &file)
{
    const qint64 limit = m_reader.maxArticleBytes;
    const QString base = m_info.completeBaseName();
    m_encoding = QStringLiteral("UTF-8");
    qint64 lineNo = 0, records = 0;
    QByteArray line;
    std::vector<char> chunk(64 * 1024);
    for (;;) {
        // Chunk by chunk, so an overlong line is skipped without ever being held whole.
        line.clear();
        bool any = false, tooLong = false;
        for (;;) {
            const qint64 got = file.readLine(chunk.data(), qint64(chunk.size()));
            if (got <= 0)
                break;
            any = true;
            if (!tooLong && line.size() + got > limit) {
                tooLong = true;
                line.clear();
            } else if (!tooLong) {
                line.append(chunk.data(), qsizetype(got));
            }
            if (chunk[size_t(got - 1)] == '\n')
                break;
        }
        if (!any)
            break;
        ++lineNo;
        if (tooLong) {
            issue(tr("line %1: too large (over %2 MB)").arg(lineNo).arg(limit / (1024 * 1024)));
            continue;
        }
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (lineNo == 1 && (line.startsWith("\xFF\xFE") || line.startsWith("\xFE\xFF"))) {
            issue(tr("JSON Lines must be UTF-8; this file is UTF-16"));
            return;
        }
        if (QByteArrayView(line).trimmed().isEmpty())
            continue;
        ++records;
        const QString where = tr("line %1").arg(lineNo);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError)
            issue(tr("%1: not valid JSON (%2)").arg(where, err.errorString()));
        else if (!doc.isObject())
            issue(tr("%1: not a JSON object").arg(where));
        else
            fromRecord(doc.object(), base + QLatin1Char('-') + QString::number(lineNo), where);
    }
    if (file.error() != QFileDevice::NoError)
        issue(tr("cannot read: %1").arg(file.errorString()));
    else if (records == 0)
        issue(tr("empty file"));
}

// A .json file: one article object, an array of them, or {"articles": [...]}.
void FileReader::readJsonDocument(const QString &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError) {
        issue(tr("not valid JSON (%1 at offset %2)").arg(err.errorString()).arg(err.offset));
        return;
    }
    QJsonArray items = doc.array();
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *k : {"articles", "items", "data", "documents"}) {
            if (o.value(QLatin1String(k)).isArray()) {
                items = o.value(QLatin1String(k)).toArray();
                break;
            }
        }
        if (items.isEmpty())
            items.append(o);
    }
    const QString base = m_info.completeBaseName();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = tr("item %1").arg(i + 1);
        if (!items.at(i).isObject())
            issue(tr("%1: not a JSON object").arg(where));
        else
            fromRecord(items.at(i).toObject(),
                       items.size() == 1 ? base : base + QLatin1Char('-') + QString::number(i + 1),
                       where);
    }
    if (items.isEmpty())
        issue(tr("no articles in JSON file"));
}

} // namespace cpe::reading
