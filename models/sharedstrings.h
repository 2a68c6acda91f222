#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <vector>

namespace cpe {

// prefix + parts, written in place into one allocation.
QString joined(QLatin1String prefix, std::initializer_list<QStringView> parts);

// The same strings, handed out shared. Records repeat a few hundred cue strings ("alias:Kenya",
// "coop:cooperation", "sector:solar:solar power") article after article, and building each anew
// cost an allocation, and releasing it another. A string is found by its text, so whatever
// asks for it gets what joined() would build. Not thread-safe: one per thread.
class SharedStrings
{
public:
    QString joined(QLatin1String prefix, std::initializer_list<QStringView> parts);

private:
    struct Slot
    {
        size_t hash = 0;
        QString text; // null while the slot is free
    };
    // Open addressing in a power-of-two table, emptied when it fills up: the strings that
    // recur are soon back, and no input can make it grow without bound.
    static constexpr size_t Capacity = 2048;
    static constexpr size_t MaxUsed = Capacity * 3 / 4;
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace cpe
