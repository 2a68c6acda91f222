#include "segmenter.h"

#include "casefold.h"
#include "unitblocks.h"

#include <QtAlgorithms>
#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cpe {

namespace {

// Words after which a period is part of the word, not the end of a sentence. Compared
// case-sensitively: "No. 5" is an abbreviation, "said no. Then" is not. Dotted initials
// (U.S, e.g, D.C) and single capitals are recognised by shape and need no entry.
// QStringViews of literals, so their lengths are known at compile time: this list is
// compared against every period that may end a sentence.
constexpr std::array<QStringView, 38> Abbreviations = {
    u"Mr",  u"Mrs", u"Ms",  u"Dr",   u"Prof", u"St",  u"Sr",  u"Jr",    u"Gen",  u"Gov",
    u"Sen", u"Rep", u"Lt",  u"Col",  u"Capt", u"Inc", u"Ltd", u"Co",    u"Corp", u"vs",
    u"etc", u"No",  u"Nos", u"Art",  u"Fig",  u"Jan", u"Feb", u"Mar",   u"Apr",  u"Jun",
    u"Jul", u"Aug", u"Sep", u"Sept", u"Oct",  u"Nov", u"Dec", u"approx"};

constexpr qsizetype longest(const std::array<QStringView, 38> &words)
{
    qsizetype n = 0;
    for (QStringView w : words)
        n = std::max(n, w.size());
    return n;
}
constexpr qsizetype LongestAbbreviation = longest(Abbreviations);

// How far back a period looks for its word; bounds the work per period so the whole pass
// stays linear even on pathological input.
constexpr qsizetype MaxAbbreviationLength = 16;

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x0085 || c == 0x2028 ||
           c == 0x2029;
}

bool isCjk(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF) || QChar::isHighSurrogate(c);
}

bool isChineseTerminator(char16_t c)
{
    return c == 0x3002 || c == 0xFF61 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B;
}

bool isEnglishTerminator(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == 0x2026;
}

bool isCloser(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'}':
    case 0x201D:
    case 0x2019:
    case 0x300D:
    case 0x300F:
    case 0xFF09:
    case 0x300B:
    case 0x3009:
    case 0x3011:
    case 0x3015:
    case 0xFF3D:
        return true;
    default:
        return false;
    }
}

bool isOpener(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\'':
    case u'(':
    case u'[':
    case 0x201C:
    case 0x2018:
    case 0x300C:
    case 0x300E:
    case 0xFF08:
    case 0x300A:
    case 0x3008:
    case 0x3010:
    case 0x3014:
        return true;
    default:
        return false;
    }
}

bool isHorizontalSpace(char16_t c)
{
    return !isLineBreak(c) && QChar::isSpace(c);
}

// Whether the period at `dot` belongs to the word before it.
bool endsAbbreviation(QStringView text, qsizetype dot)
{
    qsizetype begin = dot;
    while (begin > 0 && dot - begin < MaxAbbreviationLength &&
           (QChar::isLetter(text[begin - 1].unicode()) || text[begin - 1] == u'.'))
        --begin;
    const QStringView word = text.mid(begin, dot - begin);
    if (word.isEmpty())
        return false;
    if (word.size() == 1)
        return word[0].isUpper();
    // Dotted initials: a letter, then ".x" pairs ("U.S", "e.g", "U.S.A").
    bool initials = word.size() % 2 == 1;
    for (qsizetype i = 0; i < word.size() && initials; ++i)
        initials = (i % 2 == 0) ? word[i].isLetter() : word[i] == u'.';
    if (initials)
        return true;
    if (word.size() > LongestAbbreviation)
        return false; // most words that end a sentence, compared with no entry
    for (QStringView abbreviation : Abbreviations)
        if (word.size() == abbreviation.size() && word == abbreviation)
            return true;
    return false;
}

// "1." or "IV." opening a line numbers a list item or a section heading.
bool isEnumerator(QStringView text, qsizetype lineStart, qsizetype dot)
{
    while (lineStart < dot && text[lineStart].isSpace())
        ++lineStart;
    const QStringView label = text.mid(lineStart, dot - lineStart);
    if (label.isEmpty() || label.size() > 4)
        return false;
    bool digits = true;
    bool roman = true;
    for (QChar c : label) {
        digits = digits && c.isDigit();
        roman = roman && QStringView(u"IVXLC").contains(c);
    }
    return digits || roman;
}

// Whether the main loop must look at a character at all. Nearly every character of running
// text is a letter, digit or space, so one bit per UTF-16 unit (8 KiB, built once) lets the
// loop skip them without the full set of tests.
class SentenceEndTable
{
public:
    SentenceEndTable()
    {
        for (char16_t k : {u'\n', u'\r', u'\v', u'\f', u'.', u'!', u'?', char16_t(0x0085),
                           char16_t(0x2026), char16_t(0x2028), char16_t(0x2029),
                           char16_t(0x3002), char16_t(0xFF61), char16_t(0xFF01),
                           char16_t(0xFF1F), char16_t(0xFF1B)})
            m_bits[k >> 6] |= quint64(1) << (k & 63);
    }
    bool contains(char16_t c) const { return (m_bits[c >> 6] >> (c & 63)) & 1; }

private:
    std::array<quint64, 0x10000 / 64> m_bits{};
};

