#pragma once

#include "loadedarticle.h"
#include "stringtable.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <cmath>
#include <vector>

namespace cpe {

// A partner row of the store's partner table: the gazetteer entity, or only the id when the
// gazetteer does not know it (groups such as "developed_countries" act in pledges).
struct PartnerInfo
{
    QString id;
    QString kind;
    QString nameEn;
    QString nameZh;
    QString shortEn;
    QString shortZh;

    QString name(bool chinese) const { return chinese && !nameZh.isEmpty() ? nameZh : nameEn; }
    QString shortName(bool chinese) const;
};

// UTF-16 offsets into an article's text.
struct Span
{
    qint32 start = 0;
    qint32 end = 0;
};

// The parts of a date a record rarely needs; the year lives in its own column because every
// filter pass reads it. basis and cue index the store's string tables.
struct DateExtra
{
    quint8 month = 0;
    quint8 day = 0;
    quint8 precision = 0; // DatePrecision
    quint8 basis = 0;
    quint32 cue = 0;
};

// Columns both record kinds have. CSR layout for the variable-length parts: the spans of
// record i are evidence[evidenceBegin[i] .. evidenceBegin[i + 1]), likewise for cues.
struct CommonColumns
{
    std::vector<qint32> article;
    std::vector<qint16> year;
    std::vector<DateExtra> date;
    std::vector<float> confidence;
    std::vector<quint32> evidenceBegin{0};
    std::vector<Span> evidence;
    std::vector<quint32> cueBegin{0};
    std::vector<quint32> cues;

