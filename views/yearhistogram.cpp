#include "yearhistogram.h"

#include "filterstate.h"
#include "roles.h"
#include "viewhelpers.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace cpe {

namespace {
const QColor partnershipColour(0x2c, 0x7f, 0xb8);
const QColor pledgeColour(0xf0, 0x8c, 0x2e);
} // namespace

YearHistogram::YearHistogram(QAbstractItemModel *years, FilterState *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(years)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("yearHistogram"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    onModelChanged(years, &m_reloadTimer, this, &YearHistogram::reload);
    if (filter) {
        connect(filter, &FilterState::yearRangeChanged, this, [this](int from, int to) {
            if (from > 0)
                m_anchor = m_cursor = from;
            if (to > 0)
                m_cursor = to;
            // Clearing the range lets the axis shrink back to the years with records.
            if (from == 0 && to == 0)
                reload();
            retranslateUi();
            update();
        });
    }
    reload();
    retranslateUi();
}

void YearHistogram::setExtraYears(const QSet<int> &years)
{
    if (years == m_extraYears)
        return;
    m_extraYears = years;
    reload();
}

void YearHistogram::reload()
{
    m_bars.clear();
    m_maxCount = 0;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const int year = yearAt(m_model->index(row, column(YearColumn::Year)));
            if (year <= 0)
                continue;
            Bar &bar = m_bars[year];
            bar.partnerships += m_model->index(row, column(YearColumn::Partnerships)).data().toInt();
            bar.pledges += m_model->index(row, column(YearColumn::Pledges)).data().toInt();
            m_maxCount = qMax(m_maxCount, bar.partnerships + bar.pledges);
        }
    }
    QList<int> years = m_bars.keys();
    for (int year : std::as_const(m_extraYears))
        years.append(year);
    const bool ranged = m_filter && (m_filter->fromYear() > 0 || m_filter->toYear() > 0);
    // While a range is selected the models may drop the years outside it; the axis keeps
    // them so the selection can still be widened.
    if (!ranged) {
        m_domainFirst = 0;
        m_domainLast = -1;
    } else {
        if (m_filter->fromYear() > 0)
            years.append(m_filter->fromYear());
        if (m_filter->toYear() > 0)
            years.append(m_filter->toYear());
    }
    for (int year : std::as_const(years)) {
        if (m_domainLast < m_domainFirst) {
            m_domainFirst = m_domainLast = year;
        } else {
            m_domainFirst = qMin(m_domainFirst, year);
            m_domainLast = qMax(m_domainLast, year);
        }
    }
    if (m_cursor < m_domainFirst || m_cursor > m_domainLast)
        m_cursor = m_anchor = m_domainFirst;
    updateAxis();
    update();
}

QRect YearHistogram::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(QLocale().toString(qMax(m_maxCount, 10)))
                     + fm.averageCharWidth();
    const int right = fm.averageCharWidth();
    return rect().adjusted(left, fm.height() + fm.descent(), -right, -(fm.height() + fm.descent()));
}

void YearHistogram::updateAxis()
{
    const QRect plot = plotRect();
    YearAxis axis;
    if (m_domainLast >= m_domainFirst)
        axis = {m_domainFirst, m_domainLast, qreal(plot.left()), qreal(plot.width())};
    if (axis != m_axis) {
        m_axis = axis;
        Q_EMIT axisChanged();
    }
}

QPoint YearHistogram::yearPosition(int year) const
{
    const QRect plot = plotRect();
    return QPoint(int(m_axis.x(year) + m_axis.slot() / 2), plot.center().y());
}

bool YearHistogram::shownRange(int *from, int *to) const
{
    if (m_dragging) {
        *from = qMin(m_dragFrom, m_dragTo);
        *to = qMax(m_dragFrom, m_dragTo);
        return true;
    }
    if (!m_filter || (m_filter->fromYear() == 0 && m_filter->toYear() == 0))
        return false;
    *from = m_filter->fromYear() > 0 ? m_filter->fromYear() : m_axis.first;
    *to = m_filter->toYear() > 0 ? m_filter->toYear() : m_axis.last;
    return true;
}

