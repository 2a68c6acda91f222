#include "yearscan.h"

#include <algorithm>
#include <cstring>

namespace cpe {

namespace {

const char *const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};

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

// Whether one of the four UTF-16 units at `p` may be '1' or '2' (no false negatives): the
// classic test for a zero lane, on the units xor '1' and xor '2'.
bool mayHoldOneOrTwo(const char16_t *p)
{
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    constexpr quint64 Ones = 0x0001000100010001ull, Highs = 0x8000800080008000ull;
    const auto hasZeroLane = [&](quint64 x) { return ((x - Ones) & ~x & Highs) != 0; };
    return hasZeroLane(v ^ (Ones * u'1')) || hasZeroLane(v ^ (Ones * u'2'));
}

} // namespace

int monthBefore(QStringView before)
{
    before = before.trimmed();
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
                const QLatin1String full(kMonths[m]);
                if (w == full || w == QLatin1String(kMonths[m], 3))
                    return m + 1;
            }
            return 0;
        }
    }
    for (int m = 0; m < 12; ++m) {
        const QLatin1String full(kMonths[m]);
        for (const QLatin1String name : {full, QLatin1String(kMonths[m], 3)}) {
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

void findYears(QStringView text, qsizetype from, qsizetype to, const CueBook &book,
               std::vector<YearToken> &out)
{
    const char16_t *units = text.utf16();
    for (qsizetype i = from; i + 4 <= to; ++i) {
        // Four units at a time until one of them may be a '1' or '2': most text has no digit.
        while (i + 8 <= to && !mayHoldOneOrTwo(units + i))
            i += 4;
        if (units[i] != u'1' && units[i] != u'2')
            continue;
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
            const QStringView afterWord = after.trimmed();
            for (const char *w : kQuantityWords)
                quantity = quantity || startsWithWord(afterWord, w);
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
        t.month = monthBefore(text.mid(lookBack, i - lookBack));
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
        t.target = t.deadlineWord &&
                   !text.mid(lookBack, i - lookBack).trimmed().endsWith(QLatin1String("in"), Qt::CaseInsensitive);
        // 年前, 年之前, 年以前: "2030年前碳达峰"
        if (after.size() >= 2 && after.at(0) == QChar(0x5E74) &&
            (after.at(1) == QChar(0x524D) ||
             (after.size() >= 3 && (after.at(1) == QChar(0x4E4B) || after.at(1) == QChar(0x4EE5)) &&
              after.at(2) == QChar(0x524D))))
            t.target = true;
        const QStringView beforeZh = text.mid(std::max(from, i - 1), i - std::max(from, i - 1));
        if (beforeZh == QStringView(u"到"))
            t.target = true;
        // "2030年左右" and "around 2030" name a target date, with or without 到/于 before it;
        // "post-2020" is the period after it.
        if (after.startsWith(u"年左右") || after.startsWith(u"年前后"))
            t.target = true;
        const QStringView near = text.mid(lookBack, i - lookBack);
        if (near.endsWith(QLatin1String("post-"), Qt::CaseInsensitive))
            t.target = true;
        // Baselines: "比2005年", "较2013财年", "相对2005年", "在2005年基础上", "2005年水平",
        // "2005 levels", "compared with 1990". The English phrases end in h, o, s or w: a year
        // after any other ASCII character (nearly every year) skips their case-insensitive
        // comparisons. Other characters take them, as some fold to those letters.
        const QStringView nearTrimmed = near.trimmed();
        const char16_t nearLast = nearTrimmed.isEmpty() ? 0 : nearTrimmed.back().unicode();
        const char16_t nearLastLower = char16_t(nearLast | 0x20);
        const bool mayEndInPhrase = nearLast >= 0x80 || nearLastLower == u'h' || nearLastLower == u'o' ||
                                    nearLastLower == u's' || nearLastLower == u'w';
        if (beforeZh == QStringView(u"比") || beforeZh == QStringView(u"较") || near.endsWith(u"相对") ||
            near.endsWith(u"相对于") || near.endsWith(u"相比") || after.startsWith(u"年基础上") ||
            after.startsWith(u"财年基础上") || after.startsWith(u"年水平") ||
            after.startsWith(QLatin1String(" level")) || after.startsWith(QLatin1String("-level")) ||
            (mayEndInPhrase &&
             (nearTrimmed.endsWith(QLatin1String("compared with"), Qt::CaseInsensitive) ||
              nearTrimmed.endsWith(QLatin1String("compared to"), Qt::CaseInsensitive) ||
              nearTrimmed.endsWith(QLatin1String("relative to"), Qt::CaseInsensitive) ||
              nearTrimmed.endsWith(QLatin1String("below its"), Qt::CaseInsensitive) ||
              nearTrimmed.endsWith(QLatin1String("below"), Qt::CaseInsensitive))))
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
    for (qsizetype i = 0; i + 3 < line.size(); ++i) {
        const char16_t c = line.at(i).unicode(), n = line.at(i + 1).unicode();
        if (((c == u'1' && n == u'9') || (c == u'2' && n == u'0')) && line.at(i + 2).isDigit() &&
            line.at(i + 3).isDigit())
            return true;
    }
    return false;
}

} // namespace cpe
