#pragma once

#include "exporter.h"
#include "loadedarticle.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace cpe {

class Engine;

// A user's fix to what the engine found. Corrections are keyed by what identifies a record
// across re-extraction — article id, partner (pledge: actor) and evidence span or sentence —
// never by a row id, so they still apply after the article is imported and extracted again.
struct Correction
{
    enum class Target : quint8 { Partnership, Pledge };
    enum class Action : quint8 { Reject, SetPartner, SetSectors, SetDate, Add };

    qint64 id = 0; // assigned by the store
    Target target = Target::Partnership;
    Action action = Action::Reject;
    QString articleId;
    QString partnerId;          // the record's partner as shown; for Add, the new record's
    qsizetype evidenceStart = 0; // the record's first evidence span (UTF-16 offsets)
    qsizetype evidenceEnd = 0;
    QString evidenceText;       // matches the record too when edits moved the offsets
    QString newPartnerId;       // SetPartner
    QStringList sectors;        // SetSectors; Add (partnership)
    QString date;               // SetDate; Add (ISO "YYYY[-MM[-DD]]", empty: the article's)
    QString kind;               // Add: partnership kind ("cooperation" if empty), pledge kind

    static Correction reject(const Partnership &p);
    static Correction reject(const Pledge &p);
    static Correction changePartner(const Partnership &p, const QString &partnerId);
    static Correction changeSectors(const Partnership &p, const QStringList &sectors);
    static Correction changeDate(const Partnership &p, const QString &isoDate);
    // A partnership the engine missed, supported by text [start, end) of the article.
    static Correction addPartnership(const Article &article, qsizetype start, qsizetype end,
                                     const QString &partnerId, const QStringList &sectors = {},
                                     const QString &kind = {});
};

// What one importArticles() call did, per article.
struct ImportStats
{
    int articles = 0;   // given
    int added = 0;      // new to the store
    int updated = 0;    // stored before with other text or metadata
    int unchanged = 0;  // stored before exactly so; nothing written
    int extracted = 0;  // the engine ran on them
    int reused = 0;     // their extraction was already stored (same text and date metadata)
    int skipped = 0;    // not stored: no id or no text
    int duplicates = 0; // added or updated ones that joined another article's duplicate group
    int batches = 0;    // transactions committed
    QString error;      // why the import stopped early; empty on success

    ImportStats &operator+=(const ImportStats &o);
};

// A corpus kept in one SQLite file: articles, the engine's results keyed by content hash (so
// unchanged text is never extracted twice), the user's corrections, a trigram full-text index
// and near-duplicate groups. Imports commit one transaction per batch in WAL mode, so a crash
// or a kill loses at most the batch in flight. A store object lives on the thread that opened
// it (a Qt Sql connection may not cross threads); several objects may open the same file.
class CorpusStore final
{
    Q_DISABLE_COPY_MOVE(CorpusStore)
public:
    CorpusStore();
    ~CorpusStore();

    // Creates the file when missing and migrates an older schema.
    bool open(const QString &file, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString fileName() const { return m_file; }

    int batchSize() const { return m_batchSize; }
    void setBatchSize(int articles) { m_batchSize = qMax(1, articles); }

    // Stores the articles (new ones, and those whose text or metadata changed; an article is
    // identified by its path and id) and extracts those whose content has no stored result,
    // several at a time. `progress` runs after each committed batch with the running totals;
    // returning false stops the import there.
    using Progress = std::function<bool(const ImportStats &)>;
    ImportStats importArticles(const QList<Article> &articles, const Engine &engine,
                               const Progress &progress = {});
    // The same for a corpus read while it is imported: `source` gives the next articles (one
    // batch each call; an empty list ends the import). It runs on a worker thread, one call
    // at a time, while earlier batches are extracted and written.
    using Source = std::function<QList<Article>()>;
    ImportStats importFrom(const Source &source, const Engine &engine,
                           const Progress &progress = {});

    // Every article in import order with its records: duplicates merged (a record that several
    // copies report stays with the first copy, with a "source:<article id>" cue per copy) and
    // corrections applied (corrected fields get "user:partner", "user:sectors", "user:date"
    // cues; added records "user:added"; rejected ones are left out).
    QList<LoadedArticle> loadAll() const;
    // loadAll() in the export shape, with sources and corrections as record notes.
    ExtractedCorpus exportCorpus() const;

    int articleCount() const;
    // Articles sharing `articleId`'s duplicate group, itself included; import order.
    QStringList duplicatesOf(const QString &articleId) const;

    // Returns the new correction's id, or 0 on failure.
    qint64 addCorrection(const Correction &correction, QString *error = nullptr);
    bool removeCorrection(qint64 id);
    QList<Correction> corrections() const;

    // Ids of the articles whose title or text contains every whitespace-separated term, in
    // import order; Latin letters match regardless of case. Terms of three or more characters
    // go through the trigram index; shorter ones (two-character Chinese words) scan.
    QStringList search(const QString &query) const;
    // From the trigram index alone, without confirming: the articles holding every trigram of
    // the query's terms of three or more characters, a superset of those holding the query,
    // for a caller that scans their texts anyway (the search box). std::nullopt when the
    // index cannot narrow the query: no term long enough, cased letters outside ASCII, or a
    // failed query.
    std::optional<QStringList> searchCandidates(const QString &query) const;
    // True when the store's matching finds `query` in any letter case: SQLite folds case only
    // in ASCII, so a query with other cased letters (É, Ж) may be missed in another case.
    static bool searchCoversAnyCase(const QString &query);

    // PRAGMA integrity_check, and that every article has its extraction stored.
    bool verify(QString *problem = nullptr) const;

    // Changes whenever the engine's data or rules change, so stored results made by an
    // older engine are extracted again on the next import.
    static QByteArray extractorVersion();

private:
    QSqlDatabase database() const;

    QString m_connection;
    QString m_file;
    int m_batchSize = 256;
};

} // namespace cpe
