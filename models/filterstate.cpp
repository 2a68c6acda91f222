#include "filterstate.h"

namespace cpe {

FilterState::FilterState(QObject *parent)
    : QObject(parent)
{
}

bool FilterState::isEmpty() const
{
    return m_partners.isEmpty() && m_fromYear == 0 && m_toYear == 0 && m_sectors.isEmpty()
        && m_pledgeKinds.isEmpty() && m_query.isEmpty();
}

void FilterState::setPartners(const QSet<QString> &partners)
{
    if (partners == m_partners)
        return;
    m_partners = partners;
    Q_EMIT partnersChanged();
    Q_EMIT changed();
}

void FilterState::togglePartner(const QString &partner)
{
    QSet<QString> next = m_partners;
    if (!next.remove(partner))
        next.insert(partner);
    setPartners(next);
}

void FilterState::setYearRange(int fromYear, int toYear)
{
    if (fromYear != 0 && toYear != 0 && fromYear > toYear)
        std::swap(fromYear, toYear);
    if (fromYear == m_fromYear && toYear == m_toYear)
        return;
    m_fromYear = fromYear;
    m_toYear = toYear;
    Q_EMIT yearRangeChanged(m_fromYear, m_toYear);
    Q_EMIT changed();
}

void FilterState::setSectors(const QSet<QString> &sectors)
{
    if (sectors == m_sectors)
        return;
    m_sectors = sectors;
    Q_EMIT sectorsChanged();
    Q_EMIT changed();
}

void FilterState::setPledgeKinds(const QSet<QString> &kinds)
{
    if (kinds == m_pledgeKinds)
        return;
    m_pledgeKinds = kinds;
    Q_EMIT pledgeKindsChanged();
    Q_EMIT changed();
}

void FilterState::setQuery(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    Q_EMIT queryChanged(m_query);
    Q_EMIT changed();
}

void FilterState::clear()
{
    if (isEmpty())
        return;
    const bool partners = !m_partners.isEmpty();
    const bool years = m_fromYear != 0 || m_toYear != 0;
    const bool sectors = !m_sectors.isEmpty();
    const bool kinds = !m_pledgeKinds.isEmpty();
    const bool query = !m_query.isEmpty();
    m_partners.clear();
    m_fromYear = m_toYear = 0;
    m_sectors.clear();
    m_pledgeKinds.clear();
    m_query.clear();
    if (partners)
        Q_EMIT partnersChanged();
    if (years)
        Q_EMIT yearRangeChanged(0, 0);
    if (sectors)
        Q_EMIT sectorsChanged();
    if (kinds)
        Q_EMIT pledgeKindsChanged();
    if (query)
        Q_EMIT queryChanged(QString());
    Q_EMIT changed();
}

} // namespace cpe
