#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cpe {

// Something a text can name: a country, a bloc, an organisation, China itself, a news agency.
// Kinds decide what may be a partner: "self" (China) and "media" never are.
struct Entity
{
    QString id;   // ISO 3166-1 alpha-3 for countries; a stable upper-case id otherwise
    QString kind; // self, country, territory, bloc, region, group, organisation, programme,
                  // convention, media
    QString nameEn;
    QString nameZh;
    QString shortEn; // short label for tiles and charts; falls back to nameEn
    QString shortZh;
    bool domestic = false; // part of China (Hong Kong, Macao, Taiwan): not an international partner

    bool canBePartner() const { return kind != QLatin1String("self") && kind != QLatin1String("media") && !domestic; }
    QString name(bool chinese) const { return chinese && !nameZh.isEmpty() ? nameZh : nameEn; }
    QString shortName(bool chinese) const;
};

// How strongly a surface form names its entity.
enum class AliasType : quint8 {
    Name,      // a name or an alias ("United States", "U.S.", "美国")
    Acronym,   // matched case-sensitively ("US", "EU", "GEO")
    Adjective, // "American", "German": names the entity only weakly
    Metonym,   // a capital standing for a government ("Washington", "华盛顿")
    Compound,  // China plus partner in one word ("Sino-German", "中美", "EU-China")
};

struct Alias
{
    QString text;
    int entity = -1; // index into Gazetteer::entities()
    AliasType type = AliasType::Name;
};

// The names of everything the engine recognises, loaded from resources/data/gazetteer.json.
class Gazetteer
{
public:
    // The bundled gazetteer (":/cpe/data/gazetteer.json"), loaded once.
    static const Gazetteer &bundled();

    bool loadJson(const QByteArray &json, QString *error);

    const QList<Entity> &entities() const { return m_entities; }
    const QList<Alias> &aliases() const { return m_aliases; }
    const Entity *find(const QString &id) const;
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    // The country a one-character Chinese short form stands for in a chain after 中
    // ("中法德": 法 France, 德 Germany), from the entities' abbr_zh; -1 if none.
    int chainAbbreviation(QChar c) const { return m_zhAbbr.value(c.unicode(), -1); }
    // Other countries that short form may stand for (新: New Zealand beside Singapore), from
    // the entities' abbr_zh_shared; empty for most.
    QList<int> sharedAbbreviation(QChar c) const { return m_zhAbbrShared.value(c.unicode()); }
    bool hasSharedAbbreviations() const { return !m_zhAbbrShared.isEmpty(); }

private:
    QList<Entity> m_entities;
    QList<Alias> m_aliases;
    QHash<QString, int> m_index;
    QHash<char16_t, int> m_zhAbbr;
    QHash<char16_t, QList<int>> m_zhAbbrShared;
};

} // namespace cpe
