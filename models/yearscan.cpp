#include "yearscan.h"

#include "casefold.h"
#include "unitblocks.h"

#include <QtAlgorithms>
#include <algorithm>

namespace cpe {

namespace {

// Lengths known at compile time: monthBefore() compares against these for every year.
constexpr QLatin1String kMonths[] = {
    QLatin1String("january"), QLatin1String("february"), QLatin1String("march"),
    QLatin1String("april"),   QLatin1String("may"),      QLatin1String("june"),
    QLatin1String("july"),    QLatin1String("august"),   QLatin1String("september"),
    QLatin1String("october"), QLatin1String("november"), QLatin1String("december")};

// Words after a number that make it a quantity, not a year.
const char *const kQuantityWords[] = {"tons",  "tonnes", "mw",    "gw",     "kw",       "km",
                                      "people", "participants", "projects", "yuan", "dollars",
                                      "units", "households", "megawatts", "officials", "times"};

bool startsWithWord(QStringView s, const char *word)
{
    const QLatin1String w(word);
    if (s.size() < w.size() || !s.startsWith(w, Qt::CaseInsensitive))
        return false;
    return s.size() == w.size() || !s.at(w.size()).isLetter();
}

// Case-sensitive tests against literals, compared in place: they run for every year, and each
// call into Qt for them cost more than the comparison. N counts the literal's terminating zero.
template <size_t N>
bool startsWithExactly(QStringView s, const char16_t (&prefix)[N])
{
    constexpr qsizetype length = qsizetype(N) - 1;
    return s.size() >= length && std::equal(prefix, prefix + length, s.utf16());
}

template <size_t N>
bool endsWithExactly(QStringView s, const char16_t (&suffix)[N])
{
    constexpr qsizetype length = qsizetype(N) - 1;
    return s.size() >= length && std::equal(suffix, suffix + length, s.utf16() + s.size() - length);
}


// monthBefore() of text already trimmed: findYears() trims the text before a year once for
// all its tests.
int monthEndingTrimmed(QStringView before)
{
    if (before.endsWith(QLatin1Char(',')))
        before.chop(1);
    // Every month name and abbreviation ends in a letter, or in '.' after one.
    if (before.isEmpty() || !(before.back().isLetter() || before.back() == QLatin1Char('.')))
        return 0;
    // Runs for every year in the text. When the text ends in a word, that whole word must be
    // a month's name or abbreviation (a letter before the name fails the test below, and
    // anything that folds to a Latin letter is a letter), so one comparison per name of the
    // lower-cased word decides. A trailing '.' or a non-ASCII letter takes the full loop.
    if (before.back().isLetter()) {
        char word[10];
        qsizetype length = 0;
        bool ascii = true;
        for (qsizetype k = before.size() - 1; k >= 0 && before[k].isLetter() && ascii; --k) {
            const char16_t u = before[k].unicode();
            ascii = u < 0x80;
            if (length < qsizetype(sizeof word))
                word[length] = char(u | 0x20);
            ++length;
        }
        if (ascii && length > qsizetype(sizeof word))
            return 0; // longer than any name
        if (ascii) {
            std::reverse(word, word + length);
            const QLatin1String w(word, length);
            for (int m = 0; m < 12; ++m) {
                // The first letters tell most words from a name without a call to compare.
                const QLatin1String full = kMonths[m];
                if (word[0] == full.latin1()[0] && (w == full || w == full.left(3)))
                    return m + 1;
            }
            return 0;
        }
    }
    // Names end in an ASCII letter, so the unit that would end one (before a '.') must fold to
    // one: a Chinese character before the year ("在2020年") rules out every name at once.
    const qsizetype lastAt = before.size() - (before.back() == QLatin1Char('.') ? 2 : 1);
    const char32_t last = lastAt < 0 ? 0 : foldUnit(before[lastAt].unicode());
    if (last < U'a' || last > U'z')
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QLatin1String full = kMonths[m];
        for (const QLatin1String name : {full, full.left(3)}) {
            if (before.size() >= name.size() && before.endsWith(name, Qt::CaseInsensitive)) {
                const qsizetype at = before.size() - name.size();
                if (at == 0 || !before.at(at - 1).isLetter())
                    return m + 1;
            }
            // "Nov." and "Sept."
            if (before.endsWith(QLatin1Char('.')) && before.chopped(1).endsWith(name, Qt::CaseInsensitive))
                return m + 1;
        }
    }
    return 0;
}

// `s` from its first unit that is no space on.
QStringView skipLeadingSpaces(QStringView s)
{
    qsizetype k = 0;
    while (k < s.size() && s[k].isSpace())
        ++k;
    return s.sliced(k);
}

} // namespace

