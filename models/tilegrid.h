#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace cpe {

// A cell of the world tile-grid map.
struct TileCell
{
    int row = -1;
    int col = -1;
    bool isValid() const { return row >= 0 && col >= 0; }
};

// The layout of the world tile-grid map (resources/data/tilegrid.json): every country one
// square, roughly where it lies. The layout is data, made by tools/make_tilegrid.py, so the
// map can be redrawn without touching code.
class TileGrid
{
public:
    // The bundled layout (":/cpe/data/tilegrid.json"), loaded once.
    static const TileGrid &bundled();

    // Refuses a layout with cells outside the grid, two countries in one cell or one
    // country twice; *error says which.
    bool loadJson(const QByteArray &json, QString *error);

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    int size() const { return int(m_ids.size()); }

    // Country ids in the order of the file.
    const QList<QString> &ids() const { return m_ids; }
    // Invalid cell when the id is not on the map.
    TileCell cellOf(const QString &id) const { return m_cellOf.value(id); }
    // Empty when the cell is sea.
    QString idAt(int row, int col) const;

private:
    int m_rows = 0;
    int m_cols = 0;
    QList<QString> m_ids;
    QHash<QString, TileCell> m_cellOf;
    QList<QString> m_idAt; // row * m_cols + col -> id, empty for sea
};

} // namespace cpe
