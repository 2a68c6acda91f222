#pragma once

#include <QStringView>
#include <QtGlobal>
#include <algorithm>
#include <numeric>
#include <vector>

namespace cpe {

// Stable orderings of all records by one key, for sort(). Ties keep store order in both
// directions, so the result does not depend on the sort algorithm.
template<typename Key>
std::vector<int> sortByNumber(int count, Key key, Qt::SortOrder order)
{
    std::vector<std::pair<double, int>> keyed(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        keyed[size_t(i)] = {key(i), i};
    if (order == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
    std::vector<int> out(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        out[size_t(i)] = keyed[size_t(i)].second;
    return out;
}

// Text keys compare as QString's operator< does (UTF-16 code units), which is also how
// QVariant orders the SortRole strings.
template<typename Key>
std::vector<int> sortByText(int count, Key key, Qt::SortOrder order)
{
    std::vector<int> out(static_cast<size_t>(count));
    std::iota(out.begin(), out.end(), 0);
    if (order == Qt::AscendingOrder)
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return key(a) < key(b); });
    else
        std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return key(b) < key(a); });
    return out;
}

// Ranks of a small table's entries by their text, so a text column sorts as numbers.
template<typename Text>
std::vector<int> textRanks(int count, Text text)
{
    std::vector<int> byText(static_cast<size_t>(count));
    std::iota(byText.begin(), byText.end(), 0);
    std::stable_sort(byText.begin(), byText.end(), [&](int a, int b) { return text(a) < text(b); });
    std::vector<int> rank(static_cast<size_t>(count));
    for (int r = 0; r < count; ++r)
        rank[size_t(byText[size_t(r)])] = r;
    return rank;
}

} // namespace cpe
