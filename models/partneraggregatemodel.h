#pragma once

#include <QAbstractTableModel>
#include <vector>

namespace cpe {

class FilterEngine;
class UiLanguage;

// One row per partner with at least one partnership or pledge under the filter (columns:
// PartnerColumn), for the partner list and the map. Counts are numbers in DisplayRole so
// chart mappers can read them. Reset on every filter change; sort() by raw values persists.
class PartnerAggregateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerAggregateModel)
public:
    explicit PartnerAggregateModel(FilterEngine *engine, const UiLanguage *language = nullptr,
                                   QObject *parent = nullptr);

    // Row of a partner id, -1 when it has no records under the filter.
    int rowOfPartner(const QString &partnerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applySort();
    QVariant sortValue(int aggregate, int column) const;

    FilterEngine *m_engine = nullptr;
    const UiLanguage *m_language = nullptr;
    std::vector<int> m_order; // row -> index into the engine's aggregates
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cpe
