#include "correctionscontroller.h"

#include "explorersession.h"
#include "gazetteer.h"
#include "recordstore.h"
#include "storerecords.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace cpe {

// One correction: the store row it wrote and the article's records before and after it.
// Snapshots rather than re-deriving: undo must give back exactly what was on screen, and the
// stack is linear, so the article is in the "before" state whenever this command is redone.
class CorrectionCommand final : public QUndoCommand
{
public:
    CorrectionCommand(CorrectionsController *controller, const Correction &correction,
                      qint64 storedId, int article, const LoadedArticle &before,
                      const QString &text)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_correction(correction)
        , m_storedId(storedId)
        , m_article(article)
        , m_before(before)
    {
        QList<LoadedArticle> after{before};
        // One article, one group: the records on show already have syndicated copies merged
        // into the first copy, which is where the corrected record lives.
        storerecords::applyCorrections(after, {0}, {correction});
        m_after = after.first().extraction;
    }

    void redo() override
    {
        // The first redo follows the write the controller already made (so it could report
        // a failure before anything was pushed).
        if (m_storedId == 0) {
            if (CorpusStore *store = m_controller->m_session->corpusStore())
                m_storedId = store->addCorrection(m_correction);
        }
        m_controller->replaceRecords(m_article, m_after);
    }

    void undo() override
    {
        if (CorpusStore *store = m_controller->m_session->corpusStore(); store && m_storedId)
            store->removeCorrection(m_storedId);
        m_storedId = 0;
        m_controller->replaceRecords(m_article, m_before.extraction);
    }

private:
    CorrectionsController *m_controller = nullptr;
    Correction m_correction;
    qint64 m_storedId = 0;
    int m_article = -1;
    LoadedArticle m_before;
    ArticleExtraction m_after;
};

CorrectionsController::CorrectionsController(ExplorerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_records(session->store())
    , m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("correctionsUndoStack"));
    // Another load replaces the records: the stack's article indexes would name other ones.
    connect(m_records, &RecordStore::aboutToBeReset, this, [this] {
        if (!m_applying)
            m_stack->clear();
    });
}

CorrectionsController::~CorrectionsController() = default;

bool CorrectionsController::isAvailable() const
{
    return m_session->corpusStore() != nullptr && !m_session->isLoading();
}

void CorrectionsController::replaceRecords(int article, const ArticleExtraction &extraction)
{
    m_applying = true;
    m_records->replaceArticleRecords(article, extraction);
    m_applying = false;
}

bool CorrectionsController::push(const Correction &correction, int article, const QString &text)
{
    m_lastError.clear();
    CorpusStore *store = m_session->corpusStore();
    if (!store || m_session->isLoading()) {
        m_lastError = tr("Corrections can be made once the corpus has been read into its store.");
        return false;
    }
    if (article < 0 || article >= m_records->articleCount()) {
        m_lastError = tr("The record is no longer loaded.");
        return false;
    }
    const qint64 id = store->addCorrection(correction, &m_lastError);
    if (id == 0)
        return false;
    m_stack->push(new CorrectionCommand(this, correction, id, article,
                                        m_records->loadedArticle(article), text));
    return true;
}

bool CorrectionsController::checkPartnership(int record)
{
    if (record >= 0 && record < m_records->partnershipCount())
        return true;
    m_lastError = tr("The record is no longer loaded.");
    return false;
}

bool CorrectionsController::rejectPartnership(int record)
{
    if (!checkPartnership(record))
        return false;
    const Partnership p = m_records->partnership(record);
    return push(Correction::reject(p), m_records->partnershipArticle(record),
                tr("Reject partnership with %1").arg(p.partnerId));
}

bool CorrectionsController::rejectPledge(int record)
{
    if (record < 0 || record >= m_records->pledgeCount()) {
        m_lastError = tr("The record is no longer loaded.");
        return false;
    }
    const Pledge p = m_records->pledge(record);
    return push(Correction::reject(p), m_records->pledgeArticle(record),
                tr("Reject pledge of %1").arg(p.actorId));
}

bool CorrectionsController::changePartner(int record, const QString &partnerId)
{
    if (!checkPartnership(record))
        return false;
    const Partnership p = m_records->partnership(record);
    if (partnerId.isEmpty() || partnerId == p.partnerId) {
        m_lastError = tr("Choose another partner.");
        return false;
    }
    return push(Correction::changePartner(p, partnerId), m_records->partnershipArticle(record),
                tr("Change partner %1 to %2").arg(p.partnerId, partnerId));
}

bool CorrectionsController::changeSectors(int record, const QStringList &sectorIds)
{
    if (!checkPartnership(record))
        return false;
    const Partnership p = m_records->partnership(record);
    return push(Correction::changeSectors(p, sectorIds), m_records->partnershipArticle(record),
                tr("Change sectors of the partnership with %1").arg(p.partnerId));
}

bool CorrectionsController::changeDate(int record, const QString &isoDate)
{
    if (!checkPartnership(record))
        return false;
    if (!DateInfo::fromIso(isoDate, QString()).isValid()) {
        m_lastError = tr("Give the date as YYYY, YYYY-MM or YYYY-MM-DD.");
        return false;
    }
    const Partnership p = m_records->partnership(record);
    return push(Correction::changeDate(p, isoDate), m_records->partnershipArticle(record),
                tr("Change date of the partnership with %1 to %2").arg(p.partnerId, isoDate));
}

bool CorrectionsController::addPartnership(int article, int start, int end,
                                           const QString &partnerId, const QStringList &sectorIds)
{
    m_lastError.clear();
    if (article < 0 || article >= m_records->articleCount()) {
        m_lastError = tr("The record is no longer loaded.");
        return false;
    }
    const Article a = m_records->article(article);
    const int from = qBound(0, start, int(a.text.size()));
    const int to = qBound(from, end, int(a.text.size()));
    if (to <= from || a.text.mid(from, to - from).trimmed().isEmpty()) {
        m_lastError = tr("Select the text that names the partnership first.");
        return false;
    }
    if (partnerId.isEmpty()) {
        m_lastError = tr("Choose a partner.");
        return false;
    }
    return push(Correction::addPartnership(a, from, to, partnerId, sectorIds), article,
                tr("Add partnership with %1").arg(partnerId));
}

} // namespace cpe