const SentenceEndTable &sentenceEnds()
{
    static const SentenceEndTable table;
    return table;
}

#if defined(__SSE2__)
// Whether the sixteen units at `p` are all printable ASCII other than . ! ? — nothing the
// loop below stops for; English text is mostly such blocks. Tested as bytes: the bytes of units
// from 0x80 on, as signed bytes, fall below the space with the controls, and DEL is then the
// only byte above '~'.
bool plainBlock16(const char16_t *p)
{
    const __m128i bytes = packUnits16(p);
    __m128i stop = _mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)),
                                _mm_cmpeq_epi8(bytes, _mm_set1_epi8(0x7F)));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('.')));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('!')));
    stop = _mm_or_si128(stop, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('?')));
    return _mm_movemask_epi8(stop) == 0;
}

// Which of the eight units at `p` may end a sentence, two mask bits per unit (as from
// _mm_movemask_epi8): those the main loop must look at, and a few more that are rare in text
// (other controls, U+2020..U+202F). Chinese text, where plainBlock16() fails, is skipped by this.
int mayEndMask(const char16_t *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const auto is = [&v](char16_t c) { return _mm_cmpeq_epi16(v, _mm_set1_epi16(qint16(c))); };
    // Units up to '\r', line breaks among them: subtracting saturates to zero.
    const __m128i control =
        _mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(qint16(u'\r'))), _mm_setzero_si128());
    // U+2026 (…), U+2028 and U+2029.
    const __m128i punctuation = _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(qint16(0xFFF0))),
                                                _mm_set1_epi16(qint16(0x2020)));
    const __m128i english = _mm_or_si128(_mm_or_si128(is(u'.'), is(u'!')),
                                         _mm_or_si128(is(u'?'), is(char16_t(0x0085))));
    const __m128i chinese =
        _mm_or_si128(_mm_or_si128(_mm_or_si128(is(char16_t(0x3002)), is(char16_t(0xFF61))),
                                  _mm_or_si128(is(char16_t(0xFF01)), is(char16_t(0xFF1F)))),
                     is(char16_t(0xFF1B)));
    return _mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(control, punctuation), _mm_or_si128(english, chinese)));
}
#endif

// The first unit from `i` on that the main loop must look at, found a block of eight at a
// time; within the last, partial block (or without SSE2), simply `i`.
qsizetype nextMayEnd(const char16_t *units, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    // A plain block has no unit mayEndMask() marks, so a block of sixteen that is not plain
    // goes straight to that mask, one half after the other.
    for (; i + 16 <= n; i += 16) {
        if (plainBlock16(units + i))
            continue;
        for (const qsizetype half : {i, i + 8}) {
            const int mask = mayEndMask(units + half);
            if (mask != 0)
                return half + qCountTrailingZeroBits(quint32(mask)) / 2;
        }
    }
    for (; i + 8 <= n; i += 8) {
        const int mask = mayEndMask(units + i);
        if (mask != 0)
            return i + qCountTrailingZeroBits(quint32(mask)) / 2;
    }
#else
    Q_UNUSED(units);
    Q_UNUSED(n);
#endif
    return i;
}

bool startsSentence(char16_t c)
{
    return QChar::isUpper(c) || QChar::isTitleCase(c) || QChar::isDigit(c) || isOpener(c) ||
           isCjk(c);
}

class Splitter final
{
public:
    Splitter(QStringView text, std::vector<SentenceSpan> &spans) : m_text(text), m_spans(spans)
    {
        m_spans.clear();
    }

    void run()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        const char16_t *units = m_text.utf16();
        const SentenceEndTable &ends = sentenceEnds();
        while (i < n) {
            i = nextMayEnd(units, i, n);
            if (i >= n)
                break;
            const char16_t c = units[i];
            if (!ends.contains(c)) {
                ++i;
            } else if (isLineBreak(c)) {
                const qsizetype next = wrappedLineEnd(i);
                if (next >= 0) {
                    m_wrapped = true;
                    i = next;
                    continue;
                }
                m_wrapped = false;
                flush(i);
                m_start = i + 1;
                ++i;
            } else if (isChineseTerminator(c) || (c == 0x2026 && i > 0 && isCjk(prev(i)))) {
                i = closeChinese(i);
            } else if (isEnglishTerminator(c)) {
                i = closeEnglish(i);
            } else {
                ++i;
            }
        }
        flush(n);
    }

