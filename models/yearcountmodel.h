#pragma once

#include <QAbstractTableModel>

namespace cpe {

class FilterEngine;
class UiLanguage;

// The timeline: one row per year the store knows (columns: YearColumn), whatever the
// filter, so a chart's axis stays put while the counts move. Partnerships count by their
// year, pledges by their target year; SectorCountsRole holds the per-sector partnership
// counts of the row for stacked charts. Filter changes are dataChanged; only a store change
// that adds years resets.
class YearCountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YearCountModel)
public:
    explicit YearCountModel(FilterEngine *engine, const UiLanguage *language = nullptr,
                            QObject *parent = nullptr);

    int rowOfYear(int year) const;

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
