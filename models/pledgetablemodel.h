#pragma once

#include <QAbstractTableModel>

namespace cpe {

class RecordStore;
class UiLanguage;

// Every pledge of the store, in store order (columns: PledgeColumn). Rows are
// inserted as the loader appends articles; the filtered view is PledgeFilterModel.
class PledgeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PledgeTableModel)
public:
    explicit PledgeTableModel(const RecordStore *store, const UiLanguage *language = nullptr,
                                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const RecordStore *m_store = nullptr;
    const UiLanguage *m_language = nullptr;
};

} // namespace cpe
