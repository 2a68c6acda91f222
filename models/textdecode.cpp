#include "textdecode.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cctype>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cpe {

namespace {

// Decoding failures are reading issues: they share the reader's translation context.
struct DecodeText
{
    Q_DECLARE_TR_FUNCTIONS(cpe::ArticleReader)
};

// Bytes 0x80..0x9F of Windows-1252; 0 marks the five it leaves undefined.
const char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// UTF-16 without a BOM: English-heavy UTF-16 has a NUL in every other byte.
const char *sniffUtf16(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 8)
        return nullptr;
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        even += bytes[i] == '\0';
        odd += bytes[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    if (odd * 10 >= pairs * 3 && even * 20 < pairs)
        return "UTF-16LE";
    if (even * 10 >= pairs * 3 && odd * 20 < pairs)
        return "UTF-16BE";
    return nullptr;
}

bool tooManyControls(QStringView text)
{
    const QStringView sample = text.left(65536);
    qsizetype controls = 0;
    for (QChar c : sample) {
        const char16_t u = c.unicode();
        controls += (u < 0x20 && u != '\t' && u != '\n' && u != '\v' && u != '\f' && u != '\r' &&
                     u != 0x1B) ||
                    u == 0x7F;
    }
    return controls * 50 > sample.size();
}

// Qt's UTF-16 decoder lets lone surrogates through; they are corruption all the same.

// Well-formed UTF-8 as UTF-16, in one pass: ASCII sixteen bytes at a time, the rest sequence
// by sequence. QStringDecoder takes several times as long over Chinese text, which is most of
// what it is given. Anything but well-formed UTF-8 from start to end (a bad or overlong sequence,
// a surrogate, a code point above U+10FFFF, a sequence cut off at the end) gives false and
// leaves `out` alone: QStringDecoder then decides, with its own replacements and its own
// tolerance of a sequence cut off at the end. So does a leading byte-order mark, which it
// drops. Whatever this accepts, QStringDecoder decodes to the same text without an error.
bool decodeWellFormedUtf8(QByteArrayView bytes, QString *out)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return false;
    const uchar *s = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = s + bytes.size();
    const auto continues = [](uchar b) { return (b & 0xC0) == 0x80; };
    QString text(bytes.size(), Qt::Uninitialized); // never more UTF-16 units than bytes
    char16_t *const begin = reinterpret_cast<char16_t *>(text.data());
    char16_t *d = begin;
    while (s < end) {
#if defined(__SSE2__)
        if (end - s >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
            if (_mm_movemask_epi8(v) == 0) {
                const __m128i zero = _mm_setzero_si128();
                _mm_storeu_si128(reinterpret_cast<__m128i *>(d), _mm_unpacklo_epi8(v, zero));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(d + 8), _mm_unpackhi_epi8(v, zero));
                s += 16;
                d += 16;
                continue;
            }
        }
#endif
        const uchar b = *s;
        if (b < 0x80) {
            *d++ = b;
            ++s;
        } else if (b >= 0xE0 && b < 0xF0) {
            // Three-byte sequences (Han characters, CJK punctuation) come in runs: a loop of
            // their own, without looking for ASCII before each.
            do {
                if (end - s < 3)
                    return false;
                // A continuation byte 10xxxxxx with its top bit flipped is below 0x40.
                const uint x1 = s[1] ^ 0x80u, x2 = s[2] ^ 0x80u;
                if ((x1 | x2) >= 0x40)
                    return false;
                const char16_t c = char16_t((s[0] & 0x0Fu) << 12 | x1 << 6 | x2);
                if (c < 0x800 || QChar::isSurrogate(c))
                    return false;
                *d++ = c;
                s += 3;
            } while (s < end && *s >= 0xE0 && *s < 0xF0);
        } else if (b >= 0xC2 && b < 0xE0) {
            if (end - s < 2 || !continues(s[1]))
                return false;
            *d++ = char16_t((b & 0x1F) << 6 | (s[1] & 0x3F));
            s += 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            if (end - s < 4 || !continues(s[1]) || !continues(s[2]) || !continues(s[3]))
                return false;
            const char32_t c = char32_t((b & 0x07) << 18 | (s[1] & 0x3F) << 12 |
                                        (s[2] & 0x3F) << 6 | (s[3] & 0x3F));
            if (c < 0x10000 || c > 0x10FFFF)
                return false;
            *d++ = QChar::highSurrogate(c);
            *d++ = QChar::lowSurrogate(c);
            s += 4;
        } else { // a continuation byte, or a lead byte no well-formed sequence starts with
            return false;
        }
    }
    text.truncate(d - begin);
    *out = std::move(text);
    return true;
}

