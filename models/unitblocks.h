#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>

namespace cpe {

// The sixteen UTF-16 units at `p` as sixteen bytes, for scans that look for ASCII units: those
// (and the rest of Latin-1) stay as they are, units from 0x100 to 0x7FFF saturate to 0xFF and
// units from 0x8000 on to 0. A byte compared with an ASCII unit other than NUL then stands for
// its unit, and one comparison covers twice the units of one on the units themselves.
inline __m128i packUnits16(const char16_t *p)
{
    return _mm_packus_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)),
                            _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8)));
}

} // namespace cpe
#endif
