#include "partnerpicker.h"

#include "filterstate.h"
#include "roles.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QMouseEvent>

namespace cpe {

PartnerPicker::PartnerPicker(QAbstractItemView *view, FilterState *filter)
    : QObject(view)
    , m_view(view)
    , m_filter(filter)
{
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

void PartnerPicker::pick(const QModelIndex &index, Qt::KeyboardModifiers modifiers)
{
    const QString id = index.data(PartnerIdRole).toString();
    if (id.isEmpty() || !m_filter)
        return;
    if (modifiers & Qt::ControlModifier)
        m_filter->togglePartner(id);
    else
        m_filter->setPartners({id});
    Q_EMIT partnerActivated(id);
}

bool PartnerPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                m_pressed = m_view->indexAt(mouse->position().toPoint());
        } else if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
            // Only a press and release on the same item count: a drag off a tile cancels.
            if (mouse->button() == Qt::LeftButton && index.isValid() && index == m_pressed)
                pick(index, mouse->modifiers());
            m_pressed = QPersistentModelIndex();
        }
    } else if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Space:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_view->currentIndex().isValid()) {
                pick(m_view->currentIndex(), key->modifiers());
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cpe
