#include "recordstore.h"

#include <limits>

// Replacing one article's records in the middle of the columns: the path a user's correction
// takes. The columns stay contiguous per article (the reader and the per-article ranges rely
// on it), so the article's slice is cut out and the new records spliced in its place.

namespace cpe {

namespace {

template <typename T>
void splice(std::vector<T> &v, size_t begin, size_t end, const std::vector<T> &insert)
{
    v.erase(v.begin() + qsizetype(begin), v.begin() + qsizetype(end));
    v.insert(v.begin() + qsizetype(begin), insert.begin(), insert.end());
}

// A CSR pair: offsets[i] .. offsets[i + 1] index `data` for record i. Records [begin, end) are
// replaced by the records of (insertOffsets, insertData), whose offsets start at 0.
template <typename T>
void spliceCsr(std::vector<quint32> &offsets, std::vector<T> &data, size_t begin, size_t end,
               const std::vector<quint32> &insertOffsets, const std::vector<T> &insertData)
{
    const quint32 dataBegin = offsets[begin];
    const quint32 dataEnd = offsets[end];
    splice(data, dataBegin, dataEnd, insertData);
    const qint64 delta = qint64(insertData.size()) - qint64(dataEnd - dataBegin);
    std::vector<quint32> out(offsets.begin(), offsets.begin() + qsizetype(begin) + 1);
    out.reserve(offsets.size() + insertOffsets.size());
    for (size_t i = 1; i < insertOffsets.size(); ++i)
        out.push_back(dataBegin + insertOffsets[i]);
    for (size_t i = end + 1; i < offsets.size(); ++i)
        out.push_back(quint32(qint64(offsets[i]) + delta));
    offsets = std::move(out);
}

void spliceCommon(CommonColumns &c, size_t begin, size_t end, const CommonColumns &insert)
{
    splice(c.article, begin, end, insert.article);
    splice(c.year, begin, end, insert.year);
    splice(c.date, begin, end, insert.date);
    splice(c.confidence, begin, end, insert.confidence);
    spliceCsr(c.evidenceBegin, c.evidence, begin, end, insert.evidenceBegin, insert.evidence);
    spliceCsr(c.cueBegin, c.cues, begin, end, insert.cueBegin, insert.cues);
}

void shiftRanges(std::vector<quint32> &ranges, int article, qint64 delta)
{
    for (size_t i = size_t(article) + 1; i < ranges.size(); ++i)
        ranges[i] = quint32(qint64(ranges[i]) + delta);
}

} // namespace

LoadedArticle RecordStore::loadedArticle(int a) const
{
    LoadedArticle out;
    out.article = article(a);
    out.extraction.date = articleDate(a);
    for (int i = articlePartnershipBegin(a); i < articlePartnershipEnd(a); ++i)
        out.extraction.partnerships.append(partnership(i));
    for (int i = articlePledgeBegin(a); i < articlePledgeEnd(a); ++i)
        out.extraction.pledges.append(pledge(i));
    return out;
}

void RecordStore::replaceArticleRecords(int a, const ArticleExtraction &x)
{
    Q_ASSERT(a >= 0 && a < articleCount());
    if (a < 0 || a >= articleCount())
        return;
    Q_EMIT aboutToBeReset();

    CommonColumns p;
    std::vector<quint16> partner, sectors, kind, stage;
    for (const Partnership &r : x.partnerships) {
        p.article.push_back(a);
        p.year.push_back(qint16(r.date.year));
        p.date.push_back(compactDate(r.date));
        p.confidence.push_back(float(r.confidence));
        appendEvidence(p, r.evidence, a);
        appendCues(p, r.cues);
        partner.push_back(quint16(internPartner(r.partnerId)));
        sectors.push_back(sectorMask(r.sectors));
        kind.push_back(quint16(m_kinds.intern(r.kind)));
        stage.push_back(quint16(m_stages.intern(r.stage)));
    }
    const size_t pBegin = m_articlePartnerships[size_t(a)];
    const size_t pEnd = m_articlePartnerships[size_t(a) + 1];
    spliceCommon(m_p, pBegin, pEnd, p);
    splice(m_pPartner, pBegin, pEnd, partner);
    splice(m_pSectors, pBegin, pEnd, sectors);
    splice(m_pKind, pBegin, pEnd, kind);
    splice(m_pStage, pBegin, pEnd, stage);
    shiftRanges(m_articlePartnerships, a, qint64(partner.size()) - qint64(pEnd - pBegin));

    CommonColumns l;
    std::vector<quint16> actor, pledgeKind, unit, status;
    std::vector<qint16> target, base;
    std::vector<double> amount;
    for (const Pledge &r : x.pledges) {
        l.article.push_back(a);
        l.year.push_back(qint16(r.date.year ? r.date.year : m_articleYear[size_t(a)]));
        l.date.push_back(compactDate(r.date));
        l.confidence.push_back(float(r.confidence));
        appendEvidence(l, r.evidence, a);
        appendCues(l, r.cues);
        actor.push_back(quint16(internPartner(r.actorId)));
        pledgeKind.push_back(quint16(internPledgeKind(r.kind)));
        target.push_back(qint16(r.targetYear));
        base.push_back(qint16(r.baseYear));
        amount.push_back(r.amount ? *r.amount : std::numeric_limits<double>::quiet_NaN());
        unit.push_back(quint16(m_units.intern(r.unit)));
        status.push_back(quint16(m_statuses.intern(r.status)));
    }
    const size_t lBegin = m_articlePledges[size_t(a)];
    const size_t lEnd = m_articlePledges[size_t(a) + 1];
    spliceCommon(m_l, lBegin, lEnd, l);
    splice(m_lActor, lBegin, lEnd, actor);
    splice(m_lKind, lBegin, lEnd, pledgeKind);
    splice(m_lTargetYear, lBegin, lEnd, target);
    splice(m_lBaseYear, lBegin, lEnd, base);
    splice(m_lAmount, lBegin, lEnd, amount);
    splice(m_lUnit, lBegin, lEnd, unit);
    splice(m_lStatus, lBegin, lEnd, status);
    shiftRanges(m_articlePledges, a, qint64(actor.size()) - qint64(lEnd - lBegin));

    Q_EMIT wasReset();
    Q_EMIT changed();
}

} // namespace cpe
