#pragma once

#include "articlescan.h"
#include "records.h"

namespace cpe {

// Finds China's partners in a scanned article: a partner is named in a sentence that says
// China cooperates with it, bound to China by the wording ("with X", "China and X",
// "Sino-X", "中X", "与X"), not merely present (a host city, a news agency, a report's author).
class PartnershipFinder
{
public:
    PartnershipFinder(const CueBook &book, const Gazetteer &gazetteer, const Taxonomy &taxonomy)
        : m_book(book), m_gazetteer(gazetteer), m_taxonomy(taxonomy)
    {
    }

    QList<Partnership> find(const ArticleScan &scan, const QString &articleId,
                            const DateInfo &articleDate) const;

private:
    const CueBook &m_book;
    const Gazetteer &m_gazetteer;
    const Taxonomy &m_taxonomy;
};

} // namespace cpe
