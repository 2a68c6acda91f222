#include "pdfreader.h"

#include "textdecode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#ifdef CPE_HAVE_POPPLER
#include <poppler-qt6.h>
#endif

#include <algorithm>
#include <memory>

namespace cpe {

namespace {

// The reasons share ArticleReader's translation context: every reading issue is one list for
// translators.
struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(cpe::ArticleReader)
};

#ifdef CPE_HAVE_POPPLER
// Poppler's own complaints about damaged files: QT_LOGGING_RULES="cpe.pdf.debug=true".
Q_LOGGING_CATEGORY(lcPdf, "cpe.pdf", QtWarningMsg)

// A page's text comes one printed line per line. Lines are joined into paragraphs so that the
// extractor sees whole sentences: a line that stops well short of the longest line on the
// page ends its paragraph (the last line of a paragraph, a heading); a hyphen at a line end
// before a lower-case letter is a word split by the typesetter; Chinese lines join without a
// space.
QString joinLines(const QString &page)
{
    const QStringList lines = page.split(u'\n');
    qsizetype longest = 0;
    for (const QString &line : lines)
        longest = std::max(longest, QStringView(line).trimmed().size());
    QString out;
    out.reserve(page.size());
    bool open = false; // the last paragraph of `out` may take more lines
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            if (open)
                out += QLatin1String("\n\n");
            open = false;
            continue;
        }
        if (open) {
            const QChar last = out.back();
            const QChar first = line.front();
            if (last == u'-' && first.isLower())
                out.chop(1);
            else if (!(isHan(last.unicode()) && isHan(first.unicode())))
                out += u' ';
        }
        out += line;
        open = line.size() * 10 >= longest * 6;
        if (!open)
            out += QLatin1String("\n\n");
    }
    return out.trimmed();
}

// Titles that are a file name ("Microsoft Word - brief.docx") say nothing about the article.
QString usableTitle(const QString &title)
{
    static const QRegularExpression fileName(
        QStringLiteral("(^Microsoft \\w+ - |\\.(docx?|pdf|odt|rtf|indd|pptx?)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString t = title.simplified();
    return fileName.match(t).hasMatch() ? QString() : t;
}

void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf).noquote() << message;
}
#endif

} // namespace

ExtractedDocument readPdfText(const QString &path)
{
    ExtractedDocument result;
#ifdef CPE_HAVE_POPPLER
    // Poppler refuses damaged files by returning null, never by throwing.
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        result.error = PdfText::tr("damaged or not a PDF");
        return result;
    }
    if (doc->isLocked()) {
        result.error = PdfText::tr("encrypted PDF (needs a password)");
        return result;
    }
    const int pages = doc->numPages();
    if (pages <= 0) {
        result.error = PdfText::tr("PDF without pages");
        return result;
    }
    // A book-length PDF is not a news article; its first pages are enough to be useful and
    // the rest would hold a reading thread for minutes.
    constexpr int kMaxPages = 500;
    QStringList paragraphs;
    for (int i = 0; i < std::min(pages, kMaxPages); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        const QString text = joinLines(page->text(QRectF()));
        if (!text.isEmpty())
            paragraphs.append(text);
    }
    result.text = paragraphs.join(QLatin1String("\n\n"));
    if (result.text.trimmed().isEmpty()) {
        result.text.clear();
        result.error = PdfText::tr("no text layer (scanned PDF?)");
        return result;
    }
    result.title = usableTitle(doc->info(QStringLiteral("Title")));
#else
    Q_UNUSED(path)
    result.error = PdfText::tr("PDF reading is not available in this build");
#endif
    return result;
}

bool installPdfReader()
{
#ifdef CPE_HAVE_POPPLER
    // Damaged files make poppler print to stderr; they are reported as skipped files instead.
    Poppler::setDebugErrorFunction(&popplerMessage, QVariant());
    setPdfTextReader(&readPdfText);
    return true;
#else
    return false;
#endif
}

} // namespace cpe
