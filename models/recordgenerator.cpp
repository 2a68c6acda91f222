#include "recordgenerator.h"

#include "gazetteer.h"
#include "recordstore.h"
#include "taxonomy.h"

#include <QList>
#include <QString>
#include <algorithm>
#include <QtAlgorithms>
#include <vector>
#include <cmath>
#include <limits>

namespace cpe {

namespace {

// splitmix64: identical on every platform, unlike the distributions of <random>.
class Rng final
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int bound) { return int(next() % quint64(bound)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state = 0;
};

struct Kind
{
    const char *id;
    const char *phrase; // what the sentence says was done
};

const Kind Kinds[] = {
    {"joint_statement", "issued a joint statement on"}, {"mou", "signed a memorandum on"},
    {"working_group", "set up a working group on"},     {"dialogue", "held a dialogue on"},
    {"forum", "co-hosted a forum on"},                  {"project", "launched a project on"},
    {"training", "ran a training programme on"},        {"agreement", "signed an agreement on"},
    {"research", "started joint research on"},          {"visit", "exchanged visits on"},
    {"cooperation", "agreed to cooperate on"},
};
const char *const Stages[] = {"intent", "agreed", "signed", "under_way", "completed"};
const int TargetYears[] = {2020, 2025, 2030, 2035, 2040, 2050, 2060};
const char *const Units[] = {"%", "GW", "USD", "USD/year", "tCO2e", "m3"};
const char *const Statuses[] = {"", "declared", "policy", "law"};

// The partners records name: countries first, then blocs and organisations, in gazetteer
// order, so the set is fixed for a given gazetteer.
QList<int> partnerEntities(int wanted)
{
    const QList<Entity> &all = Gazetteer::bundled().entities();
    QList<int> countries, others;
    for (int i = 0; i < int(all.size()); ++i) {
        const Entity &e = all.at(i);
        if (!e.canBePartner())
            continue;
        if (e.kind == QLatin1String("country"))
            countries.append(i);
        else if (e.kind == QLatin1String("bloc") || e.kind == QLatin1String("organisation"))
            others.append(i);
    }
    // Roughly three countries for every organisation, as in the news.
    const int orgs = std::min(int(others.size()), wanted / 4);
    QList<int> out = countries.mid(0, wanted - orgs);
    out += others.mid(0, wanted - int(out.size()));
    return out;
}

} // namespace

void generateRecords(RecordStore &store, const GeneratorOptions &options)
{
    const int n = std::max(0, options.partnerships);
    const int pledges = options.pledges < 0 ? n / 10 : options.pledges;
    const int perArticle = std::max(1, options.recordsPerArticle);
    const int articles = std::max(1, (n + pledges + perArticle - 1) / perArticle);
    const int years = std::max(1, options.years);
    Rng rng(options.seed);

    store.clear();
    RecordStore::Writer writer(store);
    writer.reserve(articles, n, pledges);

    const QList<Entity> &entities = Gazetteer::bundled().entities();
    const QList<int> partners = partnerEntities(std::max(1, options.partners));
    QList<int> partnerIds;
    QList<QString> partnerNames;
    QList<quint32> partnerCues;
    for (int e : partners) {
        partnerIds.append(store.internPartner(entities.at(e).id));
        partnerNames.append(entities.at(e).nameEn);
        partnerCues.append(quint32(store.internCue(QStringLiteral("alias:") + entities.at(e).id)));
    }
    const QList<Category> &sectors = Taxonomy::bundled().sectors();
    const int sectorCount = std::min(16, int(sectors.size()));
    QList<quint32> sectorCues;
    for (int s = 0; s < sectorCount; ++s)
        sectorCues.append(quint32(store.internCue(QStringLiteral("sector:") + sectors.at(s).id)));
    QList<int> kindIds, stageIds, unitIds, statusIds;
    for (const Kind &k : Kinds)
        kindIds.append(store.internPartnershipKind(QLatin1String(k.id)));
    for (const char *s : Stages)
        stageIds.append(store.internStage(QLatin1String(s)));
    for (const char *u : Units)
        unitIds.append(store.internUnit(QLatin1String(u)));
    for (const char *s : Statuses)
        statusIds.append(store.internStatus(QLatin1String(s)));
    const QList<Category> &pledgeKinds = Taxonomy::bundled().pledgeKinds();
    const int china = store.internPartner(QStringLiteral("CHN"));
    const quint8 metadata = quint8(store.internDateBasis(QStringLiteral("metadata")));
    const quint8 event = quint8(store.internDateBasis(QStringLiteral("event")));

    // Partners follow a steep curve (a few partners dominate, as in the news) and later years
    // carry more records, so filters see realistic skew rather than uniform noise.
    const auto pickPartner = [&] {
        const double u = rng.unit();
        return std::min(int(partners.size()) - 1, int(double(partners.size()) * u * u));
    };
    const auto pickYear = [&] {
        return options.firstYear + std::min(years - 1, int(double(years) * std::sqrt(rng.unit())));
    };

    struct Planned { int partner; quint16 sectors; int kind; int year; Span span; };
    struct PlannedPledge { int actor; int kind; int target; Span span; };
    std::vector<Planned> planned;
    std::vector<PlannedPledge> plannedPledges;
    Article article;
    article.format = QStringLiteral("synthetic");
    article.encoding = QStringLiteral("UTF-8");
    article.language = QStringLiteral("en");
    QString text;
    for (int a = 0; a < articles; ++a) {
        const int p0 = int(qint64(n) * a / articles), p1 = int(qint64(n) * (a + 1) / articles);
        const int l0 = int(qint64(pledges) * a / articles);
        const int l1 = int(qint64(pledges) * (a + 1) / articles);
        const int year = pickYear();
        DateInfo date;
        date.year = year;
        date.month = 1 + rng.below(12);
        date.day = 1 + rng.below(28);
        date.precision = DatePrecision::Day;
        date.basis = QStringLiteral("metadata");

        // The text first (records index into it), then the records.
        text.clear();
        planned.clear();
        for (int r = p0; r < p1; ++r) {
            Planned p;
            p.partner = pickPartner();
            p.kind = rng.below(int(std::size(Kinds)));
            const int s1 = rng.below(sectorCount), s2 = rng.below(sectorCount);
            p.sectors = quint16((1u << s1) | (rng.below(2) ? (1u << s2) : 0u));
            p.year = rng.below(5) == 0 ? std::max(options.firstYear, year - 1 - rng.below(3)) : year;
            p.span.start = qint32(text.size());
            text += QStringLiteral("China and ") + partnerNames.at(p.partner) + QLatin1Char(' ')
                + QLatin1String(Kinds[p.kind].phrase) + QLatin1Char(' ') + sectors.at(s1).en
                + QStringLiteral(" in ") + QString::number(p.year) + QLatin1Char('.');
            p.span.end = qint32(text.size());
            text += QLatin1Char(' ');
            planned.push_back(p);
        }
        plannedPledges.clear();
        for (int l = l0; l < l1; ++l) {
            PlannedPledge p;
            p.actor = rng.below(3) == 0 ? -1 : pickPartner();
            p.kind = rng.below(int(pledgeKinds.size()));
            p.target = TargetYears[rng.below(int(std::size(TargetYears)))];
            p.span.start = qint32(text.size());
            text += (p.actor < 0 ? QStringLiteral("China") : partnerNames.at(p.actor))
                + QStringLiteral(" pledged ") + pledgeKinds.at(p.kind).en + QStringLiteral(" by ")
                + QString::number(p.target) + QLatin1Char('.');
            p.span.end = qint32(text.size());
            text += QLatin1Char(' ');
            plannedPledges.push_back(p);
        }
        article.id = QStringLiteral("syn-%1").arg(a);
        article.title = QStringLiteral("Synthetic climate news %1").arg(a);
        article.text = text;
        writer.addArticle(article, date);

        for (const Planned &p : planned) {
            DateExtra extra;
            const bool sameYear = p.year == year;
            extra.month = sameYear ? quint8(date.month) : 0;
            extra.day = sameYear ? quint8(date.day) : 0;
            extra.precision = quint8(sameYear ? DatePrecision::Day : DatePrecision::Year);
            extra.basis = sameYear ? metadata : event;
            const int s = int(qCountTrailingZeroBits(unsigned(p.sectors)));
            const quint32 cues[] = {partnerCues.at(p.partner), sectorCues.at(s)};
            writer.addPartnership(partnerIds.at(p.partner), p.sectors, kindIds.at(p.kind),
                                  stageIds.at(rng.below(int(stageIds.size()))), p.year, extra,
                                  float(0.5 + 0.5 * rng.unit()), p.span, cues, 2);
        }
        for (const PlannedPledge &p : plannedPledges) {
            const bool hasAmount = rng.below(2) == 0;
            const double amount = hasAmount ? double(1 + rng.below(1000))
                                            : std::numeric_limits<double>::quiet_NaN();
            DateExtra extra;
            extra.month = quint8(date.month);
            extra.day = quint8(date.day);
            extra.precision = quint8(DatePrecision::Day);
            extra.basis = metadata;
            writer.addPledge(p.actor < 0 ? china : partnerIds.at(p.actor), p.kind, p.target,
                             rng.below(4) == 0 ? 2005 : 0, amount,
                             hasAmount ? unitIds.at(rng.below(int(unitIds.size()))) : 0,
                             statusIds.at(rng.below(int(statusIds.size()))), year, extra,
                             float(0.5 + 0.5 * rng.unit()), p.span, nullptr, 0);
        }
    }
}

} // namespace cpe
