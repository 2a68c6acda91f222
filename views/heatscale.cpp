#include "heatscale.h"

#include <QtGlobal>

namespace cpe::HeatScale {

QColor fill(int level)
{
    // Light yellow-green to deep blue: a single-hue-ish ramp that stays readable when printed
    // in grey, with a neutral grey for "on the map, nothing found".
    static const QRgb ramp[levels] = {0xffe9ecef, 0xffedf8b1, 0xffc7e9b4, 0xff7fcdbb,
                                      0xff2c7fb8, 0xff253494};
    return QColor::fromRgba(ramp[qBound(0, level, levels - 1)]);
}

QColor text(int level)
{
    return qBound(0, level, levels - 1) >= 4 ? QColor(Qt::white) : QColor(0x21, 0x25, 0x29);
}

} // namespace cpe::HeatScale
