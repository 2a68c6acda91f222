#include "shingles.h"

#include <algorithm>
#include <limits>

namespace cpe::shingles {

namespace {

constexpr quint64 kFnvOffset = 14695981039346656037ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;

// splitmix64's finaliser: spreads every input bit over the output, which MinHash needs from
// its hash family.
quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

bool isHan(char16_t c)
{
    return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

// Token hashes in text order. Case and punctuation are ignored: syndication often changes
// neither, but copy editing sometimes does, and neither makes a different story.
QList<quint64> tokenHashes(QStringView text)
{
    QList<quint64> out;
    out.reserve(text.size() / 5);
    quint64 h = kFnvOffset;
    bool inWord = false;
    auto flush = [&] {
        if (inWord)
            out.append(h);
        h = kFnvOffset;
        inWord = false;
    };
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isHan(c)) {
            flush();
            out.append(mix(c));
        } else if (ch.isLetterOrNumber() || ch.isSurrogate() || ch.isMark()) {
            h = (h ^ ch.toLower().unicode()) * kFnvPrime;
            inWord = true;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace

Shingles shingleSet(QStringView text)
{
    const QList<quint64> tokens = tokenHashes(text);
    Shingles out;
    if (tokens.isEmpty())
        return out;
    // A text shorter than one shingle is one shingle of all its tokens.
    const qsizetype width = std::min<qsizetype>(kShingleTokens, tokens.size());
    out.reserve(tokens.size() - width + 1);
    for (qsizetype i = 0; i + width <= tokens.size(); ++i) {
        quint64 h = 0;
        for (qsizetype k = 0; k < width; ++k)
            h = mix(h + tokens.at(i + k));
        out.append(h);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const Shingles &a, const Shingles &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0.0;
    qsizetype i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i) < b.at(j)) {
            ++i;
        } else if (b.at(j) < a.at(i)) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

BandKeys bandKeys(const Shingles &set)
{
    constexpr int n = kBands * kRowsPerBand;
    std::array<quint64, n> minima;
    minima.fill(std::numeric_limits<quint64>::max());
    for (const quint64 s : set) {
        for (int i = 0; i < n; ++i)
            minima[i] = std::min(minima[i], mix(s ^ (0x9e3779b97f4a7c15ULL * quint64(i + 1))));
    }
    BandKeys keys{};
    for (int b = 0; b < kBands; ++b) {
        quint64 h = mix(quint64(b) + 1);
        for (int r = 0; r < kRowsPerBand; ++r)
            h = mix(h ^ minima[b * kRowsPerBand + r]);
        keys[b] = qint64(h);
    }
    return keys;
}

} // namespace cpe::shingles
