#pragma once

// Scores an export against a hand-annotated gold file, the same way tools/score_extraction.py
// does, so a QtTest can hold the extraction floors without Python.

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace goldscore {

struct Counts
{
    int tp = 0, fp = 0, fn = 0;
    double f1() const
    {
        const double p = tp + fp ? double(tp) / (tp + fp) : 1.0;
        const double r = tp + fn ? double(tp) / (tp + fn) : 1.0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct Score
{
    Counts partners, sectors, pledges;
    int yearsRight = 0, years = 0;
    QStringList notes;
};

inline QString norm(QString s)
{
    s = s.trimmed().toLower();
    if (s.startsWith(QLatin1String("the ")))
        s = s.mid(4);
    static const QRegularExpression ws(QStringLiteral("[\\s\\-_]+"));
    return s.replace(ws, QStringLiteral(" "));
}

inline QSet<QString> refKeys(const QJsonObject &ref)
{
    QSet<QString> keys;
    for (const char *k : {"id", "name_en", "name"}) {
        const QString v = ref.value(QLatin1String(k)).toString();
        if (!v.isEmpty())
            keys.insert(norm(v));
    }
    return keys;
}

inline QSet<QString> goldKeys(const QString &id, const QJsonArray &names = {})
{
    static const QHash<QString, QStringList> aliases{
        {QStringLiteral("CHN"), {QStringLiteral("china"), QStringLiteral("people's republic of china"), QStringLiteral("prc")}},
        {QStringLiteral("USA"), {QStringLiteral("united states"), QStringLiteral("u.s."), QStringLiteral("us"), QStringLiteral("united states of america"), QStringLiteral("u.s.a.")}},
        {QStringLiteral("EU"), {QStringLiteral("european union"), QStringLiteral("eu")}},
        {QStringLiteral("BRA"), {QStringLiteral("brazil")}},
        {QStringLiteral("developed_countries"), {QStringLiteral("developed countries"), QStringLiteral("developed country parties")}},
        {QStringLiteral("paris_agreement"), {QStringLiteral("paris agreement"), QStringLiteral("parties to the paris agreement")}},
    };
    QSet<QString> keys{norm(id)};
    for (const QJsonValue &n : names)
        keys.insert(norm(n.toString()));
    for (const QString &a : aliases.value(id))
        keys.insert(norm(a));
    return keys;
}

inline Score score(const QJsonObject &exported, const QJsonObject &gold)
{
    Score s;
    QHash<QString, QJsonObject> arts;
    for (const QJsonValue &a : exported.value(QLatin1String("articles")).toArray())
        arts.insert(a[QLatin1String("id")].toString(), a.toObject());
    const QJsonObject goldArticles = gold.value(QLatin1String("articles")).toObject();
    for (auto it = goldArticles.begin(); it != goldArticles.end(); ++it) {
        const QString aid = it.key();
        const QJsonObject g = it.value().toObject();
        if (!g.value(QLatin1String("year")).isNull()) {
            ++s.years;
            if (arts.value(aid).value(QLatin1String("year")).toInt() == g.value(QLatin1String("year")).toInt())
                ++s.yearsRight;
            else
                s.notes << aid + QLatin1String(": wrong year");
        }
        const QJsonArray gparts = g.value(QLatin1String("partners")).toArray();
        QHash<QString, QSet<QString>> found;
        QSet<QString> fps;
        for (const QJsonValue &pv : exported.value(QLatin1String("partnerships")).toArray()) {
            const QJsonObject p = pv.toObject();
            if (p.value(QLatin1String("article")).toString() != aid)
                continue;
            const QSet<QString> keys = refKeys(p.value(QLatin1String("partner")).toObject());
            bool matched = false;
            for (const QJsonValue &gp : gparts) {
                if (keys.intersects(goldKeys(gp[QLatin1String("id")].toString(), gp[QLatin1String("names")].toArray()))) {
                    for (const QJsonValue &sec : p.value(QLatin1String("sectors")).toArray())
                        found[gp[QLatin1String("id")].toString()].insert(sec.toString());
                    found[gp[QLatin1String("id")].toString()];
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                QStringList k = keys.values();
                k.sort();
                fps.insert(k.value(0));
            }
        }
        for (const QJsonValue &gp : gparts) {
            if (!gp[QLatin1String("required")].toBool(true))
                continue;
            const QString id = gp[QLatin1String("id")].toString();
            if (!found.contains(id)) {
                ++s.partners.fn;
                s.notes << aid + QLatin1String(": missed ") + id;
                continue;
            }
            ++s.partners.tp;
            QSet<QString> gs, opt;
            for (const QJsonValue &v : gp[QLatin1String("sectors")].toArray())
                gs.insert(v.toString());
            for (const QJsonValue &v : gp[QLatin1String("optional_sectors")].toArray())
                opt.insert(v.toString());
            const QSet<QString> es = found.value(id);
            s.sectors.tp += int((es & gs).size());
            s.sectors.fp += int((es - gs - opt).size());
            s.sectors.fn += int((gs - es).size());
        }
        s.partners.fp += int(fps.size());
        for (const QString &k : fps)
            s.notes << aid + QLatin1String(": wrong partner ") + k;

        const QJsonArray gpl = g.value(QLatin1String("pledges")).toArray();
        QSet<int> hit;
        QSet<QString> seen;
        for (const QJsonValue &pv : exported.value(QLatin1String("pledges")).toArray()) {
            const QJsonObject p = pv.toObject();
            if (p.value(QLatin1String("article")).toString() != aid)
                continue;
            const QSet<QString> keys = refKeys(p.value(QLatin1String("actor")).toObject());
            QStringList sorted = keys.values();
            sorted.sort();
            const QString sig = sorted.join(QLatin1Char('|')) + QLatin1Char('#') +
                                p.value(QLatin1String("kind")).toString() + QLatin1Char('#') +
                                QString::number(p.value(QLatin1String("target_year")).toInt());
            if (seen.contains(sig))
                continue;
            seen.insert(sig);
            int m = -1;
            for (int i = 0; i < gpl.size() && m < 0; ++i) {
                const QJsonObject gp = gpl.at(i).toObject();
                if (gp.value(QLatin1String("kind")) != p.value(QLatin1String("kind")))
                    continue;
                if (!gp.value(QLatin1String("target_year")).isNull() &&
                    gp.value(QLatin1String("target_year")).toInt() != p.value(QLatin1String("target_year")).toInt())
                    continue;
                for (const QJsonValue &a : gp.value(QLatin1String("actor")).toArray()) {
                    if (keys.intersects(goldKeys(a.toString())))
                        m = i;
                }
            }
            if (m < 0) {
                ++s.pledges.fp;
                s.notes << aid + QLatin1String(": wrong pledge ") + sig;
            } else if (gpl.at(m)[QLatin1String("required")].toBool(true) && !hit.contains(m)) {
                hit.insert(m);
                ++s.pledges.tp;
            }
        }
        for (int i = 0; i < gpl.size(); ++i) {
            if (gpl.at(i)[QLatin1String("required")].toBool(true) && !hit.contains(i)) {
                ++s.pledges.fn;
                s.notes << aid + QLatin1String(": missed pledge ") + gpl.at(i)[QLatin1String("kind")].toString();
            }
        }
    }
    return s;
}

} // namespace goldscore