bool decodeStrict(QStringDecoder &decoder, QByteArrayView bytes, QString *out)
{
    if (!decoder.isValid())
        return false;
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

// Misread Latin-1 can decode "cleanly" as GB18030, one Han character for an accented letter
// and the ASCII letter after it. Real Chinese has Han characters next to each other or to
// punctuation, rarely wedged between two ASCII letters.
bool plausibleChinese(QStringView text)
{
    qsizetype nonAscii = 0, han = 0, wedged = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80)
            continue;
        ++nonAscii;
        if (!isHan(u) && !(u >= 0x3000 && u <= 0x303F) && !(u >= 0xFF00 && u <= 0xFFEF) &&
            !(u >= 0x2010 && u <= 0x2027))
            continue;
        ++han;
        if (i > 0 && i + 1 < n && text[i - 1].isLetter() && text[i - 1].unicode() < 0x80 &&
            text[i + 1].isLetter() && text[i + 1].unicode() < 0x80)
            ++wedged;
    }
    return nonAscii > 0 && han * 10 >= nonAscii * 8 && wedged * 5 < han;
}

bool decodeCp1252(QByteArrayView bytes, QString *out)
{
    qsizetype high = 0, letters = 0;
    for (char ch : bytes) {
        const uchar b = uchar(ch);
        if (b >= 0x80) {
            ++high;
            if (b < 0xA0 && kCp1252High[b - 0x80] == 0)
                return false;
        } else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
            ++letters;
        }
    }
    // Western text is mostly ASCII letters with an accent or a curly quote here and there.
    if (high * 5 > bytes.size() || letters * 2 < bytes.size() - high - letters)
        return false;
    out->resize(bytes.size());
    QChar *d = out->data();
    for (char ch : bytes) {
        const uchar b = uchar(ch);
        *d++ = QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return true;
}

QByteArray canonicalCharset(QByteArray name)
{
    name = name.trimmed().toLower();
    if (name == "gb2312" || name == "gbk" || name == "x-gbk" || name == "cp936" ||
        name == "gb18030")
        return "GB18030";
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "windows-1252")
        return "Windows-1252"; // what browsers do with these labels
    if (name == "utf8")
        return "UTF-8";
    return name.toUpper();
}

// Whether the eight units at `p` hold no surrogate at all, the case of nearly all text:
// hasLoneSurrogate() runs over every article's head, and often its whole text, when dating it.
// Without SSE2 no block is skipped.
bool noSurrogateIn8(const char16_t *p)
{
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i high5 = _mm_and_si128(v, _mm_set1_epi16(qint16(0xF800)));
    return _mm_movemask_epi8(_mm_cmpeq_epi16(high5, _mm_set1_epi16(qint16(0xD800)))) == 0;
#else
    Q_UNUSED(p);
    return false;
#endif
}

} // namespace

bool hasLoneSurrogate(QStringView text)
{
    const char16_t *units = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        while (i + 8 <= text.size() && noSurrogateIn8(units + i))
            i += 8;
        if (i == text.size())
            break;
        const QChar c = text[i];
        if (!c.isSurrogate())
            continue;
        if (c.isLowSurrogate() || i + 1 == text.size() || !text[i + 1].isLowSurrogate())
            return true;
        ++i;
    }
    return false;
}

bool looksBinary(QByteArrayView bytes)
{
    // No text file holds a NUL byte (UTF-16 is dealt with before this is asked).
    if (std::memchr(bytes.data(), 0, size_t(bytes.size())))
        return true;
    // Binary formats show themselves in their first kilobytes. Sixteen (with SSE2) or eight
    // bytes at a time: only blocks holding a byte below 0x20 or a DEL (in text, mostly line
    // breaks) are looked into.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 16384);
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    constexpr quint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    qsizetype controls = 0;
    const auto countIn = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const uchar b = p[i];
            controls += (b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' &&
                         b != '\r' && b != 0x1B) ||
                        b == 0x7F;
        }
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    // Bytes up to 0x1F are those the unsigned minimum with 0x1F leaves unchanged.
    const __m128i lastControl = _mm_set1_epi8(0x1F), delete_ = _mm_set1_epi8(0x7F);
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i control = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, lastControl), v),
                                             _mm_cmpeq_epi8(v, delete_));
        if (_mm_movemask_epi8(control))
            countIn(i, i + 16);
    }
#endif
    for (; i + 8 <= n; i += 8) {
        quint64 x;
        std::memcpy(&x, p + i, 8);
        const quint64 del = x ^ (ones * 0x7F);
        if (((x - ones * 0x20) & ~x & highs) | ((del - ones) & ~del & highs))
            countIn(i, i + 8);
    }
    countIn(i, n);
    return controls * 50 > n;
}

