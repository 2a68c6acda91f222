#include "correctionactions.h"

#include "correctiondialogs.h"
#include "correctionscontroller.h"
#include "mainwindow.h"
#include "readerview.h"
#include "recordsview.h"
#include "recordstore.h"
#include "roles.h"
#include "timelineview.h"
#include "uilanguage.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

namespace cpe {

namespace {

// The reader shows the article through QTextDocument, which turns "\r\n" into one paragraph
// break: a document position moves forward by one for each such pair before it.
int textOffset(const QString &text, int position)
{
    int offset = 0;
    for (int seen = 0; offset < text.size() && seen < position; ++offset, ++seen) {
        if (text.at(offset) == QLatin1Char('\r') && offset + 1 < text.size()
            && text.at(offset + 1) == QLatin1Char('\n'))
            ++offset;
    }
    return offset;
}

} // namespace

CorrectionActions::CorrectionActions(CorrectionsController *controller, MainWindow *window,
                                     UiLanguage *language)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_language(language)
{
    setObjectName(QStringLiteral("correctionActions"));
    QUndoStack *stack = controller->undoStack();
    m_undo = stack->createUndoAction(this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    // QUndoStack words its actions ("Undo %1") once, in the language of the moment it makes
    // them. Connected after the stack's own updates, these re-word them in the current one.
    connect(stack, &QUndoStack::undoTextChanged, this, &CorrectionActions::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &CorrectionActions::updateUndoTexts);

    // Edit goes between File and View, where desktop users look for it.
    m_editMenu = new QMenu(window);
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, m_editMenu);

    for (QTableView *table : {window->recordsView()->partnershipTable(),
                              window->recordsView()->pledgeTable()}) {
        const bool pledges = table == window->recordsView()->pledgeTable();
        table->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(table, &QWidget::customContextMenuRequested, this, [this, table, pledges](const QPoint &pos) {
            if (QMenu *menu = tableMenu(table, pos, pledges)) {
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(table->viewport()->mapToGlobal(pos));
            }
        });
    }
    QTextBrowser *text = window->readerView()->textBrowser();
    text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(text, &QWidget::customContextMenuRequested, this, [this, text](const QPoint &pos) {
        QMenu *menu = readerMenu(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(text->viewport()->mapToGlobal(pos));
    });

    // The reader shows the last record activated in these views (MainWindow::showRecord).
    const auto follow = [this](const QModelIndex &index) {
        m_shown = index;
        m_shownArticleId = index.data(ArticleIdRole).toString();
    };
    connect(window->recordsView(), &RecordsView::recordActivated, this, follow);
    connect(window->timelineView(), &TimelineView::recordActivated, this, follow);

    window->installEventFilter(this);
    retranslateUi();
}

bool CorrectionActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void CorrectionActions::retranslateUi()
{
    m_editMenu->setTitle(tr("&Edit"));
    m_editMenu->setAccessibleName(tr("Edit"));
    m_undo->setToolTip(tr("Undo the last correction"));
    m_redo->setToolTip(tr("Redo the correction undone last"));
    updateUndoTexts();
}

void CorrectionActions::updateUndoTexts()
{
    // The command's own text ("Reject partnership with USA") is in the language it was made in.
    const QUndoStack *stack = m_controller->undoStack();
    const QString undo = stack->undoText();
    const QString redo = stack->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

QMenu *CorrectionActions::tableMenu(QTableView *table, const QPoint &pos, bool pledges)
{
    const QModelIndex index = table->indexAt(pos);
    if (!index.isValid())
        return nullptr;
    const int record = index.data(RecordIndexRole).toInt();
    auto *menu = new QMenu(table);
    menu->setObjectName(QStringLiteral("correctionMenu"));
    const bool available = m_controller->isAvailable();
    if (pledges) {
        QAction *reject = menu->addAction(tr("&Reject Pledge"), this, [this, record] {
            report(m_controller->rejectPledge(record));
        });
        reject->setObjectName(QStringLiteral("rejectPledgeAction"));
        reject->setEnabled(available);
        return menu;
    }
    const QStringList sectors = index.data(SectorIdsRole).toStringList();
    const QString date = index.data(DateIsoRole).toString();
    QAction *reject = menu->addAction(tr("&Reject Partnership"), this, [this, record] {
        report(m_controller->rejectPartnership(record));
    });
    reject->setObjectName(QStringLiteral("rejectPartnershipAction"));
    QAction *partnerAction = menu->addAction(tr("Change &Partner…"), this, [this, record] { askPartner(record); });
    partnerAction->setObjectName(QStringLiteral("changePartnerAction"));
    QAction *sectorsAction = menu->addAction(tr("Change &Sectors…"), this, [this, record, sectors] {
        askSectors(record, sectors);
    });
    sectorsAction->setObjectName(QStringLiteral("changeSectorsAction"));
    QAction *dateAction = menu->addAction(tr("Change &Date…"), this, [this, record, date] {
        askDate(record, date);
    });
    dateAction->setObjectName(QStringLiteral("changeDateAction"));
    for (QAction *action : menu->actions())
        action->setEnabled(available);
    return menu;
}

QMenu *CorrectionActions::readerMenu(const QPoint &pos)
{
    QTextBrowser *text = m_window->readerView()->textBrowser();
    QMenu *menu = text->createStandardContextMenu(pos);
    menu->setObjectName(QStringLiteral("readerMenu"));
    menu->addSeparator();
    QAction *add = menu->addAction(tr("&Add Partnership from Selection…"), this,
                                   &CorrectionActions::askAddPartnership);
    add->setObjectName(QStringLiteral("addPartnershipAction"));
    add->setEnabled(m_controller->isAvailable() && text->textCursor().hasSelection()
                    && shownArticle() >= 0);
    return menu;
}

int CorrectionActions::shownArticle() const
{
    if (m_shownArticleId.isEmpty())
        return -1;
    const RecordStore *records = m_controller->records();
    // Indexes move when a load replaces the records; the id names the article for good.
    const int guess = m_shown.isValid() ? m_shown.data(ArticleIndexRole).toInt() : -1;
    if (guess >= 0 && guess < records->articleCount() && records->articleId(guess) == m_shownArticleId)
        return guess;
    for (int a = 0; a < records->articleCount(); ++a) {
        if (records->articleId(a) == m_shownArticleId)
            return a;
    }
    return -1;
}

void CorrectionActions::askPartner(int record)
{
    const bool chinese = m_language && m_language->isChinese();
    const QString current = m_controller->records()->partnershipCount() > record
        ? m_controller->records()->partner(m_controller->records()->partnershipPartner(record)).id
        : QString();
    PartnerChoiceDialog dialog(chinese, current, m_window);
    dialog.setWindowTitle(tr("Change Partner"));
    dialog.setPrompt(tr("The partner this record is really about:"));
    if (dialog.exec() == QDialog::Accepted)
        report(m_controller->changePartner(record, dialog.partnerId()));
}

void CorrectionActions::askSectors(int record, const QStringList &current)
{
    SectorChoiceDialog dialog(m_language && m_language->isChinese(), current, m_window);
    dialog.setWindowTitle(tr("Change Sectors"));
    if (dialog.exec() == QDialog::Accepted)
        report(m_controller->changeSectors(record, dialog.sectorIds()));
}

void CorrectionActions::askDate(int record, const QString &current)
{
    bool ok = false;
    const QString date = QInputDialog::getText(m_window, tr("Change Date"),
                                               tr("Date of the partnership (YYYY, YYYY-MM or "
                                                  "YYYY-MM-DD):"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    if (ok)
        report(m_controller->changeDate(record, date));
}

void CorrectionActions::askAddPartnership()
{
    const bool chinese = m_language && m_language->isChinese();
    PartnerChoiceDialog partner(chinese, QString(), m_window);
    partner.setWindowTitle(tr("Add Partnership"));
    partner.setPrompt(tr("The partner the selected text names:"));
    if (partner.exec() != QDialog::Accepted)
        return;
    SectorChoiceDialog sectors(chinese, {}, m_window);
    sectors.setWindowTitle(tr("Add Partnership"));
    if (sectors.exec() != QDialog::Accepted)
        return;
    addPartnershipFromSelection(partner.partnerId(), sectors.sectorIds());
}

bool CorrectionActions::addPartnershipFromSelection(const QString &partnerId,
                                                    const QStringList &sectorIds)
{
    const int article = shownArticle();
    const QTextCursor cursor = m_window->readerView()->textBrowser()->textCursor();
    if (article < 0 || !cursor.hasSelection()) {
        report(false);
        return false;
    }
    const QString &text = m_controller->records()->articleText(article);
    const int start = textOffset(text, cursor.selectionStart());
    const int end = textOffset(text, cursor.selectionEnd());
    const bool ok = m_controller->addPartnership(article, start, end, partnerId, sectorIds);
    report(ok);
    return ok;
}

void CorrectionActions::report(bool ok)
{
    if (ok) {
        m_window->statusBar()->showMessage(tr("Correction saved: %1")
                                               .arg(m_controller->undoStack()->undoText()),
                                           5000);
    } else if (!m_controller->lastError().isEmpty()) {
        m_window->statusBar()->showMessage(m_controller->lastError(), 8000);
    }
}

} // namespace cpe
