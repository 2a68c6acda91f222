#pragma once

#include "readerformats.h"

namespace cpe {

// Installs the poppler-based PDF reader into ArticleReader (see readerformats.h). Returns
// false when this build has no poppler; PDFs are then reported as skipped.
bool installPdfReader();

// The text layer of a PDF, page by page, with hard-wrapped lines joined into paragraphs.
// Never throws or crashes on a damaged file: the error says why there is no text ("no text
// layer (scanned PDF?)", "encrypted PDF", "damaged or not a PDF"). Thread-safe: one
// poppler document per call.
ExtractedDocument readPdfText(const QString &path);

} // namespace cpe
