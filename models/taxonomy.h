#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cpe {

// A sector of cooperation or a kind of pledge, with its labels in both interface languages.
struct Category
{
    QString id;
    QString en;
    QString zh;
    QStringList cuesEn; // surface forms that signal the category in English text
    QStringList cuesZh; // and in Chinese text
    // Pledge kinds only: the units an amount of this kind may have (empty: a goal with no
    // amount, such as a peak), and whether its figure may be measured from a base year. A
    // sentence often holds several targets, and these keep one's figures off the others.
    QStringList amountUnits;
    bool takesBaseYear = false;
    bool amountBeforeCue = false; // its figure may stand right before the cue
    bool fitsUnit(const QString &unit) const;
    QString label(bool chinese) const { return chinese && !zh.isEmpty() ? zh : en; }
};

// The sector and pledge-kind taxonomy (resources/data/taxonomy.json). Export ids are the
// ids defined there.
class Taxonomy
{
public:
    static const Taxonomy &bundled();

    bool loadJson(const QByteArray &json, QString *error);

    const QList<Category> &sectors() const { return m_sectors; }
    const QList<Category> &pledgeKinds() const { return m_pledgeKinds; }
    const Category *sector(const QString &id) const;
    const Category *pledgeKind(const QString &id) const;
    int sectorIndex(const QString &id) const { return m_sectorIndex.value(id, -1); }
    int pledgeKindIndex(const QString &id) const { return m_kindIndex.value(id, -1); }

private:
    QList<Category> m_sectors;
    QList<Category> m_pledgeKinds;
    QHash<QString, int> m_sectorIndex;
    QHash<QString, int> m_kindIndex;
};

} // namespace cpe
