#include "importreportdialog.h"

#include "viewhelpers.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cpe {

ImportReportDialog::ImportReportDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setModal(false);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("importReportHeading"));
    m_heading->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("importReportTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    // By file at first, which is the order the loader reads them in.
    m_table->sortByColumn(0, Qt::AscendingOrder);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("importReportCopy"));
    connect(m_copy, &QPushButton::clicked, this, &ImportReportDialog::copyToClipboard);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    // Ctrl+C in the table copies what is selected, as a spreadsheet would.
    auto *copySelection = new QAction(m_table);
    copySelection->setShortcut(QKeySequence::Copy);
    copySelection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copySelection, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(reportText(true));
    });
    m_table->addAction(copySelection);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);
    retranslate();
}

void ImportReportDialog::setSummary(const LoadSummary &summary)
{
    m_summary = summary;
    m_table->setSortingEnabled(false); // no re-sorting while rows are half filled
    m_table->setRowCount(int(summary.issues.size()));
    for (int row = 0; row < summary.issues.size(); ++row) {
        const ReadIssue &issue = summary.issues.at(row);
        const QString path = issue.path.startsWith(QLatin1Char(':')) ? issue.path
                                                                       : QDir::toNativeSeparators(issue.path);
        auto *file = new QTableWidgetItem(path);
        file->setToolTip(path);
        auto *reason = new QTableWidgetItem(issue.message);
        reason->setToolTip(issue.message);
        m_table->setItem(row, 0, file);
        m_table->setItem(row, 1, reason);
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), fontMetrics().averageCharWidth() * 70));
    m_table->setSortingEnabled(true); // sorts by the header's choice, by file at first
    retranslate();
}

int ImportReportDialog::rowCount() const
{
    return m_table->rowCount();
}

QString ImportReportDialog::reportText(bool selectedOnly) const
{
    QList<int> rows;
    if (selectedOnly) {
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &index : selected)
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty()) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            rows.append(row);
    }
    QString text;
    for (int row : std::as_const(rows))
        text += m_table->item(row, 0)->text() + QLatin1Char('\t') + m_table->item(row, 1)->text() +
                QLatin1Char('\n');
    return text;
}

void ImportReportDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(reportText(false));
}

void ImportReportDialog::retranslate()
{
    setWindowTitle(tr("Import Report"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Reason")});
    m_table->setAccessibleName(tr("Skipped files"));
    m_copy->setText(tr("&Copy All"));
    m_copy->setToolTip(tr("Copy every row as tab-separated text"));
    QSet<QString> files;
    for (const ReadIssue &issue : std::as_const(m_summary.issues))
        files.insert(issue.path);
    const int skipped = int(files.size());
    QString heading = resolvePlural(tr("%n article(s) read", nullptr, m_summary.articles),
                                    m_summary.articles);
    heading += QLatin1String("; ") +
               resolvePlural(tr("%n file(s) skipped", nullptr, skipped), skipped);
    if (m_summary.cancelled)
        heading += QLatin1String(" ") + tr("(reading was cancelled)");
    m_heading->setText(skipped == 0 ? tr("No file was skipped.") : heading);
}

void ImportReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cpe
