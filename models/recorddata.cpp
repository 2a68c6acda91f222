#include "recorddata.h"

#include "taxonomy.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace cpe {

QString RecordText::partnershipKind(const QString &id)
{
    if (id == QLatin1String("joint_statement"))
        return tr("Joint statement");
    if (id == QLatin1String("mou"))
        return tr("Memorandum of understanding");
    if (id == QLatin1String("working_group"))
        return tr("Working group");
    if (id == QLatin1String("dialogue"))
        return tr("Dialogue");
    if (id == QLatin1String("forum"))
        return tr("Forum");
    if (id == QLatin1String("project"))
        return tr("Project");
    if (id == QLatin1String("training"))
        return tr("Training");
    if (id == QLatin1String("agreement"))
        return tr("Agreement");
    if (id == QLatin1String("research"))
        return tr("Joint research");
    if (id == QLatin1String("visit"))
        return tr("Visit");
    if (id == QLatin1String("cooperation"))
        return tr("Cooperation");
    return id;
}

QString RecordText::stage(const QString &id)
{
    if (id == QLatin1String("intent"))
        return tr("Intent", "partnership stage");
    if (id == QLatin1String("agreed"))
        return tr("Agreed", "partnership stage");
    if (id == QLatin1String("signed"))
        return tr("Signed", "partnership stage");
    if (id == QLatin1String("under_way"))
        return tr("Under way", "partnership stage");
    if (id == QLatin1String("completed"))
        return tr("Completed", "partnership stage");
    return id;
}

QString RecordText::date(const QString &iso)
{
    const QStringList parts = iso.split(QLatin1Char('-'));
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).size() != 4)
        return iso;
    const int year = parts.at(0).toInt();
    const int month = parts.at(1).toInt();
    const int day = parts.size() == 3 ? parts.at(2).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid())
        return iso;
    // Formats in QLocale::toString() notation; translators give their language's order.
    return QLocale().toString(date, parts.size() == 2
                                        ? tr("MMM yyyy", "date format: month and year")
                                        : tr("d MMM yyyy", "date format: day, month and year"));
}

QString RecordText::unit(const QString &unit)
{
    if (unit.endsWith(QLatin1String("/year")))
        return tr("%1/year", "pledge unit: amount per year (USD/year)").arg(unit.chopped(5));
    return unit;
}

QString RecordText::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals < 0 ? QLocale::FloatingPointShortest : decimals);
}

QString RecordText::amount(double value)
{
    // Qt 6.4's QLocale has no compact notation. These are the short scale words of the two
    // interface languages (CLDR): English groups by thousands, Chinese by ten thousands (万).
    struct Scale
    {
        double factor;
        const char16_t *word;
    };
    static const Scale english[] = {{1e12, u" trillion"}, {1e9, u" billion"}, {1e6, u" million"}};
    static const Scale chinese[] = {{1e12, u"万亿"}, {1e8, u"亿"}, {1e4, u"万"}};
    const QLocale locale;
    const bool zh = locale.language() == QLocale::Chinese;
    static_assert(std::size(english) == std::size(chinese));
    for (std::size_t i = 0; i < std::size(english); ++i) {
        const Scale &scale = zh ? chinese[i] : english[i];
        if (std::abs(value) >= scale.factor)
            return locale.toString(value / scale.factor, 'g', zh ? 5 : 4) +
                   QString::fromUtf16(scale.word);
    }
    return number(value);
}

int RecordText::stageRank(const QString &id)
{
    static const char *const order[] = {"intent", "agreed", "signed", "under_way", "completed"};
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (id == QLatin1String(order[i]))
            return i;
    }
    return int(std::size(order));
}

QString RecordText::pledgeStatus(const QString &id)
{
    if (id == QLatin1String("declared"))
        return tr("Declared", "pledge status");
    if (id == QLatin1String("policy"))
        return tr("Policy", "pledge status");
    if (id == QLatin1String("law"))
        return tr("Law", "pledge status");
    return id;
}

QString RecordText::language(const QString &code)
{
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("zh"))
        return tr("Chinese");
    return code;
}

QString sectorLabels(quint16 mask, bool chinese)
{
    QStringList labels;
    const QList<Category> &sectors = Taxonomy::bundled().sectors();
    for (int s = 0; s < int(sectors.size()) && s < 16; ++s) {
        if (mask & (1u << s))
            labels.append(sectors.at(s).label(chinese));
    }
    return labels.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

void notifyLanguageChanged(QAbstractItemModel *model, std::initializer_list<int> columns)
{
    const int columnCount = model->columnCount();
    if (columnCount > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columnCount - 1);
    const int rows = model->rowCount();
    if (rows == 0)
        return;
    for (int c : columns)
        Q_EMIT model->dataChanged(model->index(0, c), model->index(rows - 1, c), {Qt::DisplayRole});
}

} // namespace cpe
