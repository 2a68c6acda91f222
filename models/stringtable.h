#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace cpe {

// Interns short, often repeated strings (kinds, stages, cues, units) so a record keeps a small
// index instead of a QString. Index 0 is always the empty string, so a zeroed column reads as
// "not given".
class StringTable
{
public:
    StringTable() { clear(); }

    void clear()
    {
        m_strings = QStringList{QString()};
        m_index.clear();
        m_index.insert(QString(), 0);
    }
    int intern(const QString &s)
    {
        const auto it = m_index.constFind(s);
        if (it != m_index.constEnd())
            return it.value();
        const int i = int(m_strings.size());
        m_strings.append(s);
        m_index.insert(s, i);
        return i;
    }
    int indexOf(const QString &s) const { return m_index.value(s, -1); }
    const QString &at(int i) const { return m_strings.at(i); }
    int size() const { return int(m_strings.size()); }

private:
    QStringList m_strings;
    QHash<QString, int> m_index;
};

} // namespace cpe
