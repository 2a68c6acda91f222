#pragma once

#include "uilanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <vector>

class QAbstractItemModel;

namespace cpe {

class RecordStore;

// Interface texts for the ids records carry (kinds, stages, statuses, languages). Translated
// on every call, never cached: the language can change at run time.
class RecordText
{
    Q_DECLARE_TR_FUNCTIONS(RecordText)
public:
    static QString partnershipKind(const QString &id);
    static QString stage(const QString &id);
    static QString pledgeStatus(const QString &id);
    static QString language(const QString &code);
    // A record or article date, "YYYY", "YYYY-MM" or "YYYY-MM-DD", written as the interface
    // language writes dates (month names from the default QLocale); other text unchanged.
    static QString date(const QString &iso);
    // A pledge unit: codes and symbols (USD, GW, %) are the same in every language; only
    // "per year" is words.
    static QString unit(const QString &unit);
    // A number in the default locale's digits and separators, with `decimals` decimals
    // (-1: as many as the value needs, so 1e11 reads 100,000,000,000).
    static QString number(double value, int decimals = -1);
    // A pledged amount, large ones with the language's scale word: 1e11 reads "100 billion"
    // in English and "1000亿" in Chinese.
    static QString amount(double value);
    // Where a stage sits in a partnership's life, for sorting (unknown stages last).
    static int stageRank(const QString &id);
};

inline bool isChinese(const UiLanguage *language)
{
    return language && language->isChinese();
}

// Cell data of one partnership / pledge record, shared by the full tables and the filtered
// ones. `column` is a PartnershipColumn / PledgeColumn.
QVariant partnershipData(const RecordStore &store, const UiLanguage *language, int record,
                         int column, int role);
QVariant partnershipHeader(int section, int role);
QVariant pledgeData(const RecordStore &store, const UiLanguage *language, int record,
                    int column, int role);
QVariant pledgeHeader(int section, int role);

// Every record index, stably ordered by the column's SortRole value.
std::vector<int> sortedPartnerships(const RecordStore &store, int column, Qt::SortOrder order);
std::vector<int> sortedPledges(const RecordStore &store, int column, Qt::SortOrder order);

// Labels of the sectors in a RecordStore sector mask, in the interface language.
QString sectorLabels(quint16 mask, bool chinese);

// After a language switch: headers, and the display text of the given columns.
void notifyLanguageChanged(QAbstractItemModel *model, std::initializer_list<int> columns);

} // namespace cpe
