#include "recordlanes.h"

#include "filterstate.h"
#include "roles.h"
#include "viewhelpers.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <iterator>

namespace cpe {

namespace {

// The year a record belongs to in its lane: a partnership's date, a pledge's target year.
int partnershipYear(const QAbstractItemModel *model, int row)
{
    const QModelIndex date = model->index(row, column(PartnershipColumn::Date));
    int year = date.data(YearRole).toInt();
    if (year <= 0)
        year = date.data(DateIsoRole).toString().left(4).toInt();
    if (year <= 0)
        year = date.data(Qt::DisplayRole).toString().left(4).toInt();
    return year;
}

int pledgeYear(const QAbstractItemModel *model, int row)
{
    const QModelIndex target = model->index(row, column(PledgeColumn::TargetYear));
    const int year = target.data(SortRole).toInt();
    return year > 0 ? year : target.data(Qt::DisplayRole).toInt();
}

QString elideMiddle(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

} // namespace

RecordLanes::RecordLanes(QAbstractItemModel *partnerships, QAbstractItemModel *pledges,
                         FilterState *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("recordLanes"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_models[PartnershipLane] = partnerships;
    m_models[PledgeLane] = pledges;
    onModelChanged(partnerships, &m_reloadTimer, this, &RecordLanes::reload);
    restartOnChange(pledges, &m_reloadTimer); // one reload for a change of either model
    reload();
    retranslateUi();
}

void RecordLanes::reload()
{
    const QSet<int> before[LaneCount] = {years(PartnershipLane), years(PledgeLane)};
    for (int lane = 0; lane < LaneCount; ++lane) {
        m_items[lane].clear();
        const QAbstractItemModel *model = m_models[lane];
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool pledge = lane == PledgeLane;
            const int year = pledge ? pledgeYear(model, row) : partnershipYear(model, row);
            if (year <= 0)
                continue;
            const QModelIndex first = model->index(row, 0);
            const QString who = first.data(Qt::DisplayRole).toString();
            const QString kind =
                model->index(row, pledge ? column(PledgeColumn::Kind) : column(PartnershipColumn::Kind))
                    .data(Qt::DisplayRole)
                    .toString();
            Item item;
            item.index = first;
            item.label = kind.isEmpty() ? who : tr("%1 · %2", "partner · kind").arg(who, kind);
            item.tip = elideMiddle(first.data(EvidenceTextRole).toString(), 240);
            m_items[lane][year].append(item);
        }
    }
    m_focus = qBound(0, m_focus, qMax(0, int(chips().size()) - 1));
    updateGeometry();
    update();
    if (before[0] != years(PartnershipLane) || before[1] != years(PledgeLane))
        Q_EMIT yearsChanged();
}

void RecordLanes::setMaxPerYear(int count)
{
    m_maxPerYear = qMax(1, count);
    updateGeometry();
    update();
}

QSet<int> RecordLanes::years(Lane lane) const
{
    const QList<int> keys = m_items[lane].keys();
    return QSet<int>(keys.begin(), keys.end());
}

int RecordLanes::recordCount(Lane lane, int year) const
{
    return int(m_items[lane].value(year).size());
}

int RecordLanes::chipHeight() const
{
    return fontMetrics().height() + fontMetrics().descent() + 2;
}

int RecordLanes::columnWidth() const
{
    return fontMetrics().averageCharWidth() * 22;
}

int RecordLanes::laneTop(Lane lane) const
{
    // Each lane: a title row, a row of years, up to maxPerYear chips and a "+k more" row.
    return lane * (chipHeight() * (m_maxPerYear + 3) + fontMetrics().descent());
}

QRect RecordLanes::chipRect(Lane lane, int year, int n) const
{
    const int count = recordCount(lane, year);
    const bool more = n == m_maxPerYear && count > m_maxPerYear;
    if (n < 0 || (n >= count && !more) || n > m_maxPerYear)
        return {};
    const int column = int(std::distance(m_items[lane].cbegin(), m_items[lane].constFind(year)));
    const int h = chipHeight();
    const int w = columnWidth();
    return QRect(column * w + 1, laneTop(lane) + h * (n + 2), w - 2, h - 2);
}

QList<RecordLanes::Chip> RecordLanes::chips() const
{
    QList<Chip> list;
    for (int lane = 0; lane < LaneCount; ++lane) {
        for (auto it = m_items[lane].cbegin(); it != m_items[lane].cend(); ++it) {
            const int shown = qMin(int(it->size()), m_maxPerYear);
            for (int n = 0; n < shown; ++n)
                list.append({Lane(lane), it.key(), n, false});
            if (it->size() > m_maxPerYear)
                list.append({Lane(lane), it.key(), m_maxPerYear, true});
        }
    }
    return list;
}

bool RecordLanes::chipAt(const QPoint &pos, Chip *chip) const
{
    for (int lane = 0; lane < LaneCount; ++lane) {
        const int column = pos.x() / columnWidth();
        if (pos.x() < 0 || column >= m_items[lane].size())
            continue;
        const int year = std::next(m_items[lane].cbegin(), column).key();
        for (int n = 0; n <= m_maxPerYear; ++n) {
            if (chipRect(Lane(lane), year, n).contains(pos)) {
                *chip = {Lane(lane), year, n, n == m_maxPerYear};
                return true;
            }
        }
    }
    return false;
}

void RecordLanes::activate(const Chip &chip)
{
    if (chip.more) {
        if (m_filter)
            m_filter->setYearRange(chip.year, chip.year);
        return;
    }
    const QList<Item> items = m_items[chip.lane].value(chip.year);
    if (chip.n < items.size() && items.at(chip.n).index.isValid())
        Q_EMIT recordActivated(items.at(chip.n).index);
}

QString RecordLanes::tipFor(const Chip &chip) const
{
    const QList<Item> items = m_items[chip.lane].value(chip.year);
    if (chip.more)
        return tr("%n more in %1: click to show only this year", nullptr,
                  int(items.size()) - m_maxPerYear)
            .arg(chip.year);
    if (chip.n >= items.size())
        return {};
    const Item &item = items.at(chip.n);
    return item.tip.isEmpty() ? item.label : item.label + QLatin1Char('\n') + item.tip;
}

void RecordLanes::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const QString titles[LaneCount] = {tr("Partnerships by year"), tr("Pledges by target year")};
    const QColor fills[LaneCount] = {QColor(0xd6, 0xe6, 0xf4), QColor(0xfd, 0xe0, 0xc5)};
    const QList<Chip> all = chips();
    for (int lane = 0; lane < LaneCount; ++lane) {
        painter.setPen(palette().color(QPalette::WindowText));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRect(0, laneTop(Lane(lane)), width(), chipHeight()), Qt::AlignVCenter,
                         titles[lane]);
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        int column = 0;
        for (auto it = m_items[lane].cbegin(); it != m_items[lane].cend(); ++it, ++column) {
            painter.drawText(QRect(column * columnWidth() + 2, laneTop(Lane(lane)) + chipHeight(),
                                   columnWidth() - 4, chipHeight()),
                             Qt::AlignVCenter | Qt::AlignLeft, QString::number(it.key()));
        }
        if (m_items[lane].isEmpty()) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, laneTop(Lane(lane)) + chipHeight(), width(), chipHeight()),
                             Qt::AlignVCenter, tr("None under the current filter"));
        }
    }
    for (int i = 0; i < all.size(); ++i) {
        const Chip &chip = all.at(i);
        const QRect box = chipRect(chip.lane, chip.year, chip.n);
        if (box.isEmpty())
            continue;
        QString text;
        if (chip.more) {
            painter.setPen(palette().color(QPalette::Link));
            text = tr("+%1 more").arg(recordCount(chip.lane, chip.year) - m_maxPerYear);
        } else {
            painter.fillRect(box, fills[chip.lane]);
            painter.setPen(QColor(0x21, 0x25, 0x29));
            text = m_items[chip.lane].value(chip.year).at(chip.n).label;
        }
        painter.drawText(box.adjusted(2, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         fm.elidedText(text, Qt::ElideRight, box.width() - 4));
        if (hasFocus() && i == m_focus) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.drawRect(box.adjusted(1, 1, -1, -1));
        }
    }
}

