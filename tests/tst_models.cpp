// The model layer: record store, filter engine and every item model, on a generated store and
// on the engine's output for the bundled articles. Each model and proxy runs under
// QAbstractItemModelTester; aggregates are checked against a brute-force recount.

#include "articlereader.h"
#include "articletablemodel.h"
#include "engine.h"
#include "filterengine.h"
#include "filterstate.h"
#include "modelrecount.h"
#include "partneraggregatemodel.h"
#include "partnershipfiltermodel.h"
#include "partnershiptablemodel.h"
#include "pledgefiltermodel.h"
#include "pledgetablemodel.h"
#include "recordgenerator.h"
#include "recordstore.h"
#include "roles.h"
#include "sectorcountmodel.h"
#include "uilanguage.h"
#include "yearcountmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace cpe;

namespace {

// One window's worth of models over one store, each under a tester.
struct Models
{
    RecordStore store;
    FilterState filter;
    UiLanguage language;
    FilterEngine engine{&store, &filter};
    ArticleTableModel articles{&store, &language};
    PartnershipTableModel partnerships{&store, &language};
    PledgeTableModel pledges{&store, &language};
    PartnershipFilterModel filtered{&engine, &language};
    PledgeFilterModel filteredPledges{&engine, &language};
    PartnerAggregateModel partners{&engine, &language};
    YearCountModel years{&engine, &language};
    SectorCountModel sectors{&engine, &language};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    Models()
    {
        for (QAbstractItemModel *m : all())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    QList<QAbstractItemModel *> all()
    {
        return {&articles, &partnerships, &pledges, &filtered, &filteredPledges, &partners, &years, &sectors};
    }
};

LoadedBatch loadBundled()
{
    LoadedBatch batch;
    const ReadResult read = ArticleReader().readPath(ArticleReader::bundledCorpusPath());
    for (const Article &a : read.articles)
        batch.append(LoadedArticle{a, Engine::bundled().extract(a)});
    return batch;
}

QSet<int> recordsOf(const QAbstractItemModel &m)
{
    QSet<int> out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.insert(m.index(row, 0).data(RecordIndexRole).toInt());
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// SortRole values compare as numbers or as strings, as QVariant does.
bool lessThan(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString)
        return a.toString() < b.toString();
    return a.toDouble() < b.toDouble();
}

void verifySortedBy(const QAbstractItemModel &m, int column, Qt::SortOrder order)
{
    for (int row = 1; row < m.rowCount(); ++row) {
        const QVariant prev = m.index(row - 1, column).data(SortRole);
        const QVariant cur = m.index(row, column).data(SortRole);
        const bool wrong = order == Qt::AscendingOrder ? lessThan(cur, prev) : lessThan(prev, cur);
        if (wrong)
            QFAIL(qPrintable(QStringLiteral("column %1 out of order at row %2").arg(column).arg(row)));
    }
}

// Every number the aggregate models show, against the recount.
void verifyAggregates(Models &m)
{
    const recount::Expected e = recount::recount(m.store, m.filter);
    QCOMPARE(m.filtered.rowCount(), e.partnerships.size());
    QCOMPARE(recordsOf(m.filtered), e.partnerships);
    QCOMPARE(recordsOf(m.filteredPledges), e.pledges);

    QCOMPARE(m.partners.rowCount(), e.partners.size());
    for (int row = 0; row < m.partners.rowCount(); ++row) {
        const QString id = m.partners.index(row, 0).data(PartnerIdRole).toString();
        QVERIFY2(e.partners.contains(id), qPrintable(id));
        const recount::Partner &p = e.partners[id];
        const auto cell = [&](PartnerColumn c) { return m.partners.index(row, column(c)).data(); };
        QCOMPARE(cell(PartnerColumn::Records).toInt(), p.records);
        QCOMPARE(cell(PartnerColumn::Pledges).toInt(), p.pledges);
        QCOMPARE(cell(PartnerColumn::FirstYear).toInt(), p.firstYear);
        QCOMPARE(cell(PartnerColumn::LastYear).toInt(), p.lastYear);
        QCOMPARE(sorted(m.partners.index(row, 0).data(SectorIdsRole).toStringList()),
                 sorted(QStringList(p.sectors.cbegin(), p.sectors.cend())));
    }

    QCOMPARE(m.years.rowCount(), recount::storeYears(m.store).size());
    for (int row = 0; row < m.years.rowCount(); ++row) {
        const int year = m.years.index(row, column(YearColumn::Year)).data().toInt();
        QCOMPARE(year, recount::storeYears(m.store).at(row));
        QCOMPARE(m.years.index(row, column(YearColumn::Partnerships)).data().toInt(),
                 e.yearPartnerships.value(year));
        QCOMPARE(m.years.index(row, column(YearColumn::Pledges)).data().toInt(), e.yearPledges.value(year));
        const QVariantList bySector = m.years.index(row, 0).data(SectorCountsRole).toList();
        QCOMPARE(bySector.size(), Taxonomy::bundled().sectors().size());
        for (int k = 0; k < bySector.size(); ++k)
            QCOMPARE(bySector.at(k).toInt(), e.yearSectors.value(year).value(k));
    }

    QCOMPARE(m.sectors.rowCount(), Taxonomy::bundled().sectors().size());
    for (int k = 0; k < m.sectors.rowCount(); ++k) {
        QCOMPARE(m.sectors.index(k, column(SectorColumn::Records)).data().toInt(), e.sectorRecords.at(k));
        QCOMPARE(m.sectors.index(k, column(SectorColumn::Partners)).data().toInt(), e.sectorPartners.at(k).size());
    }
}

QSet<QString> toSet(const QStringList &l)
{
    return QSet<QString>(l.cbegin(), l.cend());
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Models> m_gen;  // 5,000 generated partnerships
    std::unique_ptr<Models> m_real; // the engine's records from the bundled articles

private Q_SLOTS:
    void initTestCase()
    {
        m_gen = std::make_unique<Models>();
        GeneratorOptions options;
        options.partnerships = 5000;
        options.partners = 60;
        options.seed = 7;
        generateRecords(m_gen->store, options);
        m_real = std::make_unique<Models>();
        m_real->store.appendArticles(loadBundled());
        m_real->engine.flush();
        QVERIFY(m_real->store.partnershipCount() > 0);
    }

    void generatorIsDeterministic()
    {
        const auto fingerprint = [](quint32 seed) {
            RecordStore s;
            GeneratorOptions options;
            options.partnerships = 2000;
            options.seed = seed;
            generateRecords(s, options);
            QStringList out;
            for (int i = 0; i < s.partnershipCount(); i += 7)
                out.append(s.partner(s.partnershipPartner(i)).id + QString::number(s.partnershipYear(i))
                           + s.partnershipEvidenceText(i).toString());
            return out;
        };
        QCOMPARE(fingerprint(3), fingerprint(3));
        QVERIFY(fingerprint(3) != fingerprint(4));
    }

    void generatedRecordsAreConsistent()
    {
        const RecordStore &s = m_gen->store;
        QCOMPARE(s.partnershipCount(), 5000);
        QCOMPARE(s.pledgeCount(), 500);
        QVERIFY(s.partnerCount() >= 60);
        for (int i = 0; i < s.partnershipCount(); i += 13) {
            const PartnerInfo &p = s.partner(s.partnershipPartner(i));
            QVERIFY2(s.partnershipEvidenceText(i).contains(p.nameEn), qPrintable(p.id));
            QVERIFY(Gazetteer::bundled().find(p.id));
            QVERIFY(s.partnershipSectors(i) != 0);
        }
    }

    // The store keeps what the engine found: a record read back equals the extracted one.
    void storeRoundTripsEngineRecords()
    {
        const LoadedBatch batch = loadBundled();
        const RecordStore &s = m_real->store;
        int i = 0;
        for (const LoadedArticle &a : batch) {
            for (const Partnership &p : a.extraction.partnerships) {
                const Partnership back = s.partnership(i++);
                QCOMPARE(back.partnerId, p.partnerId);
                QCOMPARE(back.articleId, p.articleId);
                QCOMPARE(toSet(back.sectors), toSet(p.sectors));
                QCOMPARE(back.kind, p.kind);
                QCOMPARE(back.stage, p.stage);
                QCOMPARE(back.date.toIso(), p.date.toIso());
                QCOMPARE(back.date.basis, p.date.basis);
                QCOMPARE(back.cues, p.cues);
                QCOMPARE(back.evidence.size(), p.evidence.size());
                for (int n = 0; n < p.evidence.size(); ++n)
                    QCOMPARE(back.evidence.at(n).text, p.evidence.at(n).text);
            }
        }
        QCOMPARE(i, s.partnershipCount());
    }

    void filterCombinations_data()
    {
        QTest::addColumn<bool>("real");
        QTest::addColumn<QStringList>("partners");
        QTest::addColumn<int>("fromYear");
        QTest::addColumn<int>("toYear");
        QTest::addColumn<QStringList>("sectors");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("empty");
        const QStringList none;
        const QString noQuery;
        QTest::newRow("no filter") << false << none << 0 << 0 << none << none << noQuery << false;
        QTest::newRow("years") << false << none << 2000 << 2010 << none << none << noQuery << false;
        QTest::newRow("one year") << false << none << 2015 << 2015 << none << none << noQuery << false;
        QTest::newRow("open start") << false << none << 0 << 1995 << none << none << noQuery << false;
        QTest::newRow("open end") << false << none << 2020 << 0 << none << none << noQuery << false;
        QTest::newRow("partner") << false << QStringList{QStringLiteral("AFG")} << 0 << 0 << none << none << noQuery << false;
        QTest::newRow("partners+years") << false << QStringList{QStringLiteral("AFG"), QStringLiteral("ALB")}
                                        << 2005 << 2024 << none << none << noQuery << false;
        QTest::newRow("sector") << false << none << 0 << 0 << QStringList{QStringLiteral("ccus")} << none << noQuery << false;
        QTest::newRow("sectors any") << false << none << 0 << 0
                                     << QStringList{QStringLiteral("finance"), QStringLiteral("transport")} << none << noQuery << false;
        QTest::newRow("pledge kind") << false << none << 0 << 0 << none << QStringList{QStringLiteral("net_zero")} << noQuery << false;
        QTest::newRow("query name") << false << none << 0 << 0 << none << none << QStringLiteral("afghan") << false;
        QTest::newRow("query chinese") << false << none << 0 << 0 << none << none << QStringLiteral("阿富汗") << false;
        QTest::newRow("query sector label") << false << none << 0 << 0 << none << none << QStringLiteral("碳市场") << false;
        QTest::newRow("query evidence") << false << none << 0 << 0 << none << none << QStringLiteral("FORUM ON") << false;
        QTest::newRow("everything") << false << QStringList{QStringLiteral("AFG"), QStringLiteral("AGO"), QStringLiteral("ALB")}
                                    << 1990 << 2020 << QStringList{QStringLiteral("finance"), QStringLiteral("ccus")}
                                    << QStringList{QStringLiteral("net_zero")} << QStringLiteral("in") << false;
        QTest::newRow("empty result") << false << QStringList{QStringLiteral("NO_SUCH")} << 0 << 0 << none << none << noQuery << true;
        QTest::newRow("empty years") << false << none << 1800 << 1801 << none << none << noQuery << true;
        QTest::newRow("real: no filter") << true << none << 0 << 0 << none << none << noQuery << false;
        QTest::newRow("real: years") << true << none << 2015 << 2023 << none << none << noQuery << false;
        QTest::newRow("real: sector") << true << none << 0 << 0 << QStringList{QStringLiteral("clean_energy")} << none << noQuery << false;
        QTest::newRow("real: query") << true << none << 0 << 0 << none << none << QStringLiteral("energy") << false;
        QTest::newRow("real: partner") << true << QStringList{QStringLiteral("USA"), QStringLiteral("EU")} << 0 << 0 << none << none << noQuery << false;
    }

    void filterCombinations()
    {
        QFETCH(bool, real);
        QFETCH(QStringList, partners);
        QFETCH(int, fromYear);
        QFETCH(int, toYear);
        QFETCH(QStringList, sectors);
        QFETCH(QStringList, kinds);
        QFETCH(QString, query);
        QFETCH(bool, empty);
        Models &m = real ? *m_real : *m_gen;
        m.filter.clear();
        m.filter.setPartners(toSet(partners));
        m.filter.setYearRange(fromYear, toYear);
        m.filter.setSectors(toSet(sectors));
        m.filter.setPledgeKinds(toSet(kinds));
        m.filter.setQuery(query);
        verifyAggregates(m);
        QCOMPARE(m.filtered.rowCount() == 0, empty);
        // A year change alone takes the engine's fast path: it must agree with the recount too.
        m.filter.setYearRange(fromYear ? fromYear + 1 : 2010, toYear ? toYear : 2018);
        verifyAggregates(m);
        m.filter.clear();
    }

    void filterChangeSignals()
    {
        Models &m = *m_gen;
        m.filter.clear();
        QSignalSpy filteredReset(&m.filtered, &QAbstractItemModel::modelReset);
        QSignalSpy pledgesReset(&m.filteredPledges, &QAbstractItemModel::modelReset);
        QSignalSpy partnersReset(&m.partners, &QAbstractItemModel::modelReset);
        QSignalSpy yearsReset(&m.years, &QAbstractItemModel::modelReset);
        QSignalSpy yearsChanged(&m.years, &QAbstractItemModel::dataChanged);
        QSignalSpy sectorsChanged(&m.sectors, &QAbstractItemModel::dataChanged);
        QSignalSpy tableReset(&m.partnerships, &QAbstractItemModel::modelReset);
        m.filter.setYearRange(2001, 2012);
        QCOMPARE(filteredReset.size(), 1);
        QCOMPARE(pledgesReset.size(), 1);
        QCOMPARE(partnersReset.size(), 1);
        QCOMPARE(yearsReset.size(), 0); // the axis stays: counts change in place
        QCOMPARE(yearsChanged.size(), 1);
        QCOMPARE(yearsChanged.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(yearsChanged.first().at(1).value<QModelIndex>().row(), m.years.rowCount() - 1);
        QCOMPARE(sectorsChanged.size(), 1);
        QCOMPARE(tableReset.size(), 0); // the unfiltered table does not follow the filter
        m.filter.setYearRange(2001, 2012); // no change, no signals
        QCOMPARE(filteredReset.size(), 1);
        m.filter.setSectors({QStringLiteral("ccus")});
        QCOMPARE(filteredReset.size(), 2);
        QCOMPARE(yearsChanged.size(), 2);
        m.filter.clear();
    }

    void languageSwitch()
    {
        Models &m = *m_gen;
        m.filter.clear();
        const int afgRow = m.partners.rowOfPartner(QStringLiteral("AFG"));
        QVERIFY(afgRow >= 0);
        const QModelIndex name = m.partners.index(afgRow, column(PartnerColumn::Partner));
        QCOMPARE(name.data().toString(), Gazetteer::bundled().find(QStringLiteral("AFG"))->nameEn);

        QSignalSpy headers(&m.filtered, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&m.filtered, &QAbstractItemModel::dataChanged);
        QSignalSpy partnerCells(&m.partners, &QAbstractItemModel::dataChanged);
        QSignalSpy sectorCells(&m.sectors, &QAbstractItemModel::dataChanged);
        QSignalSpy yearHeaders(&m.years, &QAbstractItemModel::headerDataChanged);
        QSignalSpy yearCells(&m.years, &QAbstractItemModel::dataChanged);
        m.language.setLanguage(UiLanguage::Chinese);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(yearHeaders.size(), 1);
        QCOMPARE(yearCells.size(), 0); // numbers only: nothing to translate
        QVERIFY(!cells.isEmpty());
        // Names, and the dates and numbers the default QLocale writes.
        const QSet<int> translated{column(PartnershipColumn::Partner), column(PartnershipColumn::Kind),
                                   column(PartnershipColumn::Sectors), column(PartnershipColumn::Date),
                                   column(PartnershipColumn::Stage),
                                   column(PartnershipColumn::Confidence)};
        for (const QList<QVariant> &args : cells) {
            const QModelIndex from = args.at(0).value<QModelIndex>(), to = args.at(1).value<QModelIndex>();
            for (int c = from.column(); c <= to.column(); ++c)
                QVERIFY2(translated.contains(c), qPrintable(QString::number(c)));
        }
        QVERIFY(!partnerCells.isEmpty());
        QCOMPARE(sectorCells.size(), 1);
        QCOMPARE(name.data().toString(), QStringLiteral("阿富汗"));
        QCOMPARE(m.sectors.index(1, 0).data().toString(), QStringLiteral("碳市场"));
        QCOMPARE(m.filtered.index(0, column(PartnershipColumn::Partner)).data().toString(),
                 m.store.partner(m.store.partnershipPartner(m.filtered.recordAt(0))).nameZh);
        // Raw values do not change with the language.
        QCOMPARE(name.data(SortRole).toString(), QStringLiteral("AFG"));
        m.language.setLanguage(UiLanguage::English);
        QCOMPARE(name.data().toString(), Gazetteer::bundled().find(QStringLiteral("AFG"))->nameEn);
    }

    void sortByRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < column(PartnershipColumn::Count); ++c) {
            QTest::addRow("column %d asc", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("column %d desc", c) << c << int(Qt::DescendingOrder);
        }
    }

    void sortByRawValues()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        Models &m = *m_gen;
        m.filter.clear();
        m.filter.setSectors({QStringLiteral("finance")});
        const QSet<int> before = recordsOf(m.filtered);
        const QPersistentModelIndex kept = m.filtered.index(5, 0);
        const int keptRecord = kept.data(RecordIndexRole).toInt();
        m.filtered.sort(column, Qt::SortOrder(order));
        verifySortedBy(m.filtered, column, Qt::SortOrder(order));
        QCOMPARE(recordsOf(m.filtered), before);
        QCOMPARE(kept.data(RecordIndexRole).toInt(), keptRecord); // selections follow the record
        // Under a sort, filter changes keep the order and still match the recount.
        m.filter.setYearRange(1995, 2015);
        verifySortedBy(m.filtered, column, Qt::SortOrder(order));
        verifyAggregates(m);
        if (column < int(PledgeColumn::Count)) {
            m.filteredPledges.sort(column, Qt::SortOrder(order));
            verifySortedBy(m.filteredPledges, column, Qt::SortOrder(order));
            m.filteredPledges.sort(-1);
        }
        m.partners.sort(column % int(PartnerColumn::Count), Qt::SortOrder(order));
        verifySortedBy(m.partners, column % int(PartnerColumn::Count), Qt::SortOrder(order));
        m.filtered.sort(-1);
        m.partners.sort(-1);
        m.filter.clear();
    }

