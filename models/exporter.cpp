#include "exporter.h"

#include <QJsonArray>

namespace cpe {

namespace {

QJsonValue yearValue(const DateInfo &d)
{
    return d.isValid() ? QJsonValue(d.year) : QJsonValue(QJsonValue::Null);
}

QJsonObject entityJson(const QString &id, const Gazetteer &gazetteer)
{
    QJsonObject o{{QStringLiteral("id"), id}};
    if (const Entity *e = gazetteer.find(id)) {
        o.insert(QStringLiteral("kind"), e->kind);
        o.insert(QStringLiteral("name_en"), e->nameEn);
        o.insert(QStringLiteral("name_zh"), e->nameZh);
    } else {
        o.insert(QStringLiteral("name_en"), id);
    }
    return o;
}

QJsonArray evidenceJson(const QList<Evidence> &evidence, const QString &text)
{
    QJsonArray out;
    for (const Evidence &e : evidence) {
        out.append(QJsonObject{{QStringLiteral("start"), double(codePointOffset(text, e.start))},
                               {QStringLiteral("end"), double(codePointOffset(text, e.end))},
                               {QStringLiteral("text"), e.text}});
    }
    return out;
}

const RecordNotes *notesAt(const QList<QList<RecordNotes>> &notes, qsizetype article,
                           qsizetype record)
{
    if (article >= notes.size() || record >= notes.at(article).size())
        return nullptr;
    return &notes.at(article).at(record);
}

void addNotes(QJsonObject &o, const RecordNotes *notes)
{
    if (!notes)
        return;
    o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(notes->sources));
    if (!notes->corrected.isEmpty())
        o.insert(QStringLiteral("corrected"), QJsonArray::fromStringList(notes->corrected));
    if (notes->user)
        o.insert(QStringLiteral("user"), true);
}

} // namespace

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char(',')) &&
        !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

qsizetype codePointOffset(const QString &text, qsizetype utf16Offset)
{
    qsizetype surrogates = 0;
    const qsizetype end = std::min(utf16Offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i).isLowSurrogate())
            ++surrogates;
    }
    return utf16Offset - surrogates;
}

