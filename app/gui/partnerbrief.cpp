#include "partnerbrief.h"

#include "filterengine.h"
#include "recorddata.h"
#include "recordstore.h"
#include "taxonomy.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QFile>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>

namespace cpe {

namespace {

constexpr int kMaxRecords = 14;
constexpr int kMaxPledges = 6;
constexpr int kMaxSources = 8;
constexpr int kResolution = 300;

QPageLayout briefPage()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

QString cell(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

} // namespace

PartnerBrief::PartnerBrief(const FilterEngine &engine, const QString &partnerId, bool chinese)
    : m_engine(engine)
    , m_partnerId(partnerId)
    , m_chinese(chinese)
{
    const RecordStore &store = *engine.store();
    const int p = store.partnerIndex(partnerId);
    m_name = p >= 0 ? store.partner(p).name(chinese) : partnerId;
    for (int row = 0; row < engine.partnershipRowCount(); ++row)
        m_partnerships += store.partnershipPartner(engine.partnershipRow(row)) == p ? 1 : 0;
    for (int row = 0; row < engine.pledgeRowCount(); ++row)
        m_pledges += store.pledgeActor(engine.pledgeRow(row)) == p ? 1 : 0;
}

QString PartnerBrief::html() const
{
    const RecordStore &store = *m_engine.store();
    const int partner = store.partnerIndex(m_partnerId);
    const QList<Category> &sectors = Taxonomy::bundled().sectors();

    QList<int> records; // accepted partnerships of the partner, by year
    QMap<int, int> perYear;
    QMap<int, int> perSector;
    QList<int> articles; // where they come from, first mention first
    for (int row = 0; row < m_engine.partnershipRowCount(); ++row) {
        const int i = m_engine.partnershipRow(row);
        if (store.partnershipPartner(i) != partner)
            continue;
        records.append(i);
        ++perYear[store.partnershipYear(i)];
        const quint16 mask = store.partnershipSectors(i);
        for (int s = 0; s < int(sectors.size()) && s < 16; ++s)
            perSector[s] += (mask >> s) & 1;
        if (!articles.contains(store.partnershipArticle(i)))
            articles.append(store.partnershipArticle(i));
    }
    QList<int> pledges;
    for (int row = 0; row < m_engine.pledgeRowCount(); ++row) {
        const int i = m_engine.pledgeRow(row);
        if (store.pledgeActor(i) != partner)
            continue;
        pledges.append(i);
        if (!articles.contains(store.pledgeArticle(i)))
            articles.append(store.pledgeArticle(i));
    }

    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(tr("Partner brief: %1").arg(m_name).toHtmlEscaped());
    const QList<int> years = perYear.keys();
    const int first = years.isEmpty() ? 0 : years.first() ? years.first() : years.value(1);
    const int last = years.isEmpty() ? 0 : years.last();
    QString summary = tr("%n partnership(s)", nullptr, m_partnerships);
    summary += tr(", %n pledge(s)", nullptr, m_pledges);
    if (first && last)
        summary += tr(", %1–%2").arg(first).arg(last);
    h += QStringLiteral("<p>%1<br/><small>%2</small></p>")
             .arg(summary.toHtmlEscaped(),
                  tr("Records the explorer's current filter shows; written %1.")
                      .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat))
                      .toHtmlEscaped());

    QStringList sectorParts;
    for (auto it = perSector.cbegin(); it != perSector.cend(); ++it) {
        if (it.value() > 0)
            sectorParts.append(QStringLiteral("%1 (%2)").arg(sectors.at(it.key()).label(m_chinese)).arg(it.value()));
    }
    h += QStringLiteral("<h3>%1</h3><p>%2</p>")
             .arg(tr("Sectors").toHtmlEscaped(),
                  (sectorParts.isEmpty() ? tr("none named") : sectorParts.join(tr(", "))).toHtmlEscaped());

    h += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' border='1'><tr>")
             .arg(tr("Timeline").toHtmlEscaped());
    h += QStringLiteral("<th>%1</th>").arg(tr("Year", "brief timeline row header").toHtmlEscaped());
    for (const int y : years)
        h += QStringLiteral("<th>%1</th>").arg(y ? QString::number(y) : tr("undated").toHtmlEscaped());
    h += QStringLiteral("</tr><tr><th>%1</th>").arg(tr("Partnerships").toHtmlEscaped());
    for (const int y : years)
        h += QStringLiteral("<td align='center'>%1</td>").arg(perYear.value(y));
    h += QStringLiteral("</tr></table>");

