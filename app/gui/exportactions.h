#pragma once

#include "recordexport.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace cpe {

class ExplorerSession;
class MainWindow;

// File ▸ Export: the filtered partnerships or pledges as CSV or JSON (the command line's
// shapes, with the user's corrections marked), each chart as PNG, SVG or PDF, and a one-page
// PDF brief of the selected partner in the interface language. The file work is in public
// functions so tests and scripts need no dialogs.
class ExportActions final : public QObject
{
    Q_OBJECT
public:
    ExportActions(ExplorerSession *session, MainWindow *window);

    QMenu *exportMenu() const { return m_menu; }

    bool exportRecords(recordexport::Records records, recordexport::Format format,
                       const QString &path, QString *error = nullptr);
    // PNG or SVG by the path's suffix through the charts view, PDF here.
    bool exportChart(int chart, const QString &path, QString *error = nullptr);
    bool exportPartnerBrief(const QString &partnerId, const QString &path, QString *error = nullptr);
    // The partner the brief is about: the filter's only (or first, by id) selected partner;
    // empty when none is selected.
    QString briefPartner() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void askRecords(recordexport::Records records, recordexport::Format format);
    void askChart(int chart);
    void askBrief();
    void finish(bool ok, const QString &path, const QString &error);

    ExplorerSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_chartMenu = nullptr;
    QAction *m_partnershipsCsv = nullptr;
    QAction *m_partnershipsJson = nullptr;
    QAction *m_pledgesCsv = nullptr;
    QAction *m_pledgesJson = nullptr;
    QList<QAction *> m_charts;
    QAction *m_brief = nullptr;
};

} // namespace cpe
