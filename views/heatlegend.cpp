#include "heatlegend.h"

#include "heatscale.h"
#include "roles.h"
#include "tiledelegate.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <iterator>

namespace cpe {

HeatLegend::HeatLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("heatLegend"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(fontMetrics().averageCharWidth());
    layout->addLayout(m_grid);
    for (int level = 0; level < HeatScale::levels; ++level) {
        auto *swatch = new QLabel(this);
        auto *text = new QLabel(this);
        m_grid->addWidget(swatch, level, 0);
        m_grid->addWidget(text, level, 1);
        m_swatches.append(swatch);
        m_texts.append(text);
    }
    m_grid->setColumnStretch(1, 1);
    retranslateUi();
}

void HeatLegend::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &HeatLegend::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &HeatLegend::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &HeatLegend::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &HeatLegend::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &HeatLegend::rebuild);
    }
    rebuild();
}

QStringList HeatLegend::rangeTexts() const
{
    int low[HeatScale::levels];
    int high[HeatScale::levels];
    std::fill(std::begin(low), std::end(low), INT_MAX);
    std::fill(std::begin(high), std::end(high), -1);
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int col = 0; col < m_model->columnCount(); ++col) {
                const QModelIndex index = m_model->index(row, col);
                if (index.data(PartnerIdRole).toString().isEmpty())
                    continue;
                const int level = qBound(0, TileDelegate::heatLevel(index), HeatScale::levels - 1);
                const int count = index.data(CountRole).toInt();
                low[level] = qMin(low[level], count);
                high[level] = qMax(high[level], count);
            }
        }
    }
    QStringList texts;
    const QLocale locale;
    for (int level = 0; level < HeatScale::levels; ++level) {
        if (high[level] < 0)
            texts.append(QString());
        else if (low[level] == high[level])
            texts.append(locale.toString(low[level]));
        else
            texts.append(tr("%1–%2", "count range").arg(locale.toString(low[level]),
                                                         locale.toString(high[level])));
    }
    return texts;
}

void HeatLegend::rebuild()
{
    const QStringList ranges = rangeTexts();
    const int side = fontMetrics().height();
    const qreal dpr = devicePixelRatioF();
    QStringList described;
    for (int level = 0; level < HeatScale::levels; ++level) {
        const bool present = !ranges.at(level).isEmpty();
        m_swatches[level]->setVisible(present);
        m_texts[level]->setVisible(present);
        if (!present)
            continue;
        QPixmap swatch(QSize(side, side) * dpr);
        swatch.setDevicePixelRatio(dpr);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(HeatScale::fill(level));
        painter.drawRect(QRectF(0.5, 0.5, side - 1, side - 1));
        painter.end();
        m_swatches[level]->setPixmap(swatch);
        // The title says what is counted; entries are just the ranges ("2–3").
        const QString text = level == 0 ? tr("none", "no records") : ranges.at(level);
        m_texts[level]->setText(text);
        described.append(text);
    }
    setAccessibleDescription(described.join(QLatin1String("; ")));
}

void HeatLegend::retranslateUi()
{
    m_title->setText(tr("Records per partner"));
    setAccessibleName(tr("Map colour legend"));
    setToolTip(tr("Colour of a tile: how many records name that partner under the current filter"));
    rebuild();
}

void HeatLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cpe