QJsonObject exportJson(const ExtractedCorpus &corpus, const Gazetteer &gazetteer)
{
    QJsonArray articles, partnerships, pledges, issues;
    for (qsizetype i = 0; i < corpus.articles.size(); ++i) {
        const Article &a = corpus.articles.at(i);
        const ArticleExtraction &x = corpus.extractions.at(i);
        QJsonObject art{{QStringLiteral("id"), a.id},
                        {QStringLiteral("title"), a.title},
                        {QStringLiteral("date"), x.date.toIso()},
                        {QStringLiteral("year"), yearValue(x.date)},
                        {QStringLiteral("date_basis"), x.date.basis},
                        {QStringLiteral("date_cue"), x.date.cue},
                        {QStringLiteral("language"), a.language},
                        {QStringLiteral("path"), a.path},
                        {QStringLiteral("format"), a.format},
                        {QStringLiteral("encoding"), a.encoding}};
        if (!a.meta.source.isEmpty())
            art.insert(QStringLiteral("source"), a.meta.source);
        if (!a.meta.url.isEmpty())
            art.insert(QStringLiteral("url"), a.meta.url);
        articles.append(art);

        for (qsizetype j = 0; j < x.partnerships.size(); ++j) {
            const Partnership &p = x.partnerships.at(j);
            QJsonObject record{
                {QStringLiteral("article"), p.articleId},
                {QStringLiteral("partner"), entityJson(p.partnerId, gazetteer)},
                {QStringLiteral("sectors"), QJsonArray::fromStringList(p.sectors)},
                {QStringLiteral("kind"), p.kind},
                {QStringLiteral("stage"), p.stage},
                {QStringLiteral("date"), p.date.toIso()},
                {QStringLiteral("year"), yearValue(p.date)},
                {QStringLiteral("date_basis"), p.date.basis},
                {QStringLiteral("confidence"), qRound(p.confidence * 100) / 100.0},
                {QStringLiteral("cues"), QJsonArray::fromStringList(p.cues)},
                {QStringLiteral("evidence"), evidenceJson(p.evidence, a.text)}};
            addNotes(record, notesAt(corpus.partnershipNotes, i, j));
            partnerships.append(record);
        }
        for (qsizetype j = 0; j < x.pledges.size(); ++j) {
            const Pledge &p = x.pledges.at(j);
            QJsonObject record{
                {QStringLiteral("article"), p.articleId},
                {QStringLiteral("actor"), entityJson(p.actorId, gazetteer)},
                {QStringLiteral("kind"), p.kind},
                {QStringLiteral("target_year"), p.targetYear ? QJsonValue(p.targetYear) : QJsonValue()},
                {QStringLiteral("base_year"), p.baseYear ? QJsonValue(p.baseYear) : QJsonValue()},
                {QStringLiteral("amount"), p.amount ? QJsonValue(*p.amount) : QJsonValue()},
                {QStringLiteral("unit"), p.unit.isEmpty() ? QJsonValue() : QJsonValue(p.unit)},
                {QStringLiteral("status"), p.status.isEmpty() ? QJsonValue() : QJsonValue(p.status)},
                {QStringLiteral("confidence"), qRound(p.confidence * 100) / 100.0},
                {QStringLiteral("cues"), QJsonArray::fromStringList(p.cues)},
                {QStringLiteral("evidence"), evidenceJson(p.evidence, a.text)}};
            addNotes(record, notesAt(corpus.pledgeNotes, i, j));
            pledges.append(record);
        }
    }
    for (const ReadIssue &issue : corpus.issues)
        issues.append(QJsonObject{{QStringLiteral("path"), issue.path}, {QStringLiteral("message"), issue.message}});
    return QJsonObject{{QStringLiteral("articles"), articles},
                       {QStringLiteral("partnerships"), partnerships},
                       {QStringLiteral("pledges"), pledges},
                       {QStringLiteral("issues"), issues}};
}

QByteArray exportPartnershipsCsv(const ExtractedCorpus &corpus, const Gazetteer &gazetteer)
{
    const bool withNotes = !corpus.partnershipNotes.isEmpty();
    QString out = QStringLiteral("article,partner_id,partner_en,partner_zh,kind,sectors,stage,date,"
                                 "year,confidence,evidence");
    out += withNotes ? QStringLiteral(",sources,corrected,user\r\n") : QStringLiteral("\r\n");
    for (qsizetype i = 0; i < corpus.extractions.size(); ++i) {
        const ArticleExtraction &x = corpus.extractions.at(i);
        for (qsizetype j = 0; j < x.partnerships.size(); ++j) {
            const Partnership &p = x.partnerships.at(j);
            const Entity *e = gazetteer.find(p.partnerId);
            QStringList row{p.articleId,
                            p.partnerId,
                            e ? e->nameEn : p.partnerId,
                            e ? e->nameZh : QString(),
                            p.kind,
                            p.sectors.join(QLatin1Char(';')),
                            p.stage,
                            p.date.toIso(),
                            p.date.isValid() ? QString::number(p.date.year) : QString(),
                            QString::number(p.confidence, 'f', 2),
                            p.evidence.isEmpty() ? QString() : p.evidence.first().text};
            if (withNotes) {
                const RecordNotes *notes = notesAt(corpus.partnershipNotes, i, j);
                row << (notes ? notes->sources.join(QLatin1Char(';')) : QString())
                    << (notes ? notes->corrected.join(QLatin1Char(';')) : QString())
                    << (notes && notes->user ? QStringLiteral("true") : QString());
            }
            for (QString &f : row)
                f = csvField(f);
            out += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
        }
    }
    return out.toUtf8();
}

} // namespace cpe
