#include "readermeta.h"

#include <QDateTime>
#include <QJsonValue>

namespace cpe {

namespace {

QString stringOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 0);
    if (v.isObject()) // {"name": "Reuters"} as news APIs give a source
        return v.toObject().value(QLatin1String("name")).toString().trimmed();
    return {};
}

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

QString iso(int y, int m, int d)
{
    if (y < 1000 || y > 2999)
        return {};
    if (m < 1 || m > 12)
        return QString::number(y);
    if (d < 1 || d > 31)
        return QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3")
        .arg(y)
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'));
}

int monthNamed(QStringView word)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (word.left(3).compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

} // namespace

void applyMetaJson(ArticleMeta &meta, const QJsonObject &o)
{
    const auto pick = [&](QString &field, std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            const QString v = stringOf(o.value(QLatin1String(k)));
            if (!v.isEmpty()) {
                field = v;
                return;
            }
        }
    };
    pick(meta.title, {"title", "headline"});
    pick(meta.date, {"date", "published", "published_at", "publishedAt", "pubDate", "pubdate",
                     "datePublished", "publish_date", "published_time", "released", "release_date",
                     "date_released", "issued", "updated"});
    pick(meta.source, {"source", "publisher", "site_name", "site", "outlet"});
    pick(meta.url, {"url", "link", "canonical_url", "source_url"});
    pick(meta.language, {"language", "lang", "locale", "inLanguage"});
    if (!meta.date.isEmpty())
        meta.date = normalizeDate(meta.date);
    if (!meta.language.isEmpty())
        meta.language = normalizeLanguage(meta.language);
}

void overlayMeta(ArticleMeta &meta, const ArticleMeta &over)
{
    for (auto [field, value] : {std::pair{&meta.title, &over.title},
                                {&meta.date, &over.date},
                                {&meta.source, &over.source},
                                {&meta.url, &over.url},
                                {&meta.language, &over.language}}) {
        if (!value->isEmpty())
            *field = *value;
    }
}

qsizetype readFrontMatter(QStringView text, ArticleMeta &meta)
{
    if (!text.startsWith(QLatin1String("---")))
        return 0;
    qsizetype pos = text.indexOf(u'\n');
    if (pos < 0 || !text.left(pos).trimmed().endsWith(QLatin1String("---")) ||
        text.left(pos).trimmed().size() != 3)
        return 0;
    ++pos;
    QJsonObject fields;
    // A real block is short; a text that merely opens with a rule is not front matter.
    for (int lines = 0; pos < text.size() && lines < 60; ++lines) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = text.size();
        const QStringView line = text.mid(pos, nl - pos).trimmed();
        pos = nl + 1;
        if (line == QLatin1String("---") || line == QLatin1String("...")) {
            applyMetaJson(meta, fields);
            return std::min(pos, text.size());
        }
        const qsizetype colon = line.indexOf(u':');
        // Comments, and the items of a list under the key before ("related:" then "- …").
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(QLatin1String("- ")))
            continue;
        if (colon <= 0)
            return 0;
        QStringView value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        fields.insert(line.left(colon).trimmed().toString().toLower(), value.toString());
    }
    return 0;
}

QString normalizeDate(QStringView text)
{
    const QStringView t = text.trimmed();
    // Numbers in order, and month names.
    int nums[4] = {0, 0, 0, 0};
    int digitsOf[4] = {0, 0, 0, 0};
    int count = 0, month = 0;
    for (qsizetype i = 0; i < t.size() && count < 4;) {
        if (isDigit(t[i])) {
            qsizetype j = i;
            qint64 v = 0;
            while (j < t.size() && isDigit(t[j]) && j - i < 14)
                v = v * 10 + (t[j++].unicode() - '0');
            const int len = int(j - i);
            if (count == 0 && (len == 10 || len == 13) && j == t.size()) { // Unix time
                const QDateTime when =
                    QDateTime::fromSecsSinceEpoch(len == 13 ? v / 1000 : v, Qt::UTC);
                return when.date().toString(Qt::ISODate);
            }
            if (count == 0 && len == 8) // 20230719
                return iso(int(v / 10000), int(v / 100 % 100), int(v % 100));
            nums[count] = int(std::min<qint64>(v, 99999));
            digitsOf[count++] = len;
            i = j;
        } else if (t[i].isLetter() && t[i].unicode() < 0x80) {
            qsizetype j = i;
            while (j < t.size() && t[j].isLetter() && t[j].unicode() < 0x80)
                ++j;
            if (!month)
                month = monthNamed(t.mid(i, j - i));
            i = j;
        } else {
            ++i;
        }
    }
    if (count == 0)
        return t.toString();
    QString out;
    if (digitsOf[0] == 4 && !month) // 2023-07-19, 2023/7/19, 2023年7月19日, 2023.07
        out = iso(nums[0], count > 1 ? nums[1] : 0, count > 2 ? nums[2] : 0);
    else if (month) { // July 19, 2023 / 19 July 2023 / Wed, 19 Jul 2023
        int year = 0, day = 0;
        for (int k = 0; k < count; ++k) {
            if (digitsOf[k] == 4 && !year)
                year = nums[k];
            else if (digitsOf[k] <= 2 && !day && !year)
                day = nums[k];
            else if (digitsOf[k] <= 2 && !day && k == 1 && digitsOf[0] == 4)
                day = nums[k];
        }
        out = iso(year, month, day);
    } else if (count == 3 && digitsOf[2] == 4) { // 19/07/2023 or 07/19/2023: only when unambiguous
        const int a = nums[0], b = nums[1];
        out = a > 12 && b <= 12   ? iso(nums[2], b, a)
              : b > 12 && a <= 12 ? iso(nums[2], a, b)
                                  : iso(nums[2], 0, 0);
    }
    return out.isEmpty() ? t.toString() : out;
}

QString normalizeLanguage(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ||
        t.contains(QLatin1String("chinese"), Qt::CaseInsensitive) || t.contains(u"中文") ||
        t.contains(u"汉语") || t == QLatin1String("cn"))
        return QStringLiteral("zh");
    if (t.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return QStringLiteral("en");
    qsizetype end = 0;
    while (end < t.size() && t[end].isLetter())
        ++end;
    return t.left(end).toString().toLower();
}

} // namespace cpe
