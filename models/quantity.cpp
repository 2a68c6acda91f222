#include "pledgeparser.h"

namespace cpe {

namespace {

struct UnitForm
{
    const char16_t *text;
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
    {u"千瓦", "GW", 1e-6},          {u" kilowatts", "GW", 1e-6},    {u" cubic meters", "m3", 1},
    {u" cubic metres", "m3", 1},    {u"立方米", "m3", 1},           {u" degrees Celsius", "°C", 1},
    {u" degrees", "°C", 1},         {u"°C", "°C", 1},               {u"℃", "°C", 1},
    {u" °C", "°C", 1},              {u"摄氏度", "°C", 1},
};

const char16_t *const kAnnual[] = {u" annually", u" a year", u" per year", u" each year",
                                   u" every year", u"每年"};

// A number glued to a Latin word or another number ("A380", "3.5") is not an amount; one
// right after a Chinese character ("提供1000亿美元") is.
bool isLatinWordChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('.') || (c.isLetter() && c.unicode() < 0x2E80);
}

// Most numbers in news are years and counts with no unit, so the first character is
// compared before the whole form.
bool startsWith(QStringView s, const char16_t *form)
{
    if (s.isEmpty() || QChar::toCaseFolded(char32_t(s.front().unicode())) !=
                           QChar::toCaseFolded(char32_t(form[0])))
        return false;
    return s.startsWith(QStringView(form), Qt::CaseInsensitive);
}

} // namespace

std::optional<Quantity> findQuantity(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        bool spelled = false;
        double value = 0;
        qsizetype j = i;
        if (text.at(i).isDigit() && (i == 0 || !isLatinWordChar(text.at(i - 1)))) {
            QString digits;
            for (; j < to; ++j) {
                const QChar c = text.at(j);
                if (c.isDigit())
                    digits.append(c);
                else if ((c == QLatin1Char(',') || c == QLatin1Char('.')) && j + 1 < to && text.at(j + 1).isDigit())
                    digits.append(c == QLatin1Char('.') ? c : QChar());
                else
                    break;
            }
            digits.remove(QChar());
            value = digits.toDouble();
        } else if ((text.at(i) == QLatin1Char('t') || text.at(i) == QLatin1Char('T')) &&
                   startsWith(text.mid(i), u"two degrees") && (i == 0 || !text.at(i - 1).isLetter())) {
            value = 2;
            j = i + 3;
            spelled = true;
        } else {
            continue;
        }
        const qsizetype numberEnd = j;
        QStringView rest = text.mid(j, std::min<qsizetype>(40, to - j));
        double scale = 1;
        for (const UnitForm &s : kScales) {
            if (startsWith(rest, s.text)) {
                scale = s.factor;
                j += QStringView(s.text).size();
                rest = text.mid(j, std::min<qsizetype>(40, to - j));
                break;
            }
        }
        for (const UnitForm &u : kUnits) {
            if (!startsWith(rest, u.text))
                continue;
            Quantity q;
            q.value = value * scale * u.factor;
            q.unit = QString::fromUtf8(u.unit);
            q.start = i;
            q.end = j + QStringView(u.text).size();
            const QStringView tail = text.mid(q.end, std::min<qsizetype>(20, to - q.end));
            for (const char16_t *a : kAnnual) {
                if (startsWith(tail, a)) {
                    q.unit += QStringLiteral("/year");
                    break;
                }
            }
            return q;
        }
        if (!spelled)
            i = std::max(i, numberEnd - 1);
    }
    return std::nullopt;
}

} // namespace cpe
