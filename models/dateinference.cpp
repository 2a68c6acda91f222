#include "dateinference.h"

#include "yearscan.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>

namespace cpe {

namespace {

// "BEIJING, July 19 (Xinhua) --" or "BEIJING, July 19, 2023 (Xinhua)": a dateline opens the
// first lines of a news story.
DateInfo datelineIn(QStringView text)
{
    static const QRegularExpression en(QStringLiteral(
        "(?:^|\\n)[A-Z][A-Z .'-]{2,40}, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?) "
        "(\\d{1,2})(?:, (\\d{4}))? ?[(（—-]"));
    static const QRegularExpression zh(QStringLiteral(
        "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日电"));
    DateInfo d;
    const QStringView head = text.left(1500);
    QRegularExpressionMatch m = en.match(head);
    if (m.hasMatch()) {
        d.month = monthBefore(m.capturedView(1));
        d.day = m.capturedView(2).toInt();
        d.year = m.capturedView(3).toInt();
        d.cue = m.captured(0).trimmed();
    } else if ((m = zh.match(head)).hasMatch()) {
        d.year = m.capturedView(1).toInt();
        d.month = m.capturedView(2).toInt();
        d.day = m.capturedView(3).toInt();
        d.cue = m.captured(0);
    }
    return d;
}

// A short line near the top that is mostly a date: "Friday, 14 April 2023", "Beijing, China,
// 12 November 2014", "Updated 15.04.2024 - 18:40", "Source: Xinhua | 2022-06-29 22:10". A date
// inside a long body sentence may be an event's, so only short lines count.
DateInfo headerDateIn(QStringView text)
{
    static const QRegularExpression date(QStringLiteral(
        "\\b(?:(\\d{1,2})(?:st|nd|rd|th)? ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\\.?,? (\\d{4})"
        "|((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\\.? (\\d{1,2}),? (\\d{4})"
        "|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b"));
    DateInfo d;
    qsizetype at = 0;
    for (int line = 0; line < 12 && at < text.size() && at < 1500; ++line) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), at);
        if (end < 0)
            end = text.size();
        const QStringView l = text.mid(at, end - at).trimmed();
        at = end + 1;
        if (l.isEmpty() || l.size() > 90)
            continue;
        const QRegularExpressionMatch m = date.match(l);
        if (!m.hasMatch())
            continue;
        const QString rest = l.left(m.capturedStart(0)).toString() + l.mid(m.capturedEnd(0)).toString();
        int words = 0; // times, separators and bylines' bars are not words
        for (const QString &w : rest.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words += std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLetter(); }) ? 1 : 0;
        if (words > 8)
            continue;
        if (m.capturedLength(3) > 0) {
            d.day = m.capturedView(1).toInt();
            d.month = monthBefore(m.capturedView(2));
            d.year = m.capturedView(3).toInt();
        } else if (m.capturedLength(6) > 0) {
            d.month = monthBefore(m.capturedView(4));
            d.day = m.capturedView(5).toInt();
            d.year = m.capturedView(6).toInt();
        } else if (m.capturedLength(9) > 0) {
            d.day = m.capturedView(7).toInt();
            d.month = m.capturedView(8).toInt();
            d.year = m.capturedView(9).toInt();
        } else {
            d.year = m.capturedView(10).toInt();
            d.month = m.capturedView(11).toInt();
            d.day = m.capturedView(12).toInt();
        }
        if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 || d.year < 1900 ||
            d.year > QDate::currentDate().year()) {
            d = DateInfo();
            continue;
        }
        d.cue = l.toString();
        return d;
    }
    return DateInfo();
}

// A year that names a target or a plan rather than a time of writing: "post-2020 actions",
// "Vision 2030", "2035 NDCs".
bool namesTarget(QStringView text, const YearToken &y)
{
    const QStringView before = text.mid(std::max<qsizetype>(0, y.start - 8), std::min<qsizetype>(8, y.start));
    const QStringView after = text.mid(y.end, 8);
    return before.endsWith(QLatin1String("post-"), Qt::CaseInsensitive) ||
           before.endsWith(QLatin1String("Vision "), Qt::CaseInsensitive) ||
           before.endsWith(QLatin1String("Agenda "), Qt::CaseInsensitive) ||
           after.startsWith(QLatin1String(" NDC")) || after.startsWith(QLatin1String(" target")) ||
           after.startsWith(QLatin1String(" goal"));
}

} // namespace

