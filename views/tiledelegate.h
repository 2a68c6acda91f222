#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace cpe {

class FilterState;

// Paints one cell of the tile map: a square in the colour of its heat level with the short
// name on it (the three-letter code when the name does not fit the cell), a strong outline
// when the partner is selected; cells without a partner (sea) stay blank.
class TileDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TileDelegate(FilterState *filter, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static int heatLevel(const QModelIndex &index);
    // The text for a tile of this size: the short name, else the partner code, else nothing;
    // `font` comes in as the base font and leaves sized to fit.
    static QString fittedLabel(const QModelIndex &index, const QSizeF &tile, QFont *font);

private:
    bool isSelected(const QModelIndex &index) const;

    QPointer<FilterState> m_filter;
};

} // namespace cpe
