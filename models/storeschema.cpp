#include "storeschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

namespace cpe::storesql {

namespace {

// Version 0 -> 1: the first schema.
// - Articles are identified by (path, article_id): one JSON Lines file holds many articles,
//   and two folders may hold files of the same name.
// - content_hash keys the engine's results: it covers everything extraction reads (text and
//   date metadata) and the engine's version, so equal hashes mean equal results.
// - fingerprint covers every stored field, so an unchanged re-import writes nothing.
// - dup_group is the row id of the first article of a near-duplicate group (its own id when
//   it has no copies); a trigger sets it for articles inserted without one.
// - The full-text index borrows the text from `articles` (external content), kept in step by
//   triggers, so the text is stored once.
const char *const kVersion1[] = {
    "CREATE TABLE articles ("
    " id INTEGER PRIMARY KEY,"
    " article_id TEXT NOT NULL, path TEXT NOT NULL, format TEXT, encoding TEXT,"
    " meta_title TEXT, meta_date TEXT, meta_source TEXT, meta_url TEXT, meta_language TEXT,"
    " title TEXT, language TEXT, text TEXT NOT NULL,"
    " dropped_chars INTEGER NOT NULL DEFAULT 0,"
    " content_hash BLOB NOT NULL, fingerprint BLOB NOT NULL,"
    " dup_group INTEGER,"
    " UNIQUE (path, article_id))",
    "CREATE INDEX articles_content_hash ON articles(content_hash)",
    "CREATE INDEX articles_dup_group ON articles(dup_group)",
    "CREATE INDEX articles_article_id ON articles(article_id)",
    "CREATE TRIGGER articles_group AFTER INSERT ON articles WHEN new.dup_group IS NULL BEGIN"
    " UPDATE articles SET dup_group = new.id WHERE id = new.id; END",

    "CREATE TABLE extractions ("
    " hash BLOB PRIMARY KEY, date TEXT, date_basis TEXT, date_cue TEXT) WITHOUT ROWID",
    "CREATE TABLE partnerships ("
    " id INTEGER PRIMARY KEY,"
    " hash BLOB NOT NULL REFERENCES extractions(hash) ON DELETE CASCADE,"
    " partner TEXT NOT NULL, sectors TEXT NOT NULL, kind TEXT, stage TEXT,"
    " date TEXT, date_basis TEXT, date_cue TEXT, confidence REAL NOT NULL,"
    " cues TEXT NOT NULL, ev_start INTEGER, ev_end INTEGER, evidence TEXT NOT NULL)",
    "CREATE INDEX partnerships_hash ON partnerships(hash)",
    "CREATE TABLE pledges ("
    " id INTEGER PRIMARY KEY,"
    " hash BLOB NOT NULL REFERENCES extractions(hash) ON DELETE CASCADE,"
    " actor TEXT NOT NULL, kind TEXT, target_year INTEGER, base_year INTEGER, amount REAL,"
    " unit TEXT, status TEXT, date TEXT, date_basis TEXT, date_cue TEXT,"
    " confidence REAL NOT NULL, cues TEXT NOT NULL, ev_start INTEGER, ev_end INTEGER,"
    " evidence TEXT NOT NULL)",
    "CREATE INDEX pledges_hash ON pledges(hash)",

    "CREATE TABLE corrections ("
    " id INTEGER PRIMARY KEY, created TEXT NOT NULL, target TEXT NOT NULL,"
    " action TEXT NOT NULL, article_id TEXT NOT NULL, partner TEXT,"
    " ev_start INTEGER, ev_end INTEGER, ev_text TEXT, value TEXT NOT NULL)",
    "CREATE INDEX corrections_article ON corrections(article_id)",

    "CREATE TABLE dup_bands ("
    " key INTEGER NOT NULL,"
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE)",
    "CREATE INDEX dup_bands_key ON dup_bands(key)",
    "CREATE INDEX dup_bands_article ON dup_bands(article)",

    // detail=none keeps only which articles hold a trigram, not where: 40% less work per
    // import and a third of the size. Searches look up a term's trigrams and confirm the
    // term itself with LIKE on the few articles that have them all.
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    " title, text, content='articles', content_rowid='id', tokenize='trigram', detail=none)",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
    " INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, text)"
    " VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, text)"
    " VALUES ('delete', old.id, old.title, old.text);"
    " INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
};

// Version 1 -> 2: record_snapshot caches every extraction as one blob (storesnapshot.h).
// Records are written only together with a new extraction row, so triggers on extractions,
// and on any later change of a record row, are enough to drop a stale snapshot.
const char *const kVersion2[] = {
    "CREATE TABLE record_snapshot ("
    " id INTEGER PRIMARY KEY CHECK (id = 1), format INTEGER NOT NULL, data BLOB NOT NULL)",
    "CREATE TRIGGER snapshot_extraction_insert AFTER INSERT ON extractions BEGIN"
    " DELETE FROM record_snapshot; END",
    "CREATE TRIGGER snapshot_extraction_update AFTER UPDATE ON extractions BEGIN"
    " DELETE FROM record_snapshot; END",
    "CREATE TRIGGER snapshot_extraction_delete AFTER DELETE ON extractions BEGIN"
    " DELETE FROM record_snapshot; END",
    "CREATE TRIGGER snapshot_partnership_update AFTER UPDATE ON partnerships BEGIN"
    " DELETE FROM record_snapshot; END",
    "CREATE TRIGGER snapshot_partnership_delete AFTER DELETE ON partnerships BEGIN"
    " DELETE FROM record_snapshot; END",
    "CREATE TRIGGER snapshot_pledge_update AFTER UPDATE ON pledges BEGIN"
    " DELETE FROM record_snapshot; END",
    "CREATE TRIGGER snapshot_pledge_delete AFTER DELETE ON pledges BEGIN"
    " DELETE FROM record_snapshot; END",
};

struct Migration
{
    const char *const *statements;
    size_t count;
};

// Index i migrates from version i to i + 1. Later versions append steps; released steps are
// never edited, since stores in the wild have already run them.
const Migration kMigrations[] = {
    {kVersion1, sizeof(kVersion1) / sizeof(kVersion1[0])},
    {kVersion2, sizeof(kVersion2) / sizeof(kVersion2[0])},
};

int userVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        setError(error, q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    setError(error, q.lastError().text());
    return false;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    setError(error, q.lastError().text());
    return false;
}

QSqlQuery prepare(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        setError(error, q.lastError().text());
    return q;
}

bool migrate(QSqlDatabase &db, QString *error)
{
    static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion,
                  "one migration step per schema version");
    int version = userVersion(db, error);
    if (version < 0)
        return false;
    if (version > kSchemaVersion) {
        setError(error, QCoreApplication::translate("cpe::CorpusStore",
                                                    "the store was written by a newer version "
                                                    "(schema %1; this version reads up to %2)")
                            .arg(version)
                            .arg(kSchemaVersion));
        return false;
    }
    for (; version < kSchemaVersion; ++version) {
        if (!db.transaction()) {
            setError(error, db.lastError().text());
            return false;
        }
        const Migration &m = kMigrations[version];
        bool ok = true;
        for (size_t i = 0; ok && i < m.count; ++i)
            ok = run(db, QString::fromLatin1(m.statements[i]), error);
        ok = ok && run(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error);
        if (!ok || !db.commit()) {
            if (ok)
                setError(error, db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace cpe::storesql
