#include "partneraggregatemodel.h"

#include "filterengine.h"
#include "filterstate.h"
#include "recorddata.h"
#include "recordstore.h"
#include "roles.h"
#include "taxonomy.h"

#include <algorithm>
#include <numeric>

namespace cpe {

using Col = PartnerColumn;

PartnerAggregateModel::PartnerAggregateModel(FilterEngine *engine, const UiLanguage *language,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_language(language)
{
    connect(m_engine, &FilterEngine::aboutToUpdate, this, [this] { beginResetModel(); });
    connect(m_engine, &FilterEngine::updated, this, [this] {
        applySort();
        endResetModel();
    });
    if (m_language) {
        connect(m_language, &UiLanguage::changed, this, [this] {
            notifyLanguageChanged(this, {column(Col::Partner), column(Col::Sectors)});
        });
    }
    applySort();
}

int PartnerAggregateModel::rowOfPartner(const QString &partnerId) const
{
    const int p = m_engine->store()->partnerIndex(partnerId);
    const auto &aggs = m_engine->partnerAggregates();
    for (int row = 0; row < int(m_order.size()); ++row) {
        if (aggs[size_t(m_order[size_t(row)])].partner == p)
            return row;
    }
    return -1;
}

int PartnerAggregateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int PartnerAggregateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(Col::Count);
}

QVariant PartnerAggregateModel::sortValue(int k, int c) const
{
    const PartnerAggregate &a = m_engine->partnerAggregates()[size_t(k)];
    switch (Col(c)) {
    case Col::Partner: return m_engine->store()->partner(a.partner).id;
    case Col::Records: return a.records;
    case Col::Sectors: return int(qPopulationCount(quint32(a.sectors))); // how broad the ties are
    case Col::FirstYear: return a.firstYear;
    case Col::LastYear: return a.lastYear;
    case Col::Pledges: return a.pledges;
    case Col::Count: break;
    }
    return {};
}

QVariant PartnerAggregateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int k = m_order[size_t(index.row())];
    const PartnerAggregate &a = m_engine->partnerAggregates()[size_t(k)];
    const PartnerInfo &partner = m_engine->store()->partner(a.partner);
    const bool zh = isChinese(m_language);
    switch (role) {
    case Qt::DisplayRole:
        switch (Col(index.column())) {
        case Col::Partner: return partner.name(zh);
        case Col::Sectors: return sectorLabels(a.sectors, zh);
        default: return sortValue(k, index.column());
        }
    case Qt::ToolTipRole: return partner.name(zh);
    case SortRole: return sortValue(k, index.column());
    case IdRole:
    case PartnerIdRole: return partner.id;
    case PartnerKindRole: return partner.kind;
    case CountRole: return a.records;
    case FirstYearRole: return a.firstYear;
    case LastYearRole: return a.lastYear;
    case SectorIdsRole: return RecordStore::sectorIds(a.sectors);
    case SelectedRole: return m_engine->filter()->partners().contains(partner.id);
    default: return {};
    }
}

QVariant PartnerAggregateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Col(section)) {
    case Col::Partner: return tr("Partner");
    case Col::Records: return tr("Records");
    case Col::Sectors: return tr("Sectors");
    case Col::FirstYear: return tr("First year");
    case Col::LastYear: return tr("Last year");
    case Col::Pledges: return tr("Pledges");
    case Col::Count: break;
    }
    return {};
}

void PartnerAggregateModel::applySort()
{
    m_order.resize(m_engine->partnerAggregates().size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0)
        return;
    std::vector<QVariant> keys(m_order.size());
    for (size_t k = 0; k < keys.size(); ++k)
        keys[k] = sortValue(int(k), m_sortColumn);
    const auto less = [&](int a, int b) {
        return QVariant::compare(keys[size_t(a)], keys[size_t(b)]) == QPartialOrdering::Less;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(), less);
    else
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return less(b, a); });
}

void PartnerAggregateModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> aggregates;
    for (const QModelIndex &i : before)
        aggregates.push_back(m_order[size_t(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    std::vector<int> rowOf(m_order.size());
    for (size_t row = 0; row < m_order.size(); ++row)
        rowOf[size_t(m_order[row])] = int(row);
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k)
        after.append(index(rowOf[size_t(aggregates[size_t(k)])], before.at(k).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace cpe
