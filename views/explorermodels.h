#pragma once

class QAbstractItemModel;

namespace cpe {

class FilterState;
class UiLanguage;

// The models one explorer window shows, as the views see them: plain item models read through
// the roles and columns of roles.h. The application owns them; the window only borrows them.
struct ExplorerModels
{
    QAbstractItemModel *partnerships = nullptr; // filtered partnerships (PartnershipColumn)
    QAbstractItemModel *pledges = nullptr;      // filtered pledges (PledgeColumn)
    QAbstractItemModel *partners = nullptr;     // one row per partner (PartnerColumn)
    QAbstractItemModel *years = nullptr;        // one row per year (YearColumn)
    QAbstractItemModel *sectors = nullptr;      // one row per taxonomy sector (SectorColumn)
    QAbstractItemModel *articles = nullptr;     // row = article index (ArticleTextRole...)
    QAbstractItemModel *tileMap = nullptr;      // world tile grid (PartnerIdRole, HeatLevelRole)
    FilterState *filter = nullptr;
    UiLanguage *language = nullptr;
};

} // namespace cpe
