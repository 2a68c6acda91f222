#pragma once

#include <QAbstractTableModel>
#include <vector>

namespace cpe {

class FilterEngine;
class RecordStore;
class UiLanguage;

// The records a FilterEngine accepts, as a table. Unsorted, rows follow the engine's order
// (year, then store order), which costs nothing to produce. sort() orders all records of the
// store once by the column's raw SortRole value and keeps that order across filter changes,
// so a filter change under a sort is one walk over that order rather than a new sort.
class FilteredRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    FilterEngine *engine() const { return m_engine; }
    int recordAt(int row) const; // store index of the row's record
    int rowOfRecord(int record) const; // -1 when filtered out; linear in the row count
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    FilteredRecordModel(FilterEngine *engine, const UiLanguage *language, QObject *parent);

    const RecordStore &store() const;
    const UiLanguage *language() const { return m_language; }

    virtual int engineRowCount() const = 0;
    virtual int engineRow(int row) const = 0;
    virtual bool engineAccepts(int record) const = 0;
    virtual int coveredRecords() const = 0; // records the engine's last pass saw
    virtual std::vector<int> sortRecords(int column, Qt::SortOrder order) const = 0;
    virtual void languageChanged() = 0;

private:
    void rebuildSortedRows();

    FilterEngine *m_engine = nullptr;
    const UiLanguage *m_language = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sortedAll; // every covered record in sort order
    int m_sortedGeneration = -1;  // engine's store generation m_sortedAll was made for
    std::vector<int> m_rows;      // accepted records in sort order (when sorted)
};

} // namespace cpe
