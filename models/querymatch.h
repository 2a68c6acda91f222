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
// article's records; articles are spread over the thread pool.
QueryMatch matchQuery(const RecordStore &store, const QString &query);

} // namespace cpe
