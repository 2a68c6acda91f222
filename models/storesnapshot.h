#pragma once

#include "records.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Internal to the corpus store: every stored extraction as one binary blob, so re-opening a
// store reads one row instead of a hundred thousand record rows with JSON columns.
//
// The blob is a cache of the partnership and pledge tables, never the only copy. Triggers
// delete it whenever an extraction is inserted, updated or deleted (records are only ever
// written together with a new extraction row), and it is rebuilt the next time the store is
// loaded. Strings are kept once in a table and records refer to them by index: cues,
// sectors and partner ids repeat across thousands of records, and decoding them shares one
// QString instead of allocating each.
namespace cpe::storesnapshot {

using Extractions = QHash<QByteArray, ArticleExtraction>;

QByteArray encode(const Extractions &extractions);
// Empty when the blob is damaged, truncated or of another format.
std::optional<Extractions> decode(const QByteArray &blob);

// The stored snapshot, if there is one of this build's format.
std::optional<Extractions> read(QSqlDatabase &db);
// Stores `extractions`, read from the record tables in the transaction that is open on `db`.
// Returns false when the store cannot be written (read-only, or changed by another
// connection since that transaction's first read); the caller rolls back and goes on.
bool write(QSqlDatabase &db, const Extractions &extractions);

} // namespace cpe::storesnapshot
