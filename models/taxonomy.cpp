#include "taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cpe {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QList<Category> categories(const QJsonArray &array, QHash<QString, int> &index)
{
    QList<Category> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Category c;
        c.id = o.value(QLatin1String("id")).toString();
        c.en = o.value(QLatin1String("en")).toString();
        c.zh = o.value(QLatin1String("zh")).toString();
        // "cues" is the shared taxonomy's key; "cues_en" the richer list kept here.
        c.cuesEn = strings(o.value(QLatin1String("cues"))) + strings(o.value(QLatin1String("cues_en")));
        c.cuesEn.removeDuplicates();
        c.cuesZh = strings(o.value(QLatin1String("cues_zh")));
        c.amountUnits = strings(o.value(QLatin1String("amount_units")));
        c.takesBaseYear = o.value(QLatin1String("base_year")).toBool();
        c.amountBeforeCue = o.value(QLatin1String("amount_before_cue")).toBool();
        index.insert(c.id, int(out.size()));
        out.append(std::move(c));
    }
    return out;
}

} // namespace

bool Category::fitsUnit(const QString &unit) const
{
    // "USD/year" is still an amount in USD.
    const qsizetype slash = unit.indexOf(QLatin1Char('/'));
    const QStringView base = slash < 0 ? QStringView(unit) : QStringView(unit).left(slash);
    return std::any_of(amountUnits.begin(), amountUnits.end(), [&](const QString &u) { return base == u; });
}

const Taxonomy &Taxonomy::bundled()
{
    static const Taxonomy instance = [] {
        Taxonomy t;
        QFile f(QStringLiteral(":/cpe/data/taxonomy.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !t.loadJson(f.readAll(), &error))
            qFatal("bundled taxonomy unusable: %s", qPrintable(error));
        return t;
    }();
    return instance;
}

bool Taxonomy::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    m_sectorIndex.clear();
    m_kindIndex.clear();
    m_sectors = categories(doc.object().value(QLatin1String("sectors")).toArray(), m_sectorIndex);
    m_pledgeKinds =
        categories(doc.object().value(QLatin1String("pledge_kinds")).toArray(), m_kindIndex);
    if (m_sectors.isEmpty() || m_pledgeKinds.isEmpty()) {
        if (error)
            *error = QStringLiteral("taxonomy without sectors or pledge kinds");
        return false;
    }
    return true;
}

const Category *Taxonomy::sector(const QString &id) const
{
    const int i = sectorIndex(id);
    return i < 0 ? nullptr : &m_sectors.at(i);
}

const Category *Taxonomy::pledgeKind(const QString &id) const
{
    const int i = pledgeKindIndex(id);
    return i < 0 ? nullptr : &m_pledgeKinds.at(i);
}

} // namespace cpe
