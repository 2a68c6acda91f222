#pragma once

#include "exporter.h"

#include <QByteArray>
#include <QString>

namespace cpe {

class FilterEngine;

// The window's record exports: what the filter shows, in the command line's shapes. Records
// carry the store's notes (sources of syndicated copies, fields the user corrected, records
// the user added), so corrections are marked as the user's.
namespace recordexport {

enum class Records { Partnerships, Pledges };
enum class Format { Csv, Json };

// The accepted records of the filter, grouped by article in corpus order.
ExtractedCorpus filteredCorpus(const FilterEngine &engine, Records records);
QByteArray encode(const ExtractedCorpus &corpus, Records records, Format format);
// The pledges table as RFC 4180 CSV, UTF-8 with CRLF line ends (the partnerships table's
// companion in exporter.h).
QByteArray pledgesCsv(const ExtractedCorpus &corpus, const Gazetteer &gazetteer);
// Writes atomically (a failed export never replaces a good file); false with `error` set.
bool write(const QString &path, const QByteArray &bytes, QString *error);

} // namespace recordexport
} // namespace cpe
