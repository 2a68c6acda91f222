#include "querymatch.h"

#include "recordstore.h"
#include "taxonomy.h"

#include <QStringMatcher>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <numeric>

namespace cpe {

namespace {

bool anyContains(std::initializer_list<const QString *> texts, const QString &query)
{
    for (const QString *t : texts) {
        if (t->contains(query, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// True when one occurrence [pos, pos + length) lies inside one of the spans.
bool spansContain(const std::vector<qsizetype> &hits, qsizetype length, const RecordStore &store,
                  bool pledge, int record)
{
    const int spans = pledge ? store.pledgeEvidenceCount(record) : store.partnershipEvidenceCount(record);
    for (int n = 0; n < spans; ++n) {
        const Span s = pledge ? store.pledgeEvidence(record, n) : store.partnershipEvidence(record, n);
        // hits are sorted: the first at or after the span's start decides.
        const auto it = std::lower_bound(hits.begin(), hits.end(), qsizetype(s.start));
        if (it != hits.end() && *it + length <= s.end)
            return true;
    }
    return false;
}

} // namespace

QueryMatch matchQuery(const RecordStore &store, const QString &query,
                      const std::vector<quint8> *candidates)
{
    QueryMatch out;
    out.query = query;
    out.partnerships.assign(size_t(store.partnershipCount()), 0);
    out.pledges.assign(size_t(store.pledgeCount()), 0);
    if (query.isEmpty())
        return out;

    // Names and labels decide per table entry, once.
    std::vector<quint8> partnerHit(size_t(store.partnerCount()), 0);
    for (int p = 0; p < store.partnerCount(); ++p) {
        const PartnerInfo &i = store.partner(p);
        partnerHit[size_t(p)] = anyContains({&i.id, &i.nameEn, &i.nameZh, &i.shortEn, &i.shortZh}, query);
    }
    quint16 sectorHit = 0;
    const QList<Category> &sectors = Taxonomy::bundled().sectors();
    for (int s = 0; s < int(sectors.size()) && s < 16; ++s) {
        const Category &c = sectors.at(s);
        if (anyContains({&c.id, &c.en, &c.zh}, query))
            sectorHit |= quint16(1u << s);
    }
    std::vector<quint8> kindHit(size_t(store.pledgeKindCount()), 0);
    for (int k = 0; k < store.pledgeKindCount(); ++k) {
        const QString en = store.pledgeKindLabel(k, false), zh = store.pledgeKindLabel(k, true);
        kindHit[size_t(k)] = anyContains({&store.pledgeKindId(k), &en, &zh}, query);
    }

    // Evidence: blocks of articles, so each task writes a disjoint range of both byte arrays.
    constexpr int Block = 256;
    std::vector<int> blocks((size_t(store.articleCount()) + Block - 1) / Block);
    std::iota(blocks.begin(), blocks.end(), 0);
    const QStringMatcher matcher(query, Qt::CaseInsensitive);
    const qsizetype length = query.size();
    QtConcurrent::blockingMap(blocks, [&](int block) {
        std::vector<qsizetype> hits;
        const int end = std::min(store.articleCount(), (block + 1) * Block);
        for (int a = block * Block; a < end; ++a) {
            hits.clear();
            if (!candidates || (*candidates)[size_t(a)]) {
                const QString &text = store.articleText(a);
                for (qsizetype pos = matcher.indexIn(text, 0); pos >= 0;
                     pos = matcher.indexIn(text, pos + 1))
                    hits.push_back(pos);
            }
            for (int r = store.articlePartnershipBegin(a); r < store.articlePartnershipEnd(a); ++r) {
                out.partnerships[size_t(r)] = partnerHit[size_t(store.partnershipPartner(r))]
                    || (store.partnershipSectors(r) & sectorHit)
                    || (!hits.empty() && spansContain(hits, length, store, false, r));
            }
            for (int r = store.articlePledgeBegin(a); r < store.articlePledgeEnd(a); ++r) {
                out.pledges[size_t(r)] = partnerHit[size_t(store.pledgeActor(r))]
                    || kindHit[size_t(store.pledgeKind(r))]
                    || (!hits.empty() && spansContain(hits, length, store, true, r));
            }
        }
    });
    return out;
}

} // namespace cpe
