// Extraction on arbitrary text must not crash, and every record must point into the text it
// came from: evidence inside the article, its text equal to that span.

#include "engine.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void checkEvidence(const QList<cpe::Evidence> &evidence, const QString &text)
{
    for (const cpe::Evidence &e : evidence) {
        check(e.start >= 0 && e.start <= e.end && e.end <= text.size(), "evidence inside the text");
        check(QStringView(text).mid(e.start, e.end - e.start) == e.text, "evidence text is its span");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cpe::Article article;
    article.id = QStringLiteral("fuzz");
    article.text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const cpe::ArticleExtraction x = cpe::Engine::bundled().extract(article);
    for (const cpe::Partnership &p : x.partnerships) {
        check(!p.partnerId.isEmpty(), "partner id");
        check(p.confidence > 0.0 && p.confidence <= 1.0, "confidence in (0, 1]");
        checkEvidence(p.evidence, article.text);
    }
    for (const cpe::Pledge &p : x.pledges)
        checkEvidence(p.evidence, article.text);
    return 0;
}
