#pragma once

#include "corpusstore.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace cpe {

class ExplorerSession;
class RecordStore;

// The user's corrections of what the engine found, as undoable commands. Each one writes a
// Correction to the corpus store (so it is kept, survives re-extraction and is marked in
// exports) and changes the records on show through RecordStore::replaceArticleRecords(), so
// every model follows. Undo removes the correction from the store and restores the article's
// records as they were.
//
// Records are named by their RecordStore index (RecordIndexRole); the stack is cleared when a
// load replaces the records, since those indexes then mean other records.
class CorrectionsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectionsController)
public:
    explicit CorrectionsController(ExplorerSession *session, QObject *parent = nullptr);
    ~CorrectionsController() override;

    QUndoStack *undoStack() const { return m_stack; }
    RecordStore *records() const { return m_records; }
    // Corrections need the corpus on show to have a store.
    bool isAvailable() const;

    // Each returns false (and says why in lastError()) when nothing was changed.
    bool rejectPartnership(int record);
    bool rejectPledge(int record);
    bool changePartner(int record, const QString &partnerId);
    bool changeSectors(int record, const QStringList &sectorIds);
    bool changeDate(int record, const QString &isoDate);
    // A partnership the engine missed, supported by text [start, end) of article `article`
    // (UTF-16 offsets into its text).
    bool addPartnership(int article, int start, int end, const QString &partnerId,
                        const QStringList &sectorIds = {});
    QString lastError() const { return m_lastError; }

private:
    friend class CorrectionCommand;
    bool push(const Correction &correction, int article, const QString &text);
    bool checkPartnership(int record);
    // Puts `extraction` in place of article `article`'s records without clearing the stack.
    void replaceRecords(int article, const ArticleExtraction &extraction);

    ExplorerSession *m_session = nullptr;
    RecordStore *m_records = nullptr;
    QUndoStack *m_stack = nullptr;
    QString m_lastError;
    bool m_applying = false;
};

} // namespace cpe
