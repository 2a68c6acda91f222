#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QSpinBox;
class QToolButton;

namespace cpe {

class FilterState;
class RecordLanes;
class YearHistogram;

// When things happened: the records-per-year histogram, which is also the year-range
// control, "from"/"to" spin boxes that mirror the filter's range, and lanes of the filtered
// partnerships and pledges under their years.
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    // years: YearColumn rows; partnerships/pledges: the filtered record models.
    TimelineView(QAbstractItemModel *years, QAbstractItemModel *partnerships,
                 QAbstractItemModel *pledges, FilterState *filter, QWidget *parent = nullptr);

    YearHistogram *histogram() const { return m_histogram; }
    RecordLanes *lanes() const { return m_lanes; }
    QSpinBox *fromSpin() const { return m_from; }
    QSpinBox *toSpin() const { return m_to; }
    void retranslateUi();

Q_SIGNALS:
    void recordActivated(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void syncSpins();
    void applySpins();

    QPointer<FilterState> m_filter;
    YearHistogram *m_histogram = nullptr;
    RecordLanes *m_lanes = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QToolButton *m_allYears = nullptr;
};

} // namespace cpe
