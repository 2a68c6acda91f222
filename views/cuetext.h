#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QModelIndex;

namespace cpe {

// Explains, in the interface language, why the engine extracted a record: one line per cue
// ("alias:U.S." → "Partner named as “U.S.”") and how a date was decided.
class CueText
{
    Q_DECLARE_TR_FUNCTIONS(CueText)
public:
    // record: an index of the partnership or pledge model (gives the kind's display name);
    // sectors: the sector model (gives sector names by IdRole), may be null.
    static QString explain(const QString &cue, const QModelIndex &record,
                           const QAbstractItemModel *sectors);
    // "metadata", "dateline", "event", "inferred" → a phrase; unknown bases pass through.
    static QString dateBasis(const QString &basis);

private:
    static QString binding(const QString &how);
    static QString corrected(const QString &field);
};

} // namespace cpe
