#include "article.h"

namespace cpe {

QString DateInfo::toIso() const
{
    switch (precision) {
    case DatePrecision::None:
        return {};
    case DatePrecision::Year:
        return QString::number(year);
    case DatePrecision::Month:
        return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    case DatePrecision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(year, 4, 10, QLatin1Char('0'))
            .arg(month, 2, 10, QLatin1Char('0'))
            .arg(day, 2, 10, QLatin1Char('0'));
    }
    return {};
}

DateInfo DateInfo::fromIso(const QString &text, const QString &basis)
{
    DateInfo d;
    const QString t = text.trimmed();
    bool ok = false;
    const int y = t.left(4).toInt(&ok);
    if (!ok || t.size() < 4 || y < 1000 || y > 2999)
        return d;
    d.year = y;
    d.precision = DatePrecision::Year;
    d.basis = basis;
    d.cue = t;
    if (t.size() >= 7 && (t.at(4) == QLatin1Char('-') || t.at(4) == QLatin1Char('/'))) {
        const int m = t.mid(5, 2).toInt(&ok);
        if (ok && m >= 1 && m <= 12) {
            d.month = m;
            d.precision = DatePrecision::Month;
            if (t.size() >= 10) {
                const int day = t.mid(8, 2).toInt(&ok);
                if (ok && day >= 1 && day <= 31) {
                    d.day = day;
                    d.precision = DatePrecision::Day;
                }
            }
        }
    }
    return d;
}

} // namespace cpe
