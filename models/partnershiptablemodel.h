#pragma once

#include <QAbstractTableModel>

namespace cpe {

class RecordStore;
class UiLanguage;

// Every partnership of the store, in store order (columns: PartnershipColumn). Rows are
// inserted as the loader appends articles; the filtered view is PartnershipFilterModel.
class PartnershipTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnershipTableModel)
public:
    explicit PartnershipTableModel(const RecordStore *store, const UiLanguage *language = nullptr,
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
