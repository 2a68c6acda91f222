#pragma once

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace cpe {

class FilterEngine;

// A one-page PDF about one partner, in the interface language: what the filter shows of its
// partnerships (count, years, sectors, a timeline per year, the records themselves), its
// pledges and the articles they come from. Long lists are cut to what fits one A4 page.
class PartnerBrief
{
    Q_DECLARE_TR_FUNCTIONS(PartnerBrief)
public:
    PartnerBrief(const FilterEngine &engine, const QString &partnerId, bool chinese);

    QString partnerName() const { return m_name; }
    int partnerships() const { return m_partnerships; }
    int pledges() const { return m_pledges; }
    // The brief as a document laid out on an A4 page at `fontPointSize`.
    void fill(QTextDocument *document, qreal fontPointSize = 9.0) const;
    // Writes the PDF, shrinking the type until the brief fits one page; false with `error`.
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    QString html() const;

    const FilterEngine &m_engine;
    QString m_partnerId;
    QString m_name;
    bool m_chinese = false;
    int m_partnerships = 0;
    int m_pledges = 0;
};

} // namespace cpe
