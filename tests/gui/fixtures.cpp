#include "fixtures.h"

#include "roles.h"

#include <QStandardItemModel>

using namespace cpe;

namespace {

void addRow(QStandardItemModel *model, const QVariantList &display)
{
    QList<QStandardItem *> items;
    for (int c = 0; c < model->columnCount(); ++c) {
        auto *item = new QStandardItem;
        if (c < display.size())
            item->setData(display.at(c), Qt::DisplayRole);
        items.append(item);
    }
    model->appendRow(items);
}

} // namespace

QString Fixtures::articleText()
{
    return QStringLiteral("BEIJING, March 4 (Xinhua) -- Officials met on Monday.\n\n"
                          "China and the U.S. agreed to cooperate on carbon capture (CCS) "
                          "projects.\nMore talks are planned.");
}

QString Fixtures::evidenceText()
{
    return QStringLiteral("China and the U.S. agreed to cooperate on carbon capture (CCS) projects.");
}

void Fixtures::setRowData(QStandardItemModel *model, int row, int role, const QVariant &value)
{
    for (int c = 0; c < model->columnCount(); ++c)
        model->item(row, c)->setData(value, role);
}

Fixtures::Fixtures()
{
    // A 3×4 tile grid: USA, DEU and FRA have tiles, the rest is sea.
    tileMap = new QStandardItemModel(3, 4, &owner);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 4; ++c)
            tileMap->setItem(r, c, new QStandardItem);
    const struct
    {
        int row, col;
        const char *label, *id;
        int count, heat;
    } tiles[] = {{0, 0, "USA", "USA", 5, 3}, {1, 2, "DEU", "DEU", 1, 1}, {2, 3, "FRA", "FRA", 0, 0}};
    for (const auto &t : tiles) {
        QStandardItem *item = tileMap->item(t.row, t.col);
        item->setData(QString::fromLatin1(t.label), Qt::DisplayRole);
        item->setData(QString::fromLatin1(t.id), PartnerIdRole);
        item->setData(t.count, CountRole);
        item->setData(t.heat, HeatLevelRole);
    }

    partners = new QStandardItemModel(0, column(PartnerColumn::Count), &owner);
    const struct
    {
        const char *name, *id, *kind;
        int records;
    } partnerRows[] = {{"United States", "USA", "country", 5},
                       {"Germany", "DEU", "country", 1},
                       {"European Union", "EU", "bloc", 3},
                       {"UN Development Programme", "UNDP", "organisation", 2}};
    for (const auto &p : partnerRows) {
        addRow(partners, {QString::fromLatin1(p.name), p.records});
        const int row = partners->rowCount() - 1;
        setRowData(partners, row, PartnerIdRole, QString::fromLatin1(p.id));
        setRowData(partners, row, PartnerKindRole, QString::fromLatin1(p.kind));
    }

    sectors = new QStandardItemModel(0, column(SectorColumn::Count), &owner);
    const char *sectorRows[][2] = {{"energy", "Clean energy"}, {"ccus", "Carbon capture"},
                                   {"forest", "Forests"}};
    const int sectorRecords[] = {6, 4, 0};
    for (int i = 0; i < 3; ++i) {
        addRow(sectors, {QString::fromLatin1(sectorRows[i][1]), sectorRecords[i], 1});
        setRowData(sectors, i, IdRole, QString::fromLatin1(sectorRows[i][0]));
    }

    years = new QStandardItemModel(0, column(YearColumn::Count), &owner);
    const int yearRows[][4] = {// year, partnerships, pledges, of which ccus
                               {2015, 2, 0, 1}, {2016, 1, 1, 0}, {2017, 0, 0, 0},
                               {2018, 4, 2, 2}, {2020, 3, 0, 1}};
    for (const auto &y : yearRows) {
        addRow(years, {y[0], y[1], y[2]});
        const int row = years->rowCount() - 1;
        setRowData(years, row, YearRole, y[0]);
        setRowData(years, row, SectorCountsRole, QVariantList{y[1] - y[3], y[3], 0});
    }

    articles = new QStandardItemModel(0, 1, &owner);
    for (int i = 0; i < 2; ++i) {
        addRow(articles, {QStringLiteral("Article %1").arg(i)});
        setRowData(articles, i, ArticleIdRole, QStringLiteral("a%1").arg(i));
        setRowData(articles, i, TitleRole, QStringLiteral("Headline number %1").arg(i));
        setRowData(articles, i, SourceRole, QStringLiteral("Xinhua"));
        setRowData(articles, i, DateIsoRole, QStringLiteral("2018-03-04"));
        setRowData(articles, i, DateBasisRole, QStringLiteral("dateline"));
        setRowData(articles, i, DateCueRole, QStringLiteral("BEIJING, March 4"));
        setRowData(articles, i, ArticleTextRole,
                   i == 1 ? articleText() : QStringLiteral("Another article."));
    }

    partnerships = new QStandardItemModel(0, column(PartnershipColumn::Count), &owner);
    const struct
    {
        const char *partner, *id, *kind, *kindId;
        int year;
    } records[] = {{"Germany", "DEU", "Dialogue", "dialogue", 2015},
                   {"United States", "USA", "Cooperation", "cooperation", 2018},
                   {"United States", "USA", "MoU", "mou", 2018},
                   {"European Union", "EU", "Forum", "forum", 2018},
                   {"United States", "USA", "Project", "project", 2018},
                   {"UN Development Programme", "UNDP", "Training", "training", 2018},
                   {"United States", "USA", "Visit", "visit", 2020}};
    const int start = int(articleText().indexOf(evidenceText()));
    for (const auto &r : records) {
        addRow(partnerships, {QString::fromLatin1(r.partner), QString::fromLatin1(r.kind),
                              QStringLiteral("Carbon capture"), QString::number(r.year)});
        const int row = partnerships->rowCount() - 1;
        setRowData(partnerships, row, PartnerIdRole, QString::fromLatin1(r.id));
        setRowData(partnerships, row, KindRole, QString::fromLatin1(r.kindId));
        setRowData(partnerships, row, YearRole, r.year);
        setRowData(partnerships, row, ArticleIndexRole, 1);
        setRowData(partnerships, row, ArticleIdRole, QStringLiteral("a1"));
        setRowData(partnerships, row, EvidenceStartRole, start);
        setRowData(partnerships, row, EvidenceEndRole, start + int(evidenceText().size()));
        setRowData(partnerships, row, EvidenceTextRole, evidenceText());
        setRowData(partnerships, row, ConfidenceRole, 0.8);
        setRowData(partnerships, row, CuesRole,
                   QStringList{QStringLiteral("alias:U.S."), QStringLiteral("coop:cooperate"),
                               QStringLiteral("sector:ccus:CCS"),
                               QStringLiteral("kind:") + QString::fromLatin1(r.kindId)});
    }

    pledges = new QStandardItemModel(0, column(PledgeColumn::Count), &owner);
    const struct
    {
        const char *actor, *kind;
        int target;
    } pledgeRows[] = {{"China", "Carbon neutrality", 2060}, {"China", "Emissions peak", 2030}};
    for (const auto &p : pledgeRows) {
        addRow(pledges, {QString::fromLatin1(p.actor), QString::fromLatin1(p.kind), p.target});
        const int row = pledges->rowCount() - 1;
        pledges->item(row, column(PledgeColumn::TargetYear))->setData(p.target, SortRole);
        setRowData(pledges, row, ArticleIndexRole, 0);
        setRowData(pledges, row, EvidenceStartRole, 0);
        setRowData(pledges, row, EvidenceEndRole, 7);
    }
}

Fixtures::~Fixtures() = default;

ExplorerModels Fixtures::models()
{
    ExplorerModels m;
    m.partnerships = partnerships;
    m.pledges = pledges;
    m.partners = partners;
    m.years = years;
    m.sectors = sectors;
    m.articles = articles;
    m.tileMap = tileMap;
    m.filter = &filter;
    m.language = &language;
    return m;
}
