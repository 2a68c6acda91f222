#include "dateinference.h"

#include "readermeta.h"
#include "yearscan.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringMatcher>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cpe {

namespace {

// Whether the eight units at `p` hold no surrogate at all, the case of nearly all text:
// hasLoneSurrogate() runs over every article's head and often its whole text. Without SSE2 no
// block is skipped.
bool noSurrogateIn8(const char16_t *p)
{
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i high5 = _mm_and_si128(v, _mm_set1_epi16(qint16(0xF800)));
    return _mm_movemask_epi8(_mm_cmpeq_epi16(high5, _mm_set1_epi16(qint16(0xD800)))) == 0;
#else
    Q_UNUSED(p);
    return false;
#endif
}

// PCRE refuses a subject with an unpaired surrogate, so the expressions below match nothing
// in such text; the narrowed searches then give way to the whole subject, to keep exactly
// that behaviour.
bool hasLoneSurrogate(QStringView text)
{
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        while (i + 8 <= text.size() && noSurrogateIn8(units + i))
            i += 8;
        if (i == text.size())
            break;
        const QChar c = text[i];
        if (!c.isSurrogate())
            continue;
        if (c.isLowSurrogate() || i + 1 == text.size() || !text[i + 1].isLowSurrogate())
            return true;
        ++i;
    }
    return false;
}

// QDate::currentDate() reads the time zone each time it is called, a visible share of dating
// every article; the year is asked again only once the clock leaves the year it gave.
int currentYear()
{
    thread_local int year = 0;
    thread_local qint64 yearStart = 0, yearEnd = 0; // seconds since the epoch
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (year == 0 || now < yearStart || now >= yearEnd) {
        year = QDate::currentDate().year();
        yearStart = QDate(year, 1, 1).startOfDay().toSecsSinceEpoch();
        yearEnd = QDate(year + 1, 1, 1).startOfDay().toSecsSinceEpoch();
    }
    return year;
}

// Where a match of the English dateline below may start: line starts (the offset of the
// '\n' before them, or 0) followed by a capital, two to forty capitals, spaces or . ' -, and
// ", ". Most lines fail this at their first characters.
QList<qsizetype> englishDatelineStarts(QStringView head)
{
    QList<qsizetype> starts;
    const auto isCap = [](QChar c) { return c.unicode() >= u'A' && c.unicode() <= u'Z'; };
    const auto isNameChar = [&](QChar c) {
        return isCap(c) || c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('\'') ||
               c == QLatin1Char('-');
    };
    for (qsizetype line = 0; line < head.size();) {
        if (isCap(head[line])) {
            // [A-Z .'-]{2,40} backtracks, so any ", " after two to forty of them will do.
            for (qsizetype k = line + 1; k < head.size() && k - line <= 41; ++k) {
                if (k - line >= 3 && head[k] == QLatin1Char(',') && k + 1 < head.size() &&
                    head[k + 1] == QLatin1Char(' ')) {
                    starts.append(line == 0 ? 0 : line - 1);
                    break;
                }
                if (!isNameChar(head[k]))
                    break;
            }
        }
        const qsizetype next = head.indexOf(QLatin1Char('\n'), line);
        if (next < 0)
            break;
        line = next + 1;
    }
    return starts;
}

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
    // The expression is tried only where a match can start, anchored there, in text order:
    // the first that matches is the leftmost match a search of the whole head finds.
    QRegularExpressionMatch m;
    // Nothing in the expression after its leading '\n' matches a line break, so a match lies
    // within its line and the expression is handed only the head up to that line's end.
    const bool whole = hasLoneSurrogate(head);
    if (whole)
        m = en.match(head);
    const QList<qsizetype> starts = whole ? QList<qsizetype>() : englishDatelineStarts(head);
    for (const qsizetype start : starts) {
        const qsizetype lineEnd = head.indexOf(QLatin1Char('\n'), start + 1);
        m = en.match(lineEnd < 0 ? head : head.left(lineEnd), start,
                     QRegularExpression::NormalMatch,
                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            break;
    }
    if (m.hasMatch()) {
        d.month = monthBefore(m.capturedView(1));
        d.day = m.capturedView(2).toInt();
        d.year = m.capturedView(3).toInt();
        d.cue = m.captured(0).trimmed();
    } else if (head.contains(QStringView(u"日电")) && (m = zh.match(head)).hasMatch()) {
        d.year = m.capturedView(1).toInt();
        d.month = m.capturedView(2).toInt();
        d.day = m.capturedView(3).toInt();
        d.cue = m.captured(0);
    }
    return d;
}