int monthBefore(QStringView before)
{
    return monthEndingTrimmed(before.trimmed());
}

void findYears(QStringView text, qsizetype from, qsizetype to, const CueBook &book,
               std::vector<YearToken> &out)
{
    const char16_t *units = text.utf16();
    const qsizetype readable = text.size();
    for (qsizetype i = indexOfAsciiEither(units, from, to, readable, '1', '2'); i + 4 <= to;
         i = indexOfAsciiEither(units, i + 1, to, readable, '1', '2')) {
        if (i > 0 && (text.at(i - 1).isDigit() ||
                      ((text.at(i - 1) == QLatin1Char(',') || text.at(i - 1) == QLatin1Char('.')) &&
                       i > 1 && text.at(i - 2).isDigit())))
            continue;
        int value = 0;
        qsizetype j = i;
        for (; j < to && j < i + 5 && text.at(j).isDigit(); ++j)
            value = value * 10 + text.at(j).digitValue();
        if (j - i != 4) {
            i = j;
            continue;
        }
        if (j < to && (text.at(j) == QLatin1Char(',') || text.at(j) == QLatin1Char('.')) &&
            j + 1 < to && text.at(j + 1).isDigit())
            continue;
        if (value < 1900 || value > 2100)
            continue;
        const QStringView after = text.mid(j, std::min<qsizetype>(24, to - j));
        bool quantity = false;
        if (after.startsWith(QLatin1Char(' '))) {
            // Only the words that start with the next word's first letter are compared. Spaces
            // after the word would not change the comparisons, so only those before it go.
            const QStringView afterWord = skipLeadingSpaces(after);
            const char32_t first = afterWord.isEmpty() ? 0 : foldUnit(afterWord.front().unicode());
            for (const char *w : kQuantityWords)
                quantity = quantity || (char32_t(w[0]) == first && startsWithWord(afterWord, w));
        }
        if (!after.isEmpty()) {
            const QChar a = after.at(0);
            // Chinese counters: 2000万, 2000亿, 2000人 are amounts.
            if (a == QChar(0x4E07) || a == QChar(0x4EBF) || a == QChar(0x4EBA) || a == QChar(0x4E2A) ||
                a == QChar(0x5428) || a == QChar(0x5343))
                quantity = true;
        }
        if (quantity)
            continue;

        YearToken t;
        t.start = i;
        t.end = j;
        t.year = value;
        const qsizetype lookBack = std::max(from, i - 16);
        const QStringView near = text.mid(lookBack, i - lookBack);
        const QStringView nearTrimmed = near.trimmed();
        t.month = monthEndingTrimmed(nearTrimmed);
        // 2010年3月
        if (after.size() >= 3 && after.at(0) == QChar(0x5E74) && after.at(1).isDigit()) {
            int m = after.at(1).digitValue();
            if (after.size() >= 3 && after.at(2).isDigit())
                m = m * 10 + after.at(2).digitValue();
            if (m >= 1 && m <= 12)
                t.month = m;
        }
        // "from 2007 to 2018" is a past span, so "to" alone does not make a deadline.
        t.deadlineWord = book.targetBefore.endsBefore(text, i, lookBack);
        t.target = t.deadlineWord && !endsWithFolded(nearTrimmed, u"in");
        // 年前, 年之前, 年以前: "2030年前碳达峰"
        if (after.size() >= 2 && after.at(0) == QChar(0x5E74) &&
            (after.at(1) == QChar(0x524D) ||
             (after.size() >= 3 && (after.at(1) == QChar(0x4E4B) || after.at(1) == QChar(0x4EE5)) &&
              after.at(2) == QChar(0x524D))))
            t.target = true;
        const char16_t beforeZh = i > from ? units[i - 1] : 0; // the unit before, in the sentence
        if (beforeZh == u'到')
            t.target = true;
        // "2030年左右" and "around 2030" name a target date, with or without 到/于 before it;
        // "post-2020" is the period after it (only '-' folds to '-').
        if (startsWithExactly(after, u"年左右") || startsWithExactly(after, u"年前后"))
            t.target = true;
        if (near.endsWith(QLatin1Char('-')) && near.endsWith(QLatin1String("post-"), Qt::CaseInsensitive))
            t.target = true;
        // "截至2021年底" states how things stood then (evidence of when the text was written),
        // although 至 alone sets a deadline.
        if (t.deadlineWord && book.asOfBefore.endsBefore(text, i, lookBack))
            t.target = t.deadlineWord = false;
        // Baselines: "比2005年", "较2013财年", "相对2005年", "在2005年基础上", "2005年水平",
        // "2005 levels", "compared with 1990". The English phrases end in h, o, s or w: a year
        // after any other ASCII character (nearly every year) skips their case-insensitive
        // comparisons. Other characters take them, as some fold to those letters.
        const char16_t nearLast = nearTrimmed.isEmpty() ? 0 : nearTrimmed.back().unicode();
        const char16_t nearLastLower = char16_t(nearLast | 0x20);
        const bool mayEndInPhrase = nearLast >= 0x80 || nearLastLower == u'h' || nearLastLower == u'o' ||
                                    nearLastLower == u's' || nearLastLower == u'w';
        if (beforeZh == u'比' || beforeZh == u'较' || endsWithExactly(near, u"相对") ||
            endsWithExactly(near, u"相对于") || endsWithExactly(near, u"相比") ||
            startsWithExactly(after, u"年基础上") || startsWithExactly(after, u"财年基础上") ||
            startsWithExactly(after, u"年水平") || startsWithExactly(after, u" level") ||
            startsWithExactly(after, u"-level") ||
            (mayEndInPhrase &&
             (endsWithFolded(nearTrimmed, u"compared with") || endsWithFolded(nearTrimmed, u"compared to") ||
              endsWithFolded(nearTrimmed, u"relative to") || endsWithFolded(nearTrimmed, u"below its") ||
              endsWithFolded(nearTrimmed, u"below"))))
            t.base = true;
        // The second year of "2022—2026", "2021–2025", "2016-2025", "2023至2027年".
        if (i >= 5 && i - 5 >= from && text.at(i - 2).isDigit() && text.at(i - 5).isDigit()) {
            const QChar dash = text.at(i - 1);
            if (dash == QLatin1Char('-') || dash == QChar(0x2013) || dash == QChar(0x2014) ||
                dash == QChar(0x2015) || dash == QChar(0xFF5E) || dash == QLatin1Char('~') ||
                dash == QChar(0x81F3) || dash == QChar(0x5230))
                t.rangeEnd = true;
        } else if (i >= 6 && i - 6 >= from && text.at(i - 2) == QChar(0x2014) && text.at(i - 1) == QChar(0x2014) &&
                   text.at(i - 6).isDigit()) {
            t.rangeEnd = true; // "2022——2026年"
        }
        // A period in brackets labels a plan, "Work Plan (2024–2027)", "（2021—2025年）": its first
        // year is no event either, and is often still ahead when the plan is written.
        if (t.rangeEnd && !out.empty() && out.back().end >= i - 2 && out.back().start > from) {
            const QChar open = text.at(out.back().start - 1);
            qsizetype close = j;
            if (close < to && text.at(close) == QChar(0x5E74))
                ++close;
            if ((open == QLatin1Char('(') || open == QChar(0xFF08)) && close < to &&
                (text.at(close) == QLatin1Char(')') || text.at(close) == QChar(0xFF09)))
                out.back().rangeEnd = true;
        }
        out.push_back(t);
        i = j;
    }
}

bool hasFullYear(QStringView line)
{
    // Only a '1' or '2' can start one: those are found a block of units at a time.
    const char16_t *units = line.utf16();
    const qsizetype n = line.size();
    const auto nextOneOrTwo = [&](qsizetype i) { return indexOfAsciiEither(units, i, n - 3, n, '1', '2'); };
    for (qsizetype i = nextOneOrTwo(0); i + 3 < n; i = nextOneOrTwo(i + 1)) {
        const char16_t c = units[i], next = units[i + 1];
        if (((c == u'1' && next == u'9') || (c == u'2' && next == u'0')) && line.at(i + 2).isDigit() &&
            line.at(i + 3).isDigit())
            return true;
    }
    return false;
}

} // namespace cpe
