#include "dateinference.h"

#include "readermeta.h"
#include "textdecode.h"
#include "unitblocks.h"
#include "yearscan.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QtAlgorithms>

#include <algorithm>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cpe {

namespace {

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

// The first unit at or after `from` (0 <= from) that is `a` or `b`, or -1: what
// text.indexOf() finds for one of them, inline and eight units at a time. The dating walks the
// head's lines and every article's text this way, and Qt's search costs a call through
// findString() for each line, more than the few blocks a line spans.
qsizetype indexOfEither(QStringView text, qsizetype from, char16_t a, char16_t b)
{
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi16(qint16(a)), vb = _mm_set1_epi16(qint16(b));
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + i));
        const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(v, va), _mm_cmpeq_epi16(v, vb)));
        if (mask != 0)
            return i + qCountTrailingZeroBits(quint32(mask)) / 2;
    }
#endif
    for (; i < n; ++i) {
        if (units[i] == a || units[i] == b)
            return i;
    }
    return -1;
}

// Where the line holding `at` ends (its '\n'), or -1 in the last line.
qsizetype lineEndFrom(QStringView text, qsizetype at)
{
    const qsizetype end = indexOfAsciiEither(text.utf16(), at, text.size(), text.size(), '\n', '\n');
    return end == text.size() ? -1 : end;
}

// Where the line after `at` starts (past its '\n'), or -1 after the last line.
qsizetype nextLine(QStringView text, qsizetype at)
{
    const qsizetype nl = lineEndFrom(text, at);
    return nl < 0 ? -1 : nl + 1;
}

