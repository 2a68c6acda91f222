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
    return kind != QLatin1String("country");
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
    if (role == Qt::AccessibleDescriptionRole && selected)
        return tr("selected");
    return QSortFilterProxyModel::data(index, role);
}

} // namespace cpe
