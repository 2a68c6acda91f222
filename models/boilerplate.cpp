#include "boilerplate.h"

#include "textdecode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <algorithm>

namespace cpe {

namespace {

inline char16_t fold(char16_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c;
    return char16_t(QChar::toCaseFolded(char32_t(c)));
}

// Where a pair of folded characters goes in Boilerplate::m_firstPairs.
inline size_t pairKey(char16_t first, char16_t second)
{
    return size_t(first & 0xFF) << 8 | size_t(second & 0xFF);
}

// Characters that may precede an anchored cue: indentation, bullets and opening brackets.
bool isLead(char16_t c)
{
    switch (c) {
    case ' ':
    case '\t':
    case 0x3000:
    case 0xA0:
    case '[':
    case '(':
    case '<':
    case '*':
    case '-':
    case '#':
    case '>':
    case '|':
    case 0x3010:
    case 0xFF08:
    case 0x300A:
    case 0x25A0:
    case 0x25CF:
    case 0x25B2:
    case 0xB7:
    case 0x2022:
    case 0x25C6:
    case 0x2605:
        return true;
    default:
        return false;
    }
}

// Whether a line is at most `limit` columns wide. A Han character takes the room of two Latin
// letters and carries about as much as a short word, so line-length limits hold for both
// scripts.
bool fitsColumns(QStringView line, qsizetype limit)
{
    if (line.size() > limit)
        return false;
    if (line.size() * 2 <= limit)
        return true; // whatever its script: no need to look at each character
    qsizetype width = 0;
    for (QChar c : line) {
        width += isHan(c.unicode()) ? 2 : 1;
        if (width > limit)
            return false;
    }
    return true;
}

bool isChineseLine(QStringView line)
{
    qsizetype han = 0, letters = 0;
    for (QChar c : line) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            letters += (u | 0x20) >= 'a' && (u | 0x20) <= 'z';
        else if (isHan(u))
            ++han;
        else if ((u < 0x2000 || (u >= 0xA000 && u < 0xFF00)) && c.isLetter()) // not punctuation
            ++letters;
    }
    return han * 2 > letters;
}

std::vector<QString> lowerList(const QJsonValue &v)
{
    std::vector<QString> out;
    for (const QJsonValue &item : v.toArray()) {
        QString s = item.toString().trimmed().toLower();
        s.replace(QLatin1Char('_'), QLatin1Char('-'));
        if (!s.isEmpty())
            out.push_back(s);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

const Boilerplate &Boilerplate::bundled()
{
    static const Boilerplate rules = [] {
        QFile f(QStringLiteral(":/cpe/data/boilerplate.json"));
        if (!f.open(QIODevice::ReadOnly))
            qWarning("boilerplate rules missing from resources");
        return fromJson(f.readAll());
    }();
    return rules;
}

Boilerplate Boilerplate::fromJson(const QByteArray &json)
{
    Boilerplate b;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    b.m_maxCueLineColumns =
        o.value(QLatin1String("maxCueLineColumns")).toInt(b.m_maxCueLineColumns);
    b.m_otherScriptMaxLength =
        o.value(QLatin1String("otherScriptMaxLength")).toInt(b.m_otherScriptMaxLength);
    for (const bool footer : {true, false}) {
        for (const QJsonValue &v :
             o.value(QLatin1String(footer ? "footerCues" : "lineCues")).toArray()) {
            QString text = v.toString();
            CueText cue;
            cue.footer = footer;
            cue.anchored = text.startsWith(QLatin1Char('^'));
            cue.folded = (cue.anchored ? text.mid(1) : text).toCaseFolded();
            if (cue.folded.isEmpty())
                continue;
            (cue.anchored ? b.m_anchored : b.m_floating).add(cue);
            if (cue.anchored)
                continue;
            if (cue.folded.size() == 1)
                b.m_firstPairs->set(); // no second character to tell positions apart by
            else
                b.m_firstPairs->set(pairKey(cue.folded[0].unicode(), cue.folded[1].unicode()));
        }
    }
    for (char32_t c = 0; c < 0x10000; ++c) {
        const char16_t f = fold(char16_t(c));
        if (std::binary_search(b.m_floating.first.begin(), b.m_floating.first.end(), f))
            b.m_firstChars->set(c);
    }
    const QJsonObject html = o.value(QLatin1String("html")).toObject();
    b.m_dropTags = lowerList(html.value(QLatin1String("dropTags")));
    b.m_dropMarkers = lowerList(html.value(QLatin1String("dropMarkers")));
    b.m_bodyMarkers = lowerList(html.value(QLatin1String("bodyMarkers")));
    b.m_linkDensity = html.value(QLatin1String("linkDensity")).toDouble(b.m_linkDensity);
    return b;
}

void Boilerplate::CueSet::add(const CueText &cue)
{
    const char16_t f = cue.folded.at(0).unicode();
    const auto at = std::upper_bound(first.begin(), first.end(), f) - first.begin();
    first.insert(first.begin() + at, f);
    cues.insert(cues.begin() + at, cue);
}

// The strongest cue of the set that starts at line[i], whose folded character is `folded`.
Boilerplate::Cue Boilerplate::CueSet::at(QStringView line, qsizetype i, char16_t folded) const
{
    const auto range = std::equal_range(first.begin(), first.end(), folded);
    Cue found = Cue::None;
    for (auto it = range.first; it != range.second; ++it) {
        const CueText &cue = cues[size_t(it - first.begin())];
        const qsizetype n = cue.folded.size();
        if (line.size() - i < n)
            continue;
        const QChar *c = cue.folded.constData();
        qsizetype k = 1;
        while (k < n && fold(line[i + k].unicode()) == c[k].unicode())
            ++k;
        if (k < n)
            continue;
        if (cue.footer)
            return Cue::Footer;
        found = Cue::Line;
    }
    return found;
}

Boilerplate::Cue Boilerplate::cueIn(QStringView line) const
{
    qsizetype anchor = 0;
    while (anchor < line.size() && isLead(line[anchor].unicode()))
        ++anchor;
    Cue found = anchor < line.size() ? m_anchored.at(line, anchor, fold(line[anchor].unicode()))
                                     : Cue::None;
    if (found == Cue::Footer)
        return found;
    const std::bitset<65536> &firsts = *m_firstChars;
    const std::bitset<65536> &pairs = *m_firstPairs;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line[i].unicode();
        if (!firsts.test(c))
            continue;
        const char16_t folded = fold(c);
        if (i + 1 < line.size() && !pairs.test(pairKey(folded, fold(line[i + 1].unicode()))))
            continue;
        const Cue cue = m_floating.at(line, i, folded);
        if (cue == Cue::Footer)
            return cue;
        if (cue == Cue::Line)
            found = cue;
    }
    return found;
}

QString Boilerplate::strip(QStringView text, QStringView language, int *dropped) const
{
    const bool chinese = language == QLatin1String("zh");
    const qsizetype total = text.size() + 1;
    // Each line gives at most itself and a line break, so the result fits in one unit more
    // than the text: written straight into place, without an append per line.
    QString out(total, Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = begin;
    qsizetype pos = 0;
    while (pos < total) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            nl = text.size();
        const QStringView line = text.mid(pos, nl - pos).trimmed();
        pos = nl + 1;
        if (line.isEmpty()) {
            *end++ = u'\n';
            continue;
        }
        if (fitsColumns(line, m_maxCueLineColumns)) {
            const Cue cue = cueIn(line);
            if (cue == Cue::Footer && pos * 2 > total)
                break; // the footer has begun
            if (cue != Cue::None)
                continue;
        }
        // A short line in the other script is a site banner, not the article.
        if (line.size() < m_otherScriptMaxLength && isChineseLine(line) != chinese)
            continue;
        end = std::copy(line.begin(), line.end(), end);
        *end++ = u'\n';
    }
    out.truncate(end - begin);
    out = std::move(out).trimmed();
    if (dropped)
        *dropped = int(text.size() - out.size());
    return out;
}

bool Boilerplate::hasMarker(QStringView value, const std::vector<QString> &markers)
{
    if (value.isEmpty())
        return false;
    // Normalise "relatedNews", "related_news" and "Related-News" alike to "related-news".
    QVarLengthArray<char16_t, 256> buf;
    char16_t prev = ' ';
    for (QChar qc : value.left(400)) {
        char16_t c = qc.unicode();
        if (c >= 'A' && c <= 'Z') {
            if (prev >= 'a' && prev <= 'z')
                buf.append('-');
            c = char16_t(c + 32);
        } else if (c == '_') {
            c = '-';
        } else if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            c = ' ';
        }
        buf.append(c);
        prev = qc.unicode();
    }
    const QStringView norm(buf.constData(), buf.size());
    const qsizetype n = norm.size();
    const auto boundary = [&](qsizetype i) { return i >= n || norm[i] == u' ' || norm[i] == u'-'; };
    // Every run of up to three whole words, looked up in the sorted markers.
    for (qsizetype start = 0; start < n; ++start) {
        if (boundary(start) || (start > 0 && !boundary(start - 1)))
            continue;
        qsizetype end = start;
        for (int words = 0; words < 3 && end < n; ++words) {
            while (end < n && !boundary(end))
                ++end;
            const QStringView run = norm.mid(start, end - start);
            if (std::binary_search(markers.begin(), markers.end(), run,
                                   [](QStringView a, QStringView b) { return a.compare(b) < 0; }))
                return true;
            if (end >= n || norm[end] == u' ')
                break; // words of one class name only
            ++end;
        }
    }
    return false;
}

} // namespace cpe
