#include "correctiondialogs.h"

#include "gazetteer.h"
#include "taxonomy.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cpe {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

PartnerChoiceDialog::PartnerChoiceDialog(bool chinese, const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("partnerChoiceDialog"));
    setWindowTitle(tr("Choose Partner"));
    m_prompt = new QLabel(tr("Partner:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("partnerFilter"));
    m_filter->setPlaceholderText(tr("Type part of a name or id"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("partnerList"));
    m_prompt->setBuddy(m_filter);

    for (const Entity &e : Gazetteer::bundled().entities()) {
        if (!e.canBePartner())
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(e.name(chinese), e.id), m_list);
        item->setData(Qt::UserRole, e.id);
        // Both languages' names match the filter, whatever the interface shows.
        item->setData(Qt::UserRole + 1, QStringList{e.id, e.nameEn, e.nameZh, e.shortEn, e.shortZh}
                                            .join(QLatin1Char('\n')));
        if (e.id == current)
            m_list->setCurrentItem(item);
    }
    m_list->sortItems();
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);

    QDialogButtonBox *buttons = okCancel(this);
    connect(m_filter, &QLineEdit::textChanged, this, &PartnerChoiceDialog::applyFilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!partnerId().isEmpty());
    };
    connect(m_list, &QListWidget::currentItemChanged, this, updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 25);
}

void PartnerChoiceDialog::setPrompt(const QString &text)
{
    m_prompt->setText(text);
}

QString PartnerChoiceDialog::partnerId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void PartnerChoiceDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = needle.isEmpty()
            || item->data(Qt::UserRole + 1).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
}

SectorChoiceDialog::SectorChoiceDialog(bool chinese, const QStringList &checked, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sectorChoiceDialog"));
    setWindowTitle(tr("Choose Sectors"));
    auto *prompt = new QLabel(tr("Sectors of the partnership:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sectorList"));
    prompt->setBuddy(m_list);
    for (const Category &c : Taxonomy::bundled().sectors()) {
        auto *item = new QListWidgetItem(c.label(chinese), m_list);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_list, 1);
    layout->addWidget(okCancel(this));
}

QStringList SectorChoiceDialog::sectorIds() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            out.append(m_list->item(row)->data(Qt::UserRole).toString());
    }
    return out;
}

} // namespace cpe
