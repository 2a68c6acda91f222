#include "corpusstore.h"

#include "engine.h"
#include "storecodec.h"
#include "storerecords.h"
#include "storeschema.h"
#include "storesnapshot.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace cpe {

namespace {

// Raise when the engine's code changes what it finds; changes to the data files in resources
// are noticed without it.
constexpr int kEngineRevision = 1;

// Free functions and members report in one context, the one lupdate files them under.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(cpe::CorpusStore)
};

// The snapshot when it is current; otherwise the record tables, read in a transaction that
// also stores a fresh snapshot for the next load.
QHash<QByteArray, ArticleExtraction> loadExtractions(QSqlDatabase &db)
{
    if (std::optional<storesnapshot::Extractions> snapshot = storesnapshot::read(db))
        return std::move(*snapshot);
    // A deferred transaction: in WAL mode the write that follows the reads fails if another
    // connection committed in between, so a snapshot never holds older rows than the tables.
    // When a transaction is already open (or cannot be), the rows are read without one and
    // no snapshot is written.
    const bool own = db.transaction();
    QString error;
    QHash<QByteArray, ArticleExtraction> extractions = storecodec::readExtractions(db, &error);
    if (own) {
        if (error.isEmpty() && storesnapshot::write(db, extractions) && db.commit())
            return extractions;
        db.rollback();
    }
    return extractions;
}

const char *const kTargets[] = {"partnership", "pledge"};
const char *const kActions[] = {"reject", "partner", "sectors", "date", "add"};

template <typename Enum, size_t N>
Enum fromName(const char *const (&names)[N], const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return Enum(0);
}

template <typename Record>
Correction keyedOn(const Record &r, const QString &partner, Correction::Target target,
                   Correction::Action action)
{
    Correction c;
    c.target = target;
    c.action = action;
    c.articleId = r.articleId;
    c.partnerId = partner;
    if (!r.evidence.isEmpty()) {
        c.evidenceStart = r.evidence.first().start;
        c.evidenceEnd = r.evidence.first().end;
        c.evidenceText = r.evidence.first().text;
    }
    return c;
}

} // namespace

Correction Correction::reject(const Partnership &p)
{
    return keyedOn(p, p.partnerId, Target::Partnership, Action::Reject);
}

Correction Correction::reject(const Pledge &p)
{
    return keyedOn(p, p.actorId, Target::Pledge, Action::Reject);
}

Correction Correction::changePartner(const Partnership &p, const QString &partnerId)
{
    Correction c = keyedOn(p, p.partnerId, Target::Partnership, Action::SetPartner);
    c.newPartnerId = partnerId;
    return c;
}

Correction Correction::changeSectors(const Partnership &p, const QStringList &sectors)
{
    Correction c = keyedOn(p, p.partnerId, Target::Partnership, Action::SetSectors);
    c.sectors = sectors;
    return c;
}

Correction Correction::changeDate(const Partnership &p, const QString &isoDate)
{
    Correction c = keyedOn(p, p.partnerId, Target::Partnership, Action::SetDate);
    c.date = isoDate;
    return c;
}

Correction Correction::addPartnership(const Article &article, qsizetype start, qsizetype end,
                                      const QString &partnerId, const QStringList &sectors,
                                      const QString &kind)
{
    Correction c;
    c.action = Action::Add;
    c.articleId = article.id;
    c.partnerId = partnerId;
    c.evidenceStart = start;
    c.evidenceEnd = end;
    c.evidenceText = article.text.mid(start, end - start);
    c.sectors = sectors;
    c.kind = kind;
    return c;
}

ImportStats &ImportStats::operator+=(const ImportStats &o)
{
    articles += o.articles;
    added += o.added;
    updated += o.updated;
    unchanged += o.unchanged;
    extracted += o.extracted;
    reused += o.reused;
    skipped += o.skipped;
    duplicates += o.duplicates;
    batches += o.batches;
    return *this;
}

CorpusStore::CorpusStore() = default;

CorpusStore::~CorpusStore()
{
    close();
}

QByteArray CorpusStore::extractorVersion()
{
    static const QByteArray version = [] {
        QCryptographicHash h(QCryptographicHash::Sha1);
        h.addData(QByteArray::number(kEngineRevision));
        const QDir data(QStringLiteral(":/cpe/data"));
        for (const QString &name : data.entryList(QDir::Files, QDir::Name)) {
            QFile f(data.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                h.addData(f.readAll());
        }
        return h.result().toHex().left(16);
    }();
    return version;
}

QSqlDatabase CorpusStore::database() const
{
    return m_connection.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_connection, false);
}

bool CorpusStore::isOpen() const
{
    return database().isOpen();
}

bool CorpusStore::open(const QString &file, QString *error)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        storesql::setError(error,
                           StoreText::tr("the SQLite driver for Qt (QSQLITE) is not installed"));
        return false;
    }
    // Qt Sql identifies connections by name; each store object gets its own, so two stores
    // (or two threads' stores) never share one SQLite handle.
    static QAtomicInt counter;
    m_connection = QStringLiteral("cpe-corpus-store-%1").arg(counter.fetchAndAddRelaxed(1));
    m_file = file;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    // Another process may hold the write lock for one batch; wait for it rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    QString message;
    bool ok = db.open();
    if (!ok)
        message = db.lastError().text();
    // WAL: readers never block the importer, and a killed writer loses only its open
    // transaction. synchronous=NORMAL keeps that guarantee (a power cut may lose the last
    // commits, never consistency) at a fraction of the fsyncs.
    QSqlQuery q(db);
    ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next();
    if (ok && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        message = StoreText::tr("cannot switch the store to write-ahead logging");
        ok = false;
    }
    q.finish();
    ok = ok && storesql::run(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &message) &&
         storesql::run(db, QStringLiteral("PRAGMA foreign_keys=ON"), &message) &&
         // The trigram index is most of an import's writing; a 64 MB page cache keeps the
         // segments it merges in memory instead of re-reading them for every batch.
         storesql::run(db, QStringLiteral("PRAGMA cache_size=-65536"), &message) &&
         storesql::migrate(db, &message);
    if (!ok) {
        if (message.isEmpty())
            message = q.lastError().text();
        storesql::setError(error,
                           StoreText::tr("%1: cannot open the store: %2").arg(file, message));
        q = QSqlQuery();
        db = QSqlDatabase();
        close();
        return false;
    }
    return true;
}

