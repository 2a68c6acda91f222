#include "pledgeparser.h"

#include "casefold.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <vector>

namespace cpe {

namespace {

// Most numbers in news are years and counts with no unit, and many forms start with a space,
// so the first two characters are compared before the whole form; `head` holds the text's
// first two, folded once by the caller for all the forms it tries.
struct Head
{
    explicit Head(QStringView s)
        : size(s.size()), first(s.isEmpty() ? 0 : foldUnit(s[0].unicode())),
          second(s.size() < 2 ? 0 : foldUnit(s[1].unicode()))
    {
    }
    // Whether a text with this head may start with a form with head `form`: checked in the
    // loops over the forms themselves, as nearly every form fails here. Case-insensitive
    // comparison folds unit by unit, so a shorter text cannot start with the form.
    bool mayStartWith(const Head &form) const
    {
        return size >= form.size && first == form.first && (form.size < 2 || second == form.second);
    }
    qsizetype size;
    char32_t first;
    char32_t second;
};

// A form looked for after a number, with its own head folded once, when the tables are made,
// rather than for every number that is tried against it.
struct Form
{
    template <size_t N> Form(const char16_t (&literal)[N]) : text(literal), head(text) {}
    QStringView text; // from a literal: its length is known at compile time
    Head head;
};

struct UnitForm
{
    Form form;
    const char *unit;
    double factor;
};

// Multipliers written after a number.
const UnitForm kScales[] = {
    {u" trillion", "", 1e12}, {u" billion", "", 1e9}, {u" million", "", 1e6},
    {u" thousand", "", 1e3},  {u"万亿", "", 1e12},     {u"亿", "", 1e8},
    {u"万", "", 1e4},         {u"千", "", 1e3},
};

// Units after the number (and its scale). Energy units are normalised to GW, money to USD.
const UnitForm kUnits[] = {
    {u" U.S. dollars", "USD", 1},   {u" US dollars", "USD", 1},    {u" dollars", "USD", 1},
    {u" USD", "USD", 1},            {u"美元", "USD", 1},            {u" yuan", "CNY", 1},
    {u"元", "CNY", 1},              {u" euros", "EUR", 1},          {u"欧元", "EUR", 1},
    {u" percent", "%", 1},          {u" per cent", "%", 1},         {u"%", "%", 1},
    {u"％", "%", 1},                {u" gigawatts", "GW", 1},       {u" GW", "GW", 1},
    {u"GW", "GW", 1},               {u" megawatts", "GW", 1e-3},    {u" MW", "GW", 1e-3},
    {u"千瓦", "GW", 1e-6},          {u" kilowatts", "GW", 1e-6},    {u"吉瓦", "GW", 1},
    {u"太瓦", "GW", 1e3},           {u" terawatts", "GW", 1e3},     {u" TW", "GW", 1e3},
    {u"兆瓦", "GW", 1e-3},    {u" cubic meters", "m3", 1},
    {u" cubic metres", "m3", 1},    {u"立方米", "m3", 1},           {u" degrees Celsius", "°C", 1},
    {u" degrees", "°C", 1},         {u"°C", "°C", 1},               {u"℃", "°C", 1},
    {u" °C", "°C", 1},              {u"摄氏度", "°C", 1},
};

// The unit of each of kUnits as amounts report it, alone and per year, made once and shared:
// nearly every number tried ends in one of them.
struct UnitNames
{
    QString plain;
    QString perYear;
};

const UnitNames &unitNames(const UnitForm &u)
{
    static const std::vector<UnitNames> names = [] {
        std::vector<UnitNames> all;
        for (const UnitForm &form : kUnits) {
            const QString unit = QString::fromUtf8(form.unit);
            all.push_back(UnitNames{unit, unit + QStringLiteral("/year")});
        }
        return all;
    }();
    return names[size_t(&u - kUnits)];
}

// Currencies written before the number: "$100 billion", "USD 300 billion", "€1 billion",
// "RMB 100 million". Matched as they stand, case and all: "us$" is no currency sign.
struct Prefix
{
    QStringView text;
    const char *unit;
};
const Prefix kCurrencyPrefixes[] = {
    {u"US$", "USD"}, {u"US $", "USD"}, {u"U.S.$", "USD"}, {u"USD ", "USD"}, {u"USD", "USD"}, {u"$", "USD"},
    {u"EUR ", "EUR"}, {u"€", "EUR"},   {u"RMB ", "CNY"},    {u"RMB", "CNY"},  {u"CNY ", "CNY"}, {u"¥", "CNY"},
};

// The first form written after a number with this unit: a currency written before the number
// reports that form's unit names, made once, rather than strings built for every amount.
const UnitForm &formOfUnit(const char *unit)
{
    return *std::find_if(std::begin(kUnits), std::end(kUnits),
                         [unit](const UnitForm &u) { return std::strcmp(u.unit, unit) == 0; });
}

// The currency written right before `numberStart`, and where it starts.
const Prefix *currencyBefore(QStringView text, qsizetype numberStart, qsizetype *prefixStart)
{
    // Most numbers are years and counts after a space or a letter: only the units that end
    // a prefix send the number on to the list.
    if (numberStart == 0)
        return nullptr;
    const char16_t last = text[numberStart - 1].unicode();
    if (last != u'$' && last != u' ' && last != u'D' && last != u'B' && last != u'\u20AC' && last != u'\u00A5')
        return nullptr;
    if (last == u' ' && (numberStart < 4 || (!text[numberStart - 2].isUpper() && text[numberStart - 2] != QLatin1Char('$'))))
        return nullptr;
    for (const Prefix &p : kCurrencyPrefixes) {
        const qsizetype at = numberStart - p.text.size();
        if (at < 0 || text.mid(at, p.text.size()) != p.text)
            continue;
        // "AUSD 5" or "GBP$": the sign must not be glued to a word before it.
        if (at > 0 && text.at(at - 1).isLetterOrNumber())
            continue;
        *prefixStart = at;
        return &p;
    }
    return nullptr;
}

const Form kAnnual[] = {u" annually",  u" a year",     u" per year",
                        u" each year", u" every year", u"每年"};

const Form kTwoDegrees(u"two degrees");

// Whether an amount may start at unit u: a digit, or the "t" of "two degrees". Most units of a
// clause are neither, and CJK ones (no digits among them) are told so without QChar::isDigit()
// calling into Qt's tables.
bool mayStartAmount(char16_t u)
{
    if (u < 0x80)
        return (u >= u'0' && u <= u'9') || u == u't' || u == u'T';
    return (u < 0x3000 || u > 0x9FFF) && QChar::isDigit(char32_t(u));
}

// A number glued to a Latin word or another number ("A380", "3.5") is not an amount; one
// right after a Chinese character ("提供1000亿美元") is.
bool isLatinWordChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('.') || (c.isLetter() && c.unicode() < 0x2E80);
}

bool startsWith(QStringView s, const Form &form)
{
    return Head(s).mayStartWith(form.head) && startsWithFolded(s, form.text);
}

// The value of a run of digits with "," thousands separators and a "." decimal point, as
// QString::toDouble() reads it once the separators are dropped; the run is read without
// building a string. A non-ASCII digit, or more digits than a double holds exactly, goes
// through toDouble() itself.
double numberValue(QStringView text, qsizetype from, qsizetype to)
{
    char buffer[40];
    int used = 0;
    bool plain = true;
    for (qsizetype k = from; k < to && plain; ++k) {
        const char16_t c = text[k].unicode();
        if (c == u',')
            continue;
        plain = used < int(sizeof buffer) && (c == u'.' || (c >= u'0' && c <= u'9'));
        if (plain)
            buffer[used++] = char(c);
    }
    if (plain) {
        double value = 0;
        const auto [end, error] = std::from_chars(buffer, buffer + used, value);
        // "1.2.3" is no number to toDouble() either.
        return error == std::errc() && end == buffer + used ? value : 0.0;
    }
    QString digits;
    for (qsizetype k = from; k < to; ++k) {
        if (text[k] != QLatin1Char(','))
            digits.append(text[k]);
    }
    return digits.toDouble();
}

} // namespace

