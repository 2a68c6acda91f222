#pragma once

#include <QString>
#include <QStringView>
#include <cstddef>
#include <new>
#include <vector>

namespace cpe {

// Finds thousands of phrases (names, cues) in one pass over a text. Matching runs on a
// normalised view of the text, computed per character on the fly so nothing is copied:
// simple case folding, typographic apostrophes -> ', dashes -> '-', any whitespace -> ' ',
// fullwidth ASCII -> ASCII. Offsets therefore index the original text directly.
//
// The automaton is a deterministic Aho-Corasick machine (failure and output links folded
// into full transitions at build time): a dense table for the "narrow" (Latin, Greek,
// Cyrillic...) characters of the patterns, and for CJK characters a dense root row plus a
// short sorted list of per-state exceptions, so memory stays bounded with thousands of
// Chinese patterns. The dense table holds 16-bit state numbers (half the memory, so fewer
// cache misses per step) unless the automaton outgrows them. Word boundaries are part of
// the automaton: a boundary mark is read after every non-word character, so inside a word
// only patterns that may start there are followed. A step costs O(1), O(log k) for a CJK
// character in a state with k exceptions. findAll() is const and thread-safe.
class AhoCorasick final
{
public:
    enum Flag : quint8 { CaseSensitive = 1, WordBoundary = 2 };
    struct Match
    {
        qsizetype start = 0; // [start,end) UTF-16 offsets into the searched text
        qsizetype end = 0;
        int pattern = -1;
    };

    // Returns the pattern id (0, 1, 2...) or -1 for an empty pattern. Adding after build()
    // requires another build().
    int add(QStringView pattern, quint8 flags = WordBoundary);
    void build();
    bool isBuilt() const { return m_built; }

    int patternCount() const { return int(m_patterns.size()); }
    QStringView pattern(int id) const { return m_patterns[size_t(id)].original; }
    quint8 flags(int id) const { return m_patterns[size_t(id)].flags; }

    // Every match, overlapping ones included, ordered by start, then by length descending,
    // then by pattern id. Appends to `out`.
    void findAll(QStringView text, std::vector<Match> &out) const;
    // Keeps a leftmost-longest, non-overlapping subset, sorted by start: "Bloomberg
    // Philanthropies" wins over "Bloomberg", "中美洲" over "中美".
    static void keepLeftmostLongest(std::vector<Match> &matches);

    // The normalisation applied to text and patterns, exposed for callers that compare
    // strings the way the matcher does.
    static QChar normalized(QChar c, bool foldCase);
    // Letters, digits and marks, except CJK ideographs, kana and hangul.
    static bool isWordChar(char32_t ucs4);

    // Size of the automaton, for diagnostics and benchmarks.
    struct Stats
    {
        int states = 0;
        int symbols = 0;      // distinct normalised pattern characters, plus "other"
        int denseSymbols = 0; // columns of the dense table, "other" included
        int wideExceptions = 0;
        qint64 bytes = 0;
    };
    Stats stats() const;

    // Upper bound for the dense table; narrow symbols beyond it move to the exception lists.
    // Takes effect at the next build(); tests use 0 to force everything through them.
    static constexpr qint64 DefaultDenseBudgetBytes = 64 * 1024 * 1024;
    void setDenseBudgetBytes(qint64 bytes) { m_denseBudgetBytes = bytes; }
    // The dense table holds 16-bit state numbers while the automaton has at most this many
    // states, 32-bit ones beyond. Takes effect at the next build(); tests use 0 to force the
    // 32-bit table.
    static constexpr qint64 DefaultMaxCompactStates = 0x10000;
    void setMaxCompactStates(qint64 states) { m_maxCompactStates = states; }

private:
    struct Pattern
    {
        QString original;
        QString folded; // normalised, case folded: what the automaton matches
        QString exact;  // normalised without case folding: checked for CaseSensitive
        quint8 flags = 0;
        bool boundaryBefore = false;
        bool boundaryAfter = false;
    };
    // What a state reports, packed so that reporting touches one small array only.
    struct Output
    {
        qint32 pattern = -1;
        qint32 length = 0;
        quint8 checks = 0; // CheckBefore | CheckAfter | CheckCase
    };
    struct WideEdge
    {
        quint32 symbol = 0;
        quint32 next = 0; // a state number
    };

