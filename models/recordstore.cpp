#include "recordstore.h"

#include "gazetteer.h"
#include "taxonomy.h"

#include <algorithm>
#include <limits>

namespace cpe {

namespace {

template<typename T>
qint64 vectorBytes(const std::vector<T> &v)
{
    return qint64(v.capacity() * sizeof(T));
}

qint64 stringBytes(const std::vector<QString> &v)
{
    qint64 bytes = vectorBytes(v);
    for (const QString &s : v)
        bytes += s.capacity() * 2;
    return bytes;
}

qint32 clampOffset(qsizetype v, qsizetype size)
{
    return qint32(std::clamp<qsizetype>(v, 0, size));
}

} // namespace

QString PartnerInfo::shortName(bool chinese) const
{
    const QString &s = chinese ? shortZh : shortEn;
    return s.isEmpty() ? name(chinese) : s;
}

void CommonColumns::reserve(qsizetype n)
{
    const size_t m = size_t(n);
    article.reserve(m);
    year.reserve(m);
    date.reserve(m);
    confidence.reserve(m);
    evidenceBegin.reserve(m + 1);
    evidence.reserve(m);
    cueBegin.reserve(m + 1);
}

void CommonColumns::clear()
{
    *this = CommonColumns();
}

RecordStore::RecordStore(QObject *parent)
    : QObject(parent)
{
    clearData();
}

RecordStore::~RecordStore() = default;

void RecordStore::clearData()
{
    m_partners.clear();
    m_partnerIndex.clear();
    m_kinds.clear();
    m_stages.clear();
    m_units.clear();
    m_statuses.clear();
    m_cues.clear();
    m_strings.clear();
    m_pledgeKindIds.clear();
    m_pledgeKindIndex.clear();
    // Taxonomy kinds keep their taxonomy index, so kind filters need no lookup table.
    for (const Category &c : Taxonomy::bundled().pledgeKinds())
        internPledgeKind(c.id);

    m_articleId = {};
    m_articlePath = {};
    m_articleTitle = {};
    m_articleSource = {};
    m_articleUrl = {};
    m_articleText = {};
    m_articleLanguage = {};
    m_articleFormat = {};
    m_articleEncoding = {};
    m_articleYear = {};
    m_articleDate = {};
    m_articlePartnerships = {0};
    m_articlePledges = {0};
    m_textChars = 0;

    m_p.clear();
    m_pPartner = {};
    m_pSectors = {};
    m_pKind = {};
    m_pStage = {};
    m_l.clear();
    m_lActor = {};
    m_lKind = {};
    m_lTargetYear = {};
    m_lBaseYear = {};
    m_lAmount = {};
    m_lUnit = {};
    m_lStatus = {};
}

void RecordStore::clear()
{
    Q_EMIT aboutToBeReset();
    clearData();
    Q_EMIT wasReset();
    Q_EMIT changed();
}

int RecordStore::internPartner(const QString &id)
{
    const auto it = m_partnerIndex.constFind(id);
    if (it != m_partnerIndex.constEnd())
        return it.value();
    PartnerInfo info;
    info.id = id;
    if (const Entity *e = Gazetteer::bundled().find(id)) {
        info.kind = e->kind;
        info.nameEn = e->nameEn;
        info.nameZh = e->nameZh;
        info.shortEn = e->shortEn;
        info.shortZh = e->shortZh;
    } else {
        info.nameEn = id;
    }
    const int index = int(m_partners.size());
    Q_ASSERT(index < std::numeric_limits<quint16>::max());
    m_partners.push_back(std::move(info));
    m_partnerIndex.insert(id, index);
    return index;
}

int RecordStore::internPledgeKind(const QString &id)
{
    const auto it = m_pledgeKindIndex.constFind(id);
    if (it != m_pledgeKindIndex.constEnd())
        return it.value();
    const int index = int(m_pledgeKindIds.size());
    m_pledgeKindIds.append(id);
    m_pledgeKindIndex.insert(id, index);
    return index;
}

QString RecordStore::pledgeKindLabel(int k, bool chinese) const
{
    if (const Category *c = Taxonomy::bundled().pledgeKind(m_pledgeKindIds.at(k)))
        return c->label(chinese);
    return m_pledgeKindIds.at(k);
}

quint16 RecordStore::sectorMask(const QStringList &sectorIds)
{
    // Sectors outside the bundled taxonomy (at most 16 fit) cannot be shown or filtered on.
    quint16 mask = 0;
    for (const QString &s : sectorIds) {
        const int i = Taxonomy::bundled().sectorIndex(s);
        if (i >= 0 && i < 16)
            mask |= quint16(1u << i);
    }
    return mask;
}

QStringList RecordStore::sectorIds(quint16 mask)
{
    QStringList out;
    const QList<Category> &sectors = Taxonomy::bundled().sectors();
    for (int i = 0; i < int(sectors.size()) && i < 16; ++i) {
        if (mask & (1u << i))
            out.append(sectors.at(i).id);
    }
    return out;
}

DateExtra RecordStore::compactDate(const DateInfo &d)
{
    DateExtra e;
    e.month = quint8(d.month);
    e.day = quint8(d.day);
    e.precision = quint8(d.precision);
    e.basis = quint8(std::min(internDateBasis(d.basis), 255));
    e.cue = quint32(internDateCue(d.cue));
    return e;
}

DateInfo RecordStore::dateInfo(qint16 year, const DateExtra &e) const
{
    DateInfo d;
    d.year = year;
    d.month = e.month;
    d.day = e.day;
    d.precision = DatePrecision(e.precision);
    d.basis = m_strings.at(e.basis);
    d.cue = m_strings.at(int(e.cue));
    return d;
}

int RecordStore::appendArticle(const Article &article, const DateInfo &date)
{
    m_articleId.push_back(article.id);
    m_articlePath.push_back(article.path);
    m_articleTitle.push_back(article.title);
    m_articleSource.push_back(article.meta.source);
    m_articleUrl.push_back(article.meta.url);
    m_articleText.push_back(article.text);
    m_articleLanguage.push_back(quint32(m_strings.intern(article.language)));
    m_articleFormat.push_back(quint32(m_strings.intern(article.format)));
    m_articleEncoding.push_back(quint32(m_strings.intern(article.encoding)));
    m_articleYear.push_back(qint16(date.year));
    m_articleDate.push_back(compactDate(date));
    m_articlePartnerships.push_back(quint32(m_p.size()));
    m_articlePledges.push_back(quint32(m_l.size()));
    m_textChars += article.text.size();
    return int(m_articleId.size()) - 1;
}

void RecordStore::appendEvidence(CommonColumns &c, const QList<Evidence> &evidence, int article)
{
    const qsizetype size = m_articleText[size_t(article)].size();
    for (const Evidence &e : evidence) {
        const qint32 start = clampOffset(e.start, size);
        c.evidence.push_back(Span{start, std::max(start, clampOffset(e.end, size))});
    }
    c.evidenceBegin.push_back(quint32(c.evidence.size()));
}

void RecordStore::appendCues(CommonColumns &c, const QStringList &cues)
{
    for (const QString &cue : cues)
        c.cues.push_back(quint32(m_cues.intern(cue)));
    c.cueBegin.push_back(quint32(c.cues.size()));
}

void RecordStore::appendArticles(const LoadedBatch &batch)
{
    if (batch.isEmpty())
        return;
    int partnerships = 0, pledges = 0;
    for (const LoadedArticle &a : batch) {
        partnerships += int(a.extraction.partnerships.size());
        pledges += int(a.extraction.pledges.size());
    }
    const int a0 = articleCount(), p0 = partnershipCount(), l0 = pledgeCount();
    const int a1 = a0 + int(batch.size()) - 1, p1 = p0 + partnerships - 1, l1 = l0 + pledges - 1;
    Q_EMIT articlesAboutToBeAppended(a0, a1);
    if (partnerships)
        Q_EMIT partnershipsAboutToBeAppended(p0, p1);
    if (pledges)
        Q_EMIT pledgesAboutToBeAppended(l0, l1);

    for (const LoadedArticle &loaded : batch) {
        const int a = appendArticle(loaded.article, loaded.extraction.date);
        for (const Partnership &p : loaded.extraction.partnerships) {
            m_p.article.push_back(a);
            m_p.year.push_back(qint16(p.date.year));
            m_p.date.push_back(compactDate(p.date));
            m_p.confidence.push_back(float(p.confidence));
            appendEvidence(m_p, p.evidence, a);
            appendCues(m_p, p.cues);
            m_pPartner.push_back(quint16(internPartner(p.partnerId)));
            m_pSectors.push_back(sectorMask(p.sectors));
            m_pKind.push_back(quint16(m_kinds.intern(p.kind)));
            m_pStage.push_back(quint16(m_stages.intern(p.stage)));
            ++m_articlePartnerships.back();
        }
        for (const Pledge &l : loaded.extraction.pledges) {
            m_l.article.push_back(a);
            m_l.year.push_back(qint16(l.date.year ? l.date.year : m_articleYear.back()));
            m_l.date.push_back(compactDate(l.date));
            m_l.confidence.push_back(float(l.confidence));
            appendEvidence(m_l, l.evidence, a);
            appendCues(m_l, l.cues);
            m_lActor.push_back(quint16(internPartner(l.actorId)));
            m_lKind.push_back(quint16(internPledgeKind(l.kind)));
            m_lTargetYear.push_back(qint16(l.targetYear));
            m_lBaseYear.push_back(qint16(l.baseYear));
            m_lAmount.push_back(l.amount ? *l.amount : std::numeric_limits<double>::quiet_NaN());
            m_lUnit.push_back(quint16(m_units.intern(l.unit)));
            m_lStatus.push_back(quint16(m_statuses.intern(l.status)));
            ++m_articlePledges.back();
        }
    }

    if (pledges)
        Q_EMIT pledgesAppended(l0, l1);
    if (partnerships)
        Q_EMIT partnershipsAppended(p0, p1);
    Q_EMIT articlesAppended(a0, a1);
    Q_EMIT changed();
}

int RecordStore::evidenceCount(const CommonColumns &c, int i) const
{
    return int(c.evidenceBegin[size_t(i) + 1] - c.evidenceBegin[size_t(i)]);
}

Span RecordStore::evidenceSpan(const CommonColumns &c, int i, int n) const
{
    if (n < 0 || n >= evidenceCount(c, i))
        return {};
    return c.evidence[c.evidenceBegin[size_t(i)] + size_t(n)];
}

QStringView RecordStore::evidenceText(const CommonColumns &c, int i, int n) const
{
    if (n < 0 || n >= evidenceCount(c, i))
        return {};
    const Span s = c.evidence[c.evidenceBegin[size_t(i)] + size_t(n)];
    return QStringView(m_articleText[size_t(c.article[size_t(i)])]).mid(s.start, s.end - s.start);
}

QStringList RecordStore::cueList(const CommonColumns &c, int i) const
{
    QStringList out;
    for (quint32 k = c.cueBegin[size_t(i)]; k < c.cueBegin[size_t(i) + 1]; ++k)
        out.append(m_cues.at(int(c.cues[k])));
    return out;
}

Article RecordStore::article(int a) const
{
    Article out;
    out.id = articleId(a);
    out.path = articlePath(a);
    out.format = m_strings.at(int(m_articleFormat[size_t(a)]));
    out.encoding = m_strings.at(int(m_articleEncoding[size_t(a)]));
    out.title = articleTitle(a);
    out.language = articleLanguage(a);
    out.text = articleText(a);
    out.meta.source = articleSource(a);
    out.meta.url = articleUrl(a);
    return out;
}

Partnership RecordStore::partnership(int i) const
{
    Partnership p;
    p.articleId = articleId(partnershipArticle(i));
    p.partnerId = partner(partnershipPartner(i)).id;
    p.sectors = sectorIds(partnershipSectors(i));
    p.kind = partnershipKindId(partnershipKind(i));
    p.stage = stageId(partnershipStage(i));
    p.date = partnershipDate(i);
    p.confidence = partnershipConfidence(i);
    p.cues = partnershipCues(i);
    for (int n = 0; n < partnershipEvidenceCount(i); ++n) {
        const Span s = partnershipEvidence(i, n);
        p.evidence.append(Evidence{s.start, s.end, partnershipEvidenceText(i, n).toString()});
    }
    return p;
}

Pledge RecordStore::pledge(int i) const
{
    Pledge l;
    l.articleId = articleId(pledgeArticle(i));
    l.actorId = partner(pledgeActor(i)).id;
    l.kind = pledgeKindId(pledgeKind(i));
    l.targetYear = pledgeTargetYear(i);
    l.baseYear = pledgeBaseYear(i);
    if (pledgeHasAmount(i))
        l.amount = pledgeAmount(i);
    l.unit = pledgeUnit(i);
    l.status = pledgeStatus(i);
    l.date = pledgeDate(i);
    l.confidence = pledgeConfidence(i);
    l.cues = pledgeCues(i);
    for (int n = 0; n < pledgeEvidenceCount(i); ++n) {
        const Span s = pledgeEvidence(i, n);
        l.evidence.append(Evidence{s.start, s.end, pledgeEvidenceText(i, n).toString()});
    }
    return l;
}

qint64 RecordStore::columnBytes() const
{
    const auto common = [](const CommonColumns &c) {
        return vectorBytes(c.article) + vectorBytes(c.year) + vectorBytes(c.date)
            + vectorBytes(c.confidence) + vectorBytes(c.evidenceBegin) + vectorBytes(c.evidence)
            + vectorBytes(c.cueBegin) + vectorBytes(c.cues);
    };
    return common(m_p) + common(m_l) + vectorBytes(m_pPartner) + vectorBytes(m_pSectors)
        + vectorBytes(m_pKind) + vectorBytes(m_pStage) + vectorBytes(m_lActor)
        + vectorBytes(m_lKind) + vectorBytes(m_lTargetYear) + vectorBytes(m_lBaseYear)
        + vectorBytes(m_lAmount) + vectorBytes(m_lUnit) + vectorBytes(m_lStatus)
        + stringBytes(m_articleId) + stringBytes(m_articlePath) + stringBytes(m_articleTitle)
        + stringBytes(m_articleSource) + stringBytes(m_articleUrl) + vectorBytes(m_articleText)
        + vectorBytes(m_articleLanguage) + vectorBytes(m_articleFormat)
        + vectorBytes(m_articleEncoding) + vectorBytes(m_articleYear)
        + vectorBytes(m_articleDate) + vectorBytes(m_articlePartnerships)
        + vectorBytes(m_articlePledges);
}

} // namespace cpe
