#pragma once

#include <Qt>

namespace cpe {

// Item data roles shared by every model of the explorer. Views sort and filter on these raw
// values (ids, years as numbers), never on the translated display text.
enum Role : int {
    IdRole = Qt::UserRole + 1, // stable id of the row: partner id, sector id, record index...
    SortRole,                  // raw value to sort the column by (number or untranslated id)
    RecordIndexRole,           // int: index of the record in the RecordStore
    ArticleIndexRole,          // int: index of the article in the RecordStore
    ArticleIdRole,             // QString
    PartnerIdRole,             // QString gazetteer id ("USA", "EU", "UNDP")
    PartnerKindRole,           // QString gazetteer kind ("country", "bloc"...)
    SectorIdsRole,             // QStringList of taxonomy sector ids
    PledgeKindRole,            // QString taxonomy pledge kind id
    YearRole,                  // int, 0 when unknown
    CountRole,                 // int: records under the current filter
    FirstYearRole,             // int
    LastYearRole,              // int
    ConfidenceRole,            // double 0..1
    EvidenceStartRole,         // int, UTF-16 offset into the article text
    EvidenceEndRole,           // int
    EvidenceTextRole,          // QString: the source sentence
    SectorCountsRole,          // QVariantList of int, one per taxonomy sector (stacked charts)
    SelectedRole,              // bool: the partner is in the filter's partner selection
    ArticleTextRole,           // QString: the article body (ArticleTableModel)
    TitleRole,                 // QString: article title
    SourceRole,                // QString: article source (outlet), may be empty
    UrlRole,                   // QString
    DateIsoRole,               // QString "YYYY[-MM[-DD]]" of the record or article
    DateBasisRole,             // QString: "metadata", "dateline", "event", "inferred"
    DateCueRole,               // QString: the text or rule that decided the date
    CuesRole,                  // QStringList: why a record was extracted ("alias:U.S."...)
    StageRole,                 // QString stage id ("signed", "intent"...)
    KindRole,                  // QString record kind id ("mou", "forum"...)
    LanguageRole,              // QString article language code ("en", "zh")
    AmountRole,                // double, or invalid when the pledge states no amount
    UnitRole,                  // QString pledge unit ("USD/year", "%", "GW"...)
    BaseYearRole,              // int, 0 when none
    StatusRole,                // QString pledge status ("declared", "policy", "law")
    HeatLevelRole,             // int 0..5: colour step of a map tile (0: on the map, no records)
};

// Columns of ArticleTableModel.
enum class ArticleColumn : int { Title, Date, Source, Language, Partnerships, Pledges, Count };
// Columns of PartnershipTableModel (and of its filtered view).
enum class PartnershipColumn : int { Partner, Kind, Sectors, Date, Stage, Confidence, Article, Evidence, Count };
// Columns of PledgeTableModel.
enum class PledgeColumn : int { Actor, Kind, TargetYear, Amount, Unit, Status, Article, Evidence, Count };
// Columns of PartnerAggregateModel: one row per partner with records under the filter.
enum class PartnerColumn : int { Partner, Records, Sectors, FirstYear, LastYear, Pledges, Count };
// Columns of YearCountModel: one row per year; per-sector counts in SectorCountsRole.
enum class YearColumn : int { Year, Partnerships, Pledges, Count };
// Columns of SectorCountModel: one row per taxonomy sector.
enum class SectorColumn : int { Sector, Records, Partners, Count };

constexpr int column(ArticleColumn c) { return static_cast<int>(c); }
constexpr int column(PartnershipColumn c) { return static_cast<int>(c); }
constexpr int column(PledgeColumn c) { return static_cast<int>(c); }
constexpr int column(PartnerColumn c) { return static_cast<int>(c); }
constexpr int column(YearColumn c) { return static_cast<int>(c); }
constexpr int column(SectorColumn c) { return static_cast<int>(c); }

} // namespace cpe
