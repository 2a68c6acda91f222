#pragma once

#include <QColor>

namespace cpe {

// The sequential colour scale of the map and its legend: level 0 is a place with no records,
// levels 1..5 go from light to dark as counts grow. One place so tiles and legend agree.
namespace HeatScale {
constexpr int levels = 6;
QColor fill(int level);
QColor text(int level); // label colour with enough contrast on fill(level)
} // namespace HeatScale

} // namespace cpe
