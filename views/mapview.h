#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;
class QSplitter;
class QTableView;

namespace cpe {

class FilterState;
class HeatLegend;
class OffMapProxy;
class PartnerPicker;

// Where China's partners are: a tile-grid world map coloured by record count, beside it the
// partners that have no place on a map (blocs, organisations) and a colour legend. Clicking
// a tile or a list entry selects that partner in the filter; Ctrl-click adds or removes it.
class MapView final : public QWidget
{
    Q_OBJECT
public:
    // tileMap: cells with DisplayRole (short name), PartnerIdRole, CountRole, HeatLevelRole,
    // ToolTipRole. partners: PartnerColumn rows with PartnerIdRole and PartnerKindRole.
    MapView(QAbstractItemModel *tileMap, QAbstractItemModel *partners, FilterState *filter,
            QWidget *parent = nullptr);

    QTableView *tileView() const { return m_tiles; }
    QListView *offMapView() const { return m_offMap; }
    HeatLegend *legend() const { return m_legend; }

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);
    void retranslateUi();

Q_SIGNALS:
    void partnerActivated(const QString &partnerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<FilterState> m_filter;
    QSplitter *m_splitter = nullptr;
    QTableView *m_tiles = nullptr;
    QLabel *m_offMapTitle = nullptr;
    QListView *m_offMap = nullptr;
    OffMapProxy *m_offMapModel = nullptr;
    HeatLegend *m_legend = nullptr;
};

} // namespace cpe
