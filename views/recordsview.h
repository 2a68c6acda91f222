#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace cpe {

class FilterState;

// The records themselves: sortable tables of the filtered partnerships and pledges, and a
// search field that sets the filter's query once typing pauses. Selecting a row activates
// that record (the window opens it in the reader).
class RecordsView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int searchDelayMs = 150;

    RecordsView(QAbstractItemModel *partnerships, QAbstractItemModel *pledges,
                FilterState *filter, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *partnershipTable() const { return m_partnerships; }
    QTableView *pledgeTable() const { return m_pledges; }

    void focusSearch();
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);
    void retranslateUi();

Q_SIGNALS:
    void recordActivated(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *makeTable(QAbstractItemModel *model, const QList<int> &widthsInChars,
                          int sortColumn, Qt::SortOrder order);
    void updateCounts();

    QPointer<FilterState> m_filter;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer m_searchTimer;
    QSplitter *m_splitter = nullptr;
    QLabel *m_partnershipTitle = nullptr;
    QLabel *m_pledgeTitle = nullptr;
    QTableView *m_partnerships = nullptr;
    QTableView *m_pledges = nullptr;
};

} // namespace cpe