// Whether `text` holds, at `at`, the three letters every month name of the English dateline
// starts with ("Sept" is "Sep" too).
bool monthAbbreviationAt(QStringView text, qsizetype at)
{
    static const char16_t *const months[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                             u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    const QStringView word = text.mid(at, 3);
    return word.size() == 3 &&
           std::any_of(std::begin(months), std::end(months),
                       [&](const char16_t *m) { return word == QStringView(m); });
}

// Whether the English dateline below may match on the line starting at `line`: a capital, two
// to forty capitals, spaces or . ' -, ", " and a month's abbreviation. Most lines fail this at
// their first characters, and the lines that pass are nearly always datelines, so the
// expression runs about once per article.
bool opensLikeDateline(QStringView head, qsizetype line)
{
    const auto isCap = [](QChar c) { return c.unicode() >= u'A' && c.unicode() <= u'Z'; };
    const auto isNameChar = [&](QChar c) {
        return isCap(c) || c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('\'') ||
               c == QLatin1Char('-');
    };
    if (!isCap(head[line]))
        return false;
    // [A-Z .'-]{2,40} backtracks, so any ", " after two to forty of them will do; no name
    // character is a ',', so the first character that is not one must be that ','.
    for (qsizetype k = line + 1; k < head.size() && k - line <= 41; ++k) {
        if (k - line >= 3 && head[k] == QLatin1Char(',') && k + 1 < head.size() &&
            head[k + 1] == QLatin1Char(' '))
            return monthAbbreviationAt(head, k + 2);
        if (!isNameChar(head[k]))
            return false;
    }
    return false;
}

// The start of the first line from `line` on that opensLikeDateline(), or -1.
qsizetype nextDatelineCandidate(QStringView head, qsizetype line)
{
    for (; line >= 0 && line < head.size(); line = nextLine(head, line)) {
        if (opensLikeDateline(head, line))
            return line;
    }
    return -1;
}

// Whether "日电", the end of every Chinese dateline, is in `head`. It is found through 电, a
// vectorised search, then compared: a search for the two characters hashes every position.
bool holdsChineseDatelineEnd(QStringView head)
{
    for (qsizetype at = head.indexOf(QChar(u'电'), 1); at >= 0;
         at = head.indexOf(QChar(u'电'), at + 1)) {
        if (head[at - 1] == QChar(u'日'))
            return true;
    }
    return false;
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
    QRegularExpressionMatch m;
    // The expression is tried only on lines where a match can start, in text order: the first
    // that matches is the leftmost match a search of the whole head finds.
    const qsizetype firstLine = nextDatelineCandidate(head, 0);
    if (firstLine >= 0 && hasLoneSurrogate(head)) {
        // See hasLoneSurrogate(). Without a candidate line the expression cannot match, in
        // such a head or not, so the surrogates are looked for only once there is one.
        m = en.match(head);
    } else {
        for (qsizetype line = firstLine; line >= 0;
             line = nextDatelineCandidate(head, nextLine(head, line))) {
            // Nothing in the expression after its leading '\n' matches a line break, so a match
            // lies within its line and the expression is handed only the head up to that line's
            // end. The match can then only start at the line's '\n' (or at 0), so it is searched
            // for from there rather than anchored: an anchored match would leave PCRE's compiled
            // (JIT) code for its interpreter, many times slower and allocating its frames.
            const qsizetype start = line == 0 ? 0 : line - 1;
            const qsizetype lineEnd = lineEndFrom(head, line);
            m = en.match(lineEnd < 0 ? head : head.left(lineEnd), start);
            if (m.hasMatch())
                break;
        }
    }
    if (m.hasMatch()) {
        d.month = monthBefore(m.capturedView(1));
        d.day = m.capturedView(2).toInt();
        d.year = m.capturedView(3).toInt();
        d.cue = m.captured(0).trimmed();
    } else if (holdsChineseDatelineEnd(head) && (m = zh.match(head)).hasMatch()) {
        d.year = m.capturedView(1).toInt();
        d.month = m.capturedView(2).toInt();
        d.day = m.capturedView(3).toInt();
        d.cue = m.captured(0);
    }
    return d;
}

// Whether the labelled-date expression below can match `line`, looked at far more cheaply
// than running it; nearly all short lines with a year (one-sentence paragraphs) fail it.
// Each alternative of the expression needs something looked for here: a label word (each
// holds 时间, 日期, Published, Posted, Updated, updated, Release or Date); a time ("09:12")
// with its ':'; or, for a byline or a line holding only a date, a date that ends the line,
// its last digit or bracket followed by nothing but [ \t*_] and perhaps a line break, where
// '$' still matches.
bool mayHoldLabelledDate(QStringView line)
{
    const auto trailing = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('*') ||
               c == QLatin1Char('_') || c == QLatin1Char('\r') || c == QLatin1Char('\n') ||
               c == QLatin1Char('\v') || c == QLatin1Char('\f') || c == QChar(0x85) ||
               c == QChar(0x2028) || c == QChar(0x2029);
    };
    qsizetype last = line.size() - 1;
    while (last >= 0 && trailing(line[last]))
        --last;
    if (last >= 0 && ((line[last] >= QLatin1Char('0') && line[last] <= QLatin1Char('9')) ||
                      line[last] == QLatin1Char(')') || line[last] == QChar(0xFF09)))
        return true;
    // One pass, comparing words only at their first letter.
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QStringView rest = line.mid(i);
        switch (line[i].unicode()) {
        case u':':
            return true;
        case u'时':
            if (rest.startsWith(u"时间"))
                return true;
            break;
        case u'日':
            if (rest.startsWith(u"日期"))
                return true;
            break;
        case u'P':
            if (rest.startsWith(u"Published") || rest.startsWith(u"Posted"))
                return true;
            break;
        case u'U':
        case u'u':
            if (rest.mid(1).startsWith(u"pdated"))
                return true;
            break;
        case u'R':
            if (rest.startsWith(u"Release"))
                return true;
            break;
        case u'D':
            if (rest.startsWith(u"Date"))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
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
        qsizetype nl = lineEndFrom(head, at);
        if (nl < 0)
            nl = head.size();
        const QStringView line = head.mid(at, nl - at);
        if (line.size() >= 6 && line.size() <= 160 && hasFullYear(line)) {
            // A line the expression is spared still counts as tried, as before the check.
            if (mayHoldLabelledDate(line))
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

// The words of `line` once [start, end) is cut out, the two sides joined as they stand
// ("Updated " and " - 18:40"): runs between spaces that hold a letter, so times, separators
// and bylines' bars are not words. Read in place, without building the joined string.
int wordsAround(QStringView line, qsizetype start, qsizetype end)
{
    int words = 0;
    bool letterInWord = false;
    const auto step = [&](QChar c) {
        if (c == QLatin1Char(' ')) {
            words += letterInWord ? 1 : 0;
            letterInWord = false;
        } else {
            letterInWord = letterInWord || c.isLetter();
        }
    };
    for (const QChar c : line.left(start))
        step(c);
    for (const QChar c : line.mid(end))
        step(c);
    return words + (letterInWord ? 1 : 0);
}

// The date a short line near the top holds, or none: a Chinese date alone on the line (a
// notice's signature date, "2025年12月18日"), or a Latin one with few words around it.
DateInfo dateOfHeaderLine(QStringView l)
{
    static const QRegularExpression date(QStringLiteral(
        "\\b(?:(\\d{1,2})(?:st|nd|rd|th)? ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\\.?,? (\\d{4})"
        "|((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\\.? (\\d{1,2}),? (\\d{4})"
        "|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b"));
    // Alone on its line, or set apart by a run of spaces from the masthead of a bulletin
    // ("国家林业和草原局国际合作司编　　　　2023年11月10日").
    static const QRegularExpression zhDateLine(QStringLiteral(
        "^(?:[^。，；！？]{0,40}[ \\t\\x{3000}]{2,})?[（(]?(\\d{4})年(\\d{1,2})月(\\d{1,2})日[）)]?"
        "(?:[ \\t\\x{3000}]{2,}[^。，；！？]{0,40})?$"));
    DateInfo d;
    const QRegularExpressionMatch zh = zhDateLine.match(l);
    if (zh.hasMatch()) {
        d.year = zh.capturedView(1).toInt();
        d.month = zh.capturedView(2).toInt();
        d.day = zh.capturedView(3).toInt();
    } else {
        const QRegularExpressionMatch m = date.match(l);
        if (!m.hasMatch() || wordsAround(l, m.capturedStart(0), m.capturedEnd(0)) > 8)
            return DateInfo();
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
    }
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 || d.year < 1900 || d.year > currentYear())
        return DateInfo();
    d.cue = l.toString();
    return d;
}

// A short line near the top that is mostly a date: "Friday, 14 April 2023", "Beijing, China,
// 12 November 2014", "Updated 15.04.2024 - 18:40", "Source: Xinhua | 2022-06-29 22:10". A date
// inside a long body sentence may be an event's, so only short lines count.
DateInfo headerDateIn(QStringView text)
{
    qsizetype at = 0;
    for (int line = 0; line < 12 && at < text.size() && at < 1500; ++line) {
        qsizetype end = lineEndFrom(text, at);
        if (end < 0)
            end = text.size();
        const QStringView l = text.mid(at, end - at).trimmed();
        at = end + 1;
        if (l.size() > 90 || !hasFullYear(l))
            continue;
        const DateInfo d = dateOfHeaderLine(l);
        if (d.year > 0)
            return d;
    }
    return DateInfo();
}

// How many years the time of writing lies after an anchor at `pos`: -1 for one named as next
// year's, 1 for last year's, else 0.
int relativeYearShift(QStringView text, qsizetype floor, qsizetype pos, const CueBook &book)
{
    floor = std::max(floor, pos - 16);
    if (book.nextYearBefore.endsBefore(text, pos, floor))
        return -1;
    return book.lastYearBefore.endsBefore(text, pos, floor) ? 1 : 0;
}

// Whether `pos` lies inside 《…》 opened in the sentence.
bool insideBookTitle(QStringView text, qsizetype sentenceStart, qsizetype pos)
{
    for (qsizetype k = pos - 1; k >= sentenceStart; --k) {
        if (text.at(k) == QChar(0x300B)) // 》
            return false;
        if (text.at(k) == QChar(0x300A)) // 《
            return true;
    }
    return false;
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

// One of the phrases a session ordinal ends with, "Conference of the Parties", "缔约方大会" and
// "缔约方会议", where it starts, and where the search for the next one goes on.
struct SessionPhrase
{
    qsizetype start = -1; // -1: none
    qsizetype length = 0;
    qsizetype resume = 0;
    bool found() const { return start >= 0; }
};

// The first of the phrases whose character that is rare in any text (the English one's P, the
// Chinese ones' 缔) lies at `from` or after; in text order, as they cannot overlap. Every
// article is searched, so all are found in one pass, eight units at a time, through those characters, then compared there.
// A prepared QStringMatcher jumps little over English text (most of its letters are in the
// phrase) or Chinese text (its skip table is built on the low byte of each unit).
SessionPhrase nextSessionPhrase(QStringView text, qsizetype from)
{
    static constexpr char16_t english[] = u"Conference of the Parties";
    static constexpr qsizetype englishRare = 18; // its P
    static constexpr char16_t chinese[] = u"缔约方大会";
    static constexpr char16_t chineseMeeting[] = u"缔约方会议";
    const auto holds = [&](qsizetype start, const char16_t *phrase, qsizetype length) {
        return start >= 0 && text.size() - start >= length &&
               std::equal(phrase, phrase + length, text.utf16() + start);
    };
    constexpr qsizetype englishLength = std::size(english) - 1, chineseLength = std::size(chinese) - 1;
    for (qsizetype at = indexOfEither(text, from, u'P', chinese[0]); at >= 0;
         at = indexOfEither(text, at + 1, u'P', chinese[0])) {
        if (text[at] == u'P' && holds(at - englishRare, english, englishLength))
            return {at - englishRare, englishLength, at + 1};
        if (text[at] == chinese[0] &&
            (holds(at, chinese, chineseLength) || holds(at, chineseMeeting, chineseLength)))
            return {at, chineseLength, at + 1};
    }
    return {};
}

// 1 to 99 in Arabic digits or Chinese numerals ("18", "十八", "二十九"), else 0.
int ordinalValue(QStringView n)
{
    static constexpr QStringView digits = u"一二三四五六七八九";
    if (!n.isEmpty() && n.front().isDigit())
        return n.toInt();
    const qsizetype ten = n.indexOf(u'十');
    const auto digit = [&](QStringView d) { return d.size() == 1 ? int(digits.indexOf(d.front())) + 1 : 0; };
    if (ten < 0)
        return digit(n);
    const int tens = ten == 0 ? 1 : digit(n.left(ten));
    const int units = ten + 1 == n.size() ? 0 : digit(n.mid(ten + 1));
    return (tens == 0 || (ten + 1 < n.size() && units == 0)) ? 0 : tens * 10 + units;
}

// Calls f(n, the match) for each "29th session of the Conference of the Parties",
// "第29届缔约方大会" or "第十八次缔约方会议" in the text, in text order.
template <typename F>
void forEachSessionOrdinal(QStringView text, F &&f)
{
    static const QRegularExpression ordinal(QStringLiteral(
        "(\\d{1,2})(?:st|nd|rd|th) (?:session of the )?Conference of the Parties"
        "|第(\\d{1,2}|[一二三四五六七八九十]{1,3})[届次]缔约方(?:大会|会议)"));
    const auto report = [&](const QRegularExpressionMatch &m) {
        const int n = ordinalValue(m.capturedView(1).isEmpty() ? m.capturedView(2) : m.capturedView(1));
        f(n, text.mid(m.capturedStart(0), m.capturedLength(0)));
    };
    SessionPhrase phrase = nextSessionPhrase(text, 0);
    if (!phrase.found())
        return;
    if (hasLoneSurrogate(text)) {
        // See hasLoneSurrogate(): the whole text, as before the narrowed searches.
        for (QRegularExpressionMatchIterator it = ordinal.globalMatch(text); it.hasNext();)
            report(it.next());
        return;
    }
    // Every match ends with one of the phrases and starts at most 22 UTF-16 units before
    // it (two digits, astral ones included, "th session of the "), and after the end of the
    // phrase before it: a match starts with a digit or 第, which no phrase holds, and
    // what lies between its start and its own phrase cannot hold another phrase. So each
    // phrase has at most one match, found by handing the expression only the units from
    // there to the phrase's end, rather than all the text between the first phrase and the
    // last; the matches and their order are those of a search of the whole text, as the
    // expression looks neither behind nor ahead. The start never splits a surrogate pair,
    // which PCRE would reject.
    qsizetype previousEnd = 0;
    for (; phrase.found(); phrase = nextSessionPhrase(text, phrase.resume)) {
        const qsizetype end = phrase.start + phrase.length;
        qsizetype from = std::max(previousEnd, phrase.start - 24);
        if (from > 0 && text[from].isLowSurrogate())
            --from;
        const QRegularExpressionMatch m = ordinal.match(text.left(end), from);
        if (m.hasMatch())
            report(m);
        previousEnd = end;
    }
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
    const auto raises = [&](int year) { return year > best && year <= thisYear; };
    const auto consider = [&](int year, QStringView why) {
        if (raises(year)) {
            best = year;
            cue = why;
        }
    };
    int officeFloor = 0;
    QStringView officeCue;
    // Sentences come in text order, so the years of each are found by walking on from the
    // previous sentence's first year (what ArticleScan::yearsIn() would find by bisecting).
    const YearToken *const yearsEnd = scan.years.data() + scan.years.size();
    const YearToken *yb = scan.years.data();
    for (const ScannedSentence &s : scan.sentences) {
        while (yb != yearsEnd && yb->start < s.start)
            ++yb;
        const YearToken *ye = yb;
        while (ye != yearsEnd && ye->start < s.end)
            ++ye;
        // In a sentence about plans or targets, only a year written before the plan begins
        // ("In 2014 China said it will …") dates the article.
        qsizetype futureAt = s.end;
        if (yb != ye && (scan.has(s, CueClass::Future) || scan.has(s, CueClass::PledgeKind))) {
            for (int c = s.cueBegin; c < s.cueEnd; ++c) {
                const CueHit &h = scan.cues[size_t(c)];
                if (h.cls == CueClass::Future || h.cls == CueClass::PledgeKind)
                    futureAt = std::min(futureAt, h.start);
            }
        }
        for (const YearToken *yp = yb; yp != ye; ++yp) {
            const YearToken &y = *yp;
            // A year that cannot raise the best is not looked at further; the tests below
            // only read the text.
            if (!raises(y.year) || y.base || y.rangeEnd || y.start > futureAt)
                continue;
            // A deadline is no event ("截至2023年9月" is not one: see findYears()), nor is a
            // year in the title of a document (《2026—2030年…行动方案》 names its plan period).
            if (y.target || insideBookTitle(scan.text, s.start, y.start))
                continue;
            if (namesTarget(scan.text, y))
                continue;
            consider(y.year, scan.text.mid(s.start, s.end - s.start));
        }
        if (!scan.has(s, CueClass::EventAnchor) && !scan.has(s, CueClass::OfficeAnchor))
            continue;
        for (int c = s.cueBegin; c < s.cueEnd; ++c) {
            const CueHit &h = scan.cues[size_t(c)];
            const QStringView surface = scan.text.mid(h.start, h.end - h.start);
            if (h.cls == CueClass::EventAnchor) {
                consider(h.value + relativeYearShift(scan.text, s.start, h.start, book), surface);
            } else if (h.cls == CueClass::OfficeAnchor) {
                const OfficeTerm &term = book.offices.at(h.value);
                if (term.from > officeFloor) {
                    officeFloor = term.from;
                    officeCue = surface;
                }
            }
        }
    }
    forEachSessionOrdinal(scan.text, [&](int n, QStringView match) {
        if (n > 0)
            consider(book.copFirstYear + n - 1 + (n >= book.copSkipFrom ? 1 : 0) +
                         relativeYearShift(scan.text, 0, match.data() - scan.text.data(), book),
                     match);
    });
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
