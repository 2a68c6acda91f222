// CorpusStore::importArticles: batches, content hashes, parallel extraction, duplicate groups.

#include "corpusstore.h"

#include "engine.h"
#include "shingles.h"
#include "storecodec.h"
#include "storeschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <QThreadPool>
#include <QVariant>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace cpe {

namespace {

enum class State : quint8 { New, Changed, Unchanged, Skipped };

// One article on its way into the store.
struct Item
{
    const Article *article = nullptr;
    State state = State::New;
    QByteArray hash;        // content hash: what extraction reads
    QByteArray fingerprint; // every stored field
    qint64 row = 0;         // existing row id
    QByteArray oldHash;
    bool extract = false;   // no stored result and first in the batch with this hash
    ArticleExtraction extraction;
    shingles::Shingles shingleSet;
    shingles::BandKeys keys{};
};

void addField(QCryptographicHash &h, const QString &s)
{
    h.addData(QByteArrayView(reinterpret_cast<const char *>(s.utf16()), s.size() * 2));
    const char separator[2] = {0, 0}; // UTF-16 NUL: cannot occur inside a field
    h.addData(QByteArrayView(separator, 2));
}

void computeHashes(Item &item)
{
    const Article &a = *item.article;
    QCryptographicHash content(QCryptographicHash::Sha1);
    content.addData(CorpusStore::extractorVersion());
    addField(content, a.meta.date);
    addField(content, a.text);
    item.hash = content.result();

    QCryptographicHash all(QCryptographicHash::Sha1);
    all.addData(item.hash);
    for (const QString *s : {&a.path, &a.format, &a.encoding, &a.meta.title, &a.meta.source,
                             &a.meta.url, &a.meta.language, &a.title, &a.language})
        addField(all, *s);
    all.addData(QByteArray::number(a.droppedBoilerplateChars));
    item.fingerprint = all.result();
}

// Prepared statements used for every article of a batch.
struct Statements
{
    explicit Statements(QSqlDatabase &db)
        : insert(db), update(db), deleteBands(db), insertBand(db), candidates(db), groupOf(db),
          textOf(db), dropOrphan(db)
    {
        const QString columns = QStringLiteral(
            "article_id, path, format, encoding, meta_title, meta_date, meta_source, meta_url, "
            "meta_language, title, language, text, dropped_chars, content_hash, fingerprint, "
            "dup_group");
        insert.prepare(QStringLiteral("INSERT INTO articles (%1) VALUES (%2)")
                           .arg(columns, QStringLiteral("?, ").repeated(15) + QLatin1Char('?')));
        update.prepare(QStringLiteral(
            "UPDATE articles SET article_id = ?, path = ?, format = ?, encoding = ?, "
            "meta_title = ?, meta_date = ?, meta_source = ?, meta_url = ?, meta_language = ?, "
            "title = ?, language = ?, text = ?, dropped_chars = ?, content_hash = ?, "
            "fingerprint = ?, dup_group = coalesce(?, id) WHERE id = ?"));
        deleteBands.prepare(QStringLiteral("DELETE FROM dup_bands WHERE article = ?"));
        insertBand.prepare(QStringLiteral("INSERT INTO dup_bands (key, article) VALUES (?, ?)"));
        // The candidates sharing most band keys first; a story syndicated very widely needs
        // only a few members checked to find its group.
        candidates.prepare(QStringLiteral(
            "SELECT article, count(*) AS shared FROM dup_bands WHERE key IN (%1) AND article <> ? "
            "GROUP BY article ORDER BY shared DESC, article LIMIT 12")
                               .arg(QStringLiteral("?, ").repeated(shingles::kBands - 1) +
                                    QLatin1Char('?')));
        groupOf.prepare(QStringLiteral("SELECT dup_group FROM articles WHERE id = ?"));
        textOf.prepare(QStringLiteral("SELECT text FROM articles WHERE id = ?"));
        dropOrphan.prepare(QStringLiteral(
            "DELETE FROM extractions WHERE hash = ? AND NOT EXISTS "
            "(SELECT 1 FROM articles WHERE content_hash = ?)"));
    }
    QSqlQuery insert, update, deleteBands, insertBand, candidates, groupOf, textOf, dropOrphan;
};

class BatchWriter
{
public:
    BatchWriter(QSqlDatabase &db, QHash<qint64, shingles::Shingles> &cache)
        : m_db(db), m_sql(db), m_extractions(db), m_shingleCache(cache)
    {
    }

    bool write(Item &item, ImportStats &stats, QString *error);

private:
    qint64 duplicateGroup(const Item &item, QString *error);
    shingles::Shingles shinglesOf(qint64 row);