    h += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' border='1' width='100%'>")
             .arg(tr("Partnerships").toHtmlEscaped());
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(tr("Date", "brief column: when the partnership happened").toHtmlEscaped(),
                  tr("Kind", "brief column: kind of partnership (MoU, forum…)").toHtmlEscaped(),
                  tr("Sectors").toHtmlEscaped(),
                  tr("Evidence", "brief column: the sentence the record comes from")
                      .toHtmlEscaped());
    for (int n = 0; n < records.size() && n < kMaxRecords; ++n) {
        const int i = records.at(n);
        QStringList names;
        for (const QString &id : RecordStore::sectorIds(store.partnershipSectors(i))) {
            const Category *c = Taxonomy::bundled().sector(id);
            names.append(c ? c->label(m_chinese) : id);
        }
        QString evidence = store.partnershipEvidenceText(i).toString().simplified();
        if (evidence.size() > 160)
            evidence = evidence.left(157) + QStringLiteral("…");
        h += QStringLiteral("<tr>") + cell(RecordText::date(store.partnershipDate(i).toIso()))
             + cell(RecordText::partnershipKind(store.partnershipKindId(store.partnershipKind(i))))
             + cell(names.join(tr(", "))) + cell(evidence) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (records.size() > kMaxRecords)
        h += QStringLiteral("<p><small>%1</small></p>")
                 .arg(tr("and %n more", nullptr, int(records.size()) - kMaxRecords).toHtmlEscaped());

    h += QStringLiteral("<h3>%1</h3>").arg(tr("Pledges").toHtmlEscaped());
    if (pledges.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("No pledges under the current filter.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<ul>");
        for (int n = 0; n < pledges.size() && n < kMaxPledges; ++n) {
            const int i = pledges.at(n);
            QString text = store.pledgeKindLabel(store.pledgeKind(i), m_chinese);
            if (store.pledgeTargetYear(i))
                text += tr(" by %1").arg(store.pledgeTargetYear(i));
            if (store.pledgeHasAmount(i))
                text += QStringLiteral(": %1 %2").arg(RecordText::number(store.pledgeAmount(i)),
                                                      RecordText::unit(store.pledgeUnit(i)));
            h += QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
        }
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h3>%1</h3><ol>").arg(tr("Sources").toHtmlEscaped());
    for (int n = 0; n < articles.size() && n < kMaxSources; ++n) {
        const int a = articles.at(n);
        QStringList parts{store.articleTitle(a).isEmpty() ? store.articleId(a) : store.articleTitle(a)};
        if (!store.articleSource(a).isEmpty())
            parts.append(store.articleSource(a));
        parts.append(RecordText::date(store.articleDate(a).toIso()));
        if (!store.articleUrl(a).isEmpty())
            parts.append(store.articleUrl(a));
        h += QStringLiteral("<li>%1</li>").arg(parts.join(tr(" · ", "separator")).toHtmlEscaped());
    }
    h += QStringLiteral("</ol>");
    return h;
}

void PartnerBrief::fill(QTextDocument *document, qreal fontPointSize) const
{
    QFont font = document->defaultFont();
    font.setPointSizeF(fontPointSize);
    document->setDefaultFont(font);
    document->setHtml(html());
    // The page as the PDF writer lays it out, in points: print() then needs no rescaling.
    const QRectF page = briefPage().paintRect(QPageLayout::Point);
    document->setPageSize(page.size());
}

bool PartnerBrief::writePdf(const QString &path, QString *error) const
{
    QTextDocument document;
    for (qreal size = 9.0; size >= 5.0; size -= 0.5) {
        fill(&document, size);
        if (document.pageCount() <= 1)
            break;
    }
    QPdfWriter writer(path);
    writer.setPageLayout(briefPage());
    writer.setResolution(kResolution);
    writer.setTitle(tr("Partner brief: %1").arg(m_name));
    writer.setCreator(QCoreApplication::applicationName());
    document.print(&writer);
    // QPdfWriter reports no errors: check the file it left.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || !written.read(4).startsWith("%PDF")) {
        if (error)
            *error = tr("could not write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace cpe
