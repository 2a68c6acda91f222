#include "tilemapmodel.h"

#include "roles.h"
#include "taxonomy.h"
#include "uilanguage.h"

#include <algorithm>
#include <cmath>

namespace cpe {

TileMapModel::TileMapModel(QAbstractItemModel *source, const UiLanguage *language,
                           const Gazetteer &gazetteer, const TileGrid &grid, QObject *parent)
    : QAbstractTableModel(parent), m_gazetteer(gazetteer), m_grid(grid), m_language(language)
{
    const QList<QString> &ids = m_grid.ids();
    m_entity.reserve(size_t(ids.size()));
    for (int i = 0; i < ids.size(); ++i) {
        m_tileOf.insert(ids.at(i), i);
        m_entity.push_back(m_gazetteer.find(ids.at(i)));
    }
    m_tiles.resize(size_t(ids.size()));
    if (m_language)
        connect(m_language, &UiLanguage::changed, this, &TileMapModel::retranslate);
    setSourceModel(source);
}

void TileMapModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_source = source;
    if (source) {
        // Any change may move counts between partners, so every one re-reads the source:
        // a few hundred rows, far cheaper than tracking what moved where.
        const auto watch = [this, source](auto signal) {
            m_sourceConnections.append(connect(source, signal, this, &TileMapModel::refresh));
        };
        watch(&QAbstractItemModel::modelReset);
        watch(&QAbstractItemModel::dataChanged);
        watch(&QAbstractItemModel::rowsInserted);
        watch(&QAbstractItemModel::rowsRemoved);
        watch(&QAbstractItemModel::rowsMoved);
        watch(&QAbstractItemModel::layoutChanged);
        m_sourceConnections.append(connect(source, &QObject::destroyed, this, [this] { setSourceModel(nullptr); }));
    }
    refresh();
}

int TileMapModel::heatLevel(int count, int maxCount)
{
    if (count <= 0)
        return 0;
    if (maxCount <= 1 || count >= maxCount)
        return kHeatLevels - 1;
    const double share = std::log(double(count)) / std::log(double(maxCount)); // 0 .. <1
    return std::clamp(1 + int(share * (kHeatLevels - 2) + 1e-9), 1, kHeatLevels - 1);
}

void TileMapModel::refresh()
{
    std::vector<Tile> next(m_tiles.size());
    if (m_source) {
        const int rows = m_source->rowCount();
        for (int r = 0; r < rows; ++r) {
            const QModelIndex i = m_source->index(r, 0);
            const int t = m_tileOf.value(i.data(PartnerIdRole).toString(), -1);
            if (t < 0)
                continue; // blocs, organisations and the like are not on the map
            Tile &tile = next[size_t(t)];
            tile.count += i.data(CountRole).toInt();
            const int first = i.data(FirstYearRole).toInt();
            const int last = i.data(LastYearRole).toInt();
            if (first > 0 && (tile.firstYear == 0 || first < tile.firstYear))
                tile.firstYear = first;
            tile.lastYear = std::max(tile.lastYear, last);
            tile.selected = tile.selected || i.data(SelectedRole).toBool();
            for (const QString &s : i.data(SectorIdsRole).toStringList()) {
                if (!tile.sectors.contains(s))
                    tile.sectors.append(s);
            }
        }
    }
    int maxCount = 0;
    for (const Tile &t : next)
        maxCount = std::max(maxCount, t.count);

    int top = m_grid.rows(), left = m_grid.cols(), bottom = -1, right = -1;
    for (size_t t = 0; t < next.size(); ++t) {
        if (next[t] == m_tiles[t])
            continue;
        const TileCell cell = m_grid.cellOf(m_grid.ids().at(qsizetype(t)));
        top = std::min(top, cell.row);
        bottom = std::max(bottom, cell.row);
        left = std::min(left, cell.col);
        right = std::max(right, cell.col);
    }
    m_tiles = std::move(next);
    if (maxCount != m_maxCount) {
        // Every heat level is relative to the maximum.
        m_maxCount = maxCount;
        if (m_grid.rows() > 0 && m_grid.cols() > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_grid.rows() - 1, m_grid.cols() - 1));
        Q_EMIT maxCountChanged(m_maxCount);
    } else if (bottom >= 0) {
        Q_EMIT dataChanged(index(top, left), index(bottom, right));
    }
}

void TileMapModel::retranslate()
{
    if (m_grid.rows() > 0 && m_grid.cols() > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_grid.rows() - 1, m_grid.cols() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

int TileMapModel::tileAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return m_tileOf.value(m_grid.idAt(index.row(), index.column()), -1);
}

QModelIndex TileMapModel::indexForPartner(const QString &partnerId) const
{
    const TileCell cell = m_grid.cellOf(partnerId);
    return cell.isValid() ? index(cell.row, cell.col) : QModelIndex();
}

QString TileMapModel::partnerAt(const QModelIndex &index) const
{
    const int t = tileAt(index);
    return t < 0 ? QString() : m_grid.ids().at(t);
}

int TileMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.rows();
}

int TileMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.cols();
}

Qt::ItemFlags TileMapModel::flags(const QModelIndex &index) const
{
    return tileAt(index) < 0 ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant TileMapModel::headerData(int, Qt::Orientation, int) const
{
    return {}; // rows and columns of a map have no names
}

QVariant TileMapModel::data(const QModelIndex &index, int role) const
{
    const int t = tileAt(index);
    if (t < 0)
        return {};
    const QString &id = m_grid.ids().at(t);
    const Entity *entity = m_entity[size_t(t)];
    const Tile &tile = m_tiles[size_t(t)];
    const bool chinese = m_language && m_language->isChinese();
    switch (role) {
    case Qt::DisplayRole: return entity ? entity->shortName(chinese) : id;
    case Qt::ToolTipRole: return toolTip(t, chinese);
    case IdRole:
    case PartnerIdRole: return id;
    case PartnerKindRole: return entity ? entity->kind : QString();
    case CountRole: return tile.count;
    case HeatLevelRole: return heatLevel(tile.count, m_maxCount);
    case FirstYearRole: return tile.firstYear;
    case LastYearRole: return tile.lastYear;
    case SectorIdsRole: return tile.sectors;
    case SelectedRole: return tile.selected;
    case SortRole: return tile.count;
    default: return {};
    }
}

QString TileMapModel::toolTip(int t, bool chinese) const
{
    const Entity *entity = m_entity[size_t(t)];
    const Tile &tile = m_tiles[size_t(t)];
    QStringList lines{entity ? entity->name(chinese) : m_grid.ids().at(t)};
    if (tile.count == 0) {
        lines.append(tr("No records under the current filter"));
        return lines.join(QLatin1Char('\n'));
    }
    lines.append(tr("%n record(s)", nullptr, tile.count));
    if (!tile.sectors.isEmpty()) {
        QStringList labels;
        for (const QString &s : tile.sectors) {
            const Category *c = Taxonomy::bundled().sector(s);
            labels.append(c ? c->label(chinese) : s);
        }
        //: %1 is a list of sectors of cooperation
        lines.append(tr("Sectors: %1").arg(labels.join(chinese ? QStringLiteral("、") : QStringLiteral(", "))));
    }
    if (tile.firstYear > 0 && tile.lastYear > tile.firstYear)
        lines.append(tr("Years: %1–%2").arg(tile.firstYear).arg(tile.lastYear));
    else if (tile.firstYear > 0)
        lines.append(tr("Year: %1").arg(tile.firstYear));
    return lines.join(QLatin1Char('\n'));
}

} // namespace cpe
