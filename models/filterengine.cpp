#include "filterengine.h"

#include "filterstate.h"
#include "recordstore.h"
#include "taxonomy.h"

#include <algorithm>

namespace cpe {

FilterEngine::FilterEngine(RecordStore *store, FilterState *filter, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_filter(filter)
{
    m_sectorCount = std::min(16, int(Taxonomy::bundled().sectors().size()));
    // A loader appends many small batches; one pass per batch would make a load quadratic.
    m_appendTimer.setSingleShot(true);
    m_appendTimer.setInterval(50);
    connect(&m_appendTimer, &QTimer::timeout, this, [this] { recompute(true); });
    connect(m_filter, &FilterState::changed, this, &FilterEngine::onFilterChanged);
    connect(m_store, &RecordStore::aboutToBeReset, this, &FilterEngine::onStoreAboutToBeReset);
    connect(m_store, &RecordStore::wasReset, this, &FilterEngine::onStoreWasReset);
    connect(m_store, &RecordStore::changed, this, &FilterEngine::onStoreChanged);
    recompute(false);
}

FilterEngine::~FilterEngine() = default;

void FilterEngine::setTextIndex(TextIndex index)
{
    m_textIndex = std::move(index);
    // With or without an index a query finds the same records, so the shown state stands;
    // the next query change asks the new index.
    m_queryMatch = QueryMatch();
}

namespace {

// One byte per article of `store`: 1 when the index names it.
std::vector<quint8> candidateMask(const RecordStore &store, const QStringList &ids)
{
    const QSet<QString> named(ids.cbegin(), ids.cend());
    std::vector<quint8> mask(size_t(store.articleCount()), 0);
    for (int a = 0; a < store.articleCount(); ++a)
        mask[size_t(a)] = named.contains(store.articleId(a));
    return mask;
}

} // namespace

bool FilterEngine::acceptsPartnership(int record) const
{
    if (record < 0 || record >= int(m_pPass.size()) || !m_pPass[size_t(record)])
        return false;
    const int slot = slotOf(m_store->partnershipYear(record));
    return slot >= m_fromSlot && slot < m_toSlot;
}

bool FilterEngine::acceptsPledge(int record) const
{
    if (record < 0 || record >= int(m_lPass.size()) || !m_lPass[size_t(record)])
        return false;
    const int slot = slotOf(m_store->pledgeYear(record));
    return slot >= m_fromSlot && slot < m_toSlot;
}

void FilterEngine::flush()
{
    if (m_appendTimer.isActive()) {
        m_appendTimer.stop();
        recompute(true);
    }
}

void FilterEngine::onFilterChanged()
{
    if (m_resetting)
        return; // the store's reset recomputes anyway
    if (m_appendTimer.isActive()) {
        // The year slotN do not cover the appended records yet: do the pending work now.
        m_appendTimer.stop();
        recompute(true);
        return;
    }
    Q_EMIT aboutToUpdate(false);
    readFilter();
    if (!m_passValid)
        fullPass();
    yearStep();
    Q_EMIT updated(false);
}

void FilterEngine::onStoreAboutToBeReset()
{
    m_appendTimer.stop();
    m_resetting = true;
    Q_EMIT aboutToUpdate(true);
}

void FilterEngine::onStoreWasReset()
{
    m_resetting = false;
    recompute(false);
    Q_EMIT updated(true);
}

void FilterEngine::onStoreChanged()
{
    if (m_resetting)
        return;
    if (coveredPartnerships() != m_store->partnershipCount() || coveredPledges() != m_store->pledgeCount()
        || m_partnerCount != m_store->partnerCount())
        m_appendTimer.start();
}

void FilterEngine::recompute(bool emitSignals)
{
    // The axis can only be compared once the new slotN exist: build them first, announce, then
    // let the rest follow.
    const QList<int> oldYears = m_years;
    buildSlots();
    QList<int> years;
    for (int y : m_slotYears) {
        if (y != 0)
            years.append(y);
    }
    const bool axis = years != oldYears;
    if (emitSignals)
        Q_EMIT aboutToUpdate(axis);
    m_years = years;
    ++m_storeGeneration;
    m_queryMatch = QueryMatch();
    m_passValid = false;
    readFilter();
    fullPass();
    yearStep();
    if (emitSignals)
        Q_EMIT updated(axis);
}

void FilterEngine::buildSlots()
{
    const RecordStore &s = *m_store;
    int lo = 0, hi = 0;
    bool any = false;
    const auto see = [&](const qint16 *years, int n) {
        for (int i = 0; i < n; ++i) {
            lo = any ? std::min(lo, int(years[i])) : years[i];
            hi = any ? std::max(hi, int(years[i])) : years[i];
            any = true;
        }
    };
    see(s.partnershipYears(), s.partnershipCount());
    see(s.pledgeYears(), s.pledgeCount());
    see(s.pledgeTargetYears(), s.pledgeCount());
    lo = std::min(lo, 0); // year 0 (unknown) always has a slot: lookups stay in range
    hi = std::max(hi, 0);
    std::vector<quint8> present(size_t(hi - lo + 1), 0);
    present[size_t(-lo)] = 1;
    const auto mark = [&](const qint16 *years, int n) {
        for (int i = 0; i < n; ++i)
            present[size_t(years[i] - lo)] = 1;
    };
    mark(s.partnershipYears(), s.partnershipCount());
    mark(s.pledgeYears(), s.pledgeCount());
    mark(s.pledgeTargetYears(), s.pledgeCount());
    m_minYear = lo;
    m_slotYears.clear();
    m_slotOfYear.assign(present.size(), 0);
    for (size_t i = 0; i < present.size(); ++i) {
        if (present[i])
            m_slotYears.push_back(lo + int(i));
        m_slotOfYear[i] = std::max(0, int(m_slotYears.size()) - 1);
    }
    m_partnerCount = s.partnerCount();
}

void FilterEngine::readFilter()
{
    const QString query = m_filter->query();
    if (m_partnerSet != m_filter->partners() || m_sectorSet != m_filter->sectors()
        || m_kindSet != m_filter->pledgeKinds() || m_query != query)
        m_passValid = false;
    m_partnerSet = m_filter->partners();
    m_sectorSet = m_filter->sectors();
    m_kindSet = m_filter->pledgeKinds();
    m_query = query;
}

void FilterEngine::fullPass()
{
    const RecordStore &s = *m_store;
    const int n = s.partnershipCount(), ln = s.pledgeCount();
    const int slotN = int(m_slotYears.size()), parts = m_partnerCount, sectors = m_sectorCount;

    // The filter as lookup tables over the store's small integers.
    std::vector<quint8> partnerOk(size_t(parts), m_partnerSet.isEmpty() ? 1 : 0);
    for (const QString &id : m_partnerSet) {
        const int p = s.partnerIndex(id);
        if (p >= 0 && p < parts)
            partnerOk[size_t(p)] = 1;
    }
    const bool sectorOn = !m_sectorSet.isEmpty();
    const quint16 sectorMask = RecordStore::sectorMask(QStringList(m_sectorSet.cbegin(), m_sectorSet.cend()));
    std::vector<quint8> kindOk(size_t(s.pledgeKindCount()), m_kindSet.isEmpty() ? 1 : 0);
    for (const QString &id : m_kindSet) {
        const int k = s.pledgeKindIndex(id);
        if (k >= 0)
            kindOk[size_t(k)] = 1;
    }
    const bool queryOn = !m_query.isEmpty();
    if (queryOn && (m_queryMatch.query != m_query || int(m_queryMatch.partnerships.size()) != n
                    || int(m_queryMatch.pledges.size()) != ln)) {
        const std::optional<QStringList> ids = m_textIndex ? m_textIndex(m_query) : std::nullopt;
        const std::vector<quint8> candidates = ids ? candidateMask(s, *ids) : std::vector<quint8>();
        m_queryMatch = matchQuery(s, m_query, ids ? &candidates : nullptr);
    }

    m_cubeRecords.assign(size_t(slotN) * size_t(parts), 0);
    m_cubeSectors.assign(size_t(slotN) * size_t(parts), 0);
    m_cubePledges.assign(size_t(slotN) * size_t(parts), 0);
    m_slotSector.assign(size_t(slotN) * size_t(sectors), 0);
    m_pledgeTargets.assign(size_t(slotN) * size_t(slotN), 0);
    std::vector<int> slotCount(size_t(slotN) + 1, 0);

    // Partnerships: accept and sum in store order (sequential reads), then place the accepted
    // ones by year with a counting sort.
    m_pPass.assign(size_t(n), 0);
    const qint16 *years = s.partnershipYears();
    const quint16 *partners = s.partnershipPartners();
    const quint16 *masks = s.partnershipSectorMasks();
    const quint8 *queryHit = queryOn ? m_queryMatch.partnerships.data() : nullptr;
    for (int i = 0; i < n; ++i) {
        const int p = partners[i];
        const quint16 mask = masks[i];
        if (!partnerOk[size_t(p)] || (sectorOn && !(mask & sectorMask)) || (queryHit && !queryHit[i]))
            continue;
        m_pPass[size_t(i)] = 1;
        const int slot = slotOf(years[i]);
        ++slotCount[size_t(slot) + 1];
        const size_t cell = size_t(slot) * size_t(parts) + size_t(p);
        ++m_cubeRecords[cell];
        m_cubeSectors[cell] |= mask;
        int *row = &m_slotSector[size_t(slot) * size_t(sectors)];
        for (quint32 bits = mask; bits; bits &= bits - 1)
            ++row[qCountTrailingZeroBits(bits)];
    }
    for (int k = 0; k < slotN; ++k)
        slotCount[size_t(k) + 1] += slotCount[size_t(k)];
    m_pSlotStart = slotCount;
    m_pRows.resize(size_t(slotCount[size_t(slotN)]));
    for (int i = 0; i < n; ++i) {
        if (m_pPass[size_t(i)])
            m_pRows[size_t(slotCount[size_t(slotOf(years[i]))]++)] = i;
    }

    // Pledges, the same way, by the year they were reported.
    m_lPass.assign(size_t(ln), 0);
    std::fill(slotCount.begin(), slotCount.end(), 0);
    const qint16 *lYears = s.pledgeYears();
    const qint16 *targets = s.pledgeTargetYears();
    const quint16 *actors = s.pledgeActors();
    const quint16 *kinds = s.pledgeKinds();
    const quint8 *lQueryHit = queryOn ? m_queryMatch.pledges.data() : nullptr;
    for (int i = 0; i < ln; ++i) {
        const int p = actors[i];
        if (!partnerOk[size_t(p)] || !kindOk[kinds[i]] || (lQueryHit && !lQueryHit[i]))
            continue;
        m_lPass[size_t(i)] = 1;
        const int slot = slotOf(lYears[i]);
        ++slotCount[size_t(slot) + 1];
        ++m_cubePledges[size_t(slot) * size_t(parts) + size_t(p)];
        ++m_pledgeTargets[size_t(slot) * size_t(slotN) + size_t(slotOf(targets[i]))];
    }
    for (int k = 0; k < slotN; ++k)
        slotCount[size_t(k) + 1] += slotCount[size_t(k)];
    m_lSlotStart = slotCount;
    m_lRows.resize(size_t(slotCount[size_t(slotN)]));
    for (int i = 0; i < ln; ++i) {
        if (m_lPass[size_t(i)])
            m_lRows[size_t(slotCount[size_t(slotOf(lYears[i]))]++)] = i;
    }
    m_passValid = true;
}

void FilterEngine::yearStep()
{
    const int slotN = int(m_slotYears.size()), parts = m_partnerCount, sectors = m_sectorCount;
    const int from = m_filter->fromYear(), to = m_filter->toYear();
    // FilterState::acceptsYear() holds on a contiguous run of the ascending slotN.
    m_fromSlot = 0;
    while (m_fromSlot < slotN && !(from == 0 || m_slotYears[size_t(m_fromSlot)] >= from))
        ++m_fromSlot;
    m_toSlot = m_fromSlot;
    while (m_toSlot < slotN && (to == 0 || m_slotYears[size_t(m_toSlot)] <= to))
        ++m_toSlot;
    const size_t a = size_t(m_fromSlot), b = size_t(m_toSlot);
    m_pRowBegin = m_pSlotStart[a];
    m_pRowEnd = m_pSlotStart[b];
    m_lRowBegin = m_lSlotStart[a];
    m_lRowEnd = m_lSlotStart[b];

    m_partners.clear();
    m_sectorPartners.assign(size_t(sectors), 0);
    for (int p = 0; p < parts; ++p) {
        PartnerAggregate agg;
        agg.partner = p;
        for (size_t k = a; k < b; ++k) {
            const size_t cell = k * size_t(parts) + size_t(p);
            agg.pledges += m_cubePledges[cell];
            const int records = m_cubeRecords[cell];
            if (!records)
                continue;
            agg.records += records;
            agg.sectors |= m_cubeSectors[cell];
            if (const int year = m_slotYears[k]) {
                agg.firstYear = agg.firstYear ? agg.firstYear : year;
                agg.lastYear = year;
            }
        }
        if (!agg.records && !agg.pledges)
            continue;
        for (quint32 bits = agg.sectors; bits; bits &= bits - 1)
            ++m_sectorPartners[qCountTrailingZeroBits(bits)];
        m_partners.push_back(agg);
    }

    const int rows = int(m_years.size());
    const size_t skip = (!m_slotYears.empty() && m_slotYears.front() == 0) ? 1 : 0;
    m_yearPartnerships.assign(size_t(rows), 0);
    m_yearPledges.assign(size_t(rows), 0);
    m_yearSectors.assign(size_t(rows) * size_t(sectors), 0);
    m_sectorRecords.assign(size_t(sectors), 0);
    for (size_t k = a; k < b; ++k) {
        const int *bySector = &m_slotSector[k * size_t(sectors)];
        for (int sct = 0; sct < sectors; ++sct)
            m_sectorRecords[size_t(sct)] += bySector[sct];
        if (k >= skip) {
            const size_t row = k - skip;
            m_yearPartnerships[row] = m_pSlotStart[k + 1] - m_pSlotStart[k];
            std::copy(bySector, bySector + sectors, &m_yearSectors[row * size_t(sectors)]);
        }
        const int *targets = &m_pledgeTargets[k * size_t(slotN)];
        for (size_t t = skip; t < size_t(slotN); ++t)
            m_yearPledges[t - skip] += targets[t];
    }
}

} // namespace cpe
