#pragma once

#include <QMap>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAbstractItemModel;

namespace cpe {

class FilterState;

// Two lanes under the year histogram: the filtered partnerships grouped by year and the
// filtered pledges at their target years, a few per year as chips ("Germany · MoU") and
// "+k more" for the rest. Only years with records get a column, each wide enough to read:
// pledge targets reach decades ahead, so one column per calendar year would leave chips a
// few pixels wide. Clicking a chip (or Enter on it) activates that record; clicking
// "+k more" narrows the filter to that year. Arrow keys move between chips.
class RecordLanes final : public QWidget
{
    Q_OBJECT
public:
    enum Lane { PartnershipLane, PledgeLane, LaneCount };

    RecordLanes(QAbstractItemModel *partnerships, QAbstractItemModel *pledges, FilterState *filter,
                QWidget *parent = nullptr);

    void setMaxPerYear(int count);
    int maxPerYear() const { return m_maxPerYear; }
    QSet<int> years(Lane lane) const;
    int recordCount(Lane lane, int year) const;
    // Where the chip for the n-th record of a year is drawn; the "+k more" chip has
    // n == maxPerYear(). Empty when not shown.
    QRect chipRect(Lane lane, int year, int n) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void retranslateUi();

Q_SIGNALS:
    void recordActivated(const QModelIndex &index);
    void yearsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Item
    {
        QPersistentModelIndex index;
        QString label;
        QString tip;
    };
    struct Chip
    {
        Lane lane = PartnershipLane;
        int year = 0;
        int n = 0;
        bool more = false; // the "+k more" chip of the year
    };

    void reload();
    int chipHeight() const;
    int columnWidth() const;
    int laneTop(Lane lane) const;
    QList<Chip> chips() const; // in keyboard order
    bool chipAt(const QPoint &pos, Chip *chip) const;
    void activate(const Chip &chip);
    QString tipFor(const Chip &chip) const;

    QPointer<QAbstractItemModel> m_models[LaneCount];
    QPointer<FilterState> m_filter;
    QTimer m_reloadTimer;
    QMap<int, QList<Item>> m_items[LaneCount];
    int m_maxPerYear = 4;
    int m_focus = 0; // index into chips()
};

} // namespace cpe
