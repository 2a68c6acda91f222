#pragma once

#include "articlescan.h"
#include "records.h"

#include <optional>

namespace cpe {

// An amount with its unit, as written ("100 billion U.S. dollars annually", "65%", "1,200 GW",
// "1000亿美元").
struct Quantity
{
    double value = 0.0;
    QString unit;
    qsizetype start = 0;
    qsizetype end = 0;
};

// The first amount in text[from, to), if any.
std::optional<Quantity> findQuantity(QStringView text, qsizetype from, qsizetype to);

// Finds targets that someone declared: a pledge cue ("peak emissions", "carbon neutral",
// "碳中和") with a deadline or an amount, and the actor who owns it.
class PledgeParser
{
public:
    PledgeParser(const CueBook &book, const Gazetteer &gazetteer, const Taxonomy &taxonomy)
        : m_book(book), m_gazetteer(gazetteer), m_taxonomy(taxonomy)
    {
    }

    QList<Pledge> find(const ArticleScan &scan, const QString &articleId,
                       const DateInfo &articleDate) const;

private:
    const CueBook &m_book;
    const Gazetteer &m_gazetteer;
    const Taxonomy &m_taxonomy;
};

} // namespace cpe