    QSqlDatabase &m_db;
    Statements m_sql;
    storecodec::ExtractionWriter m_extractions;
    QHash<qint64, shingles::Shingles> &m_shingleCache;
};

shingles::Shingles BatchWriter::shinglesOf(qint64 row)
{
    auto it = m_shingleCache.constFind(row);
    if (it != m_shingleCache.constEnd())
        return *it;
    m_sql.textOf.addBindValue(row);
    shingles::Shingles set;
    if (m_sql.textOf.exec() && m_sql.textOf.next())
        set = shingles::shingleSet(m_sql.textOf.value(0).toString());
    m_sql.textOf.finish();
    m_shingleCache.insert(row, set);
    return set;
}

// The group of the most similar earlier article at or above the threshold, or 0.
qint64 BatchWriter::duplicateGroup(const Item &item, QString *error)
{
    if (item.shingleSet.isEmpty())
        return 0;
    for (const qint64 key : item.keys)
        m_sql.candidates.addBindValue(key);
    m_sql.candidates.addBindValue(item.row);
    if (!storesql::exec(m_sql.candidates, error))
        return -1;
    QList<qint64> rows;
    while (m_sql.candidates.next())
        rows.append(m_sql.candidates.value(0).toLongLong());
    m_sql.candidates.finish();
    qint64 best = 0;
    double bestSimilarity = 0.0;
    for (const qint64 row : rows) {
        const double s = shingles::jaccard(item.shingleSet, shinglesOf(row));
        if (s >= shingles::kDuplicateJaccard && s > bestSimilarity) {
            best = row;
            bestSimilarity = s;
        }
    }
    if (!best)
        return 0;
    m_sql.groupOf.addBindValue(best);
    qint64 group = best;
    if (m_sql.groupOf.exec() && m_sql.groupOf.next())
        group = m_sql.groupOf.value(0).toLongLong();
    m_sql.groupOf.finish();
    return group;
}

bool BatchWriter::write(Item &item, ImportStats &stats, QString *error)
{
    const Article &a = *item.article;
    const qint64 group = duplicateGroup(item, error);
    if (group < 0)
        return false;
    QSqlQuery &q = item.state == State::New ? m_sql.insert : m_sql.update;
    const QVariantList values{a.id, a.path, a.format, a.encoding, a.meta.title, a.meta.date,
                              a.meta.source, a.meta.url, a.meta.language, a.title, a.language,
                              a.text, a.droppedBoilerplateChars, item.hash, item.fingerprint,
                              group ? QVariant(group) : QVariant()};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (item.state == State::Changed)
        q.addBindValue(item.row);
    if (!storesql::exec(q, error))
        return false;
    qint64 row = item.row;
    if (item.state == State::New) {
        row = q.lastInsertId().toLongLong();
    } else {
        m_sql.deleteBands.addBindValue(row);
        if (!storesql::exec(m_sql.deleteBands, error))
            return false;
    }
    if (!item.shingleSet.isEmpty()) {
        for (const qint64 key : item.keys) {
            m_sql.insertBand.addBindValue(key);
            m_sql.insertBand.addBindValue(row);
            if (!storesql::exec(m_sql.insertBand, error))
                return false;
        }
        if (m_shingleCache.size() > 8192) // bounds memory on very large imports
            m_shingleCache.clear();
        m_shingleCache.insert(row, item.shingleSet);
    }
    if (group)
        ++stats.duplicates;
    if (item.extract && !m_extractions.write(item.hash, item.extraction, a.text, error))
        return false;
    if (item.state == State::Changed && item.oldHash != item.hash) {
        m_sql.dropOrphan.addBindValue(item.oldHash);
        m_sql.dropOrphan.addBindValue(item.oldHash);
        if (!storesql::exec(m_sql.dropOrphan, error))
            return false;
    }
    return true;
}

// One batch on its way through the pipeline. Items point into `articles`, so a batch is
// never copied, only shared.
struct Batch
{
    QList<Article> articles;
    QList<Item> items;
    ImportStats stats;
};
using BatchPtr = std::shared_ptr<Batch>;

// Stage 1, on a worker: the next articles and their hashes.
BatchPtr readBatch(const CorpusStore::Source &source)
{
    auto batch = std::make_shared<Batch>();
    batch->articles = source();
    batch->items.resize(batch->articles.size());
    for (qsizetype i = 0; i < batch->articles.size(); ++i)
        batch->items[i].article = &batch->articles.at(i);
    for (Item &item : batch->items)
        computeHashes(item);
    return batch;
}

// Stage 3, on the workers: the expensive part, the engine and the shingles for duplicates.
void extractBatch(Batch &batch, const Engine &engine, QThreadPool *workers)
{
    QtConcurrent::blockingMap(workers, batch.items, [&engine](Item &item) {
        if (item.state != State::New && item.state != State::Changed)
            return;
        item.shingleSet = shingles::shingleSet(item.article->text);
        item.keys = shingles::bandKeys(item.shingleSet);
        if (item.extract)
            item.extraction = engine.extract(*item.article);
    });
}

// Stage 2, on the store's thread: what is new, changed or unchanged, and which contents need
// the engine. Runs before the previous batch is written, so what earlier batches of this
// import will write is tracked here rather than looked up.
class Planner
{
public:
    explicit Planner(QSqlDatabase &db) : m_findArticle(db), m_findExtraction(db)
    {
        m_findArticle.prepare(QStringLiteral("SELECT id, fingerprint, content_hash FROM articles "
                                             "WHERE path = ? AND article_id = ?"));
        m_findExtraction.prepare(QStringLiteral("SELECT 1 FROM extractions WHERE hash = ?"));
    }

