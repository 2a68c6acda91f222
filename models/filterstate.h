#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace cpe {

// The one filter of a window: every proxy and aggregate model follows it, views only set it.
// Each setter emits its own signal and then changed() once, and only when the value changed.
// Empty sets mean "no restriction"; a year bound of 0 means open.
class FilterState : public QObject
{
    Q_OBJECT
public:
    explicit FilterState(QObject *parent = nullptr);

    const QSet<QString> &partners() const { return m_partners; }
    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }
    const QSet<QString> &sectors() const { return m_sectors; }
    const QSet<QString> &pledgeKinds() const { return m_pledgeKinds; }
    const QString &query() const { return m_query; }

    bool isEmpty() const;
    bool acceptsYear(int year) const
    {
        return (m_fromYear == 0 || year >= m_fromYear) && (m_toYear == 0 || year <= m_toYear);
    }

    void setPartners(const QSet<QString> &partners);
    void togglePartner(const QString &partner); // Ctrl-click: add or remove one
    void setYearRange(int fromYear, int toYear); // swapped when given in reverse
    void setSectors(const QSet<QString> &sectors);
    void setPledgeKinds(const QSet<QString> &kinds);
    void setQuery(const QString &query);
    void clear(); // every restriction off, one changed()

Q_SIGNALS:
    void partnersChanged();
    void yearRangeChanged(int fromYear, int toYear);
    void sectorsChanged();
    void pledgeKindsChanged();
    void queryChanged(const QString &query);
    void changed();

private:
    QSet<QString> m_partners;
    int m_fromYear = 0;
    int m_toYear = 0;
    QSet<QString> m_sectors;
    QSet<QString> m_pledgeKinds;
    QString m_query;
};

} // namespace cpe
