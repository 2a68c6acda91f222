#pragma once

#include <QString>
#include <vector>

namespace cpe {

class RecordStore;

// Which records a free-text query finds: one byte per record, 1 when the query occurs
// (case-insensitively) in the partner's names in either language or id, in a sector's or
// pledge kind's label in either language, or inside the record's evidence text.
struct QueryMatch
{
    QString query;
    std::vector<quint8> partnerships;
    std::vector<quint8> pledges;
};

// Scans each article's text once and checks its occurrences against the evidence spans of the
// article's records; articles are spread over the thread pool. With `candidates` (one byte
// per article, from a full-text index), only the texts of articles marked 1 are scanned: the
// others cannot hold the query, so their records match by names and labels alone.
QueryMatch matchQuery(const RecordStore &store, const QString &query,
                      const std::vector<quint8> *candidates = nullptr);

} // namespace cpe