DecodedText decodeText(QByteArrayView bytes, QByteArrayView declaredCharset)
{
    DecodedText r;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder dec(QStringDecoder::Utf8);
        r.encoding = QStringLiteral("UTF-8 BOM");
        if (!decodeWellFormedUtf8(bytes.sliced(3), &r.text) &&
            !decodeStrict(dec, bytes.sliced(3), &r.text))
            r.error = DecodeText::tr("broken UTF-8 text after a UTF-8 byte-order mark");
        else if (tooManyControls(r.text))
            r.error = DecodeText::tr("binary data, not text");
        return r;
    }
    const char *utf16 = nullptr;
    QByteArrayView payload = bytes;
    if (bytes.startsWith("\xFF\xFE")) {
        utf16 = "UTF-16LE";
        payload = bytes.sliced(2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = "UTF-16BE";
        payload = bytes.sliced(2);
    } else if (std::memchr(bytes.data(), 0, size_t(bytes.size()))) {
        utf16 = sniffUtf16(bytes);
    }
    if (utf16) {
        QStringDecoder dec(qstrcmp(utf16, "UTF-16LE") == 0 ? QStringDecoder::Utf16LE
                                                           : QStringDecoder::Utf16BE);
        r.encoding = QLatin1String(utf16);
        if (!decodeStrict(dec, payload, &r.text) || payload.size() % 2 != 0 ||
            hasLoneSurrogate(r.text))
            r.error = DecodeText::tr("broken UTF-16 text");
        else if (tooManyControls(r.text))
            r.error = DecodeText::tr("binary data, not text");
        return r;
    }
    if (looksBinary(bytes)) {
        r.error = DecodeText::tr("binary data, not text");
        return r;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    if (decodeWellFormedUtf8(bytes, &r.text) || decodeStrict(utf8, bytes, &r.text)) {
        r.encoding = QStringLiteral("UTF-8");
        return r;
    }
    // UTF-8 with a stray bad byte or two (a cut-and-paste accident, a truncated download)
    // is still UTF-8: GBK or Latin-1 would break every one of its many good sequences.
    qsizetype replaced = 0, nonAscii = 0;
    for (QChar c : std::as_const(r.text)) {
        replaced += c.unicode() == 0xFFFD;
        nonAscii += c.unicode() >= 0x80;
    }
    if (replaced * 1000 <= r.text.size() && nonAscii >= 20 * replaced) {
        r.encoding = QStringLiteral("UTF-8 (repaired)");
        return r;
    }
    const QByteArray declared =
        declaredCharset.isEmpty() ? QByteArray() : canonicalCharset(declaredCharset.toByteArray());
    if (!declared.isEmpty() && declared != "UTF-8" && declared != "GB18030" &&
        declared != "Windows-1252") {
        QStringDecoder dec(declared.constData());
        if (decodeStrict(dec, bytes, &r.text)) {
            r.encoding = QString::fromLatin1(declared);
            return r;
        }
    }
    QStringDecoder gb("GB18030");
    if (declared != "Windows-1252" && decodeStrict(gb, bytes, &r.text) &&
        plausibleChinese(r.text)) {
        r.encoding = QStringLiteral("GB18030");
        return r;
    }
    if (decodeCp1252(bytes, &r.text)) {
        r.encoding = QStringLiteral("Windows-1252");
        return r;
    }
    r.text.clear();
    r.error = DecodeText::tr(
        "undecodable: not valid UTF-8, UTF-16, GB18030/GBK or Windows-1252 text");
    return r;
}

QByteArray sniffHtmlCharset(QByteArrayView head)
{
    const QByteArray lower =
        head.first(std::min<qsizetype>(head.size(), 4096)).toByteArray().toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf("<meta", at)) >= 0) {
        const qsizetype end = lower.indexOf('>', at);
        const QByteArray tag = lower.mid(at, (end < 0 ? lower.size() : end) - at);
        at += 5;
        const qsizetype cs = tag.indexOf("charset");
        if (cs < 0)
            continue;
        qsizetype i = cs + 7;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '='))
            ++i;
        while (i < tag.size() && (tag[i] == '"' || tag[i] == '\''))
            ++i;
        qsizetype j = i;
        while (j < tag.size() &&
               (isalnum(uchar(tag[j])) || tag[j] == '-' || tag[j] == '_' || tag[j] == ':'))
            ++j;
        if (j > i)
            return tag.mid(i, j - i);
    }
    return {};
}

QString detectLanguage(QStringView text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 4000);
    const QChar *p = text.data();
    qsizetype han = 0, letters = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i].unicode();
        if (u < 0x80)
            letters += unsigned((u | 0x20) - 'a') < 26u;
        else if (isHan(u))
            ++han;
        else if ((u < 0x2000 || (u >= 0xA000 && u < 0xFF00)) && p[i].isLetter()) // not punctuation
            ++letters;
        // Stop when the rest cannot change the answer (each character left can add at most
        // two to the Han side or one to the Latin side), or when one script has outweighed
        // the other fourfold over the first few hundred characters.
        if ((i & 255) == 255) {
            const qsizetype left = n - i - 1, lead = 2 * han - letters;
            if (lead > left || lead < -2 * left || 2 * han > 4 * letters || letters > 8 * han)
                break;
        }
    }
    return han * 2 > letters ? QStringLiteral("zh") : QStringLiteral("en");
}

} // namespace cpe
