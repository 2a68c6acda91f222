#pragma once

#include "corpusstore.h"
#include "exporter.h"
#include "loadedarticle.h"

#include <QList>

// Internal to the corpus store: turning stored extractions into what the user sees. Pure
// functions over loaded articles, so they are tested without a database.
namespace cpe::storerecords {

// Cue prefixes the store adds to records; exports turn them into fields.
inline QLatin1String sourceCue() { return QLatin1String("source:"); }
inline QLatin1String userCue() { return QLatin1String("user:"); }

// `groups` is parallel to `articles` (import order): the duplicate group of each. Within a
// group, a record that several copies report stays with the first copy that reports it,
// with a "source:<article id>" cue for every copy; the other copies lose it, so it counts once.
void mergeDuplicates(QList<LoadedArticle> &articles, const QList<qint64> &groups);

// Applies corrections in the order they were made, each to the records as earlier ones left
// them (a user who changed a partner and then its sectors named the new partner the second
// time). A correction made on one copy of a syndicated story also finds the merged record.
void applyCorrections(QList<LoadedArticle> &articles, const QList<qint64> &groups,
                      const QList<Correction> &corrections);

// The export shape: store cues become record notes (sources, corrected fields, user flag).
ExtractedCorpus exportCorpus(const QList<LoadedArticle> &articles);

} // namespace cpe::storerecords