DateInfo eventDateIn(const ArticleScan &scan, qsizetype from, qsizetype to, const CueBook &book)
{
    DateInfo d;
    Q_UNUSED(book);
    const auto [yb, ye] = scan.yearsIn(from, to);
    if (yb == ye || scan.count(from, to, CueClass::Future) > 0)
        return d;
    for (const YearToken *yp = yb; yp != ye; ++yp) {
        const YearToken &y = *yp;
        if (y.target || y.end > to)
            continue;
        const qsizetype lookBack = std::max(from, y.start - 12);
        const QStringView before = scan.text.mid(lookBack, y.start - lookBack).trimmed();
        // Only a year that dates the event itself: "in December 2008", "in 2010", "2009年".
        const bool dated = y.month > 0 || before.endsWith(QLatin1String("in"), Qt::CaseInsensitive) ||
                           (y.end < scan.text.size() && scan.text.at(y.end) == QChar(0x5E74));
        if (!dated)
            continue;
        d.year = y.year;
        d.month = y.month;
        d.precision = y.month ? DatePrecision::Month : DatePrecision::Year;
        d.basis = QStringLiteral("event");
        d.cue = scan.text.mid(y.start - (y.month ? std::min<qsizetype>(y.start - from, 10) : 0),
                              y.end - y.start + (y.month ? std::min<qsizetype>(y.start - from, 10) : 0))
                    .trimmed()
                    .toString();
        return d;
    }
    return d;
}

DateInfo inferArticleDate(const Article &article, const ArticleScan &scan, const CueBook &book)
{
    if (!article.meta.date.isEmpty()) {
        DateInfo d = DateInfo::fromIso(article.meta.date, QStringLiteral("metadata"));
        if (d.isValid())
            return d;
    }
    const DateInfo line = datelineIn(scan.text);
    if (line.year == 0) {
        DateInfo header = headerDateIn(scan.text);
        if (header.year > 0) {
            header.precision = DatePrecision::Day;
            header.basis = QStringLiteral("dateline");
            return header;
        }
    }
    if (line.year > 0) {
        DateInfo d = line;
        d.precision = DatePrecision::Day;
        d.basis = QStringLiteral("dateline");
        return d;
    }

    int best = 0;
    QStringView cue; // a view into the text: most candidates lose, so nothing is copied
    // An article is not written after today: a later year is a plan or a scheduled event.
    const int thisYear = QDate::currentDate().year();
    const auto consider = [&](int year, QStringView why) {
        if (year > best && year <= thisYear) {
            best = year;
            cue = why;
        }
    };
    int officeFloor = 0;
    QStringView officeCue;
    for (const ScannedSentence &s : scan.sentences) {
        // In a sentence about plans or targets, only a year written before the plan begins
        // ("In 2014 China said it will …") dates the article.
        qsizetype futureAt = s.end;
        for (int c = s.cueBegin; c < s.cueEnd; ++c) {
            const CueHit &h = scan.cues[size_t(c)];
            if (h.cls == CueClass::Future || h.cls == CueClass::PledgeKind)
                futureAt = std::min(futureAt, h.start);
        }
        const auto [yb, ye] = scan.yearsIn(s.start, s.end);
        for (const YearToken *yp = yb; yp != ye; ++yp) {
            const YearToken &y = *yp;
            if (y.target || y.start > futureAt || namesTarget(scan.text, y))
                continue;
            consider(y.year, scan.text.mid(s.start, s.end - s.start));
        }
        for (int c = s.cueBegin; c < s.cueEnd; ++c) {
            const CueHit &h = scan.cues[size_t(c)];
            const QStringView surface = scan.text.mid(h.start, h.end - h.start);
            if (h.cls == CueClass::EventAnchor) {
                consider(h.value, surface);
            } else if (h.cls == CueClass::OfficeAnchor) {
                const OfficeTerm &term = book.offices.at(h.value);
                if (term.from > officeFloor) {
                    officeFloor = term.from;
                    officeCue = surface;
                }
            }
        }
    }
    // "the 29th session of the Conference of the Parties"
    static const QRegularExpression ordinal(QStringLiteral(
        "(\\d{1,2})(?:st|nd|rd|th) (?:session of the )?Conference of the Parties|第(\\d{1,2})届缔约方大会"));
    const bool mentionsSessions = scan.text.contains(QLatin1String("Conference of the Parties")) ||
                                  scan.text.contains(QStringView(u"缔约方大会"));
    auto it = ordinal.globalMatch(mentionsSessions ? scan.text : QStringView());
    while (it.hasNext()) {
        const auto m = it.next();
        const int n = m.capturedView(1).isEmpty() ? m.capturedView(2).toInt() : m.capturedView(1).toInt();
        if (n > 0)
            consider(book.copFirstYear + n - 1 + (n >= book.copSkipFrom ? 1 : 0),
                     scan.text.mid(m.capturedStart(0), m.capturedLength(0)));
    }
    if (officeFloor > best) {
        best = officeFloor;
        cue = officeCue;
    }

    DateInfo d;
    if (best == 0)
        return d;
    d.year = best;
    d.precision = DatePrecision::Year;
    d.basis = QStringLiteral("inferred");
    d.cue = cue.left(160).toString();
    if (line.month > 0) {
        // A dateline without a year still gives the month and day.
        d.month = line.month;
        d.day = line.day;
        d.precision = DatePrecision::Day;
        d.cue = line.cue + QStringLiteral("; ") + d.cue;
    }
    return d;
}

} // namespace cpe
