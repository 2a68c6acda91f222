#pragma once

#include "corpusloader.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cpe {

// The import report: every file a load skipped or could only partly use, with the reason,
// in a table that can be copied (selected rows, or all, as tab-separated lines). Non-modal,
// so the window stays usable while it is open; a new load's report replaces the old one.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)
public:
    explicit ImportReportDialog(QWidget *parent = nullptr);

    void setSummary(const LoadSummary &summary);
    // The rows as "file<TAB>reason" lines: the selected ones, or all when none is selected.
    QString reportText(bool selectedOnly) const;
    int rowCount() const;
    void copyToClipboard();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LoadSummary m_summary;
    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace cpe
