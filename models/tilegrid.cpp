#include "tilegrid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cpe {

const TileGrid &TileGrid::bundled()
{
    static const TileGrid instance = [] {
        TileGrid grid;
        QFile f(QStringLiteral(":/cpe/data/tilegrid.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !grid.loadJson(f.readAll(), &error))
            qFatal("bundled tile grid unusable: %s", qPrintable(error));
        return grid;
    }();
    return instance;
}

bool TileGrid::loadJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(parseError.errorString());
    const QJsonObject root = doc.object();
    const int rows = root.value(QLatin1String("rows")).toInt();
    const int cols = root.value(QLatin1String("cols")).toInt();
    // A sanity bound, not a design limit: a few hundred countries fit in far less.
    if (rows <= 0 || cols <= 0 || rows > 1000 || cols > 1000)
        return fail(QStringLiteral("rows and cols must be between 1 and 1000"));

    QList<QString> ids;
    QHash<QString, TileCell> cellOf;
    QList<QString> idAt(qsizetype(rows) * cols);
    for (const QJsonValue &v : root.value(QLatin1String("cells")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const TileCell cell{o.value(QLatin1String("row")).toInt(-1), o.value(QLatin1String("col")).toInt(-1)};
        if (id.isEmpty())
            return fail(QStringLiteral("cell without an id"));
        if (!cell.isValid() || cell.row >= rows || cell.col >= cols)
            return fail(QStringLiteral("%1: cell outside the grid").arg(id));
        if (cellOf.contains(id))
            return fail(QStringLiteral("%1: placed twice").arg(id));
        QString &slot = idAt[qsizetype(cell.row) * cols + cell.col];
        if (!slot.isEmpty())
            return fail(QStringLiteral("%1 and %2 share row %3, column %4").arg(slot, id).arg(cell.row).arg(cell.col));
        slot = id;
        cellOf.insert(id, cell);
        ids.append(id);
    }
    m_rows = rows;
    m_cols = cols;
    m_ids = std::move(ids);
    m_cellOf = std::move(cellOf);
    m_idAt = std::move(idAt);
    return true;
}

QString TileGrid::idAt(int row, int col) const
{
    if (row < 0 || col < 0 || row >= m_rows || col >= m_cols)
        return {};
    return m_idAt.at(qsizetype(row) * m_cols + col);
}

} // namespace cpe
