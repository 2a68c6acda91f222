#pragma once

#include <QCoreApplication>
#include <QString>

namespace cpe {

struct ExplorerModels;

// The one-line summary of what the filter shows, for the status bar:
// "12 partnerships with 5 partners, 2015–2023".
class StatusSummary
{
    Q_DECLARE_TR_FUNCTIONS(StatusSummary)
public:
    // fromYear/toYear 0 leave the years out; equal years print once.
    static QString text(int partnerships, int partners, int fromYear, int toYear);
    // Counts the rows of the models; years are the filter's range, or else the first and last
    // year that has records.
    static QString text(const ExplorerModels &models);
};

} // namespace cpe
