// Character references of HTML: the named ones news pages use, and numeric ones.

#include "htmltokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace cpe {

namespace {

struct Named
{
    const char *name;
    char32_t code;
};

// U+00A0..U+00FF in order: the Latin-1 block every HTML version names.
const char *const kLatin1Names[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

const Named kOther[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},     {"mdash", 0x2014},  {"ndash", 0x2013},  {"hellip", 0x2026},
    {"rsquo", 0x2019},  {"lsquo", 0x2018},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"sbquo", 0x201A},  {"bdquo", 0x201E},  {"bull", 0x2022},   {"trade", 0x2122},
    {"euro", 0x20AC},   {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"prime", 0x2032},
    {"Prime", 0x2033},  {"dagger", 0x2020}, {"Dagger", 0x2021}, {"permil", 0x2030},
    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"zwnj", 0x200C},
    {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},    {"larr", 0x2190},
    {"uarr", 0x2191},   {"rarr", 0x2192},   {"darr", 0x2193},   {"harr", 0x2194},
    {"le", 0x2264},     {"ge", 0x2265},     {"ne", 0x2260},     {"asymp", 0x2248},
    {"minus", 0x2212},  {"infin", 0x221E},  {"sum", 0x2211},    {"radic", 0x221A},
    {"deg", 0xB0},      {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},    {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"alpha", 0x3B1},   {"beta", 0x3B2},    {"gamma", 0x3B3},
    {"delta", 0x3B4},   {"mu", 0x3BC},      {"pi", 0x3C0},      {"sigma", 0x3C3},
    {"omega", 0x3C9},   {"Delta", 0x394},   {"Omega", 0x3A9},   {"Sigma", 0x3A3},
    {"lambda", 0x3BB},  {"nbsp", 0xA0},     {"NewLine", '\n'},  {"Tab", '\t'},
    {"colon", ':'},     {"comma", ','},     {"period", '.'},    {"excl", '!'},
    {"quest", '?'},     {"num", '#'},       {"percnt", '%'},    {"lpar", '('},
    {"rpar", ')'},      {"sol", '/'},       {"bsol", '\\'},     {"lsqb", '['},
    {"rsqb", ']'},      {"lowbar", '_'},    {"horbar", 0x2015}, {"hyphen", 0x2010},
    {"dash", 0x2010},   {"star", 0x2606},   {"starf", 0x2605},  {"check", 0x2713},
    {"cross", 0x2717},  {"loz", 0x25CA},    {"ohm", 0x3A9},     {"squ", 0x25A1},
    {"female", 0x2640}, {"male", 0x2642},   {"half", 0xBD},
};

