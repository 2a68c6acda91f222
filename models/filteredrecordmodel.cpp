#include "filteredrecordmodel.h"

#include "filterengine.h"
#include "uilanguage.h"

namespace cpe {

FilteredRecordModel::FilteredRecordModel(FilterEngine *engine, const UiLanguage *language,
                                         QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_language(language)
{
    connect(m_engine, &FilterEngine::aboutToUpdate, this, [this] { beginResetModel(); });
    connect(m_engine, &FilterEngine::updated, this, [this] {
        if (m_sortColumn >= 0)
            rebuildSortedRows();
        endResetModel();
    });
    if (m_language)
        connect(m_language, &UiLanguage::changed, this, [this] { languageChanged(); });
}

const RecordStore &FilteredRecordModel::store() const
{
    return *m_engine->store();
}

int FilteredRecordModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_sortColumn >= 0 ? int(m_rows.size()) : engineRowCount();
}

int FilteredRecordModel::recordAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_sortColumn >= 0 ? m_rows[size_t(row)] : engineRow(row);
}

int FilteredRecordModel::rowOfRecord(int record) const
{
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row) {
        if (recordAt(row) == record)
            return row;
    }
    return -1;
}

void FilteredRecordModel::rebuildSortedRows()
{
    if (m_sortedGeneration != m_engine->storeGeneration()) {
        m_sortedAll = sortRecords(m_sortColumn, m_sortOrder);
        m_sortedGeneration = m_engine->storeGeneration();
    }
    m_rows.clear();
    m_rows.reserve(size_t(engineRowCount()));
    for (int record : m_sortedAll) {
        if (engineAccepts(record))
            m_rows.push_back(record);
    }
}

void FilteredRecordModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> records;
    records.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        records.push_back(recordAt(index.row()));

    m_sortColumn = column;
    m_sortOrder = order;
    m_sortedAll.clear();
    m_sortedGeneration = -1;
    m_rows.clear();
    if (column >= 0)
        rebuildSortedRows();

    // Persistent indexes (selections, the current row) follow their records.
    if (!before.isEmpty()) {
        std::vector<int> rowOf(size_t(coveredRecords()), -1);
        for (int row = 0, rows = rowCount(); row < rows; ++row)
            rowOf[size_t(recordAt(row))] = row;
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after.append(index(rowOf[size_t(records[size_t(k)])], before.at(k).column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace cpe
