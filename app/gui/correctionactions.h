#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QString>

class QAction;
class QMenu;
class QPoint;
class QTableView;

namespace cpe {

class CorrectionsController;
class MainWindow;
class UiLanguage;

// The window's side of corrections: Edit ▸ Undo / Redo, the context menus of the record
// tables (reject, change partner, sectors, date) and of the reader ("Add partnership from
// selection…"), and the dialogs that ask for the new values. Everything it changes goes
// through the CorrectionsController, so the window never touches the stores itself.
class CorrectionActions final : public QObject
{
    Q_OBJECT
public:
    CorrectionActions(CorrectionsController *controller, MainWindow *window, UiLanguage *language);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *editMenu() const { return m_editMenu; }
    // The menu a right-click at `pos` on the partnership (or pledge) table opens; for tests.
    QMenu *tableMenu(QTableView *table, const QPoint &pos, bool pledges);
    // The reader's menu for its current selection.
    QMenu *readerMenu(const QPoint &pos);

    // The dialogs' work, callable without them (tests, scripting): false when cancelled or
    // refused (the reason in the status bar).
    bool addPartnershipFromSelection(const QString &partnerId, const QStringList &sectorIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateUndoTexts();
    void askPartner(int record);
    void askSectors(int record, const QStringList &current);
    void askDate(int record, const QString &current);
    void askAddPartnership();
    void report(bool ok);
    int shownArticle() const;

    CorrectionsController *m_controller = nullptr;
    MainWindow *m_window = nullptr;
    UiLanguage *m_language = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    // The record the reader shows (the last one activated), to find its article.
    QPersistentModelIndex m_shown;
    QString m_shownArticleId;
};

} // namespace cpe