private:
    char16_t prev(qsizetype i) const { return m_text[i - 1].unicode(); }

    // Where the next line starts if the line break at `i` only wraps a line of running text,
    // else -1. Plain text from wires and e-mail is often wrapped at a fixed width, so a
    // sentence goes on across the break: "…reiterated its goals of peaking emissions before
    // 2030\nand achieving carbon neutrality…". A line that ends a sentence, a clause
    // (colon) or a paragraph (blank line) breaks, and so does a heading: the break wraps only
    // when the line ends in a comma or a hyphen, the next one opens in lower case, or an
    // earlier line of the same paragraph was found wrapped, so a block of text is read as one.
    qsizetype wrappedLineEnd(qsizetype i) const
    {
        const qsizetype n = m_text.size();
        qsizetype next = i + 1;
        if (m_text[i] == u'\r' && next < n && m_text[next] == u'\n')
            ++next;
        qsizetype first = next;
        while (first < n && isHorizontalSpace(m_text[first].unicode()))
            ++first;
        qsizetype last = i;
        while (last > m_start && QChar::isSpace(prev(last)))
            --last;
        if (first >= n || isLineBreak(m_text[first].unicode()) || last <= m_start)
            return -1;
        qsizetype beforeClosers = last;
        while (beforeClosers > m_start && isCloser(prev(beforeClosers)))
            --beforeClosers;
        if (beforeClosers > m_start && (isEnglishTerminator(prev(beforeClosers)) ||
                                        isChineseTerminator(prev(beforeClosers))))
            return -1;
        const char16_t end = prev(last);
        const char16_t start = m_text[first].unicode();
        if (end == u':' || end == 0xFF1A)
            return -1;
        if (end == u',' || end == 0xFF0C || end == 0x3001 ||
            (end == u'-' && last - 1 > m_start && QChar::isLetter(prev(last - 1))))
            return next;
        if (QChar::isLower(start))
            return next;
        return m_wrapped && (QChar::isLetterOrNumber(start) || isCjk(start)) ? next : -1;
    }

    qsizetype skipRun(qsizetype i) const
    {
        while (i < m_text.size() && (isChineseTerminator(m_text[i].unicode()) ||
                                     isEnglishTerminator(m_text[i].unicode())))
            ++i;
        return i;
    }

    qsizetype skipClosers(qsizetype i) const
    {
        while (i < m_text.size() && isCloser(m_text[i].unicode()))
            ++i;
        return i;
    }

    qsizetype closeChinese(qsizetype i)
    {
        const qsizetype end = skipClosers(skipRun(i));
        flush(end);
        m_start = end;
        return end;
    }

    qsizetype closeEnglish(qsizetype i)
    {
        const qsizetype runEnd = skipRun(i);
        for (qsizetype k = i; k < runEnd; ++k)
            if (isChineseTerminator(m_text[k].unicode()))
                return closeChinese(i);
        const qsizetype end = skipClosers(runEnd);
        const qsizetype n = m_text.size();
        if (end >= n)
            return end;
        const char16_t after = m_text[end].unicode();
        bool split = false;
        if (isCjk(after)) {
            split = true;
        } else if (isHorizontalSpace(after)) {
            qsizetype next = end;
            while (next < n && isHorizontalSpace(m_text[next].unicode()))
                ++next;
            // A line break there ends the sentence anyway.
            split = next < n && startsSentence(m_text[next].unicode());
        }
        if (split) {
            qsizetype dots = 0;
            bool ellipsis = false;
            for (qsizetype k = i; k < runEnd; ++k) {
                dots += m_text[k] == u'.';
                ellipsis = ellipsis || m_text[k] == QChar(0x2026) || dots > 1;
            }
            // An ellipsis after a space marks an omission inside a sentence ("for … 20 years").
            if (ellipsis)
                split = i == 0 || !QChar::isSpace(prev(i));
            else if (runEnd - i == 1 && m_text[i] == u'.')
                split = !endsAbbreviation(m_text, i) && !isEnumerator(m_text, m_start, i);
        }
        if (split) {
            flush(end);
            m_start = end;
        }
        return end;
    }

    void flush(qsizetype end)
    {
        // isSpaceUnit(): sentences end in CJK terminators, which would each cost QChar::isSpace()
        // a call into Qt's tables.
        qsizetype start = m_start;
        while (start < end && isSpaceUnit(m_text[start]))
            ++start;
        while (end > start && isSpaceUnit(m_text[end - 1]))
            --end;
        if (end > start)
            m_spans.push_back(SentenceSpan{start, end});
    }

    QStringView m_text;
    std::vector<SentenceSpan> &m_spans;
    qsizetype m_start = 0;
    bool m_wrapped = false; // a line of the current paragraph was found wrapped
};

} // namespace

void splitSentences(QStringView text, std::vector<SentenceSpan> &out)
{
    Splitter(text, out).run();
}

QList<SentenceSpan> splitSentences(QStringView text)
{
    std::vector<SentenceSpan> spans;
    splitSentences(text, spans);
    return QList<SentenceSpan>(spans.begin(), spans.end());
}

} // namespace cpe