    bool plan(Batch &batch, QString *error)
    {
        ImportStats &stats = batch.stats;
        for (Item &item : batch.items) {
            ++stats.articles;
            const Article &a = *item.article;
            const QString key = a.path + QChar(0x1f) + a.id;
            if (a.id.isEmpty() || a.text.isEmpty() || m_seen.contains(key)) {
                item.state = State::Skipped;
                ++stats.skipped;
                continue;
            }
            m_seen.insert(key);
            m_findArticle.addBindValue(a.path);
            m_findArticle.addBindValue(a.id);
            if (!storesql::exec(m_findArticle, error))
                return false;
            if (m_findArticle.next()) {
                item.row = m_findArticle.value(0).toLongLong();
                item.oldHash = m_findArticle.value(2).toByteArray();
                item.state = m_findArticle.value(1).toByteArray() == item.fingerprint
                                 ? State::Unchanged
                                 : State::Changed;
            }
            m_findArticle.finish();
            if (item.state == State::Unchanged) {
                ++stats.unchanged;
                ++stats.reused;
                continue;
            }
            ++(item.state == State::New ? stats.added : stats.updated);
            bool stored = m_extracting.contains(item.hash);
            if (!stored) {
                m_findExtraction.addBindValue(item.hash);
                if (!storesql::exec(m_findExtraction, error))
                    return false;
                stored = m_findExtraction.next();
                m_findExtraction.finish();
            }
            item.extract = !stored;
            if (item.extract) {
                m_extracting.insert(item.hash);
                ++stats.extracted;
            } else {
                ++stats.reused;
            }
        }
        return true;
    }

private:
    QSqlQuery m_findArticle;
    QSqlQuery m_findExtraction;
    QSet<QString> m_seen;          // path + id imported by this call
    QSet<QByteArray> m_extracting; // contents extracted by this call
};

} // namespace

ImportStats CorpusStore::importArticles(const QList<Article> &articles, const Engine &engine,
                                        const Progress &progress)
{
    qsizetype next = 0;
    const qsizetype size = m_batchSize;
    return importFrom(
        [&articles, &next, size] {
            const QList<Article> slice = articles.mid(next, size);
            next += slice.size();
            return slice;
        },
        engine, progress);
}

// Batch n is written while batch n + 1 is extracted and batch n + 2 read, so the single
// SQLite writer (the full-text index is most of its work) and the engine on the other cores
// run at the same time.
ImportStats CorpusStore::importFrom(const Source &source, const Engine &engine,
                                    const Progress &progress)
{
    ImportStats total;
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        total.error = QCoreApplication::translate("cpe::CorpusStore", "the store is not open");
        return total;
    }
    // Shingle sets of articles written during this call: copies of a story usually arrive
    // close together, and the exact check then needs no text from the disk.
    QHash<qint64, shingles::Shingles> shingleCache;
    Planner planner(db);
    // Threads: this one writes; one reads the next batch; the rest extract. The writer (the
    // trigram index is most of its work) is the slowest stage, so it keeps a core to itself.
    // The stages wait for maps on `workers`: run on the same pool they would take the
    // threads those maps need.
    QThreadPool stages, workers;
    stages.setMaxThreadCount(2);
    workers.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));

    BatchPtr current = readBatch(source);
    if (current->articles.isEmpty())
        return total;
    if (!planner.plan(*current, &total.error))
        return total;
    extractBatch(*current, engine, &workers);
    QFuture<BatchPtr> ahead = QtConcurrent::run(&stages, readBatch, std::cref(source));
    // Every return below waits for the reader first: it still uses `source`.
    auto stop = [&ahead, &total]() -> ImportStats {
        ahead.waitForFinished();
        return total;
    };

    while (current) {
        BatchPtr following = ahead.result();
        QFuture<void> extracting;
        if (following->articles.isEmpty()) {
            following.reset();
        } else {
            if (!planner.plan(*following, &total.error))
                return stop();
            extracting = QtConcurrent::run(&stages, extractBatch, std::ref(*following),
                                           std::cref(engine), &workers);
            ahead = QtConcurrent::run(&stages, readBatch, std::cref(source));
        }

        bool ok = db.transaction();
        if (!ok)
            total.error = db.lastError().text();
        {
            BatchWriter writer(db, shingleCache);
            for (Item &item : current->items) {
                if (ok && (item.state == State::New || item.state == State::Changed))
                    ok = writer.write(item, current->stats, &total.error);
            }
        }
        if (ok && !db.commit()) {
            total.error = db.lastError().text();
            ok = false;
        }
        extracting.waitForFinished();
        if (!ok) {
            db.rollback();
            return stop();
        }
        ++current->stats.batches;
        total += current->stats;
        if (progress && !progress(total))
            return stop();
        current = following;
    }
    return stop();
}

} // namespace cpe
