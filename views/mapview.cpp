#include "mapview.h"

#include "filterstate.h"
#include "heatlegend.h"
#include "offmapproxy.h"
#include "partnerpicker.h"
#include "roles.h"
#include "tiledelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cpe {

namespace {

// A table whose cells stay square and grow to fill the space, never below a size in which
// a three-letter label is legible (then it scrolls instead).
class TileTable final : public QTableView
{
public:
    using QTableView::QTableView;

    void fitCells()
    {
        const int rows = model() ? model()->rowCount() : 0;
        const int cols = model() ? model()->columnCount() : 0;
        const int minimum = fontMetrics().horizontalAdvance(QStringLiteral("MMM"))
                            + fontMetrics().averageCharWidth();
        int side = minimum;
        if (rows > 0 && cols > 0)
            side = qMax(minimum, qMin(viewport()->width() / cols, viewport()->height() / rows));
        horizontalHeader()->setMinimumSectionSize(1);
        verticalHeader()->setMinimumSectionSize(1);
        horizontalHeader()->setDefaultSectionSize(side);
        verticalHeader()->setDefaultSectionSize(side);
    }

    QSize sizeHint() const override
    {
        const int cols = model() ? model()->columnCount() : 20;
        const int rows = model() ? model()->rowCount() : 12;
        const int side = fontMetrics().height() * 2;
        return {cols * side + 2 * frameWidth(), rows * side + 2 * frameWidth()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTableView::resizeEvent(event);
        fitCells();
    }
};

} // namespace

MapView::MapView(QAbstractItemModel *tileMap, QAbstractItemModel *partners, FilterState *filter,
                 QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("mapView"));

    auto *tiles = new TileTable(this);
    m_tiles = tiles;
    m_tiles->setObjectName(QStringLiteral("tileMap"));
    m_tiles->horizontalHeader()->hide();
    m_tiles->verticalHeader()->hide();
    m_tiles->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tiles->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tiles->setShowGrid(false);
    m_tiles->setSelectionMode(QAbstractItemView::NoSelection);
    m_tiles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tiles->setFrameShape(QFrame::NoFrame);
    m_tiles->setMouseTracking(true); // tooltips per tile
    m_tiles->setItemDelegate(new TileDelegate(filter, m_tiles));
    m_tiles->setModel(tileMap);
    if (tileMap) {
        connect(tileMap, &QAbstractItemModel::modelReset, m_tiles, [tiles] { tiles->fitCells(); });
        connect(tileMap, &QAbstractItemModel::layoutChanged, m_tiles, [tiles] { tiles->fitCells(); });
    }
    tiles->fitCells();

    m_offMapTitle = new QLabel(this);
    m_offMapModel = new OffMapProxy(filter, this);
    m_offMapModel->setSourceModel(partners);
    m_offMap = new QListView(this);
    m_offMap->setObjectName(QStringLiteral("offMapPartners"));
    m_offMap->setModel(m_offMapModel);
    m_offMap->setModelColumn(column(PartnerColumn::Partner));
    m_offMap->setSelectionMode(QAbstractItemView::NoSelection);
    m_offMap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_offMap->setUniformItemSizes(true);
    m_offMapTitle->setBuddy(m_offMap);

    m_legend = new HeatLegend(this);
    m_legend->setModel(tileMap);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_offMapTitle);
    sideLayout->addWidget(m_offMap, 1);
    sideLayout->addWidget(m_legend);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mapSplitter"));
    m_splitter->addWidget(m_tiles);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_tiles),
                                    static_cast<QAbstractItemView *>(m_offMap)}) {
        auto *picker = new PartnerPicker(view, filter);
        connect(picker, &PartnerPicker::partnerActivated, this, &MapView::partnerActivated);
    }
    if (filter) {
        // The delegate reads the selection from the filter: repaint when it changes.
        connect(filter, &FilterState::partnersChanged, m_tiles->viewport(),
                qOverload<>(&QWidget::update));
    }
    retranslateUi();
}

QByteArray MapView::saveState() const
{
    return m_splitter->saveState();
}

bool MapView::restoreState(const QByteArray &state)
{
    return m_splitter->restoreState(state);
}

void MapView::retranslateUi()
{
    m_tiles->setAccessibleName(tr("World map of partners"));
    m_tiles->setToolTip(tr("Click a country to show only its records; Ctrl-click to add or "
                           "remove it"));
    m_offMapTitle->setText(tr("&Partners not on the map"));
    m_offMap->setAccessibleName(tr("Partners not on the map"));
    m_offMap->setToolTip(tr("Blocs, organisations and programmes. Click to show only their "
                            "records; Ctrl-click to add or remove"));
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cpe
