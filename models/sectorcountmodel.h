#pragma once

#include <QAbstractTableModel>

namespace cpe {

class FilterEngine;
class UiLanguage;

// One row per taxonomy sector (columns: SectorColumn): partnerships under the filter that
// name the sector, and how many distinct partners they involve. Fixed shape: filter changes
// are dataChanged.
class SectorCountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectorCountModel)
public:
    explicit SectorCountModel(FilterEngine *engine, const UiLanguage *language = nullptr,
                              QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FilterEngine *m_engine = nullptr;
    const UiLanguage *m_language = nullptr;
};

} // namespace cpe
