#pragma once

#include <QStringList>
#include <QTextStream>

namespace cpe::cli {

// Each subcommand takes its own arguments (after the subcommand's name) and returns the
// process exit code. Messages for the user go to `err`; results to stdout or a file.
int runExport(const QStringList &args, QTextStream &err);
int runGenerate(const QStringList &args, QTextStream &err);
int runBench(const QStringList &args, QTextStream &err);
int runBenchModels(const QStringList &args, QTextStream &err); // bench models ...
int runBenchStore(const QStringList &args, QTextStream &err);  // bench store ...
int runImport(const QStringList &args, QTextStream &err);
int runStoreExport(const QStringList &args, QTextStream &err); // export --store FILE ...

} // namespace cpe::cli
