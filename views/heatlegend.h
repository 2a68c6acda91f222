#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QGridLayout;
class QLabel;

namespace cpe {

// Explains the map colours: one swatch per heat level with the range of record counts that
// the tiles of that level actually have, read from the tile model so it never disagrees with
// however the model bins counts.
class HeatLegend final : public QWidget
{
    Q_OBJECT
public:
    explicit HeatLegend(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void retranslateUi();

    // "1–3" per level, empty for levels no tile has; for tests and the accessible text.
    QStringList rangeTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QPointer<QAbstractItemModel> m_model;
    QLabel *m_title = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_swatches;
    QList<QLabel *> m_texts;
};

} // namespace cpe
