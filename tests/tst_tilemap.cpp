// The world tile-grid layout and TileMapModel, which lays per-partner counts onto it.
#include "gazetteer.h"
#include "roles.h"
#include "tilegrid.h"
#include "tilemapmodel.h"
#include "uilanguage.h"

#include <QAbstractItemModelTester>
#include <QAbstractListModel>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace cpe;

namespace {

// A stand-in for the per-partner aggregate model: one row per partner, roles on column 0.
class PartnerRows final : public QAbstractListModel
{
public:
    struct Row
    {
        QString id;
        int count = 0;
        int first = 0;
        int last = 0;
        QStringList sectors;
    };

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const Row &r = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return r.id;
        case PartnerIdRole: return r.id;
        case CountRole: return r.count;
        case FirstYearRole: return r.first;
        case LastYearRole: return r.last;
        case SectorIdsRole: return r.sectors;
        default: return {};
        }
    }

    void reset(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    void append(const Row &row)
    {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        endInsertRows();
    }
    void removeFirst()
    {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    void setCount(int row, int count)
    {
        m_rows[row].count = count;
        Q_EMIT dataChanged(index(row), index(row), {CountRole});
    }

private:
    QList<Row> m_rows;
};

// Whether a dataChanged() emission covers a cell.
bool covers(const QList<QVariant> &args, const QModelIndex &cell)
{
    const auto tl = args.at(0).value<QModelIndex>();
    const auto br = args.at(1).value<QModelIndex>();
    return tl.row() <= cell.row() && cell.row() <= br.row() && tl.column() <= cell.column() &&
           cell.column() <= br.column();
}

bool anyCovers(const QSignalSpy &spy, const QModelIndex &cell)
{
    for (const QList<QVariant> &args : spy) {
        if (covers(args, cell))
            return true;
    }
    return false;
}

} // namespace

class TstTileMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gridLoads();
    void everyCountryPlacedOnce();
    void roughlyGeographic_data();
    void roughlyGeographic();
    void rejectsBadLayouts();
    void heatLevels();
    void mapsCounts();
    void followsSourceChanges();
    void switchesLanguage();
};

void TstTileMap::gridLoads()
{
    const TileGrid &grid = TileGrid::bundled();
    QVERIFY(grid.rows() >= 15 && grid.rows() <= 40);
    QVERIFY(grid.cols() >= 25 && grid.cols() <= 50);
    QVERIFY(grid.size() >= 190);
    const TileCell usa = grid.cellOf(QStringLiteral("USA"));
    QVERIFY(usa.isValid());
    QCOMPARE(grid.idAt(usa.row, usa.col), QStringLiteral("USA"));
    QVERIFY(!grid.cellOf(QStringLiteral("EU")).isValid());
    QVERIFY(grid.idAt(-1, 0).isEmpty());
    QVERIFY(grid.idAt(grid.rows(), 0).isEmpty());
}

void TstTileMap::everyCountryPlacedOnce()
{
    const TileGrid &grid = TileGrid::bundled();
    const Gazetteer &gazetteer = Gazetteer::bundled();
    QSet<QString> ids;
    QSet<int> cells;
    for (const QString &id : grid.ids()) {
        const Entity *e = gazetteer.find(id);
        QVERIFY2(e, qPrintable(id));
        QVERIFY2(e->kind == QLatin1String("country") || e->kind == QLatin1String("self"), qPrintable(id));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        const TileCell c = grid.cellOf(id);
        QVERIFY(c.isValid() && c.row < grid.rows() && c.col < grid.cols());
        const int key = c.row * grid.cols() + c.col;
        QVERIFY2(!cells.contains(key), qPrintable(id));
        cells.insert(key);
    }
    int countries = 0;
    for (const Entity &e : gazetteer.entities()) {
        if (e.kind != QLatin1String("country"))
            continue;
        ++countries;
        QVERIFY2(ids.contains(e.id), qPrintable(e.id + QStringLiteral(" is not on the map")));
    }
    QVERIFY(countries >= 190);
    QVERIFY(ids.contains(QStringLiteral("CHN")));
}

void TstTileMap::roughlyGeographic_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("byColumn"); // a left of b; otherwise a above b
    const auto row = [](const char *a, const char *b, bool byColumn) {
        QTest::addRow("%s %s %s", a, byColumn ? "left of" : "above", b)
            << QString::fromLatin1(a) << QString::fromLatin1(b) << byColumn;
    };
    row("USA", "FRA", true);
    row("FRA", "CHN", true);
    row("BRA", "ZAF", true);
    row("DEU", "POL", true);
    row("IND", "JPN", true);
    row("CHN", "AUS", false);
    row("NOR", "ZAF", false);
    row("CAN", "USA", false);
    row("USA", "MEX", false);
    row("MEX", "BRA", false);
    row("FRA", "DZA", false);
    row("EGY", "KEN", false);
}

