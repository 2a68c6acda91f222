#include "recordexport.h"

#include "filterengine.h"
#include "gazetteer.h"
#include "recordstore.h"
#include "storerecords.h"

#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>

namespace cpe::recordexport {

ExtractedCorpus filteredCorpus(const FilterEngine &engine, Records records)
{
    const RecordStore &store = *engine.store();
    // Article index -> its accepted records; a map keeps the corpus order.
    QMap<int, LoadedArticle> byArticle;
    const auto articleOf = [&](int a) -> LoadedArticle & {
        auto it = byArticle.find(a);
        if (it == byArticle.end()) {
            LoadedArticle la;
            la.article = store.article(a);
            la.extraction.date = store.articleDate(a);
            it = byArticle.insert(a, la);
        }
        return *it;
    };
    if (records == Records::Partnerships) {
        for (int row = 0; row < engine.partnershipRowCount(); ++row) {
            const int i = engine.partnershipRow(row);
            articleOf(store.partnershipArticle(i)).extraction.partnerships.append(store.partnership(i));
        }
    } else {
        for (int row = 0; row < engine.pledgeRowCount(); ++row) {
            const int i = engine.pledgeRow(row);
            articleOf(store.pledgeArticle(i)).extraction.pledges.append(store.pledge(i));
        }
    }
    // The engine orders by year; within an article the store's order is the text's.
    const auto byStart = [](const auto &a, const auto &b) {
        return a.evidence.value(0).start < b.evidence.value(0).start;
    };
    for (LoadedArticle &la : byArticle) {
        std::stable_sort(la.extraction.partnerships.begin(), la.extraction.partnerships.end(), byStart);
        std::stable_sort(la.extraction.pledges.begin(), la.extraction.pledges.end(), byStart);
    }
    return storerecords::exportCorpus(byArticle.values());
}

QByteArray encode(const ExtractedCorpus &corpus, Records records, Format format)
{
    const Gazetteer &gazetteer = Gazetteer::bundled();
    if (format == Format::Csv) {
        return records == Records::Partnerships ? exportPartnershipsCsv(corpus, gazetteer)
                                                : pledgesCsv(corpus, gazetteer);
    }
    QJsonObject json = exportJson(corpus, gazetteer);
    // The command line's shape, less the other kind of record (empty here anyway).
    json.remove(records == Records::Partnerships ? QStringLiteral("pledges")
                                                 : QStringLiteral("partnerships"));
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QByteArray pledgesCsv(const ExtractedCorpus &corpus, const Gazetteer &gazetteer)
{
    const bool withNotes = !corpus.pledgeNotes.isEmpty();
    QString out = QStringLiteral("article,actor_id,actor_en,actor_zh,kind,target_year,base_year,"
                                 "amount,unit,status,date,confidence,evidence");
    out += withNotes ? QStringLiteral(",sources,corrected,user\r\n") : QStringLiteral("\r\n");
    for (qsizetype i = 0; i < corpus.extractions.size(); ++i) {
        const QList<Pledge> &pledges = corpus.extractions.at(i).pledges;
        for (qsizetype j = 0; j < pledges.size(); ++j) {
            const Pledge &p = pledges.at(j);
            const Entity *e = gazetteer.find(p.actorId);
            QStringList row{p.articleId,
                            p.actorId,
                            e ? e->nameEn : p.actorId,
                            e ? e->nameZh : QString(),
                            p.kind,
                            p.targetYear ? QString::number(p.targetYear) : QString(),
                            p.baseYear ? QString::number(p.baseYear) : QString(),
                            p.amount ? QString::number(*p.amount, 'g', 15) : QString(),
                            p.unit,
                            p.status,
                            p.date.toIso(),
                            QString::number(p.confidence, 'f', 2),
                            p.evidence.isEmpty() ? QString() : p.evidence.first().text};
            if (withNotes) {
                const QList<RecordNotes> &notesOf = corpus.pledgeNotes.at(i);
                const RecordNotes notes = j < notesOf.size() ? notesOf.at(j) : RecordNotes();
                row << notes.sources.join(QLatin1Char(';')) << notes.corrected.join(QLatin1Char(';'))
                    << (notes.user ? QStringLiteral("true") : QString());
            }
            for (QString &f : row)
                f = csvField(f);
            out += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
        }
    }
    return out.toUtf8();
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace cpe::recordexport