// Bytes 0x80..0x9F as numeric references mean what Windows-1252 puts there (as browsers do).
const char16_t kC1[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                          0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

const std::vector<Named> &table()
{
    static const std::vector<Named> sorted = [] {
        std::vector<Named> t;
        for (int i = 0; i < 96; ++i)
            t.push_back({kLatin1Names[i], char32_t(0xA0 + i)});
        for (const Named &n : kOther)
            t.push_back(n);
        const auto less = [](const Named &a, const Named &b) {
            return std::strcmp(a.name, b.name) < 0;
        };
        std::stable_sort(t.begin(), t.end(), less);
        t.erase(std::unique(
                    t.begin(), t.end(),
                    [](const Named &a, const Named &b) { return !std::strcmp(a.name, b.name); }),
                t.end());
        return t;
    }();
    return sorted;
}

// Names case-sensitive, as in HTML ("Eacute" is not "eacute").
int compareName(const char *name, QStringView s)
{
    qsizetype i = 0;
    for (; name[i] && i < s.size(); ++i) {
        const int d = int(uchar(name[i])) - int(s[i].unicode());
        if (d)
            return d;
    }
    if (name[i])
        return 1;
    return i < s.size() ? -1 : 0;
}

char32_t lookup(QStringView name)
{
    const std::vector<Named> &t = table();
    const auto it = std::lower_bound(t.begin(), t.end(), name, [](const Named &n, QStringView s) {
        return compareName(n.name, s) < 0;
    });
    return it != t.end() && compareName(it->name, name) == 0 ? it->code : 0;
}

bool isAlnum(char16_t c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

void appendCode(QString &out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    else if (code >= 0x80 && code <= 0x9F)
        code = kC1[code - 0x80];
    if (code > 0xFFFF) {
        const char32_t v = code - 0x10000;
        out.append(QChar(char16_t(0xD800 + (v >> 10))));
        out.append(QChar(char16_t(0xDC00 + (v & 0x3FF))));
    } else {
        out.append(QChar(char16_t(code)));
    }
}

// Decodes the reference at `s[at]` == '&'; returns the length consumed, 0 if it is not one.
qsizetype reference(QStringView s, qsizetype at, QString &out)
{
    const qsizetype n = s.size();
    qsizetype i = at + 1;
    if (i < n && s[i] == u'#') {
        ++i;
        const bool hex = i < n && (s[i] == u'x' || s[i] == u'X');
        i += hex ? 1 : 0;
        const qsizetype digits = i;
        quint64 v = 0;
        while (i < n && i - digits < 8) {
            const char16_t c = s[i].unicode();
            int d = -1;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                d = (c | 0x20) - 'a' + 10;
            if (d < 0)
                break;
            v = v * (hex ? 16 : 10) + quint64(d);
            ++i;
        }
        if (i == digits)
            return 0;
        appendCode(out, char32_t(std::min<quint64>(v, 0x110000)));
        return (i < n && s[i] == u';' ? i + 1 : i) - at;
    }
    const qsizetype nameStart = i;
    while (i < n && i - nameStart < 32 && isAlnum(s[i].unicode()))
        ++i;
    const QStringView name = s.mid(nameStart, i - nameStart);
    if (name.isEmpty())
        return 0;
    const bool semicolon = i < n && s[i] == u';';
    if (!semicolon) {
        // Old pages write "&amp" and "&nbsp" bare; only the commonest are taken that way, so
        // "&copyright" in a URL stays as written.
        static const char *const bare[] = {"amp", "lt", "gt", "quot", "nbsp", "copy", "reg"};
        for (const char *b : bare) {
            if (compareName(b, name) == 0) {
                out.append(QChar(char16_t(lookup(name))));
                return i - at;
            }
        }
        return 0;
    }
    const char32_t code = lookup(name);
    if (!code)
        return 0;
    appendCode(out, code);
    return i + 1 - at;
}

} // namespace

void decodeHtmlEntities(QStringView raw, QString &out, bool collapse)
{
    // Collapsing treats a no-break space as white space too: the text is for reading, not
    // layout, and phrase matching downstream expects plain spaces.
    const auto isWhite = [collapse](char16_t c) {
        return collapse &&
               (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f' || c == 0xA0);
    };
    const auto addSpace = [&out] {
        if (!out.isEmpty() && out.back() != QChar(u' ') && out.back() != QChar(u'\n'))
            out.append(QChar(u' '));
    };
    const qsizetype n = raw.size();
    qsizetype plain = 0; // start of the run not yet copied
    const QChar *p = raw.data();
    constexpr quint64 ones = 0x0001000100010001ull, highs = 0x8000800080008000ull;
    for (qsizetype i = 0; i < n; ++i) {
        // Four UTF-16 units at a time while none is white space, a control, '&' or a
        // no-break space: most text needs no look at all.
        while (i + 4 <= n) {
            quint64 x;
            std::memcpy(&x, p + i, sizeof x);
            const quint64 amp = x ^ (ones * 0x26), nbsp = x ^ (ones * 0xA0);
            if (((x - ones * 0x21) & ~x & highs) | ((amp - ones) & ~amp & highs) |
                ((nbsp - ones) & ~nbsp & highs))
                break;
            i += 4;
        }
        if (i >= n)
            break;
        const char16_t c = p[i].unicode();
        if (c > u' ' && c != u'&' && c != 0xA0)
            continue; // the common case, decided in two comparisons
        if (c == u'&') {
            out.append(raw.mid(plain, i - plain));
            const qsizetype used = reference(raw, i, out);
            if (used == 0) {
                plain = i;
                continue;
            }
            if (isWhite(out.back().unicode())) {
                out.chop(1);
                addSpace();
            }
            i += used - 1;
            plain = i + 1;
        } else if (isWhite(c)) {
            // A single space between words stays in the run being copied; only runs, other
            // white space and spaces at the start of a line are rewritten.
            const bool lone = c == u' ' && !(i + 1 < n && isWhite(raw[i + 1].unicode()));
            if (lone && (i > plain || (!out.isEmpty() && out.back() != QChar(u' ') &&
                                       out.back() != QChar(u'\n'))))
                continue;
            out.append(raw.mid(plain, i - plain));
            addSpace();
            while (i + 1 < n && isWhite(raw[i + 1].unicode()))
                ++i;
            plain = i + 1;
        }
    }
    out.append(raw.mid(plain, n - plain));
}

QString decodeHtmlEntities(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    decodeHtmlEntities(raw, out, false);
    return out;
}

} // namespace cpe
