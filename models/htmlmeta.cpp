#include "htmlmeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cpe {

namespace {

bool is(QStringView a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

QString clean(QStringView raw)
{
    QString s;
    s.reserve(raw.size());
    decodeHtmlEntities(raw, s, true);
    return std::move(s).trimmed();
}

// Meta names and properties that carry the publication date, with how much to trust each.
int dateRank(QStringView key)
{
    static const struct
    {
        const char *key;
        int rank;
    } keys[] = {{"article:published_time", 9},
                {"datepublished", 9},
                {"og:published_time", 8},
                {"publishdate", 8},
                {"pubdate", 8},
                {"publish-date", 8},
                {"publish_date", 8},
                {"published_time", 8},
                {"parsely-pub-date", 8},
                {"sailthru.date", 7},
                {"dc.date.issued", 7},
                {"dcterms.issued", 7},
                {"firstpublishedtime", 7},
                {"dc.date", 6},
                {"dcterms.date", 6},
                {"date", 5},
                {"releasedate", 5},
                {"createdate", 4},
                {"article:modified_time", 2},
                {"datemodified", 2},
                {"lastmodified", 1}};
    for (const auto &k : keys) {
        if (is(key, k.key))
            return k.rank;
    }
    return 0;
}

// schema.org types whose datePublished is the article's.
bool isArticleType(const QJsonValue &type)
{
    const auto one = [](const QString &t) {
        return t.endsWith(QLatin1String("Article")) || t == QLatin1String("BlogPosting") ||
               t == QLatin1String("Report") || t == QLatin1String("WebPage") ||
               t == QLatin1String("LiveBlogPosting") || t == QLatin1String("CreativeWork");
    };
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (one(t.toString()))
                return true;
        }
        return false;
    }
    return one(type.toString());
}

// "Headline - Section | Site" as <title> writes it: the headline. A separator counts only
// when what follows it is short and what precedes it is not.
QString withoutSiteName(QString title)
{
    static const char16_t *const separators[] = {u" | ", u" - ",          u" \u2013 ", u" \u2014 ",
                                                 u"_",   u"\u2014\u2014", u" :: "};
    for (int round = 0; round < 2; ++round) {
        qsizetype cut = -1;
        for (const char16_t *sep : separators) {
            const QStringView s(sep);
            const qsizetype at = title.lastIndexOf(s);
            const qsizetype tail = title.size() - at - s.size();
            if (at > 0 && tail > 0 && tail <= 30 && at >= tail && at > cut)
                cut = at;
        }
        if (cut < 0)
            break;
        title.truncate(cut);
        title = std::move(title).trimmed();
    }
    return title;
}

} // namespace

void HtmlMetaCollector::setDate(const QString &value, int rank)
{
    if (rank > m_dateRank && !value.trimmed().isEmpty()) {
        m_meta.date = value.trimmed();
        m_dateRank = rank;
    }
}

void HtmlMetaCollector::startTag(const HtmlToken &t)
{
    const QStringView name = t.name;
    switch (name.isEmpty() ? 0 : name[0].unicode() | 0x20) {
    case 'm':
    case 't':
    case 'l':
    case 'h':
    case 's':
        break;
    default:
        return; // not meta, title, time, link, html or script
    }
    if (is(name, "meta")) {
        const QStringView content = t.attribute(QLatin1StringView("content"));
        if (content.isNull())
            return;
        for (const char *attr : {"property", "name", "itemprop", "http-equiv"}) {
            const QStringView key = t.attribute(QLatin1StringView(attr));
            if (key.isEmpty())
                continue;
            if (is(key, "og:title") || is(key, "twitter:title"))
                m_ogTitle = m_ogTitle.isEmpty() ? clean(content) : m_ogTitle;
            else if (is(key, "og:site_name") || is(key, "sitename") || is(key, "application-name"))
                m_meta.source = m_meta.source.isEmpty() ? clean(content) : m_meta.source;
            else if (is(key, "og:url"))
                m_meta.url = m_meta.url.isEmpty() ? clean(content) : m_meta.url;
            else if (is(key, "og:locale") || is(key, "content-language") || is(key, "language"))
                m_meta.language = m_meta.language.isEmpty() ? clean(content) : m_meta.language;
            else if (const int rank = dateRank(key))
                setDate(clean(content), rank);
        }
    } else if (is(name, "title")) {
        if (m_meta.docTitle.isEmpty() && t.hasRawText)
            m_meta.docTitle = clean(t.rawText);
    } else if (is(name, "link")) {
        const QStringView rel = t.attribute(QLatin1StringView("rel"));
        if (is(rel, "canonical"))
            m_meta.url = clean(t.attribute(QLatin1StringView("href"))); // canonical beats og:url
    } else if (is(name, "html")) {
        const QStringView lang = t.attribute(QLatin1StringView("lang"));
        if (!lang.isEmpty())
            m_meta.language = clean(lang);
    } else if (is(name, "time")) {
        // Only a time the page marks as the publication date; a bare <time> may date a
        // related story.
        const QStringView when = t.attribute(QLatin1StringView("datetime"));
        if (!when.isEmpty() && (t.hasAttribute(QLatin1StringView("pubdate")) ||
                                is(t.attribute(QLatin1StringView("itemprop")), "datePublished")))
            setDate(clean(when), 6);
    } else if (is(name, "script") && t.hasRawText &&
               is(t.attribute(QLatin1StringView("type")), "application/ld+json")) {
        readJsonLd(t.rawText);
    }
}

void HtmlMetaCollector::readJsonLd(QStringView json)
{
    if (json.size() > 1 << 20)
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed().toUtf8());
    QList<QJsonValue> todo{doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object())};
    for (int visited = 0; !todo.isEmpty() && visited < 64; ++visited) {
        const QJsonValue v = todo.takeFirst();
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                todo.append(item);
            continue;
        }
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("@graph")))
            todo.append(o.value(QLatin1String("@graph")));
        if (!isArticleType(o.value(QLatin1String("@type"))))
            continue;
        const bool page = o.value(QLatin1String("@type")).toString() == QLatin1String("WebPage");
        setDate(o.value(QLatin1String("datePublished")).toString(), page ? 7 : 10);
        if (m_ldTitle.isEmpty() && !page)
            m_ldTitle = o.value(QLatin1String("headline")).toString().trimmed();
        const QJsonValue publisher = o.value(QLatin1String("publisher"));
        const QString pub = publisher.isObject()
                                ? publisher.toObject().value(QLatin1String("name")).toString()
                                : publisher.toString();
        if (m_meta.source.isEmpty() && !page)
            m_meta.source = pub.trimmed();
        if (m_meta.language.isEmpty())
            m_meta.language = o.value(QLatin1String("inLanguage")).toString();
    }
}

HtmlMeta HtmlMetaCollector::result() const
{
    HtmlMeta m = m_meta;
    m.title = !m_ogTitle.isEmpty()   ? m_ogTitle
              : !m_ldTitle.isEmpty() ? m_ldTitle
                                     : withoutSiteName(m.docTitle);
    return m;
}

} // namespace cpe
