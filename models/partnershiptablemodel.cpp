#include "partnershiptablemodel.h"

#include "recorddata.h"
#include "recordstore.h"
#include "roles.h"

namespace cpe {

PartnershipTableModel::PartnershipTableModel(const RecordStore *store, const UiLanguage *language,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_language(language)
{
    connect(m_store, &RecordStore::aboutToBeReset, this, [this] { beginResetModel(); });
    connect(m_store, &RecordStore::wasReset, this, [this] { endResetModel(); });
    connect(m_store, &RecordStore::partnershipsAboutToBeAppended, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(m_store, &RecordStore::partnershipsAppended, this, [this] { endInsertRows(); });
    if (m_language) {
        connect(m_language, &UiLanguage::changed, this, [this] {
            notifyLanguageChanged(
                this, {column(PartnershipColumn::Partner), column(PartnershipColumn::Kind),
                       column(PartnershipColumn::Sectors), column(PartnershipColumn::Date),
                       column(PartnershipColumn::Stage), column(PartnershipColumn::Confidence)});
        });
    }
}

int PartnershipTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->partnershipCount();
}

int PartnershipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(PartnershipColumn::Count);
}

QVariant PartnershipTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return partnershipData(*m_store, m_language, index.row(), index.column(), role);
}

QVariant PartnershipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return partnershipHeader(section, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cpe
