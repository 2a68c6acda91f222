#pragma once

#include "article.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace cpe {

// Metadata as users and feeds write it, brought to the form ArticleMeta documents.

// Sets the fields a JSON object gives (sidecar, JSON Lines record, front matter); fields it
// does not give are left alone. Accepts the usual aliases: headline, published(_at),
// pubDate, datePublished, publisher (also {"name": ...}), link, lang...
void applyMetaJson(ArticleMeta &meta, const QJsonObject &o);

// Non-empty fields of `over` replace those of `meta`.
void overlayMeta(ArticleMeta &meta, const ArticleMeta &over);

// A front-matter block at the very top of a text: "---", then "key: value" lines, then "---"
// (or "..."). Fills `meta` and returns where the body begins; 0 when there is no such block.
qsizetype readFrontMatter(QStringView text, ArticleMeta &meta);

// "2023-07-19T10:00:00+08:00", "2023/7/19", "2023年7月19日", "20230719", "July 19, 2023",
// "Wed, 19 Jul 2023 10:00:00 GMT", a Unix time -> "2023-07-19" ("2023-07" or "2023" when
// that is all there is). Text that is no date is returned trimmed, as given.
QString normalizeDate(QStringView text);

// "zh-CN", "zh_Hans", "Chinese", "中文" -> "zh"; "en-US", "English" -> "en"; other tags -> their
// lower-case primary subtag.
QString normalizeLanguage(QStringView text);

// Markdown as text: heading marks, emphasis, block quotes, list bullets, code fences, images
// and link targets go; what a reader would read stays. Line structure is kept.
QString markdownToText(QStringView markdown);

} // namespace cpe