// A publication date the page labels as such: "发布时间：2022-11-15", "2019-12-14 09:12:05 来源：",
// a byline "（2021年10月）" on a line of its own, "Published: Oct 27, 2021", "Updated
// 15.04.2024", or a line holding nothing but a date ("Friday, 14 April 2023"; "Beijing,
// China, 12 November 2014"). As good as a dateline: it says when the text was written.
DateInfo labelledDateIn(QStringView text)
{
    static const QString monthName = QStringLiteral(
        "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?");
    static const QString anyDate =
        QStringLiteral("(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|") +
        monthName + QStringLiteral(" \\d{1,2},? \\d{4}|\\d{1,2} ") + monthName + QStringLiteral(" \\d{4})");
    static const QRegularExpression labelled(
        QStringLiteral("(?:发布时间|发布日期|发表时间|发文日期|更新时间|日期|"
                       "Published(?: on)?|Updated(?: on)?|Posted(?: on)?|Released(?: on)?|Last updated|"
                       "Release date|Date)\\s*[：:|]?\\s*") + anyDate +
            QStringLiteral("|") + anyDate + QStringLiteral("日?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:\\||来源|Source)|"
                           "^[ \\t]*[（(](\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?[）)][ \\t]*$|"
                           "^[ \\t*_]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? |[A-Z][A-Za-z .]{1,30}, (?:[A-Z][A-Za-z .]{1,30}, )?)?") +
            anyDate + QStringLiteral("[ \\t*_]*$"));
    DateInfo d;
    // Dates are labelled on short lines (bylines, info bars, datelines); the regular
    // expression runs only on those, so body paragraphs cost a scan for the line end.
    QRegularExpressionMatch m;
    const QStringView head = text.left(3000);
    // Such lines open the page: a few candidates are enough, and bound the cost per article.
    int tries = 0;
    for (qsizetype at = 0; at < head.size() && !m.hasMatch() && tries < 6;) {
        qsizetype nl = head.indexOf(QLatin1Char('\n'), at);
        if (nl < 0)
            nl = head.size();
        const QStringView line = head.mid(at, nl - at);
        if (line.size() >= 6 && line.size() <= 160 && hasFullYear(line)) {
            m = labelled.match(line);
            ++tries;
        }
        at = nl + 1;
    }
    if (!m.hasMatch())
        return d;
    QString when;
    for (int g : {1, 2, 6})
        if (when.isEmpty())
            when = m.captured(g);
    if (when.isEmpty()) {
        // The byline: year and month, perhaps a day.
        d.year = m.capturedView(3).toInt();
        d.month = m.capturedView(4).toInt();
        d.day = m.capturedView(5).toInt();
        d.precision = d.day ? DatePrecision::Day : DatePrecision::Month;
    } else {
        // "15.04.2024" is day.month.year; normalizeDate reads the rest.
        static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
        const QRegularExpressionMatch e = dmy.match(when);
        if (e.hasMatch())
            when = e.captured(3) + QLatin1Char('-') + e.captured(2) + QLatin1Char('-') + e.captured(1);
        when.replace(QChar(0x5E74), QLatin1Char('-')).replace(QChar(0x6708), QLatin1Char('-'));
        when.remove(QLatin1Char(' '));
        d = DateInfo::fromIso(normalizeDate(when), QString());
    }
    if (d.year < 1990 || d.year > currentYear() || d.month < 1 || d.month > 12)
        return DateInfo();
    d.cue = QStringLiteral("labelled date: ") + m.captured(0).trimmed();
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
        if (l.size() > 90 || !hasFullYear(l))
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
            d.year > currentYear()) {
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
        if (y.target || y.base || y.rangeEnd || y.end > to)
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
    if (line.year > 0) {
        DateInfo d = line;
        d.precision = DatePrecision::Day;
        d.basis = QStringLiteral("dateline");
        return d;
    }
    DateInfo label = labelledDateIn(scan.text);
    if (label.isValid()) {
        label.basis = QStringLiteral("dateline");
        return label;
    }
    // No label and no dateline: a short top line that is mostly a date.
    DateInfo header = headerDateIn(scan.text);
    if (header.year > 0) {
        header.precision = DatePrecision::Day;
        header.basis = QStringLiteral("dateline");
        return header;
    }

    int best = 0;
    QStringView cue; // a view into the text: most candidates lose, so nothing is copied
    // An article is not written after today: a later year is a plan or a scheduled event.
    const int thisYear = currentYear();
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
            // "截至2023年9月" reads like a deadline (至) but states where things stood when the
            // text was written.
            const bool asOf = y.target && book.asOfBefore.endsBefore(scan.text, y.start, std::max(s.start, y.start - 8));
            if ((y.target && !asOf) || y.base || y.rangeEnd || y.start > futureAt || namesTarget(scan.text, y))
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
    // Every match ends with one of these two phrases and starts at most 22 UTF-16 units before
    // it (two digits, astral ones included, "th session of the "), so the expression only
    // needs to read from a little before the first phrase to the end of the last; no match is
    // lost or changed, as the expression looks neither behind nor ahead. The start never
    // splits a surrogate pair, which PCRE would reject.
    // The English phrase is searched with a prepared matcher (skip table built once), as every
    // article is searched; it is long, so the table jumps far.
    static const QStringMatcher sessionEn(QStringLiteral("Conference of the Parties"));
    // 缔 is rare in any text, so the Chinese phrase is found through that character, a
    // vectorised search, and compared there: the matcher's skip table (built on the low byte
    // of each unit) jumps little over Chinese text.
    static const QString sessionZh = QStringLiteral("缔约方大会");
    const auto findEn = [&](qsizetype from) { return sessionEn.indexIn(scan.text, from); };
    const auto findZh = [&](qsizetype from) {
        for (qsizetype at = scan.text.indexOf(sessionZh.front(), from); at >= 0;
             at = scan.text.indexOf(sessionZh.front(), at + 1)) {
            if (scan.text.mid(at).startsWith(sessionZh))
                return at;
        }
        return qsizetype(-1);
    };
    const auto lastEnd = [](const auto &find, qsizetype at, qsizetype length) {
        qsizetype last = at;
        while (at >= 0) {
            last = at;
            at = find(at + 1);
        }
        return last < 0 ? -1 : last + length;
    };
    const qsizetype firstEn = findEn(0);
    const qsizetype firstZh = findZh(0);
    const bool mentionsSessions = firstEn >= 0 || firstZh >= 0;
    QRegularExpressionMatchIterator it;
    if (mentionsSessions) {
        const qsizetype first = firstEn < 0 ? firstZh : firstZh < 0 ? firstEn : std::min(firstEn, firstZh);
        const qsizetype lastEn = lastEnd(findEn, firstEn, sessionEn.pattern().size());
        const qsizetype lastZh = lastEnd(findZh, firstZh, sessionZh.size());
        qsizetype from = std::max<qsizetype>(0, first - 24);
        if (from > 0 && scan.text[from].isLowSurrogate())
            --from;
        it = hasLoneSurrogate(scan.text)
                 ? ordinal.globalMatch(scan.text)
                 : ordinal.globalMatch(scan.text.left(std::max(lastEn, lastZh)), from);
    }
    while (mentionsSessions && it.hasNext()) {
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
    d.cue = QStringLiteral("latest dated event: ") + cue.left(160).toString();
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
