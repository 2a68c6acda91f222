#include "engine.h"

#include "articlescan.h"
#include "cuebook.h"
#include "dateinference.h"
#include "partnershipfinder.h"
#include "pledgeparser.h"

#include <QFile>

namespace cpe {

namespace {

QByteArray resource(const char *path)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing bundled resource %s", path);
    return f.readAll();
}

} // namespace

class EnginePrivate
{
public:
    EnginePrivate(const Gazetteer &g, const Taxonomy &t)
        : gazetteer(g), taxonomy(t),
          book(g, t, resource(":/cpe/data/cues.json"), resource(":/cpe/data/anchors.json")),
          partnerships(book, g, t), pledges(book, g, t)
    {
    }

    const Gazetteer &gazetteer;
    const Taxonomy &taxonomy;
    CueBook book;
    PartnershipFinder partnerships;
    PledgeParser pledges;
};

Engine::Engine(const Gazetteer &gazetteer, const Taxonomy &taxonomy)
    : d(std::make_unique<EnginePrivate>(gazetteer, taxonomy))
{
}

Engine::~Engine() = default;

const Engine &Engine::bundled()
{
    static const Engine instance(Gazetteer::bundled(), Taxonomy::bundled());
    return instance;
}

const Gazetteer &Engine::gazetteer() const
{
    return d->gazetteer;
}

const Taxonomy &Engine::taxonomy() const
{
    return d->taxonomy;
}

ArticleExtraction Engine::extract(const Article &article) const
{
    ArticleExtraction x;
    // One scan per thread, its buffers reused from article to article.
    thread_local ArticleScan scan;
    scanArticle(d->book, d->gazetteer, article.text, scan);
    x.date = inferArticleDate(article, scan, d->book);
    x.partnerships = d->partnerships.find(scan, article.id, x.date);
    x.pledges = d->pledges.find(scan, article.id, x.date);
    return x;
}

} // namespace cpe
