#include "gazetteer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cpe {

QString Entity::shortName(bool chinese) const
{
    const QString &s = chinese ? shortZh : shortEn;
    return s.isEmpty() ? name(chinese) : s;
}

const Gazetteer &Gazetteer::bundled()
{
    static const Gazetteer instance = [] {
        Gazetteer g;
        QFile f(QStringLiteral(":/cpe/data/gazetteer.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !g.loadJson(f.readAll(), &error))
            qFatal("bundled gazetteer unusable: %s", qPrintable(error));
        return g;
    }();
    return instance;
}

bool Gazetteer::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    m_entities.clear();
    m_aliases.clear();
    m_index.clear();
    m_zhAbbr.clear();
    const QJsonArray entities = doc.object().value(QLatin1String("entities")).toArray();
    m_entities.reserve(entities.size());
    for (const QJsonValue &v : entities) {
        const QJsonObject o = v.toObject();
        Entity e;
        e.id = o.value(QLatin1String("id")).toString();
        e.kind = o.value(QLatin1String("kind")).toString();
        e.nameEn = o.value(QLatin1String("name_en")).toString();
        e.nameZh = o.value(QLatin1String("name_zh")).toString();
        e.shortEn = o.value(QLatin1String("short_en")).toString();
        e.shortZh = o.value(QLatin1String("short_zh")).toString();
        e.domestic = o.value(QLatin1String("domestic")).toBool();
        if (e.id.isEmpty() || m_index.contains(e.id)) {
            if (error)
                *error = QStringLiteral("entity without id or with a duplicate id: ") + e.id;
            return false;
        }
        const int index = int(m_entities.size());
        m_index.insert(e.id, index);

        const auto addAll = [&](const char *key, AliasType type) {
            for (const QJsonValue &a : o.value(QLatin1String(key)).toArray()) {
                const QString text = a.toString().trimmed();
                if (!text.isEmpty())
                    m_aliases.append(Alias{text, index, type});
            }
        };
        // The entity's own names are aliases too: one automaton covers every surface form.
        if (!e.nameEn.isEmpty())
            m_aliases.append(Alias{e.nameEn, index, AliasType::Name});
        if (!e.nameZh.isEmpty())
            m_aliases.append(Alias{e.nameZh, index, AliasType::Name});
        addAll("aliases_en", AliasType::Name);
        addAll("aliases_zh", AliasType::Name);
        addAll("acronyms", AliasType::Acronym);
        addAll("adjectives_en", AliasType::Adjective);
        addAll("metonyms_en", AliasType::Metonym);
        addAll("metonyms_zh", AliasType::Metonym);
        addAll("compounds_en", AliasType::Compound);
        addAll("compounds_zh", AliasType::Compound);
        for (const QJsonValue &a : o.value(QLatin1String("abbr_zh")).toArray()) {
            const QString abbr = a.toString();
            if (abbr.size() == 1)
                m_zhAbbr.insert(abbr.at(0).unicode(), index);
        }
        for (const QJsonValue &a : o.value(QLatin1String("abbr_zh_shared")).toArray()) {
            const QString abbr = a.toString();
            if (abbr.size() == 1)
                m_zhAbbrShared[abbr.at(0).unicode()].append(index);
        }
        m_entities.append(std::move(e));
    }
    if (m_entities.isEmpty()) {
        if (error)
            *error = QStringLiteral("no entities");
        return false;
    }
    return true;
}

const Entity *Gazetteer::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_entities.at(i);
}

} // namespace cpe