void TstTileMap::roughlyGeographic()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, byColumn);
    const TileGrid &grid = TileGrid::bundled();
    const TileCell ca = grid.cellOf(a), cb = grid.cellOf(b);
    QVERIFY(ca.isValid() && cb.isValid());
    if (byColumn)
        QVERIFY2(ca.col < cb.col, qPrintable(QStringLiteral("%1 col %2, %3 col %4").arg(a).arg(ca.col).arg(b).arg(cb.col)));
    else
        QVERIFY2(ca.row < cb.row, qPrintable(QStringLiteral("%1 row %2, %3 row %4").arg(a).arg(ca.row).arg(b).arg(cb.row)));
}

void TstTileMap::rejectsBadLayouts()
{
    TileGrid grid;
    QString error;
    QVERIFY(!grid.loadJson("not json", &error));
    QVERIFY(!grid.loadJson(R"({"rows": 2, "cols": 2, "cells": [{"id": "USA", "row": 0, "col": 0},
                                                               {"id": "CAN", "row": 0, "col": 0}]})", &error));
    QVERIFY2(error.contains(QLatin1String("share")), qPrintable(error));
    QVERIFY(!grid.loadJson(R"({"rows": 2, "cols": 2, "cells": [{"id": "USA", "row": 2, "col": 0}]})", &error));
    QVERIFY(!grid.loadJson(R"({"rows": 2, "cols": 2, "cells": [{"id": "USA", "row": 0, "col": 0},
                                                               {"id": "USA", "row": 1, "col": 1}]})", &error));
    QVERIFY(grid.loadJson(R"({"rows": 2, "cols": 3, "cells": [{"id": "USA", "row": 1, "col": 2}]})", &error));
    QCOMPARE(grid.idAt(1, 2), QStringLiteral("USA"));
    QCOMPARE(grid.size(), 1);
}

void TstTileMap::heatLevels()
{
    QCOMPARE(TileMapModel::heatLevel(0, 100), 0);
    QCOMPARE(TileMapModel::heatLevel(1, 100), 1);
    QCOMPARE(TileMapModel::heatLevel(100, 100), 5);
    QCOMPARE(TileMapModel::heatLevel(1, 1), 5);
    QCOMPARE(TileMapModel::heatLevel(10, 100), 3); // log scale: halfway in orders of magnitude
    int previous = 0;
    for (int c = 1; c <= 1000; ++c) { // never falls as the count grows
        const int level = TileMapModel::heatLevel(c, 1000);
        QVERIFY(level >= previous && level >= 1 && level <= 5);
        previous = level;
    }
}

void TstTileMap::mapsCounts()
{
    PartnerRows source;
    source.reset({{QStringLiteral("USA"), 100, 2015, 2023, {QStringLiteral("energy")}},
                  {QStringLiteral("BRA"), 10, 2019, 2019, {}},
                  {QStringLiteral("EU"), 50, 2016, 2022, {}}}); // a bloc: not on the map
    UiLanguage language;
    TileMapModel model(&source, &language);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const TileGrid &grid = TileGrid::bundled();
    QCOMPARE(model.rowCount(), grid.rows());
    QCOMPARE(model.columnCount(), grid.cols());
    QCOMPARE(model.maxCount(), 100);

    const QModelIndex usa = model.indexForPartner(QStringLiteral("USA"));
    QVERIFY(usa.isValid());
    QCOMPARE(model.partnerAt(usa), QStringLiteral("USA"));
    QCOMPARE(usa.data(PartnerIdRole).toString(), QStringLiteral("USA"));
    QCOMPARE(usa.data(CountRole).toInt(), 100);
    QCOMPARE(usa.data(HeatLevelRole).toInt(), 5);
    QCOMPARE(usa.data(FirstYearRole).toInt(), 2015);
    QCOMPARE(usa.data(Qt::DisplayRole).toString(), Gazetteer::bundled().find(QStringLiteral("USA"))->shortName(false));
    QVERIFY(usa.flags() & Qt::ItemIsSelectable);
    QVERIFY(usa.flags() & Qt::ItemIsEnabled);
    const QString tip = usa.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("100")) && tip.contains(QLatin1String("2015")) && tip.contains(QLatin1String("2023")),
             qPrintable(tip));

    const QModelIndex bra = model.indexForPartner(QStringLiteral("BRA"));
    QCOMPARE(bra.data(CountRole).toInt(), 10);
    QCOMPARE(bra.data(HeatLevelRole).toInt(), 3);

    const QModelIndex fra = model.indexForPartner(QStringLiteral("FRA"));
    QCOMPARE(fra.data(CountRole).toInt(), 0);
    QCOMPARE(fra.data(HeatLevelRole).toInt(), 0);
    QVERIFY(fra.flags() & Qt::ItemIsSelectable);

    QVERIFY(!model.indexForPartner(QStringLiteral("EU")).isValid());

    // Sea: no data, no flags. Find one empty cell.
    QModelIndex sea;
    for (int r = 0; r < model.rowCount() && !sea.isValid(); ++r) {
        for (int c = 0; c < model.columnCount() && !sea.isValid(); ++c) {
            if (grid.idAt(r, c).isEmpty())
                sea = model.index(r, c);
        }
    }
    QVERIFY(sea.isValid());
    QVERIFY(!sea.data(Qt::DisplayRole).isValid());
    QVERIFY(!sea.data(CountRole).isValid());
    QCOMPARE(sea.flags(), Qt::NoItemFlags);
    QVERIFY(model.partnerAt(sea).isEmpty());
}

