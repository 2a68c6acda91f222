#include "timelineview.h"

#include "filterstate.h"
#include "recordlanes.h"
#include "yearhistogram.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace cpe {

namespace {
// Years the spin boxes offer when the data gives no better bounds.
constexpr int fallbackFirst = 1990;
constexpr int fallbackLast = 2060;
} // namespace

TimelineView::TimelineView(QAbstractItemModel *years, QAbstractItemModel *partnerships,
                           QAbstractItemModel *pledges, FilterState *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("timelineView"));
    m_histogram = new YearHistogram(years, filter, this);
    m_lanes = new RecordLanes(partnerships, pledges, filter, this);

    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = new QSpinBox(this);
    m_from->setObjectName(QStringLiteral("fromYear"));
    m_to = new QSpinBox(this);
    m_to->setObjectName(QStringLiteral("toYear"));
    for (QSpinBox *spin : {m_from, m_to}) {
        // Apply a typed year on Enter or focus loss, not on every keystroke ("2", "20"...).
        spin->setKeyboardTracking(false);
        spin->setGroupSeparatorShown(false);
        connect(spin, &QSpinBox::valueChanged, this, &TimelineView::applySpins);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_allYears = new QToolButton(this);
    m_allYears->setObjectName(QStringLiteral("allYears"));
    connect(m_allYears, &QToolButton::clicked, this, [this] {
        if (m_filter)
            m_filter->setYearRange(0, 0);
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_from);
    controls->addSpacing(fontMetrics().averageCharWidth() * 2);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addWidget(m_allYears);
    controls->addStretch(1);

    // The lanes grow sideways with the number of years and down with the font: let them scroll.
    auto *laneScroll = new QScrollArea(this);
    laneScroll->setWidget(m_lanes);
    laneScroll->setWidgetResizable(true);
    laneScroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_histogram, 2);
    layout->addWidget(laneScroll, 3);

    connect(m_histogram, &YearHistogram::axisChanged, this, &TimelineView::syncSpins);
    connect(m_lanes, &RecordLanes::yearsChanged, this, [this] {
        m_histogram->setExtraYears(m_lanes->years(RecordLanes::PledgeLane)
                                   + m_lanes->years(RecordLanes::PartnershipLane));
    });
    connect(m_lanes, &RecordLanes::recordActivated, this, &TimelineView::recordActivated);
    if (filter)
        connect(filter, &FilterState::yearRangeChanged, this, &TimelineView::syncSpins);
    m_histogram->setExtraYears(m_lanes->years(RecordLanes::PledgeLane)
                               + m_lanes->years(RecordLanes::PartnershipLane));
    syncSpins();
    retranslateUi();
}

void TimelineView::syncSpins()
{
    const YearAxis &axis = m_histogram->axis();
    int first = axis.last >= axis.first ? axis.first : fallbackFirst;
    int last = axis.last >= axis.first ? axis.last : fallbackLast;
    const int from = m_filter ? m_filter->fromYear() : 0;
    const int to = m_filter ? m_filter->toYear() : 0;
    if (from > 0)
        first = qMin(first, from);
    if (to > 0)
        last = qMax(last, to);
    // One below the first year stands for an open bound and shows as "any".
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    for (QSpinBox *spin : {m_from, m_to})
        spin->setRange(first - 1, last);
    m_from->setValue(from > 0 ? from : m_from->minimum());
    m_to->setValue(to > 0 ? to : m_to->minimum());
}

void TimelineView::applySpins()
{
    if (!m_filter)
        return;
    const int from = m_from->value() == m_from->minimum() ? 0 : m_from->value();
    const int to = m_to->value() == m_to->minimum() ? 0 : m_to->value();
    m_filter->setYearRange(from, to);
    syncSpins(); // the filter may have swapped a reversed range
}

void TimelineView::retranslateUi()
{
    m_fromLabel->setText(tr("&From", "year range"));
    m_toLabel->setText(tr("&To", "year range"));
    for (QSpinBox *spin : {m_from, m_to})
        spin->setSpecialValueText(tr("any", "open year bound"));
    m_from->setAccessibleName(tr("First year"));
    m_from->setToolTip(tr("Show records from this year on; \"any\" for no lower bound"));
    m_to->setAccessibleName(tr("Last year"));
    m_to->setToolTip(tr("Show records up to this year; \"any\" for no upper bound"));
    m_allYears->setText(tr("All years"));
    m_allYears->setAccessibleName(tr("Show all years"));
    m_allYears->setToolTip(tr("Remove the year range (or double-click the histogram)"));
    m_histogram->setToolTip(QString());
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cpe
