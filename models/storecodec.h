#pragma once

#include "records.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Internal to the corpus store: records to table rows and back. List-valued fields (sectors,
// cues, evidence) are JSON text, readable with SQLite's JSON functions for ad-hoc queries.
namespace cpe::storecodec {

QString listJson(const QStringList &list);
QStringList listFromJson(const QString &json);
// [[start, end], ...] with UTF-16 offsets into `text`, as the engine gives them. The span's
// text is stored only when it is not the article's own text at those offsets, so the store
// keeps each sentence once; fillEvidenceText() restores it on loading.
QString evidenceJson(const QList<Evidence> &evidence, const QString &text);
QList<Evidence> evidenceFromJson(const QString &json);
void fillEvidenceText(ArticleExtraction &x, const QString &text);

// Writes extractions with statements prepared once per batch.
class ExtractionWriter
{
public:
    explicit ExtractionWriter(QSqlDatabase &db);
    // `text` is the article text the extraction was made from.
    bool write(const QByteArray &hash, const ArticleExtraction &x, const QString &text,
               QString *error);

private:
    QSqlQuery m_extraction;
    QSqlQuery m_partnership;
    QSqlQuery m_pledge;
};

// Every stored extraction by content hash. Record article ids and evidence texts are left
// empty: one extraction serves every article with that content.
QHash<QByteArray, ArticleExtraction> readExtractions(QSqlDatabase &db, QString *error);

} // namespace cpe::storecodec
