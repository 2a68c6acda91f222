#pragma once

// What the filter engine should produce, recounted the slow and obvious way: strings compared
// record by record, straight from the FilterState's meaning. The model tests compare the
// models' output with this.

#include "filterstate.h"
#include "recordstore.h"
#include "taxonomy.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace recount {

struct Partner
{
    int records = 0;
    QSet<QString> sectors;
    int firstYear = 0;
    int lastYear = 0;
    int pledges = 0;
};

struct Expected
{
    QSet<int> partnerships;
    QSet<int> pledges;
    QMap<QString, Partner> partners;
    QMap<int, int> yearPartnerships;         // year -> partnerships
    QMap<int, int> yearPledges;              // target year -> pledges
    QMap<int, QList<int>> yearSectors;       // year -> count per taxonomy sector
    QList<int> sectorRecords;
    QList<QSet<QString>> sectorPartners;
};

inline bool hit(const QString &text, const QString &query)
{
    return text.contains(query, Qt::CaseInsensitive);
}

inline bool partnerHit(const cpe::PartnerInfo &p, const QString &q)
{
    return hit(p.id, q) || hit(p.nameEn, q) || hit(p.nameZh, q) || hit(p.shortEn, q) || hit(p.shortZh, q);
}

inline bool acceptsPartnership(const cpe::RecordStore &s, const cpe::FilterState &f, int i)
{
    const cpe::PartnerInfo &partner = s.partner(s.partnershipPartner(i));
    const QStringList sectors = cpe::RecordStore::sectorIds(s.partnershipSectors(i));
    if (!f.partners().isEmpty() && !f.partners().contains(partner.id))
        return false;
    if (!f.sectors().isEmpty() && !QSet<QString>(sectors.cbegin(), sectors.cend()).intersects(f.sectors()))
        return false;
    if (!f.acceptsYear(s.partnershipYear(i)))
        return false;
    const QString &q = f.query();
    if (q.isEmpty() || partnerHit(partner, q))
        return true;
    for (const QString &id : sectors) {
        const cpe::Category *c = cpe::Taxonomy::bundled().sector(id);
        if (hit(c->id, q) || hit(c->en, q) || hit(c->zh, q))
            return true;
    }
    for (int n = 0; n < s.partnershipEvidenceCount(i); ++n) {
        if (s.partnershipEvidenceText(i, n).contains(q, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

inline bool acceptsPledge(const cpe::RecordStore &s, const cpe::FilterState &f, int i)
{
    const cpe::PartnerInfo &actor = s.partner(s.pledgeActor(i));
    const QString kind = s.pledgeKindId(s.pledgeKind(i));
    if (!f.partners().isEmpty() && !f.partners().contains(actor.id))
        return false;
    if (!f.pledgeKinds().isEmpty() && !f.pledgeKinds().contains(kind))
        return false;
    if (!f.acceptsYear(s.pledgeYear(i)))
        return false;
    const QString &q = f.query();
    if (q.isEmpty() || partnerHit(actor, q))
        return true;
    if (const cpe::Category *c = cpe::Taxonomy::bundled().pledgeKind(kind)) {
        if (hit(c->id, q) || hit(c->en, q) || hit(c->zh, q))
            return true;
    }
    for (int n = 0; n < s.pledgeEvidenceCount(i); ++n) {
        if (s.pledgeEvidenceText(i, n).contains(q, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

inline Expected recount(const cpe::RecordStore &s, const cpe::FilterState &f)
{
    const QList<cpe::Category> &taxonomy = cpe::Taxonomy::bundled().sectors();
    Expected e;
    for (int k = 0; k < taxonomy.size(); ++k) {
        e.sectorRecords.append(0);
        e.sectorPartners.append(QSet<QString>());
    }
    for (int i = 0; i < s.partnershipCount(); ++i) {
        if (!acceptsPartnership(s, f, i))
            continue;
        e.partnerships.insert(i);
        const QString id = s.partner(s.partnershipPartner(i)).id;
        const int year = s.partnershipYear(i);
        const QStringList sectors = cpe::RecordStore::sectorIds(s.partnershipSectors(i));
        Partner &p = e.partners[id];
        ++p.records;
        for (const QString &sector : sectors)
            p.sectors.insert(sector);
        if (year) {
            p.firstYear = p.firstYear ? std::min(p.firstYear, year) : year;
            p.lastYear = std::max(p.lastYear, year);
            ++e.yearPartnerships[year];
            QList<int> &bySector = e.yearSectors[year];
            bySector.resize(taxonomy.size());
            for (const QString &sector : sectors)
                ++bySector[cpe::Taxonomy::bundled().sectorIndex(sector)];
        }
        for (const QString &sector : sectors) {
            const int k = cpe::Taxonomy::bundled().sectorIndex(sector);
            ++e.sectorRecords[k];
            e.sectorPartners[k].insert(id);
        }
    }
    for (int i = 0; i < s.pledgeCount(); ++i) {
        if (!acceptsPledge(s, f, i))
            continue;
        e.pledges.insert(i);
        ++e.partners[s.partner(s.pledgeActor(i)).id].pledges;
        if (s.pledgeTargetYear(i))
            ++e.yearPledges[s.pledgeTargetYear(i)];
    }
    return e;
}

// Every known year of the store, whatever the filter: the timeline's rows.
inline QList<int> storeYears(const cpe::RecordStore &s)
{
    QSet<int> years;
    for (int i = 0; i < s.partnershipCount(); ++i)
        years.insert(s.partnershipYear(i));
    for (int i = 0; i < s.pledgeCount(); ++i) {
        years.insert(s.pledgeYear(i));
        years.insert(s.pledgeTargetYear(i));
    }
    years.remove(0);
    QList<int> out(years.cbegin(), years.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace recount
