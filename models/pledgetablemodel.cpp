#include "pledgetablemodel.h"

#include "recorddata.h"
#include "recordstore.h"
#include "roles.h"

namespace cpe {

PledgeTableModel::PledgeTableModel(const RecordStore *store, const UiLanguage *language,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_language(language)
{
    connect(m_store, &RecordStore::aboutToBeReset, this, [this] { beginResetModel(); });
    connect(m_store, &RecordStore::wasReset, this, [this] { endResetModel(); });
    connect(m_store, &RecordStore::pledgesAboutToBeAppended, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(m_store, &RecordStore::pledgesAppended, this, [this] { endInsertRows(); });
    if (m_language) {
        connect(m_language, &UiLanguage::changed, this, [this] {
            notifyLanguageChanged(this, {column(PledgeColumn::Actor), column(PledgeColumn::Kind),
                                         column(PledgeColumn::Amount), column(PledgeColumn::Unit),
                                         column(PledgeColumn::Status)});
        });
    }
}

int PledgeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->pledgeCount();
}

int PledgeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(PledgeColumn::Count);
}

QVariant PledgeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return pledgeData(*m_store, m_language, index.row(), index.column(), role);
}

QVariant PledgeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return pledgeHeader(section, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cpe