    int size() const { return int(article.size()); }
    void reserve(qsizetype n);
    void clear();
};

// Everything the explorer shows, in columns of small integers: about 60 bytes per partnership
// instead of the kilobyte a QList<Partnership> costs, so a million records fit comfortably and
// a filter pass streams through a few megabytes. Texts are kept once per article; evidence is
// offsets into them. Lives on one thread (the GUI thread); loaders hand batches over to it.
class RecordStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordStore)
public:
    explicit RecordStore(QObject *parent = nullptr);
    ~RecordStore() override;

    // Appends articles with their records; emits the *AboutToBeAppended / *Appended pairs and
    // then changed() once.
    void appendArticles(const LoadedBatch &batch);
    void clear(); // aboutToBeReset, wasReset, changed
    // Replaces the records of article `a` (a user's correction): records of other articles keep
    // their order but later ones move, so the models see a reset (aboutToBeReset, wasReset,
    // changed) rather than row moves.
    void replaceArticleRecords(int a, const ArticleExtraction &extraction);
    // Article `a` with its records as the models show them, for the same edits.
    LoadedArticle loadedArticle(int a) const;

    // Fast bulk path (synthetic data, imports): everything written between construction and
    // destruction of a Writer reaches the models as one reset, with no per-row signals.
    class Writer
    {
    public:
        explicit Writer(RecordStore &store);
        ~Writer();
        Writer(const Writer &) = delete;
        Writer &operator=(const Writer &) = delete;

        void reserve(qsizetype articles, qsizetype partnerships, qsizetype pledges);
        int addArticle(const Article &article, const DateInfo &date);
        // Records belong to the last added article; evidence spans index its text.
        void addPartnership(int partner, quint16 sectors, int kind, int stage, int year,
                            const DateExtra &date, float confidence, Span evidence,
                            const quint32 *cues, int cueCount);
        void addPledge(int actor, int kind, int targetYear, int baseYear, double amount, int unit,
                       int status, int year, const DateExtra &date, float confidence,
                       Span evidence, const quint32 *cues, int cueCount);

    private:
        RecordStore &m_store;
    };

    // Interning (also for Writer users). Pledge kinds and sectors follow the taxonomy's order.
    int internPartner(const QString &id);
    int internPartnershipKind(const QString &id) { return m_kinds.intern(id); }
    int internStage(const QString &id) { return m_stages.intern(id); }
    int internPledgeKind(const QString &id);
    int internUnit(const QString &u) { return m_units.intern(u); }
    int internStatus(const QString &s) { return m_statuses.intern(s); }
    int internCue(const QString &c) { return m_cues.intern(c); }
    int internDateBasis(const QString &b) { return m_strings.intern(b); }
    int internDateCue(const QString &c) { return m_strings.intern(c); }
    static quint16 sectorMask(const QStringList &sectorIds);
    static QStringList sectorIds(quint16 mask);

    // Tables
    int partnerCount() const { return int(m_partners.size()); }
    const PartnerInfo &partner(int p) const { return m_partners[size_t(p)]; }
    int partnerIndex(const QString &id) const { return m_partnerIndex.value(id, -1); }
    int pledgeKindCount() const { return int(m_pledgeKindIds.size()); }
    const QString &pledgeKindId(int k) const { return m_pledgeKindIds.at(k); }
    int pledgeKindIndex(const QString &id) const { return m_pledgeKindIndex.value(id, -1); }
    QString pledgeKindLabel(int k, bool chinese) const;
    const QString &partnershipKindId(int k) const { return m_kinds.at(k); }
    const QString &stageId(int s) const { return m_stages.at(s); }
    int stageCount() const { return m_stages.size(); }
    int partnershipKindCount() const { return m_kinds.size(); }

    // Articles
    int articleCount() const { return int(m_articleId.size()); }
    const QString &articleId(int a) const { return m_articleId[size_t(a)]; }
    const QString &articlePath(int a) const { return m_articlePath[size_t(a)]; }
    const QString &articleTitle(int a) const { return m_articleTitle[size_t(a)]; }
    const QString &articleSource(int a) const { return m_articleSource[size_t(a)]; }
    const QString &articleUrl(int a) const { return m_articleUrl[size_t(a)]; }
    const QString &articleText(int a) const { return m_articleText[size_t(a)]; }
    const QString &articleLanguage(int a) const { return m_strings.at(m_articleLanguage[size_t(a)]); }
    int articleYear(int a) const { return m_articleYear[size_t(a)]; }
    DateInfo articleDate(int a) const { return dateInfo(m_articleYear[size_t(a)], m_articleDate[size_t(a)]); }
    int articlePartnershipBegin(int a) const { return int(m_articlePartnerships[size_t(a)]); }
    int articlePartnershipEnd(int a) const { return int(m_articlePartnerships[size_t(a) + 1]); }
    int articlePledgeBegin(int a) const { return int(m_articlePledges[size_t(a)]); }
    int articlePledgeEnd(int a) const { return int(m_articlePledges[size_t(a) + 1]); }
    Article article(int a) const;
    qint64 textBytes() const { return m_textChars * 2; } // UTF-16 bytes of every article text

    // Partnerships
    int partnershipCount() const { return m_p.size(); }
    int partnershipArticle(int i) const { return m_p.article[size_t(i)]; }
    int partnershipPartner(int i) const { return m_pPartner[size_t(i)]; }
    quint16 partnershipSectors(int i) const { return m_pSectors[size_t(i)]; }
    int partnershipKind(int i) const { return m_pKind[size_t(i)]; }
    int partnershipStage(int i) const { return m_pStage[size_t(i)]; }
    int partnershipYear(int i) const { return m_p.year[size_t(i)]; }
    DateInfo partnershipDate(int i) const { return dateInfo(m_p.year[size_t(i)], m_p.date[size_t(i)]); }
    float partnershipConfidence(int i) const { return m_p.confidence[size_t(i)]; }
    int partnershipEvidenceCount(int i) const { return evidenceCount(m_p, i); }
    Span partnershipEvidence(int i, int n = 0) const { return evidenceSpan(m_p, i, n); }
    QStringView partnershipEvidenceText(int i, int n = 0) const { return evidenceText(m_p, i, n); }
    QStringList partnershipCues(int i) const { return cueList(m_p, i); }
    Partnership partnership(int i) const;

    // Pledges
    int pledgeCount() const { return m_l.size(); }
    int pledgeArticle(int i) const { return m_l.article[size_t(i)]; }
    int pledgeActor(int i) const { return m_lActor[size_t(i)]; }
    int pledgeKind(int i) const { return m_lKind[size_t(i)]; }
    int pledgeTargetYear(int i) const { return m_lTargetYear[size_t(i)]; }
    int pledgeBaseYear(int i) const { return m_lBaseYear[size_t(i)]; }
    bool pledgeHasAmount(int i) const { return !std::isnan(m_lAmount[size_t(i)]); }
    double pledgeAmount(int i) const { return m_lAmount[size_t(i)]; } // NaN when none
    const QString &pledgeUnit(int i) const { return m_units.at(m_lUnit[size_t(i)]); }
    const QString &pledgeStatus(int i) const { return m_statuses.at(m_lStatus[size_t(i)]); }
    int pledgeYear(int i) const { return m_l.year[size_t(i)]; } // when it was reported
    DateInfo pledgeDate(int i) const { return dateInfo(m_l.year[size_t(i)], m_l.date[size_t(i)]); }
    float pledgeConfidence(int i) const { return m_l.confidence[size_t(i)]; }
    int pledgeEvidenceCount(int i) const { return evidenceCount(m_l, i); }
    Span pledgeEvidence(int i, int n = 0) const { return evidenceSpan(m_l, i, n); }
    QStringView pledgeEvidenceText(int i, int n = 0) const { return evidenceText(m_l, i, n); }
    QStringList pledgeCues(int i) const { return cueList(m_l, i); }
    Pledge pledge(int i) const;

    // Raw columns for the filter pass.
    const qint16 *partnershipYears() const { return m_p.year.data(); }
    const quint16 *partnershipPartners() const { return m_pPartner.data(); }
    const quint16 *partnershipSectorMasks() const { return m_pSectors.data(); }
    const qint16 *pledgeYears() const { return m_l.year.data(); }
    const qint16 *pledgeTargetYears() const { return m_lTargetYear.data(); }
    const quint16 *pledgeActors() const { return m_lActor.data(); }
    const quint16 *pledgeKinds() const { return m_lKind.data(); }

    // Heap bytes the columns hold (not counting article texts), for the benchmark's report.
    qint64 columnBytes() const;

