#pragma once

#include <QList>
#include <QStringView>
#include <array>

namespace cpe {

// Near-duplicate detection for syndicated articles: the same story republished with another
// header, byline or footer. An article becomes a set of hashed 5-token shingles (words for
// alphabetic scripts, single characters for Chinese), so a changed line touches only the few
// shingles that overlap it. MinHash band keys find candidate pairs cheaply through an index;
// the exact shingle-set Jaccard similarity then decides.
namespace shingles {

constexpr int kShingleTokens = 5;
constexpr int kBands = 10;       // band keys per article
constexpr int kRowsPerBand = 4; // MinHash values combined into one band key
constexpr double kDuplicateJaccard = 0.8;

using Shingles = QList<quint64>; // sorted, unique
using BandKeys = std::array<qint64, kBands>;

Shingles shingleSet(QStringView text);
// |a ∩ b| / |a ∪ b| of two sorted unique sets; 0 when both are empty.
double jaccard(const Shingles &a, const Shingles &b);
// Two articles whose sets have Jaccard similarity s share at least one key with probability
// 1 - (1 - s^4)^10: 0.995 at s = 0.8, 0.08 at s = 0.3, so templated but different stories
// rarely need the exact check.
BandKeys bandKeys(const Shingles &set);

} // namespace shingles
} // namespace cpe
