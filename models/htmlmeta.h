#pragma once

#include "htmltokenizer.h"

#include <QString>

namespace cpe {

// What an HTML page says about itself, as opposed to what its text says: title, publication
// date, site name, canonical address and language, from <title>, <meta> (Open Graph, article:,
// Dublin Core, the names Chinese news and government sites use), <link rel=canonical>,
// <html lang> and JSON-LD (schema.org NewsArticle and kin). The most specific source wins:
// JSON-LD and article:published_time over generic "date" metas.
struct HtmlMeta
{
    QString title;    // og:title, JSON-LD headline, else <title>
    QString docTitle; // <title> as written
    QString date;     // as written; normalised by the reader
    QString source;
    QString url;
    QString language; // as written ("en-US", "zh-CN", "zh_CN"...)
};

class HtmlMetaCollector final
{
public:
    // Feed every start tag (raw-text ones included: <title>, <script type="application/ld+json">).
    void startTag(const HtmlToken &tag);
    HtmlMeta result() const;

private:
    void setDate(const QString &value, int rank);
    void readJsonLd(QStringView json);

    HtmlMeta m_meta;
    QString m_ogTitle;
    QString m_ldTitle;
    int m_dateRank = 0; // how specific the source of m_meta.date was; higher wins
};

} // namespace cpe
