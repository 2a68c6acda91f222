#pragma once

#include "article.h"
#include "records.h"

#include <QList>
#include <QMetaType>

namespace cpe {

// One article with what the engine found in it: the unit the loader hands to the record
// store, in batches, on the thread that owns the store.
struct LoadedArticle
{
    Article article;
    ArticleExtraction extraction;
};

using LoadedBatch = QList<LoadedArticle>;

} // namespace cpe

Q_DECLARE_METATYPE(cpe::LoadedArticle)
Q_DECLARE_METATYPE(cpe::LoadedBatch)
