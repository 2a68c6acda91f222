#pragma once

#include <QString>
#include <QStringList>

namespace cpe {

// Formats the model library reads through a reader installed at start-up rather than by
// itself. PDF needs poppler, which pulls in Qt Gui; the model library stays on Qt Core, and
// programs that want PDFs install models/pdf's reader (installPdfReader()) before reading.
// Without one, PDFs are reported as skipped ("PDF reading is not available").

// What a document reader got out of one file: its text, or why there is none.
struct ExtractedDocument
{
    QString text;  // plain text; paragraphs separated by blank lines
    QString title; // from the document's own metadata; may be empty
    QString error; // set when the file gives no text: a short phrase for the user
};

using PdfTextReader = ExtractedDocument (*)(const QString &path);

// Installs (or, with nullptr, removes) the PDF reader. Call before any reading starts: the
// readers on worker threads load it without a lock.
void setPdfTextReader(PdfTextReader reader);
PdfTextReader pdfTextReader();

// PDFs larger than this are skipped as too large: a scan of hundreds of pages can be this big
// without a line of text, and poppler would spend long seconds on it.
inline constexpr qint64 kMaxPdfBytes = 128 * 1024 * 1024;

// Lower-case suffixes (no dot) of the files ArticleReader reads as articles, for file
// dialogs: "pdf" only when a PDF reader is installed. Files with other suffixes are still
// read as text when given.
QStringList articleFileSuffixes();

} // namespace cpe
