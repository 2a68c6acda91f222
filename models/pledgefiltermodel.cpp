#include "pledgefiltermodel.h"

#include "filterengine.h"
#include "recorddata.h"
#include "recordstore.h"
#include "roles.h"

namespace cpe {

PledgeFilterModel::PledgeFilterModel(FilterEngine *engine, const UiLanguage *language,
                                               QObject *parent)
    : FilteredRecordModel(engine, language, parent)
{
}

int PledgeFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(PledgeColumn::Count);
}

QVariant PledgeFilterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return pledgeData(store(), language(), recordAt(index.row()), index.column(), role);
}

QVariant PledgeFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return pledgeHeader(section, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int PledgeFilterModel::engineRowCount() const
{
    return engine()->pledgeRowCount();
}

int PledgeFilterModel::engineRow(int row) const
{
    return engine()->pledgeRow(row);
}

bool PledgeFilterModel::engineAccepts(int record) const
{
    return engine()->acceptsPledge(record);
}

int PledgeFilterModel::coveredRecords() const
{
    return engine()->coveredPledges();
}

std::vector<int> PledgeFilterModel::sortRecords(int column, Qt::SortOrder order) const
{
    return sortedPledges(store(), column, order);
}

void PledgeFilterModel::languageChanged()
{
    notifyLanguageChanged(this, {column(PledgeColumn::Actor), column(PledgeColumn::Kind),
                                 column(PledgeColumn::Amount), column(PledgeColumn::Unit),
                                 column(PledgeColumn::Status)});
}

} // namespace cpe
