#include "storecodec.h"

#include "storeschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>
#include <QtConcurrent/QtConcurrentMap>

namespace cpe::storecodec {

namespace {

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QVariant firstStart(const QList<Evidence> &e)
{
    return e.isEmpty() ? QVariant() : QVariant(qint64(e.first().start));
}

QVariant firstEnd(const QList<Evidence> &e)
{
    return e.isEmpty() ? QVariant() : QVariant(qint64(e.first().end));
}

DateInfo dateFrom(const QSqlQuery &q, int column)
{
    DateInfo d = DateInfo::fromIso(q.value(column).toString(), q.value(column + 1).toString());
    d.cue = q.value(column + 2).toString();
    return d;
}

} // namespace

QString listJson(const QStringList &list)
{
    return compact(QJsonArray::fromStringList(list));
}

QStringList listFromJson(const QString &json)
{
    QStringList out;
    const QJsonArray a = parseArray(json);
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

QString evidenceJson(const QList<Evidence> &evidence, const QString &text)
{
    QJsonArray a;
    for (const Evidence &e : evidence) {
        QJsonArray span{double(e.start), double(e.end)};
        if (QStringView(text).mid(e.start, e.end - e.start) != e.text)
            span.append(e.text);
        a.append(span);
    }
    return compact(a);
}

QList<Evidence> evidenceFromJson(const QString &json)
{
    QList<Evidence> out;
    const QJsonArray a = parseArray(json);
    for (const QJsonValue &v : a) {
        const QJsonArray e = v.toArray();
        out.append(Evidence{qsizetype(e.at(0).toDouble()), qsizetype(e.at(1).toDouble()),
                            e.size() > 2 ? e.at(2).toString() : QString()});
    }
    return out;
}

void fillEvidenceText(ArticleExtraction &x, const QString &text)
{
    auto fill = [&text](QList<Evidence> &evidence) {
        for (Evidence &e : evidence) {
            if (e.text.isEmpty())
                e.text = text.mid(e.start, e.end - e.start);
        }
    };
    for (Partnership &p : x.partnerships)
        fill(p.evidence);
    for (Pledge &p : x.pledges)
        fill(p.evidence);
}

ExtractionWriter::ExtractionWriter(QSqlDatabase &db)
    : m_extraction(db), m_partnership(db), m_pledge(db)
{
    m_extraction.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO extractions (hash, date, date_basis, date_cue) VALUES (?, ?, ?, ?)"));
    m_partnership.prepare(QStringLiteral(
        "INSERT INTO partnerships (hash, partner, sectors, kind, stage, date, date_basis, "
        "date_cue, confidence, cues, ev_start, ev_end, evidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_pledge.prepare(QStringLiteral(
        "INSERT INTO pledges (hash, actor, kind, target_year, base_year, amount, unit, status, "
        "date, date_basis, date_cue, confidence, cues, ev_start, ev_end, evidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

bool ExtractionWriter::write(const QByteArray &hash, const ArticleExtraction &x,
                             const QString &text, QString *error)
{
    m_extraction.addBindValue(hash);
    m_extraction.addBindValue(x.date.toIso());
    m_extraction.addBindValue(x.date.basis);
    m_extraction.addBindValue(x.date.cue);
    if (!storesql::exec(m_extraction, error))
        return false;
    // Another article with the same content wrote it earlier in this batch.
    if (m_extraction.numRowsAffected() == 0)
        return true;
    for (const Partnership &p : x.partnerships) {
        const QVariantList values{hash, p.partnerId, listJson(p.sectors), p.kind, p.stage,
                                  p.date.toIso(), p.date.basis, p.date.cue, p.confidence,
                                  listJson(p.cues), firstStart(p.evidence), firstEnd(p.evidence),
                                  evidenceJson(p.evidence, text)};
        for (const QVariant &v : values)
            m_partnership.addBindValue(v);
        if (!storesql::exec(m_partnership, error))
            return false;
    }
    for (const Pledge &p : x.pledges) {
        const QVariantList values{hash, p.actorId, p.kind,
                                  p.targetYear ? QVariant(p.targetYear) : QVariant(),
                                  p.baseYear ? QVariant(p.baseYear) : QVariant(),
                                  p.amount ? QVariant(*p.amount) : QVariant(), p.unit, p.status,
                                  p.date.toIso(), p.date.basis, p.date.cue, p.confidence,
                                  listJson(p.cues), firstStart(p.evidence), firstEnd(p.evidence),
                                  evidenceJson(p.evidence, text)};
        for (const QVariant &v : values)
            m_pledge.addBindValue(v);
        if (!storesql::exec(m_pledge, error))
            return false;
    }
    return true;
}

QHash<QByteArray, ArticleExtraction> readExtractions(QSqlDatabase &db, QString *error)
{
    QHash<QByteArray, ArticleExtraction> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hash, date, date_basis, date_cue FROM extractions"));
    if (!storesql::exec(q, error))
        return out;
    while (q.next())
        out.insert(q.value(0).toByteArray(), ArticleExtraction{dateFrom(q, 1), {}, {}});

    // Row id order is the order the engine gave the records in. The JSON columns are parsed
    // on every core once all rows are read: it is most of the work of opening a store.
    struct PartnershipRow
    {
        QByteArray hash;
        Partnership record;
        QString sectors, cues, evidence;
    };
    QList<PartnershipRow> partnerships;
    QSqlQuery p(db);
    p.setForwardOnly(true);
    p.prepare(QStringLiteral("SELECT hash, partner, sectors, kind, stage, date, date_basis, "
                             "date_cue, confidence, cues, evidence FROM partnerships ORDER BY id"));
    if (!storesql::exec(p, error))
        return out;
    while (p.next()) {
        PartnershipRow row{p.value(0).toByteArray(), {}, p.value(2).toString(),
                           p.value(9).toString(), p.value(10).toString()};
        Partnership &r = row.record;
        r.partnerId = p.value(1).toString();
        r.kind = p.value(3).toString();
        r.stage = p.value(4).toString();
        r.date = dateFrom(p, 5);
        r.confidence = p.value(8).toDouble();
        partnerships.append(std::move(row));
    }
    QtConcurrent::blockingMap(partnerships, [](PartnershipRow &row) {
        row.record.sectors = listFromJson(row.sectors);
        row.record.cues = listFromJson(row.cues);
        row.record.evidence = evidenceFromJson(row.evidence);
    });
    for (PartnershipRow &row : partnerships)
        out[row.hash].partnerships.append(std::move(row.record));

    struct PledgeRow
    {
        QByteArray hash;
        Pledge record;
        QString cues, evidence;
    };
    QList<PledgeRow> pledges;
    QSqlQuery l(db);
    l.setForwardOnly(true);
    l.prepare(QStringLiteral("SELECT hash, actor, kind, target_year, base_year, amount, unit, "
                             "status, date, date_basis, date_cue, confidence, cues, evidence "
                             "FROM pledges ORDER BY id"));
    if (!storesql::exec(l, error))
        return out;
    while (l.next()) {
        PledgeRow row{l.value(0).toByteArray(), {}, l.value(12).toString(), l.value(13).toString()};
        Pledge &r = row.record;
        r.actorId = l.value(1).toString();
        r.kind = l.value(2).toString();
        r.targetYear = l.value(3).toInt();
        r.baseYear = l.value(4).toInt();
        if (!l.value(5).isNull())
            r.amount = l.value(5).toDouble();
        r.unit = l.value(6).toString();
        r.status = l.value(7).toString();
        r.date = dateFrom(l, 8);
        r.confidence = l.value(11).toDouble();
        pledges.append(std::move(row));
    }
    QtConcurrent::blockingMap(pledges, [](PledgeRow &row) {
        row.record.cues = listFromJson(row.cues);
        row.record.evidence = evidenceFromJson(row.evidence);
    });
    for (PledgeRow &row : pledges)
        out[row.hash].pledges.append(std::move(row.record));
    return out;
}

} // namespace cpe::storecodec
