#pragma once

#include "filteredrecordmodel.h"

namespace cpe {

// The partnerships the window's filter accepts (columns: PartnershipColumn). Follows the
// FilterEngine: every filter change is one model reset. sort() orders by SortRole values.
class PartnershipFilterModel final : public FilteredRecordModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnershipFilterModel)
public:
    explicit PartnershipFilterModel(FilterEngine *engine, const UiLanguage *language = nullptr,
                                    QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int engineRowCount() const override;
    int engineRow(int row) const override;
    bool engineAccepts(int record) const override;
    int coveredRecords() const override;
    std::vector<int> sortRecords(int column, Qt::SortOrder order) const override;
    void languageChanged() override;
};

} // namespace cpe
