#pragma once

#include <QStringList>

namespace cpe::cli {

// "--name value" options, repeatable; anything else is reported as unknown.
class Options
{
public:
    explicit Options(const QStringList &args, const QStringList &positional = {})
    {
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            if (a.startsWith(QLatin1Char('-')) && i + 1 < args.size()) {
                m_pairs.append({a, args.at(++i)});
            } else if (positional.contains(a)) {
                m_positional.append(a);
            } else {
                m_unknown.append(a);
            }
        }
    }
    QStringList values(const QString &name) const
    {
        QStringList out;
        for (const auto &p : m_pairs) {
            if (p.first == name)
                out.append(p.second);
        }
        return out;
    }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        const QStringList v = values(name);
        return v.isEmpty() ? fallback : v.last();
    }
    QStringList unknown(const QStringList &known) const
    {
        QStringList out = m_unknown;
        for (const auto &p : m_pairs) {
            if (!known.contains(p.first))
                out.append(p.first);
        }
        return out;
    }
    QStringList unknown() const { return m_unknown; }
    QStringList positional() const { return m_positional; }

private:
    QList<std::pair<QString, QString>> m_pairs;
    QStringList m_positional;
    QStringList m_unknown;
};

} // namespace cpe::cli
