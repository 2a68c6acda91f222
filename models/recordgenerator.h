#pragma once

#include <QtGlobal>

namespace cpe {

class RecordStore;

// Shape of a synthetic record set for benchmarks and model tests.
struct GeneratorOptions
{
    int partnerships = 1000000;
    int pledges = -1;             // -1: a tenth of the partnerships
    int recordsPerArticle = 10;   // on average; each article carries its records' sentences
    int partners = 200;           // real gazetteer countries, blocs and organisations
    int firstYear = 1985;
    int years = 40;
    quint32 seed = 1;
};

// Fills `store` (replacing its content, one reset) with generated articles, partnerships and
// pledges through the store's bulk path. Each record's evidence is the sentence of its
// article that states it, so evidence offsets and text search behave as on real data. The
// same options give the same records on every platform.
void generateRecords(RecordStore &store, const GeneratorOptions &options = {});

} // namespace cpe
