#pragma once

#include <QString>

namespace cpe {

struct CorpusStats
{
    int files = 0;
    int englishFiles = 0;
    int chineseFiles = 0;
    qint64 bytes = 0; // UTF-8 bytes written
};

// Writes a synthetic news corpus for benchmarking the extraction engine: files
// gen_000001.txt, gen_000002.txt... in `outDir` (created if missing), one UTF-8 article each,
// about 70% English and 30% Chinese, 3-8 KB, totalling `targetBytes` within a few percent.
// Articles mimic resources/corpus/seeds: China cooperating with countries and organisations
// on climate, pledges, dates, filler and distractor mentions. The same seed always gives the
// same bytes, on every platform. Existing gen_*.txt files are overwritten, others left alone.
bool generateCorpus(const QString &outDir, qint64 targetBytes, quint32 seed,
                    CorpusStats *stats = nullptr, QString *error = nullptr);

// One article as generateCorpus() would write it for `seed` and 0-based `index`, at about
// `targetBytes` UTF-8 bytes; for benchmarks that want text without touching the disk.
QString generateArticle(quint32 seed, int index, int targetBytes, bool chinese);

} // namespace cpe