void TstTileMap::followsSourceChanges()
{
    PartnerRows source;
    source.reset({{QStringLiteral("USA"), 100, 2015, 2023, {}}, {QStringLiteral("BRA"), 10, 2019, 2019, {}}});
    TileMapModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy maxChanged(&model, &TileMapModel::maxCountChanged);
    const QModelIndex usa = model.indexForPartner(QStringLiteral("USA"));
    const QModelIndex bra = model.indexForPartner(QStringLiteral("BRA"));
    const QModelIndex ken = model.indexForPartner(QStringLiteral("KEN"));

    source.setCount(1, 20); // BRA, maximum unchanged: only BRA's cell is reported
    QCOMPARE(bra.data(CountRole).toInt(), 20);
    QCOMPARE(changed.count(), 1);
    QVERIFY(covers(changed.first(), bra));
    QCOMPARE(maxChanged.count(), 0);

    changed.clear();
    source.append({QStringLiteral("KEN"), 5, 2020, 2021, {}});
    QCOMPARE(ken.data(CountRole).toInt(), 5);
    QVERIFY(anyCovers(changed, ken));

    changed.clear();
    source.removeFirst(); // USA goes: the maximum falls to 20 and every level moves
    QCOMPARE(usa.data(CountRole).toInt(), 0);
    QCOMPARE(model.maxCount(), 20);
    QCOMPARE(maxChanged.count(), 1);
    QCOMPARE(maxChanged.first().first().toInt(), 20);
    QVERIFY(anyCovers(changed, usa));
    QVERIFY(anyCovers(changed, ken));
    QCOMPARE(bra.data(HeatLevelRole).toInt(), 5);

    changed.clear();
    source.reset({});
    QCOMPARE(bra.data(CountRole).toInt(), 0);
    QCOMPARE(model.maxCount(), 0);
    QVERIFY(anyCovers(changed, bra));

    changed.clear();
    source.reset({}); // nothing changed, nothing reported
    QCOMPARE(changed.count(), 0);
}

void TstTileMap::switchesLanguage()
{
    PartnerRows source;
    source.reset({{QStringLiteral("DEU"), 3, 2018, 2020, {}}});
    UiLanguage language;
    TileMapModel model(&source, &language);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex deu = model.indexForPartner(QStringLiteral("DEU"));
    const Entity *germany = Gazetteer::bundled().find(QStringLiteral("DEU"));
    QVERIFY(germany);
    QCOMPARE(deu.data().toString(), germany->shortName(false));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    language.setLanguage(UiLanguage::Chinese);
    QCOMPARE(changed.count(), 1);
    QVERIFY(covers(changed.first(), model.index(0, 0)));
    QVERIFY(covers(changed.first(), model.index(model.rowCount() - 1, model.columnCount() - 1)));
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole) && roles.contains(Qt::ToolTipRole));
    QCOMPARE(deu.data().toString(), germany->shortName(true));
    QVERIFY(deu.data().toString() != germany->shortName(false));
    QVERIFY(deu.data(Qt::ToolTipRole).toString().contains(germany->name(true)));

    language.setLanguage(UiLanguage::English);
    QCOMPARE(deu.data().toString(), germany->shortName(false));
}

QTEST_GUILESS_MAIN(TstTileMap)
#include "tst_tilemap.moc"
