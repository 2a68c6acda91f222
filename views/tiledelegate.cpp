#include "tiledelegate.h"

#include "filterstate.h"
#include "heatscale.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace cpe {

TileDelegate::TileDelegate(FilterState *filter, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_filter(filter)
{
}

int TileDelegate::heatLevel(const QModelIndex &index)
{
    const QVariant level = index.data(HeatLevelRole);
    if (level.isValid())
        return level.toInt();
    // A model without heat levels still tells "some" from "none".
    return index.data(CountRole).toInt() > 0 ? 1 : 0;
}

bool TileDelegate::isSelected(const QModelIndex &index) const
{
    if (index.data(SelectedRole).toBool())
        return true;
    return m_filter && m_filter->partners().contains(index.data(PartnerIdRole).toString());
}

void TileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    if (index.data(PartnerIdRole).toString().isEmpty())
        return; // sea: nothing to draw

    const int level = heatLevel(index);
    const bool selected = isSelected(index);
    const qreal gap = qMax<qreal>(1.0, option.rect.width() / 24.0);
    const QRectF tile = QRectF(option.rect).adjusted(gap, gap, -gap, -gap);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(HeatScale::fill(level));
    painter->drawRoundedRect(tile, gap * 1.5, gap * 1.5);

    if (selected) {
        // The accent must stand out on every step of the ramp, dark and light alike.
        QPen pen(QColor(0xe6, 0x55, 0x0d), qMax<qreal>(2.0, gap * 2));
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal inset = pen.widthF() / 2;
        painter->drawRect(tile.adjusted(inset, inset, -inset, -inset));
    }
    if (option.state & QStyle::State_HasFocus) {
        QPen focus(option.palette.color(QPalette::Highlight), 1, Qt::DashLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5));
    }

    QFont font = option.font;
    if (selected)
        font.setBold(true);
    const QString label = fittedLabel(index, tile.size(), &font);
    if (!label.isEmpty()) {
        painter->setFont(font);
        painter->setPen(HeatScale::text(level));
        painter->drawText(tile, Qt::AlignCenter | Qt::TextSingleLine, label);
    }
    painter->restore();
}

QString TileDelegate::fittedLabel(const QModelIndex &index, const QSizeF &tile, QFont *font)
{
    // One text size for the whole map, from the cell size: up to the interface font's size
    // (a little more on big cells), chosen so a three-letter code fits. The short name is
    // used when it fits at that size, else the code; a code that still does not fit shrinks
    // down to a floor below which letters stop being legible, and then the tile stays bare.
    const qreal base = font->pointSizeF() > 0 ? font->pointSizeF() : 9.0;
    const qreal floor = qMax<qreal>(4.5, base * 0.5);
    const qreal room = tile.width() * 0.92;
    QFont probe = *font;
    probe.setPointSizeF(base);
    const QFontMetricsF metrics(probe);
    const qreal uniform =
        std::min({base * 1.25, base * tile.height() / (metrics.height() * 1.9),
                  base * room / metrics.horizontalAdvance(QStringLiteral("MNO"))});
    const auto sizeFor = [&](const QString &text) {
        return base * room / metrics.horizontalAdvance(text);
    };
    const QString name = index.data(Qt::DisplayRole).toString();
    if (!name.isEmpty() && sizeFor(name) >= uniform) {
        font->setPointSizeF(uniform);
        return name;
    }
    const QString code = index.data(PartnerIdRole).toString();
    if (code.isEmpty())
        return {};
    const qreal size = qMin(uniform, sizeFor(code));
    if (size < floor)
        return {};
    font->setPointSizeF(size);
    return code;
}

QSize TileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int side = option.fontMetrics.height() * 2;
    return {side, side};
}

} // namespace cpe