Q_SIGNALS:
    void aboutToBeReset();
    void wasReset();
    void articlesAboutToBeAppended(int first, int last);
    void articlesAppended(int first, int last);
    void partnershipsAboutToBeAppended(int first, int last);
    void partnershipsAppended(int first, int last);
    void pledgesAboutToBeAppended(int first, int last);
    void pledgesAppended(int first, int last);
    void changed(); // once after any append or reset: aggregates are stale

private:
    void clearData();
    int appendArticle(const Article &article, const DateInfo &date);
    void appendEvidence(CommonColumns &c, const QList<Evidence> &evidence, int article);
    void appendCues(CommonColumns &c, const QStringList &cues);
    DateExtra compactDate(const DateInfo &d);
    DateInfo dateInfo(qint16 year, const DateExtra &d) const;
    int evidenceCount(const CommonColumns &c, int i) const;
    Span evidenceSpan(const CommonColumns &c, int i, int n) const;
    QStringView evidenceText(const CommonColumns &c, int i, int n) const;
    QStringList cueList(const CommonColumns &c, int i) const;

    std::vector<PartnerInfo> m_partners;
    QHash<QString, int> m_partnerIndex;
    StringTable m_kinds;
    StringTable m_stages;
    QStringList m_pledgeKindIds; // the taxonomy's kinds first, in its order; then unknown ones
    QHash<QString, int> m_pledgeKindIndex;
    StringTable m_units;
    StringTable m_statuses;
    StringTable m_cues;
    StringTable m_strings; // date bases, date cues, languages, formats, encodings

    std::vector<QString> m_articleId;
    std::vector<QString> m_articlePath;
    std::vector<QString> m_articleTitle;
    std::vector<QString> m_articleSource;
    std::vector<QString> m_articleUrl;
    std::vector<QString> m_articleText;
    std::vector<quint32> m_articleLanguage;
    std::vector<quint32> m_articleFormat;
    std::vector<quint32> m_articleEncoding;
    std::vector<qint16> m_articleYear;
    std::vector<DateExtra> m_articleDate;
    std::vector<quint32> m_articlePartnerships{0}; // CSR: records of article a
    std::vector<quint32> m_articlePledges{0};
    qint64 m_textChars = 0;

    CommonColumns m_p; // partnerships
    std::vector<quint16> m_pPartner;
    std::vector<quint16> m_pSectors;
    std::vector<quint16> m_pKind;
    std::vector<quint16> m_pStage;

    CommonColumns m_l; // pledges
    std::vector<quint16> m_lActor;
    std::vector<quint16> m_lKind;
    std::vector<qint16> m_lTargetYear;
    std::vector<qint16> m_lBaseYear;
    std::vector<double> m_lAmount;
    std::vector<quint16> m_lUnit;
    std::vector<quint16> m_lStatus;
};

} // namespace cpe
