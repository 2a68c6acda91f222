#include "tiledelegate.h"

#include "filterstate.h"
#include "heatscale.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>

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

    const QString label = index.data(Qt::DisplayRole).toString();
    if (!label.isEmpty()) {
        QFont font = option.font;
        if (selected)
            font.setBold(true);
        // Shrink long labels a little before eliding them: three letters must fit.
        QFontMetricsF metrics(font);
        const qreal room = tile.width() - 2 * gap;
        if (metrics.horizontalAdvance(label) > room && font.pointSizeF() > 0) {
            font.setPointSizeF(qMax(font.pointSizeF() * 0.75,
                                    font.pointSizeF() * room / metrics.horizontalAdvance(label)));
            metrics = QFontMetricsF(font);
        }
        painter->setFont(font);
        painter->setPen(HeatScale::text(level));
        painter->drawText(tile, Qt::AlignCenter,
                          metrics.elidedText(label, Qt::ElideRight, room));
    }
    painter->restore();
}

QSize TileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int side = option.fontMetrics.height() * 2;
    return {side, side};
}

} // namespace cpe
