#pragma once

#include "querymatch.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <optional>
#include <vector>

namespace cpe {

class FilterState;
class RecordStore;

// What one partner did under the current filter.
struct PartnerAggregate
{
    int partner = -1;     // index into the store's partner table
    int records = 0;      // partnerships
    quint16 sectors = 0;  // union of the partnerships' sectors
    int firstYear = 0;    // of the partnerships with a known year; 0 when none
    int lastYear = 0;
    int pledges = 0;      // pledges the partner made
};

// Applies the window's FilterState to the RecordStore for every model at once.
//
// A change of partners, sectors, pledge kinds or query runs one pass over the compact columns
// (the query's matches are cached, so only a query change scans text). The pass sorts the
// accepted records by year into one list and sums them into small per-year tables (year x
// partner, year x sector, reported year x target year). A change of the year range alone then
// costs a slice of that list plus sums over the tables: microseconds, whatever the record count.
//
// Models listen to aboutToUpdate()/updated() and never see a half-computed state. Store
// resets are followed at once; appends are coalesced (a loader delivers many small batches).
class FilterEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterEngine)
public:
    FilterEngine(RecordStore *store, FilterState *filter, QObject *parent = nullptr);
    ~FilterEngine() override;

    RecordStore *store() const { return m_store; }
    FilterState *filter() const { return m_filter; }

    // Accepted records, ordered by year then store order.
    int partnershipRowCount() const { return m_pRowEnd - m_pRowBegin; }
    int partnershipRow(int row) const { return m_pRows[size_t(m_pRowBegin + row)]; }
    int pledgeRowCount() const { return m_lRowEnd - m_lRowBegin; }
    int pledgeRow(int row) const { return m_lRows[size_t(m_lRowBegin + row)]; }
    // Constant-time tests (for models that keep their own order).
    bool acceptsPartnership(int record) const;
    bool acceptsPledge(int record) const;
    int coveredPartnerships() const { return int(m_pPass.size()); }
    int coveredPledges() const { return int(m_lPass.size()); }

    // Partners with at least one accepted partnership or pledge, in partner-table order.
    const std::vector<PartnerAggregate> &partnerAggregates() const { return m_partners; }

    // Known years (not 0) of partnerships, pledge reports and pledge targets, ascending. Stable
    // under filtering, so a timeline keeps its axis.
    const QList<int> &years() const { return m_years; }
    int yearPartnerships(int yearRow) const { return m_yearPartnerships[size_t(yearRow)]; }
    int yearPledges(int yearRow) const { return m_yearPledges[size_t(yearRow)]; } // by target year
    int yearSectorCount(int yearRow, int sector) const
    {
        return m_yearSectors[size_t(yearRow) * size_t(m_sectorCount) + size_t(sector)];
    }

    int sectorCount() const { return m_sectorCount; } // taxonomy sectors
    int sectorRecords(int sector) const { return m_sectorRecords[size_t(sector)]; }
    int sectorPartners(int sector) const { return m_sectorPartners[size_t(sector)]; }

    // Changes whenever the engine has taken in a changed store (models cache sort orders).
    int storeGeneration() const { return m_storeGeneration; }

    // Runs a coalesced recompute now, if one is pending (tests, benchmarks).
    void flush();

    // Ids of the articles whose text may hold `query`, from a full-text index; std::nullopt
    // when the index cannot answer for this query. With an index, a query scans only those
    // articles' texts instead of every article's.
    using TextIndex = std::function<std::optional<QStringList>(const QString &query)>;
    void setTextIndex(TextIndex index);

Q_SIGNALS:
    // yearAxisChanged: years() changes too (only after the store changed).
    void aboutToUpdate(bool yearAxisChanged);
    void updated(bool yearAxisChanged);

private:
    void onFilterChanged();
    void onStoreAboutToBeReset();
    void onStoreWasReset();
    void onStoreChanged();
    void recompute(bool emitAbout);
    void buildSlots();
    void readFilter();
    void fullPass();
    void yearStep();
    int slotOf(int year) const { return m_slotOfYear[size_t(year - m_minYear)]; }

    RecordStore *m_store = nullptr;
    FilterState *m_filter = nullptr;
    QTimer m_appendTimer;
    bool m_resetting = false;
    int m_storeGeneration = 0;

    // Non-year filter as last applied; a filter change that leaves it equal is a year change.
    QSet<QString> m_partnerSet, m_sectorSet, m_kindSet;
    QString m_query;
    bool m_passValid = false;
    QueryMatch m_queryMatch;
    TextIndex m_textIndex;

    // Year slots: every distinct year (0 included) of the store, ascending.
    std::vector<int> m_slotYears;
    std::vector<int> m_slotOfYear; // year - m_minYear -> slot
    int m_minYear = 0;
    int m_partnerCount = 0;
    int m_sectorCount = 0;

    // Results of the pass (non-year filters).
    std::vector<quint8> m_pPass, m_lPass;
    std::vector<qint32> m_pRows, m_lRows;         // accepted, by slot then index
    std::vector<int> m_pSlotStart, m_lSlotStart;  // size slots + 1
    std::vector<int> m_cubeRecords;               // slot x partner
    std::vector<quint16> m_cubeSectors;           // slot x partner
    std::vector<int> m_cubePledges;               // slot (reported) x partner
    std::vector<int> m_slotSector;                // slot x sector
    std::vector<int> m_pledgeTargets;             // slot (reported) x slot (target)

    // Results of the year step.
    int m_fromSlot = 0, m_toSlot = 0; // [from, to)
    int m_pRowBegin = 0, m_pRowEnd = 0, m_lRowBegin = 0, m_lRowEnd = 0;
    std::vector<PartnerAggregate> m_partners;
    QList<int> m_years;
    std::vector<int> m_yearPartnerships, m_yearPledges, m_yearSectors;
    std::vector<int> m_sectorRecords, m_sectorPartners;
};

} // namespace cpe
