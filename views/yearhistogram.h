#pragma once

#include "yearaxis.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QAbstractItemModel;

namespace cpe {

class FilterState;

// Records per year as bars (partnerships and pledges stacked), and the control for the
// filter's year range: drag across years to select them, click one year, double-click to
// clear. Keyboard: Left/Right move the year cursor, Shift extends the selection,
// Space/Enter selects the cursor year, Delete clears.
class YearHistogram final : public QWidget
{
    Q_OBJECT
public:
    YearHistogram(QAbstractItemModel *years, FilterState *filter, QWidget *parent = nullptr);

    const YearAxis &axis() const { return m_axis; }
    // Years the axis must cover besides those of the model (pledge target years).
    void setExtraYears(const QSet<int> &years);
    // The centre of a year's bar, for tests and for keyboard focus.
    QPoint yearPosition(int year) const;
    // What the bar of a year stands for, for tests and accessibility.
    int partnershipsIn(int year) const { return m_bars.value(year).partnerships; }
    int pledgesIn(int year) const { return m_bars.value(year).pledges; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void retranslateUi();

Q_SIGNALS:
    void axisChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Bar
    {
        int partnerships = 0;
        int pledges = 0;
    };

    void reload();
    void updateAxis();
    void applyRange(int from, int to);
    QRect plotRect() const;
    // The range drawn as selected: the drag in progress, else the filter's.
    bool shownRange(int *from, int *to) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<FilterState> m_filter;
    QTimer m_reloadTimer;
    QMap<int, Bar> m_bars;
    QSet<int> m_extraYears;
    int m_domainFirst = 0;
    int m_domainLast = -1;
    YearAxis m_axis;
    int m_maxCount = 0;
    bool m_dragging = false;
    int m_dragFrom = 0;
    int m_dragTo = 0;
    int m_cursor = 0; // keyboard year cursor
    int m_anchor = 0; // where Shift+arrow selections start
};

} // namespace cpe
