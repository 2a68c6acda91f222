#include "partnershipfiltermodel.h"

#include "filterengine.h"
#include "recorddata.h"
#include "recordstore.h"
#include "roles.h"

namespace cpe {

PartnershipFilterModel::PartnershipFilterModel(FilterEngine *engine, const UiLanguage *language,
                                               QObject *parent)
    : FilteredRecordModel(engine, language, parent)
{
}

int PartnershipFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(PartnershipColumn::Count);
}

QVariant PartnershipFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return partnershipData(store(), language(), recordAt(index.row()), index.column(), role);
}

QVariant PartnershipFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return partnershipHeader(section, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int PartnershipFilterModel::engineRowCount() const
{
    return engine()->partnershipRowCount();
}

int PartnershipFilterModel::engineRow(int row) const
{
    return engine()->partnershipRow(row);
}

bool PartnershipFilterModel::engineAccepts(int record) const
{
    return engine()->acceptsPartnership(record);
}

int PartnershipFilterModel::coveredRecords() const
{
    return engine()->coveredPartnerships();
}

std::vector<int> PartnershipFilterModel::sortRecords(int column, Qt::SortOrder order) const
{
    return sortedPartnerships(store(), column, order);
}

void PartnershipFilterModel::languageChanged()
{
    notifyLanguageChanged(
        this, {column(PartnershipColumn::Partner), column(PartnershipColumn::Kind),
               column(PartnershipColumn::Sectors), column(PartnershipColumn::Date),
               column(PartnershipColumn::Stage), column(PartnershipColumn::Confidence)});
}

} // namespace cpe
