#include "sharedstrings.h"

#include <algorithm>
#include <cstring>

namespace cpe {

// One allocation: appending piece by piece cost a call into Qt for each piece.
QString joined(QLatin1String prefix, std::initializer_list<QStringView> parts)
{
    qsizetype size = prefix.size();
    for (const QStringView part : parts)
        size += part.size();
    QString out(size, Qt::Uninitialized);
    QChar *d = std::transform(prefix.begin(), prefix.end(), out.data(), [](char c) { return QLatin1Char(c); });
    for (const QStringView part : parts)
        d = std::copy(part.begin(), part.end(), d);
    return out;
}

namespace {

// A hash of the string prefix + parts would be, from a few of its units: it only picks the
// slot to look in first, and a string is taken only once its every unit has been compared, so
// strings alike in those units cost a step further each, not a wrong answer.
size_t hashOf(QLatin1String prefix, std::initializer_list<QStringView> parts)
{
    size_t h = size_t(prefix.size()) * 31 + (prefix.isEmpty() ? 0 : prefix.front().unicode());
    for (const QStringView part : parts) {
        h = h * 1099511628211ULL + size_t(part.size());
        if (!part.isEmpty())
            h = (h ^ part.front().unicode() ^ (size_t(part[part.size() / 2].unicode()) << 16) ^
                 (size_t(part.back().unicode()) << 32)) * 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

// Whether `text`, as long as prefix and parts together, is made of them.
bool spells(QStringView text, QLatin1String prefix, std::initializer_list<QStringView> parts)
{
    const QChar *at = text.data();
    for (const char c : prefix) {
        if (*at++ != QLatin1Char(c))
            return false;
    }
    // memcmp() compares the units many at a time; a match is always compared to the end.
    for (const QStringView part : parts) {
        if (!part.isEmpty() && std::memcmp(part.data(), at, size_t(part.size()) * sizeof(QChar)) != 0)
            return false;
        at += part.size();
    }
    return true;
}

} // namespace

QString SharedStrings::joined(QLatin1String prefix, std::initializer_list<QStringView> parts)
{
    if (m_used == MaxUsed || m_slots.empty()) {
        m_slots.assign(Capacity, Slot());
        m_used = 0;
    }
    qsizetype size = prefix.size();
    for (const QStringView part : parts)
        size += part.size();
    const size_t hash = hashOf(prefix, parts);
    for (size_t i = hash & (Capacity - 1);; i = (i + 1) & (Capacity - 1)) {
        Slot &slot = m_slots[i];
        if (slot.text.isNull()) {
            slot.hash = hash;
            slot.text = cpe::joined(prefix, parts);
            ++m_used;
            return slot.text;
        }
        if (slot.hash == hash && slot.text.size() == size && spells(slot.text, prefix, parts))
            return slot.text;
    }
}

} // namespace cpe