    // The table starts on a cache line, so the first rows (the root's and the shallow states',
    // the busiest) span as few lines as possible.
    template <typename T> struct CacheAligned
    {
        using value_type = T;
        CacheAligned() = default;
        template <typename U> CacheAligned(const CacheAligned<U> &) noexcept {}
        T *allocate(std::size_t n)
        {
            return static_cast<T *>(::operator new(n * sizeof(T), std::align_val_t(64)));
        }
        void deallocate(T *p, std::size_t) noexcept { ::operator delete(p, std::align_val_t(64)); }
        template <typename U> bool operator==(const CacheAligned<U> &) const noexcept
        {
            return true;
        }
        template <typename U> bool operator!=(const CacheAligned<U> &) const noexcept
        {
            return false;
        }
    };
    struct StateMeta
    {
        qint32 exceptionsBegin = 0;
        qint32 exceptionsEnd = 0;
        qint32 outputsBegin = 0;
        qint32 outputsEnd = 0;
    };
    // A reporting state reached by a step: where, and which state.
    struct Hit
    {
        qsizetype end = 0;
        quint32 state = 0;
    };
    // Numbers the states of the build-time table (rows by rank, clones after them) so that
    // the reporting ones come last, and stores the table with entries of the smallest width.
    void renumberStates(const std::vector<qint32> &table, quint32 rowWidth,
                        const std::vector<StateMeta> &meta);
    // Writes the matches of one hit from out[count] on (room made by the caller), keeping
    // out[0, count) in findAll() order, and returns the new count; `word` is the table of
    // word characters.
    inline size_t emitMatches(QStringView text, const quint8 *word, qsizetype end,
                              const StateMeta &meta, Match *out, size_t count) const;
    // Writes the matches of a stripe's hits, in findAll() order, to the start of `room`
    // (grown as needed, never shrunk) and returns how many there are.
    size_t emitAll(QStringView text, const std::vector<Hit> &hits, std::vector<Match> &room) const;
    quint32 wideStep(quint32 state, quint32 symbol) const;
    template <typename Entry>
    void findAllIn(const Entry *table, QStringView text, std::vector<Match> &out) const;

    // Stripes of one text scanned side by side by findAll().
    static constexpr int MaxStripes = 4;

    std::vector<Pattern> m_patterns;
    bool m_built = false;
    qint64 m_denseBudgetBytes = DefaultDenseBudgetBytes;
    qint64 m_maxCompactStates = DefaultMaxCompactStates;

    // Maps every UTF-16 unit to its symbol; 0 and 1 are "in no pattern".
    std::vector<quint16> m_class;
    quint32 m_denseSymbols = 0; // columns of the dense table
    int m_stateCount = 0;
    quint32 m_startState = 0;
    // States are numbered so that exactly those from here on report matches: a step tells
    // whether to report by comparing the state it reached, with no flag to mask off.
    quint32 m_firstReporting = 0;
    qsizetype m_maxLength = 0; // longest pattern, UTF-16 units
    // Row-major, state × dense symbol -> next state. One of the two is filled: 16-bit entries
    // halve the table (and the cache misses of the steps) whenever the states fit. Within
    // each group (silent, reporting), states are in breadth-first order so the shallow, busy
    // states share pages.
    std::vector<quint16, CacheAligned<quint16>> m_table16;
    std::vector<quint32, CacheAligned<quint32>> m_table32;
    std::vector<StateMeta> m_meta;      // per state number
    std::vector<quint32> m_rootWide;    // root transitions on symbols >= m_denseSymbols
    std::vector<WideEdge> m_exceptions; // per state, sorted by symbol
    std::vector<Output> m_outputs;      // per state, longest first, then by pattern id
};

} // namespace cpe
