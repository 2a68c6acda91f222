#pragma once

#include <QModelIndex>
#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace cpe {

class FilterState;

// Turns clicks and keys on an item view whose items carry PartnerIdRole into partner
// selections: click (or Space/Enter) selects only that partner, Ctrl-click (Ctrl+Space)
// adds or removes it. Item views' clicked() has no modifiers, hence an event filter.
class PartnerPicker final : public QObject
{
    Q_OBJECT
public:
    PartnerPicker(QAbstractItemView *view, FilterState *filter);

    void pick(const QModelIndex &index, Qt::KeyboardModifiers modifiers);

Q_SIGNALS:
    void partnerActivated(const QString &partnerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view = nullptr;
    QPointer<FilterState> m_filter;
    QPersistentModelIndex m_pressed;
};

} // namespace cpe
