#include "sectorcountmodel.h"

#include "filterengine.h"
#include "recorddata.h"
#include "roles.h"
#include "taxonomy.h"

namespace cpe {

using Col = SectorColumn;

SectorCountModel::SectorCountModel(FilterEngine *engine, const UiLanguage *language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_language(language)
{
    // The sectors are the taxonomy's: a store reset changes counts, never rows.
    connect(m_engine, &FilterEngine::updated, this, [this] {
        if (const int rows = rowCount(); rows > 0) {
            Q_EMIT dataChanged(index(0, column(Col::Records)), index(rows - 1, column(Col::Partners)),
                               {Qt::DisplayRole, SortRole, CountRole});
        }
    });
    if (m_language) {
        connect(m_language, &UiLanguage::changed, this,
                [this] { notifyLanguageChanged(this, {column(Col::Sector)}); });
    }
}

int SectorCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_engine->sectorCount();
}

int SectorCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(Col::Count);
}

QVariant SectorCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int s = index.row();
    const Category &sector = Taxonomy::bundled().sectors().at(s);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Col(index.column())) {
        case Col::Sector: return role == SortRole ? sector.id : sector.label(isChinese(m_language));
        case Col::Records: return m_engine->sectorRecords(s);
        case Col::Partners: return m_engine->sectorPartners(s);
        case Col::Count: break;
        }
        return {};
    case IdRole: return sector.id;
    case SectorIdsRole: return QStringList{sector.id};
    case CountRole: return m_engine->sectorRecords(s);
    default: return {};
    }
}

QVariant SectorCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Col(section)) {
    case Col::Sector: return tr("Sector");
    case Col::Records: return tr("Records");
    case Col::Partners: return tr("Partners");
    case Col::Count: break;
    }
    return {};
}

} // namespace cpe