std::optional<Quantity> findQuantity(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!mayStartAmount(text[i].unicode()))
            continue;
        bool spelled = false;
        double value = 0;
        qsizetype j = i;
        if (text.at(i).isDigit() && (i == 0 || !isLatinWordChar(text.at(i - 1)))) {
            for (; j < to; ++j) {
                const QChar c = text.at(j);
                if (!c.isDigit() &&
                    !((c == QLatin1Char(',') || c == QLatin1Char('.')) && j + 1 < to && text.at(j + 1).isDigit()))
                    break;
            }
            value = numberValue(text, i, j);
        } else if ((text.at(i) == QLatin1Char('t') || text.at(i) == QLatin1Char('T')) &&
                   startsWith(text.mid(i), kTwoDegrees) && (i == 0 || !text.at(i - 1).isLetter())) {
            value = 2;
            j = i + 3;
            spelled = true;
        } else {
            continue;
        }
        const qsizetype numberEnd = j;
        QStringView rest = text.mid(j, std::min<qsizetype>(40, to - j));
        double scale = 1;
        Head head(rest);
        for (const UnitForm &s : kScales) {
            if (head.mayStartWith(s.form.head) && startsWithFolded(rest, s.form.text)) {
                scale = s.factor;
                j += s.form.text.size();
                rest = text.mid(j, std::min<qsizetype>(40, to - j));
                head = Head(rest);
                break;
            }
        }
        // Chinese says it before the verb: "每年提供1000亿美元", "年均动员…".
        const auto annualAround = [&](qsizetype start, qsizetype end) {
            const QStringView tail = text.mid(end, std::min<qsizetype>(20, to - end));
            const QStringView lead = text.mid(std::max<qsizetype>(0, start - 6), std::min<qsizetype>(6, start));
            return std::any_of(std::begin(kAnnual), std::end(kAnnual), [&](const Form &a) { return startsWith(tail, a); }) ||
                   lead.contains(QStringView(u"每年")) || lead.contains(QStringView(u"年均"));
        };
        for (const UnitForm &u : kUnits) {
            if (!head.mayStartWith(u.form.head) || !startsWithFolded(rest, u.form.text))
                continue;
            Quantity q;
            q.value = value * scale * u.factor;
            q.start = i;
            q.end = j + u.form.text.size();
            q.unit = annualAround(q.start, q.end) ? unitNames(u).perYear : unitNames(u).plain;
            return q;
        }
        qsizetype prefixStart = 0;
        if (const Prefix *currency = spelled ? nullptr : currencyBefore(text, i, &prefixStart)) {
            Quantity q;
            q.value = value * scale;
            q.start = prefixStart;
            q.end = j;
            const UnitNames &names = unitNames(formOfUnit(currency->unit));
            q.unit = annualAround(q.start, q.end) ? names.perYear : names.plain;
            return q;
        }
        if (!spelled)
            i = std::max(i, numberEnd - 1);
    }
    return std::nullopt;
}

} // namespace cpe
