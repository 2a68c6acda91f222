#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cpe {

// How precisely a date is known: a record never claims more precision than its source gives.
enum class DatePrecision : quint8 { None, Year, Month, Day };

// A date together with how it was decided, so the interface can say why an article or a
// record sits where it does on the timeline.
struct DateInfo
{
    int year = 0;
    int month = 0;
    int day = 0;
    DatePrecision precision = DatePrecision::None;
    QString basis; // "metadata", "dateline", "event", "inferred"; empty when unknown
    QString cue;   // the text or rule that decided it

    bool isValid() const { return precision != DatePrecision::None; }
    // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when unknown.
    QString toIso() const;
    // Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" (and a trailing time, ignored).
    static DateInfo fromIso(const QString &text, const QString &basis);
};

// Metadata a user (or a feed) supplies with an article. Whatever is set here wins over
// anything inferred from the text.
struct ArticleMeta
{
    QString title;
    QString date; // ISO "YYYY[-MM[-DD]]"
    QString source;
    QString url;
    QString language; // "en" or "zh"
};

// One article as the engine sees it: the body text (boilerplate already dropped) and
// where it came from. Record offsets index into `text`.
struct Article
{
    QString id;       // file name without extension; for JSON Lines "<file>#<line>" unless given
    QString path;     // file it was read from
    QString format;   // "text", "markdown", "html", "jsonl"
    QString encoding; // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030"
    ArticleMeta meta; // as supplied; empty fields were not given
    QString title;    // meta title, else the first heading or line
    QString language; // meta language, else detected from the text
    QString text;     // article body, boilerplate removed
    int droppedBoilerplateChars = 0;
};

} // namespace cpe
