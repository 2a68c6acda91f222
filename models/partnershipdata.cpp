#include "recorddata.h"
#include "recordstore.h"
#include "roles.h"
#include "sortkeys.h"
#include "taxonomy.h"

namespace cpe {

namespace {

using Col = PartnershipColumn;

QString firstSectorId(quint16 mask)
{
    if (!mask)
        return QString();
    return Taxonomy::bundled().sectors().at(int(qCountTrailingZeroBits(quint32(mask)))).id;
}

int dateKey(const DateInfo &d)
{
    return d.year * 10000 + d.month * 100 + d.day;
}

} // namespace

QVariant partnershipHeader(int section, int role)
{
    if (role != Qt::DisplayRole)
        return {};
    switch (Col(section)) {
    case Col::Partner: return QCoreApplication::translate("cpe::PartnershipTableModel", "Partner");
    case Col::Kind:
        return QCoreApplication::translate("cpe::PartnershipTableModel", "Kind",
                                           "column: kind of partnership (MoU, forum…)");
    case Col::Sectors: return QCoreApplication::translate("cpe::PartnershipTableModel", "Sectors");
    case Col::Date:
        return QCoreApplication::translate("cpe::PartnershipTableModel", "Date",
                                           "column: when the partnership happened");
    case Col::Stage:
        return QCoreApplication::translate(
            "cpe::PartnershipTableModel", "Stage",
            "column: how far the partnership has got (intent … completed)");
    case Col::Confidence:
        return QCoreApplication::translate("cpe::PartnershipTableModel", "Confidence",
                                           "column: how sure the extraction is");
    case Col::Article:
        return QCoreApplication::translate("cpe::PartnershipTableModel", "Article",
                                           "column: title of the source article");
    case Col::Evidence:
        return QCoreApplication::translate("cpe::PartnershipTableModel", "Evidence",
                                           "column: the sentence the record comes from");
    case Col::Count: break;
    }
    return {};
}

QVariant partnershipData(const RecordStore &store, const UiLanguage *language, int i,
                         int column, int role)
{
    const bool zh = isChinese(language);
    const Col col = Col(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (col) {
        case Col::Partner: return store.partner(store.partnershipPartner(i)).name(zh);
        case Col::Kind: return RecordText::partnershipKind(store.partnershipKindId(store.partnershipKind(i)));
        case Col::Sectors: return sectorLabels(store.partnershipSectors(i), zh);
        case Col::Date: return RecordText::date(store.partnershipDate(i).toIso());
        case Col::Stage: return RecordText::stage(store.stageId(store.partnershipStage(i)));
        case Col::Confidence: return RecordText::number(double(store.partnershipConfidence(i)), 2);
        case Col::Article: return store.articleTitle(store.partnershipArticle(i));
        case Col::Evidence: return store.partnershipEvidenceText(i).toString();
        case Col::Count: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (col == Col::Confidence)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (col) {
        case Col::Partner: return store.partner(store.partnershipPartner(i)).id;
        case Col::Kind: return store.partnershipKindId(store.partnershipKind(i));
        case Col::Sectors: return firstSectorId(store.partnershipSectors(i));
        case Col::Date: return dateKey(store.partnershipDate(i));
        case Col::Stage: return RecordText::stageRank(store.stageId(store.partnershipStage(i)));
        case Col::Confidence: return double(store.partnershipConfidence(i));
        case Col::Article: return store.partnershipArticle(i);
        case Col::Evidence: return store.partnershipEvidenceText(i).toString();
        case Col::Count: break;
        }
        return {};
    case IdRole:
    case RecordIndexRole: return i;
    case ArticleIndexRole: return store.partnershipArticle(i);
    case ArticleIdRole: return store.articleId(store.partnershipArticle(i));
    case TitleRole: return store.articleTitle(store.partnershipArticle(i));
    case SourceRole: return store.articleSource(store.partnershipArticle(i));
    case UrlRole: return store.articleUrl(store.partnershipArticle(i));
    case PartnerIdRole: return store.partner(store.partnershipPartner(i)).id;
    case PartnerKindRole: return store.partner(store.partnershipPartner(i)).kind;
    case SectorIdsRole: return RecordStore::sectorIds(store.partnershipSectors(i));
    case KindRole: return store.partnershipKindId(store.partnershipKind(i));
    case StageRole: return store.stageId(store.partnershipStage(i));
    case YearRole: return store.partnershipYear(i);
    case ConfidenceRole: return double(store.partnershipConfidence(i));
    case EvidenceStartRole: return store.partnershipEvidence(i).start;
    case EvidenceEndRole: return store.partnershipEvidence(i).end;
    case EvidenceTextRole: return store.partnershipEvidenceText(i).toString();
    case DateIsoRole: return store.partnershipDate(i).toIso();
    case DateBasisRole: return store.partnershipDate(i).basis;
    case DateCueRole: return store.partnershipDate(i).cue;
    case CuesRole: return store.partnershipCues(i);
    default: return {};
    }
}

std::vector<int> sortedPartnerships(const RecordStore &s, int column, Qt::SortOrder order)
{
    const int n = s.partnershipCount();
    switch (Col(column)) {
    case Col::Partner: {
        const std::vector<int> rank = textRanks(s.partnerCount(), [&](int p) { return s.partner(p).id; });
        return sortByNumber(n, [&](int i) { return double(rank[size_t(s.partnershipPartner(i))]); }, order);
    }
    case Col::Kind: {
        const std::vector<int> rank =
            textRanks(s.partnershipKindCount(), [&](int k) { return s.partnershipKindId(k); });
        return sortByNumber(n, [&](int i) { return double(rank[size_t(s.partnershipKind(i))]); }, order);
    }
    case Col::Sectors: {
        const QList<Category> &sectors = Taxonomy::bundled().sectors();
        const std::vector<int> rank =
            textRanks(int(sectors.size()), [&](int k) { return sectors.at(k).id; });
        return sortByNumber(n, [&](int i) {
            const quint16 mask = s.partnershipSectors(i);
            return mask ? double(rank[qCountTrailingZeroBits(quint32(mask))]) : -1.0;
        }, order);
    }
    case Col::Date:
        return sortByNumber(n, [&](int i) { return double(dateKey(s.partnershipDate(i))); }, order);
    case Col::Stage: {
        std::vector<int> rank(size_t(s.stageCount()));
        for (int k = 0; k < s.stageCount(); ++k)
            rank[size_t(k)] = RecordText::stageRank(s.stageId(k));
        return sortByNumber(n, [&](int i) { return double(rank[size_t(s.partnershipStage(i))]); }, order);
    }
    case Col::Confidence:
        return sortByNumber(n, [&](int i) { return double(s.partnershipConfidence(i)); }, order);
    case Col::Article:
        return sortByNumber(n, [&](int i) { return double(s.partnershipArticle(i)); }, order);
    case Col::Evidence:
        return sortByText(n, [&](int i) { return s.partnershipEvidenceText(i); }, order);
    case Col::Count: break;
    }
    return sortByNumber(n, [](int i) { return double(i); }, order);
}

} // namespace cpe
