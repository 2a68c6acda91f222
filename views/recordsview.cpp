#include "recordsview.h"

#include "filterstate.h"
#include "roles.h"

#include <QAbstractItemModel>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cpe {

RecordsView::RecordsView(QAbstractItemModel *partnerships, QAbstractItemModel *pledges,
                         FilterState *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("recordsView"));
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        if (m_filter)
            m_filter->setQuery(m_search->text().trimmed());
    });
    if (filter) {
        // The query may be cleared elsewhere (Esc, "Clear filters"): show that here, without
        // echoing it back through the timer.
        connect(filter, &FilterState::queryChanged, this, [this](const QString &query) {
            if (m_search->text().trimmed() == query)
                return;
            const QSignalBlocker blocker(m_search);
            m_searchTimer.stop();
            m_search->setText(query);
        });
    }

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);

    // Widths in average characters, by column (PartnershipColumn / PledgeColumn order).
    m_partnerships = makeTable(partnerships, {18, 14, 22, 12, 10, 8, 28},
                               column(PartnershipColumn::Date), Qt::DescendingOrder);
    m_partnerships->setObjectName(QStringLiteral("partnershipTable"));
    m_pledges = makeTable(pledges, {18, 18, 8, 12, 10, 10, 28}, column(PledgeColumn::TargetYear),
                          Qt::AscendingOrder);
    m_pledges->setObjectName(QStringLiteral("pledgeTable"));

    m_partnershipTitle = new QLabel(this);
    m_pledgeTitle = new QLabel(this);
    m_partnershipTitle->setBuddy(m_partnerships);
    m_pledgeTitle->setBuddy(m_pledges);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("recordsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    for (auto [title, table] : {std::pair(m_partnershipTitle, m_partnerships),
                                std::pair(m_pledgeTitle, m_pledges)}) {
        auto *pane = new QWidget(m_splitter);
        auto *paneLayout = new QVBoxLayout(pane);
        paneLayout->setContentsMargins(0, 0, 0, 0);
        paneLayout->addWidget(title);
        paneLayout->addWidget(table, 1);
        m_splitter->addWidget(pane);
    }
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter, 1);

    for (QAbstractItemModel *model : {partnerships, pledges}) {
        if (!model)
            continue;
        connect(model, &QAbstractItemModel::modelReset, this, &RecordsView::updateCounts);
        connect(model, &QAbstractItemModel::rowsInserted, this, &RecordsView::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordsView::updateCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &RecordsView::updateCounts);
    }
    retranslateUi();
}

QTableView *RecordsView::makeTable(QAbstractItemModel *model, const QList<int> &widthsInChars,
                                   int sortColumn, Qt::SortOrder order)
{
    auto *table = new QTableView(this);
    table->setModel(model);
    // Enabling sorting sorts at once, by the indicator's column: make that a useful order.
    table->horizontalHeader()->setSortIndicator(sortColumn, order);
    table->setSortingEnabled(true); // the models sort on raw values in sort()
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().descent() * 2);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionsMovable(true);
    // Fixed starting widths from the font: measuring every row would scan the whole corpus.
    const int charWidth = fontMetrics().averageCharWidth();
    // A column is never narrower than its title ("Confidence", "Target year" were cut).
    for (int col = 0; col < widthsInChars.size(); ++col)
        table->setColumnWidth(col, qMax(widthsInChars.at(col) * charWidth,
                                        table->horizontalHeader()->sectionSizeHint(col)));
    if (table->selectionModel()) {
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        Q_EMIT recordActivated(current);
                });
    }
    connect(table, &QTableView::activated, this, &RecordsView::recordActivated);
    return table;
}

void RecordsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecordsView::updateCounts()
{
    const int partnerships = m_partnerships->model() ? m_partnerships->model()->rowCount() : 0;
    const int pledges = m_pledges->model() ? m_pledges->model()->rowCount() : 0;
    m_partnershipTitle->setText(tr("P&artnerships (%1)").arg(QLocale().toString(partnerships)));
    m_pledgeTitle->setText(tr("P&ledges (%1)").arg(QLocale().toString(pledges)));
}

QByteArray RecordsView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_splitter->saveState() << m_partnerships->horizontalHeader()->saveState()
        << m_pledges->horizontalHeader()->saveState();
    return state;
}

bool RecordsView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray splitter, partnershipHeader, pledgeHeader;
    in >> version >> splitter >> partnershipHeader >> pledgeHeader;
    if (version != 1 || in.status() != QDataStream::Ok)
        return false;
    return m_splitter->restoreState(splitter)
           && m_partnerships->horizontalHeader()->restoreState(partnershipHeader)
           && m_pledges->horizontalHeader()->restoreState(pledgeHeader);
}

void RecordsView::retranslateUi()
{
    m_searchLabel->setText(tr("&Search"));
    m_search->setPlaceholderText(tr("Partner, sector, words of the evidence… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search records"));
    m_search->setToolTip(tr("Show only records whose partner, sector or evidence contains "
                            "this text"));
    m_partnerships->setAccessibleName(tr("Partnerships"));
    m_partnerships->setToolTip(tr("Select a row to read its article; click a header to sort"));
    m_pledges->setAccessibleName(tr("Pledges"));
    m_pledges->setToolTip(tr("Select a row to read its article; click a header to sort"));
    updateCounts();
}

void RecordsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cpe
