#include "commands.h"
#include "options.h"

#include "articlereader.h"
#include "corpusgenerator.h"
#include "engine.h"


#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cpe::cli {

namespace {

void printJson(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

// The size of text.toUtf8() without building it: the timed loop should not pay for a copy
// of every article. A surrogate without its partner comes out as one byte ('?') there.
qint64 utf8Size(QStringView text)
{
    const char16_t *const units = text.utf16();
    const qsizetype n = text.size();
    qint64 bytes = 0;
    qsizetype i = 0;
    while (i < n) {
#if defined(__SSE2__)
        if (i + 8 <= n) {
            // Eight units at a time unless one is a surrogate: a byte each, one more from
            // U+0080 on and one more again from U+0800 on (two mask bits per unit).
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + i));
            const __m128i zero = _mm_setzero_si128();
            const __m128i top9 = _mm_and_si128(v, _mm_set1_epi16(qint16(0xFF80)));
            const __m128i top5 = _mm_and_si128(v, _mm_set1_epi16(qint16(0xF800)));
            const uint ascii = uint(_mm_movemask_epi8(_mm_cmpeq_epi16(top9, zero)));
            if (ascii == 0xFFFF) { // English text, mostly
                bytes += 8;
                i += 8;
                continue;
            }
            if (!_mm_movemask_epi8(_mm_cmpeq_epi16(top5, _mm_set1_epi16(qint16(0xD800))))) {
                const uint belowU800 = uint(_mm_movemask_epi8(_mm_cmpeq_epi16(top5, zero)));
                bytes +=
                    8 + (16 - qPopulationCount(ascii)) / 2 + (16 - qPopulationCount(belowU800)) / 2;
                i += 8;
                continue;
            }
        }
#endif
        const char16_t c = units[i++];
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (!QChar::isSurrogate(c)) {
            bytes += 3;
        } else if (QChar::isHighSurrogate(c) && i < n && QChar::isLowSurrogate(units[i])) {
            bytes += 4;
            ++i;
        } else {
            bytes += 1;
        }
    }
    return bytes;
}

// CPU time of the calling thread, or -1 where it cannot be read. On a shared machine the wall
// clock also counts the time the thread waited for a core; this counts what it ran.
qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
    return -1;
}

// Reading, decoding, cleaning and extraction of every file, one after another on one thread:
// the figure is what one core sustains for the whole pipeline.
int benchExtract(const Options &opts, QTextStream &err)
{
    QStringList corpora = opts.values(QStringLiteral("--corpus"));
    if (corpora.isEmpty())
        corpora.append(ArticleReader::bundledCorpusPath());
    ArticleReader reader;
    const Engine &engine = Engine::bundled();
    QStringList files;
    for (const QString &c : corpora)
        files += reader.listFiles(c);
    if (files.isEmpty()) {
        err << QCoreApplication::translate("cli", "bench extract: no article files found") << '\n';
        return 1;
    }
    qint64 chars = 0, utf8Bytes = 0, partnerships = 0, pledges = 0, articles = 0;
    // More passes re-extract the articles kept in memory: a steadier extraction figure, and a
    // profile that is not dominated by reading files.
    const int passes = std::max(1, opts.value(QStringLiteral("--passes"), QStringLiteral("1")).toInt());
    std::vector<Article> kept;
    qint64 extractNs = 0;
    QElapsedTimer total, part;
    total.start();
    for (const QString &f : files) {
        const ReadResult read = reader.readFile(f);
        for (const Article &a : read.articles) {
            part.start();
            const ArticleExtraction x = engine.extract(a);
            extractNs += part.nsecsElapsed();
            chars += a.text.size();
            utf8Bytes += utf8Size(a.text);
            partnerships += x.partnerships.size();
            pledges += x.pledges.size();
            ++articles;
            if (passes > 1)
                kept.push_back(a);
        }
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const double mb = double(utf8Bytes) / 1e6;
    std::vector<double> passRates{mb / (double(extractNs) / 1e9)};
    std::vector<double> cpuRates;
    for (int p = 1; p < passes; ++p) {
        const qint64 cpuBefore = threadCpuNs();
        part.start();
        for (const Article &a : kept)
            (void)engine.extract(a);
        passRates.push_back(mb / (double(part.nsecsElapsed()) / 1e9));
        const qint64 cpuAfter = threadCpuNs();
        if (cpuBefore >= 0 && cpuAfter > cpuBefore)
            cpuRates.push_back(mb / (double(cpuAfter - cpuBefore) / 1e9));
    }
    std::sort(passRates.begin(), passRates.end());
    std::sort(cpuRates.begin(), cpuRates.end());
    printJson(QJsonObject{{QStringLiteral("files"), double(files.size())},
                          {QStringLiteral("articles"), double(articles)},
                          {QStringLiteral("text_mb"), mb},
                          {QStringLiteral("seconds"), seconds},
                          {QStringLiteral("mb_per_s"), mb / seconds},
                          {QStringLiteral("extract_only_mb_per_s"), mb / (double(extractNs) / 1e9)},
                          {QStringLiteral("passes"), passes},
                          {QStringLiteral("extract_only_median_mb_per_s"), passRates[passRates.size() / 2]},
                          {QStringLiteral("extract_only_best_mb_per_s"), passRates.back()},
                          {QStringLiteral("extract_only_cpu_median_mb_per_s"),
                           cpuRates.empty() ? QJsonValue() : QJsonValue(cpuRates[cpuRates.size() / 2])},
                          {QStringLiteral("partnerships"), double(partnerships)},
                          {QStringLiteral("pledges"), double(pledges)}});
    return 0;
}

} // namespace

int runBench(const QStringList &args, QTextStream &err)
{
    if (args.isEmpty()) {
        err << QCoreApplication::translate("cli", "bench: say what to measure: extract, models, store") << '\n';
        return 2;
    }
    const Options opts(args.mid(1));
    if (args.first() == QLatin1String("extract"))
        return benchExtract(opts, err);
    if (args.first() == QLatin1String("models"))
        return runBenchModels(args.mid(1), err);
    if (args.first() == QLatin1String("store"))
        return runBenchStore(args.mid(1), err);
    err << QCoreApplication::translate("cli", "bench: unknown benchmark %1").arg(args.first()) << '\n';
    return 2;
}

int runGenerate(const QStringList &args, QTextStream &err)
{
    const Options opts(args);
    const QString out = opts.value(QStringLiteral("--out"));
    bool ok = false;
    const double mb = opts.value(QStringLiteral("--mb"), QStringLiteral("50")).toDouble(&ok);
    if (out.isEmpty() || !ok || mb <= 0) {
        err << QCoreApplication::translate("cli", "generate: needs --out DIR and a positive --mb") << '\n';
        return 2;
    }
    const quint32 seed = opts.value(QStringLiteral("--seed"), QStringLiteral("1")).toUInt();
    generateCorpus(out, qint64(mb * 1e6), seed);
    return 0;
}

} // namespace cpe::cli
