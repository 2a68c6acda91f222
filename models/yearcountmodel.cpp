#include "yearcountmodel.h"

#include "filterengine.h"
#include "recorddata.h"
#include "roles.h"

namespace cpe {

using Col = YearColumn;

YearCountModel::YearCountModel(FilterEngine *engine, const UiLanguage *language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_language(language)
{
    // Years and counts are numbers: only the headers follow the language.
    if (m_language)
        connect(m_language, &UiLanguage::changed, this, [this] { notifyLanguageChanged(this, {}); });
    connect(m_engine, &FilterEngine::aboutToUpdate, this, [this](bool axisChanged) {
        if (axisChanged)
            beginResetModel();
    });
    connect(m_engine, &FilterEngine::updated, this, [this](bool axisChanged) {
        if (axisChanged) {
            endResetModel();
        } else if (const int rows = rowCount(); rows > 0) {
            Q_EMIT dataChanged(index(0, column(Col::Partnerships)),
                               index(rows - 1, column(Col::Pledges)),
                               {Qt::DisplayRole, SortRole, CountRole, SectorCountsRole});
        }
    });
}

int YearCountModel::rowOfYear(int year) const
{
    return int(m_engine->years().indexOf(year));
}

int YearCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_engine->years().size());
}

int YearCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(Col::Count);
}

QVariant YearCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int year = m_engine->years().at(row);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Col(index.column())) {
        case Col::Year: return year;
        case Col::Partnerships: return m_engine->yearPartnerships(row);
        case Col::Pledges: return m_engine->yearPledges(row);
        case Col::Count: break;
        }
        return {};
    case IdRole:
    case YearRole: return year;
    case CountRole: return m_engine->yearPartnerships(row);
    case SectorCountsRole: {
        QVariantList counts;
        counts.reserve(m_engine->sectorCount());
        for (int s = 0; s < m_engine->sectorCount(); ++s)
            counts.append(m_engine->yearSectorCount(row, s));
        return counts;
    }
    default: return {};
    }
}

QVariant YearCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section >= 0 && section < rowCount())
            return QString::number(m_engine->years().at(section));
        return {};
    }
    switch (Col(section)) {
    case Col::Year: return tr("Year");
    case Col::Partnerships: return tr("Partnerships");
    case Col::Pledges: return tr("Pledges by target year");
    case Col::Count: break;
    }
    return {};
}

} // namespace cpe
