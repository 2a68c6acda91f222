#pragma once

#include "cuebook.h"

#include <QStringView>
#include <vector>

namespace cpe {

// A four-digit year written in the text, with what surrounds it.
struct YearToken
{
    qsizetype start = 0;
    qsizetype end = 0;
    int year = 0;
    int month = 0;       // "March 2010", "2010年3月"
    bool target = false; // "by 2030", "before 2060", "2030年前": a deadline, not an event
    // A deadline word (CueBook::targetBefore) ends right before the year, within its
    // sentence and 16 characters; kept because the pledge rules ask again for every year.
    bool deadlineWord = false;
    bool base = false;   // "比2005年", "在2005年基础上", "2005 levels": a baseline, not an event
    // "2022—2026年": the end of a period, not an event; in brackets, "(2021–2025)", its start
    // too (a plan's period).
    bool rangeEnd = false;
};

// Years 1900–2100 that stand alone (not part of "3,154", "12.2030" or "2000 tons"), in
// [from, to), appended to `out` in text order.
void findYears(QStringView text, qsizetype from, qsizetype to, const CueBook &book,
               std::vector<YearToken> &out);

// Month number for an English month name or abbreviation at the end of `before`; 0 if none.
int monthBefore(QStringView before);

// Whether a line holds four digits starting 19 or 20 ("2024"): bylines and date lines do,
// most short lines (titles, headings) do not, and the costlier date expressions skip them.
bool hasFullYear(QStringView line);

} // namespace cpe