    // Batches from a loader arrive as row inserts; the filtered side catches up in one go.
    void appendArticlesInsertsRows()
    {
        Models m;
        const LoadedBatch all = loadBundled();
        QSignalSpy aboutToInsert(&m.partnerships, &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy inserted(&m.partnerships, &QAbstractItemModel::rowsInserted);
        QSignalSpy articlesInserted(&m.articles, &QAbstractItemModel::rowsInserted);
        QSignalSpy tableReset(&m.partnerships, &QAbstractItemModel::modelReset);
        int expected = 0;
        for (const LoadedArticle &a : all) {
            const int before = m.partnerships.rowCount();
            m.store.appendArticles({a});
            const int added = int(a.extraction.partnerships.size());
            expected += added;
            QCOMPARE(m.partnerships.rowCount(), expected);
            if (added) {
                QCOMPARE(inserted.last().at(1).toInt(), before);
                QCOMPARE(inserted.last().at(2).toInt(), before + added - 1);
            }
        }
        QCOMPARE(articlesInserted.size(), all.size());
        QCOMPARE(aboutToInsert.size(), inserted.size());
        QVERIFY(inserted.size() > 0);
        QCOMPARE(tableReset.size(), 0);
        QCOMPARE(m.filtered.rowCount(), 0); // coalesced: not yet recomputed
        QTRY_COMPARE(m.filtered.rowCount(), expected);
        verifyAggregates(m);
        m.store.clear();
        QCOMPARE(m.partnerships.rowCount(), 0);
        QCOMPARE(m.filtered.rowCount(), 0);
        QCOMPARE(m.years.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