void CorpusStore::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QList<LoadedArticle> CorpusStore::loadAll() const
{
    QList<LoadedArticle> out;
    QSqlDatabase db = database();
    if (!db.isOpen())
        return out;
    const QHash<QByteArray, ArticleExtraction> extractions = loadExtractions(db);
    QList<qint64> groups;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT article_id, path, format, encoding, meta_title, meta_date, meta_source, meta_url, "
        "meta_language, title, language, text, dropped_chars, content_hash, dup_group "
        "FROM articles ORDER BY id"));
    while (q.next()) {
        LoadedArticle la;
        Article &a = la.article;
        a.id = q.value(0).toString();
        a.path = q.value(1).toString();
        a.format = q.value(2).toString();
        a.encoding = q.value(3).toString();
        a.meta = ArticleMeta{q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                             q.value(7).toString(), q.value(8).toString()};
        a.title = q.value(9).toString();
        a.language = q.value(10).toString();
        a.text = q.value(11).toString();
        a.droppedBoilerplateChars = q.value(12).toInt();
        const auto found = extractions.constFind(q.value(13).toByteArray());
        // Imports store an article and its extraction in one transaction, so a miss means the
        // file was edited by other means: extract again rather than show nothing.
        la.extraction = found != extractions.constEnd() ? *found : Engine::bundled().extract(a);
        storecodec::fillEvidenceText(la.extraction, a.text);
        for (Partnership &p : la.extraction.partnerships)
            p.articleId = a.id;
        for (Pledge &p : la.extraction.pledges)
            p.articleId = a.id;
        groups.append(q.value(14).toLongLong());
        out.append(std::move(la));
    }
    storerecords::mergeDuplicates(out, groups);
    storerecords::applyCorrections(out, groups, corrections());
    return out;
}

ExtractedCorpus CorpusStore::exportCorpus() const
{
    return storerecords::exportCorpus(loadAll());
}

int CorpusStore::articleCount() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM articles")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QStringList CorpusStore::duplicatesOf(const QString &articleId) const
{
    QStringList out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT b.article_id FROM articles a JOIN articles b "
                             "ON b.dup_group = a.dup_group WHERE a.article_id = ? ORDER BY b.id"));
    q.addBindValue(articleId);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    out.removeDuplicates();
    return out;
}

qint64 CorpusStore::addCorrection(const Correction &c, QString *error)
{
    using A = Correction::Action;
    if (c.articleId.isEmpty() || (c.action == A::SetPartner && c.newPartnerId.isEmpty()) ||
        (c.action == A::Add && (c.partnerId.isEmpty() || c.evidenceEnd <= c.evidenceStart))) {
        storesql::setError(
            error, StoreText::tr("the correction does not say which record or what to change"));
        return 0;
    }
    QJsonObject value;
    if (!c.newPartnerId.isEmpty())
        value.insert(QStringLiteral("partner"), c.newPartnerId);
    if (c.action == A::SetSectors || !c.sectors.isEmpty())
        value.insert(QStringLiteral("sectors"), QJsonArray::fromStringList(c.sectors));
    if (!c.date.isEmpty())
        value.insert(QStringLiteral("date"), c.date);
    if (!c.kind.isEmpty())
        value.insert(QStringLiteral("kind"), c.kind);
    QSqlDatabase db = database();
    QSqlQuery q = storesql::prepare(
        db,
        QStringLiteral("INSERT INTO corrections (created, target, action, article_id, partner, "
                       "ev_start, ev_end, ev_text, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    const QVariantList values{QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                              QLatin1String(kTargets[int(c.target)]),
                              QLatin1String(kActions[int(c.action)]), c.articleId, c.partnerId,
                              qint64(c.evidenceStart), qint64(c.evidenceEnd), c.evidenceText,
                              QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact))};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!storesql::exec(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool CorpusStore::removeCorrection(qint64 id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM corrections WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<Correction> CorpusStore::corrections() const
{
    QList<Correction> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, target, action, article_id, partner, ev_start, ev_end, "
                               "ev_text, value FROM corrections ORDER BY id")))
        return out;
    while (q.next()) {
        Correction c;
        c.id = q.value(0).toLongLong();
        c.target = fromName<Correction::Target>(kTargets, q.value(1).toString());
        c.action = fromName<Correction::Action>(kActions, q.value(2).toString());
        c.articleId = q.value(3).toString();
        c.partnerId = q.value(4).toString();
        c.evidenceStart = q.value(5).toLongLong();
        c.evidenceEnd = q.value(6).toLongLong();
        c.evidenceText = q.value(7).toString();
        const QJsonObject v = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        c.newPartnerId = v.value(QStringLiteral("partner")).toString();
        for (const QJsonValue &s : v.value(QStringLiteral("sectors")).toArray())
            c.sectors.append(s.toString());
        c.date = v.value(QStringLiteral("date")).toString();
        c.kind = v.value(QStringLiteral("kind")).toString();
        out.append(c);
    }
    return out;
}

} // namespace cpe
