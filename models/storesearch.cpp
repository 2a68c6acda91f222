// CorpusStore::search and CorpusStore::verify: the read-only queries over the whole store.

#include "corpusstore.h"

#include "storeschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cpe {

namespace {

// The index keeps trigrams without positions (detail=none), so a term is looked up as all of
// its trigrams, each a quoted FTS5 string (inner quotes doubled), and confirmed by LIKE.
QString trigramQuery(const QString &term)
{
    const QList<uint> chars = term.toUcs4();
    QStringList grams;
    for (qsizetype i = 0; i + 3 <= chars.size(); ++i) {
        QString g = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + i), 3);
        g.replace(QLatin1Char('"'), QLatin1String("\"\""));
        grams.append(QLatin1Char('"') + g + QLatin1Char('"'));
    }
    grams.removeDuplicates();
    return grams.join(QLatin1String(" AND "));
}

QString likePattern(const QString &term)
{
    QString t = term;
    t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    t.replace(QLatin1Char('%'), QLatin1String("\\%"));
    t.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

} // namespace

bool CorpusStore::searchCoversAnyCase(const QString &query)
{
    for (const QChar c : query) {
        if (c.unicode() >= 0x80 && (c.isLower() || c.isUpper() || c.isTitleCase()))
            return false;
    }
    return true;
}

QStringList CorpusStore::search(const QString &query) const
{
    QStringList out;
    QSqlDatabase db = database();
    const QStringList terms = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!db.isOpen() || terms.isEmpty())
        return out;
    // Every term is confirmed with LIKE. Terms of three or more characters first narrow the
    // rows through the trigram index; shorter ones (two-character Chinese words such as
    // 中美, 气候) have no trigram and rely on the scan alone.
    QStringList indexed;
    for (const QString &t : terms) {
        if (t.toUcs4().size() >= 3)
            indexed.append(trigramQuery(t));
    }
    QStringList conditions;
    for (qsizetype i = 0; i < terms.size(); ++i)
        conditions.append(QStringLiteral("(a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')"));
    QString sql;
    if (indexed.isEmpty()) {
        sql = QStringLiteral("SELECT a.article_id FROM articles a WHERE %1 ORDER BY a.id")
                  .arg(conditions.join(QLatin1String(" AND ")));
    } else {
        conditions.prepend(QStringLiteral("articles_fts MATCH ?"));
        sql = QStringLiteral("SELECT a.article_id FROM articles_fts JOIN articles a "
                             "ON a.id = articles_fts.rowid WHERE %1 ORDER BY a.id")
                  .arg(conditions.join(QLatin1String(" AND ")));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!indexed.isEmpty())
        q.addBindValue(indexed.join(QLatin1String(" AND ")));
    for (const QString &t : terms) {
        q.addBindValue(likePattern(t));
        q.addBindValue(likePattern(t));
    }
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    out.removeDuplicates();
    return out;
}

std::optional<QStringList> CorpusStore::searchCandidates(const QString &query) const
{
    QSqlDatabase db = database();
    QStringList indexed;
    for (const QString &t : query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (t.toUcs4().size() >= 3)
            indexed.append(trigramQuery(t));
    }
    if (!db.isOpen() || indexed.isEmpty() || !searchCoversAnyCase(query))
        return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.article_id FROM articles_fts JOIN articles a "
                             "ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? "
                             "ORDER BY a.id"));
    q.addBindValue(indexed.join(QLatin1String(" AND ")));
    if (!q.exec())
        return std::nullopt;
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    out.removeDuplicates();
    return out;
}

bool CorpusStore::verify(QString *problem) const
{
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        storesql::setError(problem, QCoreApplication::translate("cpe::CorpusStore",
                                                                "the store is not open"));
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        storesql::setError(problem, q.lastError().text());
        return false;
    }
    const QString integrity = q.value(0).toString();
    if (integrity != QLatin1String("ok")) {
        storesql::setError(problem, integrity);
        return false;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next()) {
        storesql::setError(problem, QCoreApplication::translate(
                                        "cpe::CorpusStore", "records refer to missing extractions"));
        return false;
    }
    q.finish();
    // The full-text index against the articles it was built from.
    if (!q.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"))) {
        storesql::setError(problem, q.lastError().text());
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                               "(SELECT 1 FROM extractions e WHERE e.hash = a.content_hash)")) ||
        !q.next()) {
        storesql::setError(problem, q.lastError().text());
        return false;
    }
    if (const int missing = q.value(0).toInt()) {
        storesql::setError(problem, QCoreApplication::translate(
                                        "cpe::CorpusStore", "%n article(s) without extraction",
                                        nullptr, missing));
        return false;
    }
    return true;
}

} // namespace cpe
