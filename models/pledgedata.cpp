#include "recorddata.h"
#include "recordstore.h"
#include "roles.h"
#include "sortkeys.h"

namespace cpe {

namespace {

using Col = PledgeColumn;

QString amountText(const RecordStore &s, int i)
{
    return s.pledgeHasAmount(i) ? RecordText::amount(s.pledgeAmount(i)) : QString();
}

// Pledges without an amount sort before every stated amount (amounts are not negative).
double amountKey(const RecordStore &s, int i)
{
    return s.pledgeHasAmount(i) ? s.pledgeAmount(i) : -1.0;
}

} // namespace

QVariant pledgeHeader(int section, int role)
{
    if (role != Qt::DisplayRole)
        return {};
    switch (Col(section)) {
    case Col::Actor:
        return QCoreApplication::translate("cpe::PledgeTableModel", "Actor",
                                           "column: who made the pledge");
    case Col::Kind:
        return QCoreApplication::translate("cpe::PledgeTableModel", "Pledge",
                                           "column: kind of pledge (peak, neutrality…)");
    case Col::TargetYear: return QCoreApplication::translate("cpe::PledgeTableModel", "Target year");
    case Col::Amount:
        return QCoreApplication::translate("cpe::PledgeTableModel", "Amount",
                                           "column: the number pledged");
    case Col::Unit:
        return QCoreApplication::translate("cpe::PledgeTableModel", "Unit",
                                           "column: unit of the amount");
    case Col::Status:
        return QCoreApplication::translate("cpe::PledgeTableModel", "Status",
                                           "column: declared, policy or law");
    case Col::Article:
        return QCoreApplication::translate("cpe::PledgeTableModel", "Article",
                                           "column: title of the source article");
    case Col::Evidence:
        return QCoreApplication::translate("cpe::PledgeTableModel", "Evidence",
                                           "column: the sentence the record comes from");
    case Col::Count: break;
    }
    return {};
}

QVariant pledgeData(const RecordStore &s, const UiLanguage *language, int i, int column, int role)
{
    const bool zh = isChinese(language);
    const Col col = Col(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (col) {
        case Col::Actor: return s.partner(s.pledgeActor(i)).name(zh);
        case Col::Kind: return s.pledgeKindLabel(s.pledgeKind(i), zh);
        case Col::TargetYear:
            return s.pledgeTargetYear(i) ? QString::number(s.pledgeTargetYear(i)) : QString();
        case Col::Amount: return amountText(s, i);
        case Col::Unit: return RecordText::unit(s.pledgeUnit(i));
        case Col::Status: return RecordText::pledgeStatus(s.pledgeStatus(i));
        case Col::Article: return s.articleTitle(s.pledgeArticle(i));
        case Col::Evidence: return s.pledgeEvidenceText(i).toString();
        case Col::Count: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (col == Col::Amount || col == Col::TargetYear)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (col) {
        case Col::Actor: return s.partner(s.pledgeActor(i)).id;
        case Col::Kind: return s.pledgeKindId(s.pledgeKind(i));
        case Col::TargetYear: return s.pledgeTargetYear(i);
        case Col::Amount: return amountKey(s, i);
        case Col::Unit: return s.pledgeUnit(i);
        case Col::Status: return s.pledgeStatus(i);
        case Col::Article: return s.pledgeArticle(i);
        case Col::Evidence: return s.pledgeEvidenceText(i).toString();
        case Col::Count: break;
        }
        return {};
    case IdRole:
    case RecordIndexRole: return i;
    case ArticleIndexRole: return s.pledgeArticle(i);
    case ArticleIdRole: return s.articleId(s.pledgeArticle(i));
    case TitleRole: return s.articleTitle(s.pledgeArticle(i));
    case SourceRole: return s.articleSource(s.pledgeArticle(i));
    case UrlRole: return s.articleUrl(s.pledgeArticle(i));
    case PartnerIdRole: return s.partner(s.pledgeActor(i)).id;
    case PartnerKindRole: return s.partner(s.pledgeActor(i)).kind;
    case PledgeKindRole: return s.pledgeKindId(s.pledgeKind(i));
    case YearRole: return s.pledgeTargetYear(i);
    case BaseYearRole: return s.pledgeBaseYear(i);
    case AmountRole: return s.pledgeHasAmount(i) ? QVariant(s.pledgeAmount(i)) : QVariant();
    case UnitRole: return s.pledgeUnit(i);
    case StatusRole: return s.pledgeStatus(i);
    case ConfidenceRole: return double(s.pledgeConfidence(i));
    case EvidenceStartRole: return s.pledgeEvidence(i).start;
    case EvidenceEndRole: return s.pledgeEvidence(i).end;
    case EvidenceTextRole: return s.pledgeEvidenceText(i).toString();
    case DateIsoRole: return s.pledgeDate(i).toIso();
    case DateBasisRole: return s.pledgeDate(i).basis;
    case DateCueRole: return s.pledgeDate(i).cue;
    case CuesRole: return s.pledgeCues(i);
    default: return {};
    }
}

std::vector<int> sortedPledges(const RecordStore &s, int column, Qt::SortOrder order)
{
    const int n = s.pledgeCount();
    switch (Col(column)) {
    case Col::Actor: {
        const std::vector<int> rank = textRanks(s.partnerCount(), [&](int p) { return s.partner(p).id; });
        return sortByNumber(n, [&](int i) { return double(rank[size_t(s.pledgeActor(i))]); }, order);
    }
    case Col::Kind: {
        const std::vector<int> rank = textRanks(s.pledgeKindCount(), [&](int k) { return s.pledgeKindId(k); });
        return sortByNumber(n, [&](int i) { return double(rank[size_t(s.pledgeKind(i))]); }, order);
    }
    case Col::TargetYear:
        return sortByNumber(n, [&](int i) { return double(s.pledgeTargetYear(i)); }, order);
    case Col::Amount:
        return sortByNumber(n, [&](int i) { return amountKey(s, i); }, order);
    case Col::Unit:
        return sortByText(n, [&](int i) { return QStringView(s.pledgeUnit(i)); }, order);
    case Col::Status:
        return sortByText(n, [&](int i) { return QStringView(s.pledgeStatus(i)); }, order);
    case Col::Article:
        return sortByNumber(n, [&](int i) { return double(s.pledgeArticle(i)); }, order);
    case Col::Evidence:
        return sortByText(n, [&](int i) { return s.pledgeEvidenceText(i); }, order);
    case Col::Count: break;
    }
    return sortByNumber(n, [](int i) { return double(i); }, order);
}

} // namespace cpe
