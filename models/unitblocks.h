#pragma once

#include <QtAlgorithms>
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cpe {

#if defined(__SSE2__)
// The sixteen UTF-16 units at `p` as sixteen bytes, for scans that look for ASCII units: those
// (and the rest of Latin-1) stay as they are, units from 0x100 to 0x7FFF saturate to 0xFF and
// units from 0x8000 on to 0. A byte compared with an ASCII unit other than NUL then stands for
// its unit, and one comparison covers twice the units of one on the units themselves.
inline __m128i packUnits16(const char16_t *p)
{
    return _mm_packus_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)),
                            _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8)));
}
#endif

// The first unit in [from, to) that is `a` or `b` (ASCII, not NUL), or `to`. Units up to
// `readable` (at least `to`) may be read, so that blocks run on past `to` rather than leaving
// the end of every range to the loop over single units. Sixteen units at a time: line ends and
// digits are looked for in every article, and most text holds few of them.
inline qsizetype indexOfAsciiEither(const char16_t *units, qsizetype from, qsizetype to, qsizetype readable,
                                    char a, char b)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
    for (; i < to && i + 16 <= readable; i += 16) {
        const __m128i bytes = packUnits16(units + i);
        const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, va), _mm_cmpeq_epi8(bytes, vb)));
        if (mask != 0)
            return std::min(to, i + qsizetype(qCountTrailingZeroBits(quint32(mask))));
    }
#else
    Q_UNUSED(readable);
#endif
    for (; i < to; ++i) {
        if (units[i] == char16_t(a) || units[i] == char16_t(b))
            return i;
    }
    return to;
}

} // namespace cpe
