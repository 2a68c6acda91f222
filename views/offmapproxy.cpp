#include "offmapproxy.h"

#include "filterstate.h"
#include "roles.h"

#include <QFont>
#include <QLocale>

namespace cpe {

OffMapProxy::OffMapProxy(FilterState *filter, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_filter(filter)
{
    if (filter) {
        connect(filter, &FilterState::partnersChanged, this, [this] {
            // Whether a partner without records is listed depends on the selection.
            invalidateRowsFilter();
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                                   {Qt::FontRole, Qt::DisplayRole});
        });
    }
}

bool OffMapProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString kind = index.data(PartnerKindRole).toString();
    if (kind == QLatin1String("country"))
        return false; // on the map
    // China itself is not its own partner, and partners that only appear as pledge actors
    // ("Paris Agreement", "developed countries") have no partnership to show; either stays
    // listed while selected, so the selection can still be seen and undone here.
    const bool selected =
        m_filter && m_filter->partners().contains(index.data(PartnerIdRole).toString());
    if (selected)
        return true;
    if (kind == QLatin1String("self"))
        return false;
    const QModelIndex records = index.siblingAtColumn(column(PartnerColumn::Records));
    return !records.isValid() || records.data(Qt::DisplayRole).toInt() > 0;
}

QString OffMapProxy::name(const QModelIndex &index) const
{
    return index.isValid() ? mapToSource(index).siblingAtColumn(column(PartnerColumn::Partner))
                                 .data(Qt::DisplayRole)
                                 .toString()
                           : QString();
}

int OffMapProxy::records(const QModelIndex &index) const
{
    return index.isValid() ? mapToSource(index).siblingAtColumn(column(PartnerColumn::Records))
                                 .data(Qt::DisplayRole)
                                 .toInt()
                           : 0;
}

QVariant OffMapProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    const bool selected =
        m_filter && m_filter->partners().contains(source.data(PartnerIdRole).toString());
    if (role == Qt::FontRole && selected) {
        QFont font = QSortFilterProxyModel::data(index, role).value<QFont>();
        font.setBold(true);
        return font;
    }
    if (role == Qt::DisplayRole && index.column() == column(PartnerColumn::Partner)) {
        const QModelIndex records = source.siblingAtColumn(column(PartnerColumn::Records));
        const QString name = source.data(Qt::DisplayRole).toString();
        if (!records.isValid())
            return name;
        return tr("%1 (%2)", "partner name (records)")
            .arg(name, QLocale().toString(records.data(Qt::DisplayRole).toInt()));
    }
    if (role == Qt::ToolTipRole && index.column() == column(PartnerColumn::Partner))
        return data(index, Qt::DisplayRole);
    if (role == Qt::AccessibleDescriptionRole && selected)
        return tr("selected");
    return QSortFilterProxyModel::data(index, role);
}

} // namespace cpe
