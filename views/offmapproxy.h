#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace cpe {

class FilterState;

// The partners that have no tile on the map (blocs, organisations, programmes): the
// per-partner aggregate rows whose PartnerKindRole is not "country". This only decides what
// the side list shows; the records themselves are filtered by the models.
// China itself and partners without partnerships are left out unless selected. Selected
// partners are shown in bold, and names carry their record count.
class OffMapProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    OffMapProxy(FilterState *filter, QObject *parent);

    QVariant data(const QModelIndex &index, int role) const override;
    // The partner's name and record count of a row, apart, for a delegate that elides the
    // name but never the count.
    QString name(const QModelIndex &index) const;
    int records(const QModelIndex &index) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<FilterState> m_filter;
};

} // namespace cpe
