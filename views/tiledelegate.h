#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace cpe {

class FilterState;

// Paints one cell of the tile map: a square in the colour of its heat level with the short
// name on it, a strong outline when the partner is selected; cells without a partner (sea)
// stay blank.
class TileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TileDelegate(FilterState *filter, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static int heatLevel(const QModelIndex &index);

private:
    bool isSelected(const QModelIndex &index) const;

    QPointer<FilterState> m_filter;
};

} // namespace cpe
