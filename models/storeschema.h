#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Internal to the corpus store: the SQLite schema, its migrations and small query helpers.
namespace cpe::storesql {

// PRAGMA user_version of a store this build writes.
constexpr int kSchemaVersion = 2;

// Brings the schema to kSchemaVersion, one migration step per transaction, so a store is
// never left between two versions. Refuses a store made by a newer build.
bool migrate(QSqlDatabase &db, QString *error);

// Runs `q` (already prepared and bound); on failure puts the driver's message in `error`.
bool exec(QSqlQuery &q, QString *error);
// Runs one statement without parameters.
bool run(QSqlDatabase &db, const QString &sql, QString *error);
QSqlQuery prepare(QSqlDatabase &db, const QString &sql, QString *error);

void setError(QString *error, const QString &message);

} // namespace cpe::storesql
