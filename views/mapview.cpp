#include "mapview.h"

#include "filterstate.h"
#include "heatlegend.h"
#include "offmapproxy.h"
#include "partnerpicker.h"
#include "roles.h"
#include "tiledelegate.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cpe {

namespace {

// A table whose cells stay square and shrink or grow so the whole grid fits the view: the
// map never scrolls, and the grid sits centred in the spare room. The delegate sizes the
// labels to the cells.
class TileTable final : public QTableView
{
public:
    using QTableView::QTableView;

    void fitCells()
    {
        const int rows = model() ? model()->rowCount() : 0;
        const int cols = model() ? model()->columnCount() : 0;
        // The whole area, not the viewport: the margins set below shrink the viewport.
        const QRect area = contentsRect();
        int side = 1;
        if (rows > 0 && cols > 0)
            side = qMax(1, qMin(area.width() / cols, area.height() / rows));
        horizontalHeader()->setMinimumSectionSize(1);
        verticalHeader()->setMinimumSectionSize(1);
        horizontalHeader()->setDefaultSectionSize(side);
        verticalHeader()->setDefaultSectionSize(side);
        const int spareX = qMax(0, area.width() - side * cols);
        const int spareY = qMax(0, area.height() - side * rows);
        const QMargins margins(spareX / 2, spareY / 2, spareX - spareX / 2, spareY - spareY / 2);
        if (margins != viewportMargins())
            setViewportMargins(margins);
    }

    QSize sizeHint() const override
    {
        const int cols = model() ? model()->columnCount() : 20;
        const int rows = model() ? model()->rowCount() : 12;
        const int side = fontMetrics().height() * 2;
        return {cols * side + 2 * frameWidth(), rows * side + 2 * frameWidth()};
    }

    QSize minimumSizeHint() const override
    {
        // Small cells still show ISO codes; below this the map would be only colours.
        const int cols = model() ? model()->columnCount() : 20;
        const int rows = model() ? model()->rowCount() : 12;
        const int side = fontMetrics().height();
        return {cols * side / 2, rows * side / 2};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTableView::resizeEvent(event);
        fitCells();
    }
};

// One partner of the side list: the name, cut at the end when the list is narrow, and its
// record count right-aligned, which is never cut.
class OffMapDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const auto *proxy = qobject_cast<const OffMapProxy *>(index.model());
        if (!proxy)
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(2, 0, -2, 0);
        const QFontMetrics fm(opt.font);
        const QString count = QLocale().toString(proxy->records(index));
        const int countWidth = fm.horizontalAdvance(count);
        const int gap = fm.averageCharWidth();
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(QPalette::Text));
        painter->drawText(text.adjusted(0, 0, -(countWidth + gap), 0),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(proxy->name(index), Qt::ElideRight,
                                        text.width() - countWidth - gap));
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, count);
        painter->restore();
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
    // The grid always fits (see TileTable): scroll bars would only steal room from it.
    m_tiles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tiles->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    // Long names ("United Nations Framework Convention…") are cut, their counts never are;
    // the tooltip has the whole name.
    m_offMap->setItemDelegate(new OffMapDelegate(m_offMap));
    m_offMap->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    // The side list starts narrow (about 24 characters) so the map gets the room.
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 100,
                          fontMetrics().averageCharWidth() * 24});

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