void YearHistogram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    const QRect plot = plotRect();
    const QColor text = palette().color(QPalette::Text);
    if (m_axis.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No dated records"));
        return;
    }
    const qreal slot = m_axis.slot();

    int from = 0;
    int to = 0;
    if (shownRange(&from, &to)) {
        QColor band = palette().color(QPalette::Highlight);
        band.setAlpha(60);
        painter.fillRect(QRectF(m_axis.x(from), plot.top(), (to - from + 1) * slot, plot.height()),
                         band);
    }

    // Bars: partnerships at the bottom, pledges stacked on them.
    const qreal scale = m_maxCount > 0 ? plot.height() / qreal(m_maxCount) : 0;
    const qreal barWidth = qMax<qreal>(1.0, slot * 0.8);
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        const qreal x = m_axis.x(it.key()) + (slot - barWidth) / 2;
        const qreal low = it->partnerships * scale;
        const qreal high = it->pledges * scale;
        painter.fillRect(QRectF(x, plot.bottom() + 1 - low, barWidth, low), partnershipColour);
        painter.fillRect(QRectF(x, plot.bottom() + 1 - low - high, barWidth, high), pledgeColour);
    }

    // Axes: baseline, the top count, year labels spaced so they never overlap.
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(text);
    const QRect countBox(0, plot.top() - fm.height() / 2, plot.left() - fm.averageCharWidth() / 2,
                         fm.height());
    painter.drawText(countBox, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(m_maxCount));
    const qreal labelWidth = fm.horizontalAdvance(QStringLiteral("0000")) + fm.averageCharWidth();
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50, 100}) {
        step = candidate;
        if (candidate * slot >= labelWidth)
            break;
    }
    for (int year = m_axis.first; year <= m_axis.last; ++year) {
        if (year % step != 0)
            continue;
        const QRectF box(m_axis.x(year) + slot / 2 - labelWidth / 2, plot.bottom() + 2, labelWidth,
                         fm.height());
        painter.drawText(box, Qt::AlignCenter, QString::number(year));
    }

    // Colour key, top right.
    const QString keys[2] = {tr("Partnerships"), tr("Pledges")};
    const QColor colours[2] = {partnershipColour, pledgeColour};
    int x = plot.right();
    for (int i = 1; i >= 0; --i) {
        const int w = fm.horizontalAdvance(keys[i]);
        x -= w;
        painter.drawText(QRect(x, 0, w, fm.height()), Qt::AlignVCenter, keys[i]);
        x -= fm.height() * 3 / 4 + fm.averageCharWidth() / 2;
        painter.fillRect(QRect(x, fm.height() / 4, fm.height() / 2, fm.height() / 2), colours[i]);
        x -= fm.averageCharWidth() * 2;
    }

    if (hasFocus()) {
        QPen pen(palette().color(QPalette::Highlight), 1, Qt::DashLine);
        painter.setPen(pen);
        painter.drawRect(QRectF(m_axis.x(m_cursor), plot.top(), slot, plot.height()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void YearHistogram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateAxis();
}

void YearHistogram::applyRange(int from, int to)
{
    if (m_filter)
        m_filter->setYearRange(qMin(from, to), qMax(from, to));
}

void YearHistogram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_axis.isEmpty())
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = m_dragTo = m_axis.yearAt(event->position().x());
    m_anchor = m_cursor = m_dragFrom;
    update();
}

void YearHistogram::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    const int year = m_axis.yearAt(event->position().x());
    if (year != m_dragTo) {
        m_dragTo = m_cursor = year;
        update();
    }
}

void YearHistogram::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    m_dragTo = m_axis.yearAt(event->position().x());
    applyRange(m_dragFrom, m_dragTo);
    update();
}

void YearHistogram::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    m_dragging = false;
    if (m_filter)
        m_filter->setYearRange(0, 0);
}

void YearHistogram::keyPressEvent(QKeyEvent *event)
{
    if (m_axis.isEmpty())
        return QWidget::keyPressEvent(event);
    int next = m_cursor;
    switch (event->key()) {
    case Qt::Key_Left: next = m_cursor - 1; break;
    case Qt::Key_Right: next = m_cursor + 1; break;
    case Qt::Key_Home: next = m_axis.first; break;
    case Qt::Key_End: next = m_axis.last; break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_anchor = m_cursor;
        applyRange(m_cursor, m_cursor);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_filter)
            m_filter->setYearRange(0, 0);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    m_cursor = qBound(m_axis.first, next, m_axis.last);
    if (event->modifiers() & Qt::ShiftModifier)
        applyRange(m_anchor, m_cursor);
    else
        m_anchor = m_cursor;
    update();
}

bool YearHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_axis.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int year = m_axis.yearAt(help->pos().x());
        const Bar bar = m_bars.value(year);
        QToolTip::showText(help->globalPos(),
                           tr("%1: %2, %3", "year: partnerships, pledges")
                               .arg(QString::number(year),
                                    resolvePlural(tr("%n partnership(s)", nullptr,
                                                     bar.partnerships), bar.partnerships),
                                    resolvePlural(tr("%n pledge(s)", nullptr, bar.pledges),
                                                  bar.pledges)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

QSize YearHistogram::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 10};
}

QSize YearHistogram::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 5};
}

void YearHistogram::retranslateUi()
{
    setAccessibleName(tr("Records per year"));
    setToolTip(QString()); // per-year tooltips come from event()
    QString range = tr("all years");
    if (m_filter && (m_filter->fromYear() > 0 || m_filter->toYear() > 0)) {
        range = tr("%1 to %2", "year range")
                    .arg(m_filter->fromYear() > 0 ? QString::number(m_filter->fromYear())
                                                  : tr("any", "open year bound"),
                         m_filter->toYear() > 0 ? QString::number(m_filter->toYear())
                                                : tr("any", "open year bound"));
    }
    setAccessibleDescription(tr("Selected: %1. Drag or use Shift+arrow keys to select years, "
                                "double-click or Delete to show all years.")
                                 .arg(range));
}

void YearHistogram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        update();
    } else if (event->type() == QEvent::FontChange) {
        updateAxis();
    }
    QWidget::changeEvent(event);
}

} // namespace cpe
