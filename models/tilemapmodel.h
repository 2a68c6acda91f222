#pragma once

#include "gazetteer.h"
#include "tilegrid.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

#include <vector>

namespace cpe {

class UiLanguage;

// The world tile-grid map as a table: one cell per grid square, a country where the layout
// (TileGrid) puts one, sea elsewhere. Numbers come from a per-partner source model (one row
// per partner: PartnerIdRole, CountRole, FirstYearRole, LastYearRole, SectorIdsRole,
// SelectedRole on column 0); partners that are not on the map are ignored here and shown
// elsewhere. The source is re-read whenever it changes; only cells whose values changed are
// reported, except when the largest count changes, which recolours the whole map.
//
// Country cells: DisplayRole (short name in the interface language), ToolTipRole, IdRole and
// PartnerIdRole, PartnerKindRole, CountRole (0 without records), HeatLevelRole (0..5),
// FirstYearRole, LastYearRole, SectorIdsRole, SelectedRole. Sea cells hold no data and have
// no flags.
class TileMapModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileMapModel)
public:
    explicit TileMapModel(QAbstractItemModel *source, const UiLanguage *language = nullptr,
                          const Gazetteer &gazetteer = Gazetteer::bundled(),
                          const TileGrid &grid = TileGrid::bundled(), QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source);
    QAbstractItemModel *sourceModel() const { return m_source; }
    const TileGrid &grid() const { return m_grid; }

    // The largest count of any country on the map; the top of the colour legend.
    int maxCount() const { return m_maxCount; }
    // Colour step of a count on a log scale: 0 for none, 1 for a single record, 5 for the
    // maximum. Log, because a few partners (the US, the EU) have far more records than most.
    static int heatLevel(int count, int maxCount);
    static constexpr int kHeatLevels = 6;

    // Invalid when the partner is not on the map.
    QModelIndex indexForPartner(const QString &partnerId) const;
    // Empty for sea and invalid indexes.
    QString partnerAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void maxCountChanged(int maxCount);

private:
    struct Tile
    {
        int count = 0;
        int firstYear = 0;
        int lastYear = 0;
        bool selected = false;
        QStringList sectors;
        bool operator==(const Tile &o) const
        {
            return count == o.count && firstYear == o.firstYear && lastYear == o.lastYear &&
                   selected == o.selected && sectors == o.sectors;
        }
        bool operator!=(const Tile &o) const { return !(*this == o); }
    };

    void refresh();
    void retranslate();
    int tileAt(const QModelIndex &index) const; // index into m_grid.ids(), -1 for sea
    QString toolTip(int tile, bool chinese) const;

    const Gazetteer &m_gazetteer;
    const TileGrid &m_grid;
    const UiLanguage *m_language = nullptr;
    QPointer<QAbstractItemModel> m_source;
    QList<QMetaObject::Connection> m_sourceConnections;
    QHash<QString, int> m_tileOf;        // country id -> index into m_grid.ids()
    std::vector<const Entity *> m_entity; // per tile, null if the gazetteer lacks the id
    std::vector<Tile> m_tiles;
    int m_maxCount = 0;
};

} // namespace cpe
