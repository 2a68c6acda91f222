#pragma once

#include <QAbstractItemModel>
#include <QTimer>

#include "roles.h"

namespace cpe {

// Starts `timer` on any change of `model`'s rows or data.
inline void restartOnChange(QAbstractItemModel *model, QTimer *timer)
{
    if (!model)
        return;
    auto start = [timer] { timer->start(); };
    QObject::connect(model, &QAbstractItemModel::modelReset, timer, start);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, timer, start);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, timer, start);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, timer, start);
    QObject::connect(model, &QAbstractItemModel::rowsMoved, timer, start);
    QObject::connect(model, &QAbstractItemModel::dataChanged, timer, start);
    QObject::connect(model, &QAbstractItemModel::headerDataChanged, timer, start);
}

// Calls `slot` on `receiver` after any change of `model`'s rows or data. Loading inserts rows
// in many small batches, so the call is coalesced through `timer` (single-shot, 0 ms): views
// rebuild once per event-loop turn, not once per batch. More models can share the timer
// through restartOnChange().
template <typename Receiver, typename Slot>
void onModelChanged(QAbstractItemModel *model, QTimer *timer, Receiver *receiver, Slot slot)
{
    timer->setSingleShot(true);
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, receiver, slot);
    restartOnChange(model, timer);
}

// A year read from a cell: YearRole when the model gives one, else the number shown.
inline int yearAt(const QModelIndex &index)
{
    const int year = index.data(YearRole).toInt();
    return year > 0 ? year : index.data(Qt::DisplayRole).toInt();
}

} // namespace cpe

namespace cpe {

// Plural strings are written the Qt way, "%n partner(s)", and get their forms from the
// translation of the interface language. Until an English translation file supplies the
// English forms, resolve the "(s)" here so English never reads "1 partner(s)".
inline QString resolvePlural(QString text, int n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace cpe
