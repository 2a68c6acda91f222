#include "readerformats.h"

#include <atomic>

namespace cpe {

namespace {
// Set once at start-up, read by every reading thread.
std::atomic<PdfTextReader> g_pdfReader{nullptr};
} // namespace

void setPdfTextReader(PdfTextReader reader)
{
    g_pdfReader.store(reader);
}

PdfTextReader pdfTextReader()
{
    return g_pdfReader.load();
}

QStringList articleFileSuffixes()
{
    QStringList suffixes{QStringLiteral("txt"),  QStringLiteral("text"),     QStringLiteral("md"),
                         QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("htm"),
                         QStringLiteral("xhtml"), QStringLiteral("shtml"),   QStringLiteral("json"),
                         QStringLiteral("jsonl"), QStringLiteral("ndjson")};
    if (pdfTextReader())
        suffixes.append(QStringLiteral("pdf"));
    return suffixes;
}

} // namespace cpe
