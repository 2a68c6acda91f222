#pragma once

#include <QtGlobal>

namespace cpe {

// The horizontal year scale shared by the histogram and the record lanes below it, so a
// year's bar and its records line up. Each year gets an equal slot between left and
// left + width.
struct YearAxis
{
    int first = 0;
    int last = -1;
    qreal left = 0;
    qreal width = 0;

    bool isEmpty() const { return last < first || width <= 0; }
    int count() const { return isEmpty() ? 0 : last - first + 1; }
    qreal slot() const { return isEmpty() ? 0 : width / count(); }
    qreal x(int year) const { return left + (year - first) * slot(); }
    // The year under x, clamped to the axis.
    int yearAt(qreal xPos) const
    {
        if (isEmpty())
            return 0;
        const int offset = int((xPos - left) / slot());
        return qBound(first, first + offset, last);
    }
    bool operator==(const YearAxis &o) const
    {
        return first == o.first && last == o.last && qFuzzyCompare(left + 1, o.left + 1)
               && qFuzzyCompare(width + 1, o.width + 1);
    }
    bool operator!=(const YearAxis &o) const { return !(*this == o); }
};

} // namespace cpe
