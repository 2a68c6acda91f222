#include "recordstore.h"

// The bulk path: generators and importers write straight into the columns, and the models
// see one reset at the end instead of a signal per row.

namespace cpe {

RecordStore::Writer::Writer(RecordStore &store)
    : m_store(store)
{
    Q_EMIT m_store.aboutToBeReset();
}

RecordStore::Writer::~Writer()
{
    Q_EMIT m_store.wasReset();
    Q_EMIT m_store.changed();
}

void RecordStore::Writer::reserve(qsizetype articles, qsizetype partnerships, qsizetype pledges)
{
    RecordStore &s = m_store;
    const size_t a = size_t(articles), p = size_t(partnerships), l = size_t(pledges);
    for (auto *v : {&s.m_articleId, &s.m_articlePath, &s.m_articleTitle, &s.m_articleSource,
                    &s.m_articleUrl, &s.m_articleText})
        v->reserve(v->size() + a);
    for (auto *v : {&s.m_articleLanguage, &s.m_articleFormat, &s.m_articleEncoding,
                    &s.m_articlePartnerships, &s.m_articlePledges})
        v->reserve(v->size() + a);
    s.m_articleYear.reserve(s.m_articleYear.size() + a);
    s.m_articleDate.reserve(s.m_articleDate.size() + a);
    s.m_p.reserve(s.m_p.size() + partnerships);
    for (auto *v : {&s.m_pPartner, &s.m_pSectors, &s.m_pKind, &s.m_pStage})
        v->reserve(v->size() + p);
    s.m_l.reserve(s.m_l.size() + pledges);
    for (auto *v : {&s.m_lActor, &s.m_lKind, &s.m_lUnit, &s.m_lStatus})
        v->reserve(v->size() + l);
    s.m_lTargetYear.reserve(s.m_lTargetYear.size() + l);
    s.m_lBaseYear.reserve(s.m_lBaseYear.size() + l);
    s.m_lAmount.reserve(s.m_lAmount.size() + l);
}

int RecordStore::Writer::addArticle(const Article &article, const DateInfo &date)
{
    return m_store.appendArticle(article, date);
}

void RecordStore::Writer::addPartnership(int partner, quint16 sectors, int kind, int stage,
                                         int year, const DateExtra &date, float confidence,
                                         Span evidence, const quint32 *cues, int cueCount)
{
    RecordStore &s = m_store;
    Q_ASSERT(!s.m_articleId.empty());
    s.m_p.article.push_back(qint32(s.m_articleId.size() - 1));
    s.m_p.year.push_back(qint16(year));
    s.m_p.date.push_back(date);
    s.m_p.confidence.push_back(confidence);
    s.m_p.evidence.push_back(evidence);
    s.m_p.evidenceBegin.push_back(quint32(s.m_p.evidence.size()));
    s.m_p.cues.insert(s.m_p.cues.end(), cues, cues + cueCount);
    s.m_p.cueBegin.push_back(quint32(s.m_p.cues.size()));
    s.m_pPartner.push_back(quint16(partner));
    s.m_pSectors.push_back(sectors);
    s.m_pKind.push_back(quint16(kind));
    s.m_pStage.push_back(quint16(stage));
    ++s.m_articlePartnerships.back();
}

void RecordStore::Writer::addPledge(int actor, int kind, int targetYear, int baseYear,
                                    double amount, int unit, int status, int year,
                                    const DateExtra &date, float confidence, Span evidence,
                                    const quint32 *cues, int cueCount)
{
    RecordStore &s = m_store;
    Q_ASSERT(!s.m_articleId.empty());
    s.m_l.article.push_back(qint32(s.m_articleId.size() - 1));
    s.m_l.year.push_back(qint16(year));
    s.m_l.date.push_back(date);
    s.m_l.confidence.push_back(confidence);
    s.m_l.evidence.push_back(evidence);
    s.m_l.evidenceBegin.push_back(quint32(s.m_l.evidence.size()));
    s.m_l.cues.insert(s.m_l.cues.end(), cues, cues + cueCount);
    s.m_l.cueBegin.push_back(quint32(s.m_l.cues.size()));
    s.m_lActor.push_back(quint16(actor));
    s.m_lKind.push_back(quint16(kind));
    s.m_lTargetYear.push_back(qint16(targetYear));
    s.m_lBaseYear.push_back(qint16(baseYear));
    s.m_lAmount.push_back(amount);
    s.m_lUnit.push_back(quint16(unit));
    s.m_lStatus.push_back(quint16(status));
    ++s.m_articlePledges.back();
}

} // namespace cpe
