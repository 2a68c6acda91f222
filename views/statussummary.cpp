#include "statussummary.h"

#include "explorermodels.h"
#include "filterstate.h"
#include "roles.h"
#include "viewhelpers.h"

#include <QAbstractItemModel>

namespace cpe {

QString StatusSummary::text(int partnerships, int partners, int fromYear, int toYear)
{
    // Two plural forms in one sentence need two tr() calls: %n can occur once per string.
    const QString records =
        resolvePlural(tr("%n partnership(s)", "status bar", partnerships), partnerships);
    const QString with =
        resolvePlural(tr("%1 with %n partner(s)", "status bar: records with partners", partners),
                      partners)
            .arg(records);
    if (fromYear <= 0 && toYear <= 0)
        return with;
    if (fromYear <= 0 || toYear <= 0 || fromYear == toYear) {
        return tr("%1, %2", "status bar: summary, year")
            .arg(with, QString::number(fromYear > 0 ? fromYear : toYear));
    }
    return tr("%1, %2–%3", "status bar: summary, year range")
        .arg(with, QString::number(fromYear), QString::number(toYear));
}

QString StatusSummary::text(const ExplorerModels &models)
{
    const int partnerships = models.partnerships ? models.partnerships->rowCount() : 0;
    // The partner table also lists pledge actors; "partnerships with N partners" counts only
    // those with a partnership.
    int partners = 0;
    for (int row = 0; models.partners && row < models.partners->rowCount(); ++row)
        partners += models.partners->index(row, column(PartnerColumn::Records)).data().toInt() > 0;
    int from = models.filter ? models.filter->fromYear() : 0;
    int to = models.filter ? models.filter->toYear() : 0;
    if (models.years && (from == 0 || to == 0)) {
        int first = 0;
        int last = 0;
        const QAbstractItemModel *years = models.years;
        for (int row = 0; row < years->rowCount(); ++row) {
            const int year = years->index(row, column(YearColumn::Year)).data(YearRole).toInt();
            const int count = years->index(row, column(YearColumn::Partnerships)).data().toInt()
                              + years->index(row, column(YearColumn::Pledges)).data().toInt();
            if (year <= 0 || count <= 0)
                continue;
            first = first == 0 ? year : qMin(first, year);
            last = qMax(last, year);
        }
        if (from == 0)
            from = first;
        if (to == 0)
            to = last;
    }
    return text(partnerships, partners, from, to);
}

} // namespace cpe