void RecordLanes::mousePressEvent(QMouseEvent *event)
{
    Chip chip;
    if (event->button() != Qt::LeftButton || !chipAt(event->position().toPoint(), &chip))
        return QWidget::mousePressEvent(event);
    const QList<Chip> all = chips();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).lane == chip.lane && all.at(i).year == chip.year && all.at(i).n == chip.n)
            m_focus = i;
    }
    update();
    activate(chip);
}

void RecordLanes::keyPressEvent(QKeyEvent *event)
{
    const QList<Chip> all = chips();
    if (all.isEmpty())
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up: m_focus = qMax(0, m_focus - 1); break;
    case Qt::Key_Right:
    case Qt::Key_Down: m_focus = qMin(int(all.size()) - 1, m_focus + 1); break;
    case Qt::Key_Home: m_focus = 0; break;
    case Qt::Key_End: m_focus = int(all.size()) - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: activate(all.at(qBound(0, m_focus, int(all.size()) - 1))); return;
    default: return QWidget::keyPressEvent(event);
    }
    const Chip &focused = all.at(m_focus);
    setAccessibleDescription(tipFor(focused));
    update();
}

bool RecordLanes::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        Chip chip;
        if (chipAt(help->pos(), &chip))
            QToolTip::showText(help->globalPos(), tipFor(chip), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QSize RecordLanes::sizeHint() const
{
    return minimumSizeHint();
}

QSize RecordLanes::minimumSizeHint() const
{
    // Wide enough for every year column: the scroll area around the lanes scrolls sideways.
    const int columns = int(qMax(m_items[PartnershipLane].size(), m_items[PledgeLane].size()));
    return {qMax(columns, 4) * columnWidth(), laneTop(LaneCount)};
}

void RecordLanes::retranslateUi()
{
    setAccessibleName(tr("Records by year"));
    update();
}

void RecordLanes::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace cpe
