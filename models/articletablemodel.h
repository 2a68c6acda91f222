#pragma once

#include <QAbstractTableModel>

namespace cpe {

class RecordStore;
class UiLanguage;

// Every article of the store, row = article index (columns: ArticleColumn). The text,
// title and where it came from are in roles, for the reading pane.
class ArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTableModel)
public:
    explicit ArticleTableModel(const RecordStore *store, const UiLanguage *language = nullptr,
                               QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int article, int column) const;
    QVariant sortValue(int article, int column) const;

    const RecordStore *m_store = nullptr;
    const UiLanguage *m_language = nullptr;
};

} // namespace cpe
