#pragma once

#include "article.h"
#include "gazetteer.h"
#include "records.h"
#include "taxonomy.h"

#include <memory>

namespace cpe {

class EnginePrivate;

// Finds China's partnerships and the pledges an article mentions. Built once from the data in
// resources (gazetteer, taxonomy, cue lists, date anchors); extract() is const and safe to
// call from several threads at once.
class Engine
{
public:
    Engine(const Gazetteer &gazetteer, const Taxonomy &taxonomy);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    static const Engine &bundled();

    ArticleExtraction extract(const Article &article) const;

    const Gazetteer &gazetteer() const;
    const Taxonomy &taxonomy() const;

private:
    std::unique_ptr<EnginePrivate> d;
};

} // namespace cpe
