#pragma once

#include "explorermodels.h"
#include "filterstate.h"
#include "uilanguage.h"

#include <QObject>
#include <QString>

class QStandardItemModel;

// Small item models laid out as models/roles.h describes, standing in for the real models so
// the views can be tested on their own.
struct Fixtures
{
    Fixtures();
    ~Fixtures();
    Fixtures(const Fixtures &) = delete;
    Fixtures &operator=(const Fixtures &) = delete;

    cpe::ExplorerModels models();

    // Sets `value` for `role` on every cell of the row, as the real models answer roles on
    // any column.
    static void setRowData(QStandardItemModel *model, int row, int role, const QVariant &value);

    QObject owner;
    cpe::FilterState filter;
    cpe::UiLanguage language;
    QStandardItemModel *tileMap = nullptr;
    QStandardItemModel *partners = nullptr;
    QStandardItemModel *years = nullptr;
    QStandardItemModel *sectors = nullptr;
    QStandardItemModel *partnerships = nullptr;
    QStandardItemModel *pledges = nullptr;
    QStandardItemModel *articles = nullptr;

    // The article behind partnership row 1 and where its evidence lies in it.
    static QString articleText();
    static QString evidenceText();
};
