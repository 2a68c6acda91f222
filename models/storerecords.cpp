#include "storerecords.h"

#include <QHash>
#include <QSet>

namespace cpe::storerecords {

namespace {

QString &partnerOf(Partnership &p) { return p.partnerId; }
QString &partnerOf(Pledge &p) { return p.actorId; }
QList<Partnership> &recordsOf(ArticleExtraction &x, const Partnership *) { return x.partnerships; }
QList<Pledge> &recordsOf(ArticleExtraction &x, const Pledge *) { return x.pledges; }

QString evidenceText(const QList<Evidence> &e)
{
    return e.isEmpty() ? QString() : e.first().text.simplified();
}

// What makes two copies' records the same finding: offsets differ between copies (another
// header line shifts them), the sentence does not.
QString mergeKey(const Partnership &p)
{
    return p.partnerId + QChar(0x1f) + p.kind + QChar(0x1f) + evidenceText(p.evidence);
}

QString mergeKey(const Pledge &p)
{
    return p.actorId + QChar(0x1f) + p.kind + QChar(0x1f) + QString::number(p.targetYear) +
           QChar(0x1f) + evidenceText(p.evidence);
}

template <typename Record>
void mergeGroup(QList<LoadedArticle> &articles, const QList<int> &members)
{
    struct Kept
    {
        int article;
        qsizetype record;
        QStringList sources;
    };
    QHash<QString, qsizetype> firstByKey; // index into kept
    QList<Kept> kept;
    for (const int m : members) {
        const QString id = articles.at(m).article.id;
        QList<Record> &records = recordsOf(articles[m].extraction, static_cast<Record *>(nullptr));
        QList<Record> stay;
        for (Record &r : records) {
            const QString key = mergeKey(r);
            const auto found = firstByKey.constFind(key);
            if (found != firstByKey.constEnd()) {
                QStringList &sources = kept[*found].sources;
                if (!sources.contains(id))
                    sources.append(id);
                continue;
            }
            firstByKey.insert(key, kept.size());
            kept.append(Kept{m, stay.size(), {id}});
            stay.append(std::move(r));
        }
        records = std::move(stay);
    }
    for (const Kept &k : kept) {
        if (k.sources.size() < 2)
            continue;
        Record &r = recordsOf(articles[k.article].extraction, static_cast<Record *>(nullptr))[k.record];
        for (const QString &s : k.sources)
            r.cues.append(sourceCue() + s);
    }
}

void markCorrected(QStringList &cues, const char *field)
{
    const QString cue = userCue() + QLatin1String(field);
    if (!cues.contains(cue))
        cues.append(cue);
}

template <typename Record>
bool matches(const Correction &c, const Record &r, const QString &partner)
{
    if (partner != c.partnerId)
        return false;
    const bool sameArticle = r.articleId == c.articleId;
    if (!sameArticle && !r.cues.contains(sourceCue() + c.articleId))
        return false;
    if (r.evidence.isEmpty())
        return c.evidenceStart == c.evidenceEnd;
    const Evidence &e = r.evidence.first();
    if (sameArticle && e.start == c.evidenceStart && e.end == c.evidenceEnd)
        return true;
    return !c.evidenceText.isEmpty() && e.text.simplified() == c.evidenceText.simplified();
}

// Returns false when the record is to go.
bool apply(const Correction &c, Partnership &p)
{
    switch (c.action) {
    case Correction::Action::Reject:
        return false;
    case Correction::Action::SetPartner:
        p.partnerId = c.newPartnerId;
        markCorrected(p.cues, "partner");
        break;
    case Correction::Action::SetSectors:
        p.sectors = c.sectors;
        markCorrected(p.cues, "sectors");
        break;
    case Correction::Action::SetDate:
        p.date = DateInfo::fromIso(c.date, QStringLiteral("user"));
        markCorrected(p.cues, "date");
        break;
    case Correction::Action::Add:
        break;
    }
    return true;
}

bool apply(const Correction &c, Pledge &p)
{
    switch (c.action) {
    case Correction::Action::Reject:
        return false;
    case Correction::Action::SetPartner:
        p.actorId = c.newPartnerId;
        markCorrected(p.cues, "partner");
        break;
    case Correction::Action::SetDate:
        p.date = DateInfo::fromIso(c.date, QStringLiteral("user"));
        markCorrected(p.cues, "date");
        break;
    case Correction::Action::SetSectors:
    case Correction::Action::Add:
        break;
    }
    return true;
}

template <typename Record>
void applyTo(const Correction &c, LoadedArticle &la)
{
    QList<Record> &records = recordsOf(la.extraction, static_cast<Record *>(nullptr));
    for (qsizetype i = 0; i < records.size();) {
        Record &r = records[i];
        if (matches(c, r, partnerOf(r)) && !apply(c, r)) {
            records.removeAt(i);
            continue;
        }
        ++i;
    }
}

void addRecord(const Correction &c, LoadedArticle &la)
{
    const Article &a = la.article;
    qsizetype start = qBound<qsizetype>(0, c.evidenceStart, a.text.size());
    qsizetype end = qBound<qsizetype>(start, c.evidenceEnd, a.text.size());
    // The article changed since the user selected the text: follow the selection to where
    // it is now (its nearest occurrence), as records found by the engine do.
    if (!c.evidenceText.isEmpty() && a.text.mid(start, end - start) != c.evidenceText) {
        const qsizetype after = a.text.indexOf(c.evidenceText, start);
        const qsizetype before = a.text.lastIndexOf(c.evidenceText, start);
        const qsizetype found = after < 0 ? before
                                : before < 0 ? after
                                : (after - start <= start - before ? after : before);
        if (found >= 0) {
            start = found;
            end = found + c.evidenceText.size();
        }
    }
    const Evidence evidence{start, end, a.text.mid(start, end - start)};
    const DateInfo given = DateInfo::fromIso(c.date, QStringLiteral("user"));
    const DateInfo date = given.isValid() ? given : la.extraction.date;
    const QStringList cues{userCue() + QLatin1String("added")};
    if (c.target == Correction::Target::Pledge) {
        Pledge p;
        p.articleId = a.id;
        p.actorId = c.partnerId;
        p.kind = c.kind;
        p.date = date;
        p.confidence = 1.0;
        p.cues = cues;
        p.evidence = {evidence};
        la.extraction.pledges.append(p);
        return;
    }
    Partnership p;
    p.articleId = a.id;
    p.partnerId = c.partnerId;
    p.sectors = c.sectors;
    p.kind = c.kind.isEmpty() ? QStringLiteral("cooperation") : c.kind;
    p.date = date;
    p.confidence = 1.0;
    p.cues = cues;
    p.evidence = {evidence};
    la.extraction.partnerships.append(p);
}

// Store cues out of `cues`, into notes.
RecordNotes takeNotes(QStringList &cues, const QString &articleId)
{
    RecordNotes notes;
    QStringList rest;
    for (const QString &cue : std::as_const(cues)) {
        if (cue.startsWith(sourceCue())) {
            notes.sources.append(cue.mid(sourceCue().size()));
        } else if (cue == userCue() + QLatin1String("added")) {
            notes.user = true;
        } else if (cue.startsWith(userCue())) {
            notes.corrected.append(cue.mid(userCue().size()));
        } else {
            rest.append(cue);
        }
    }
    if (notes.sources.isEmpty())
        notes.sources.append(articleId);
    cues = rest;
    return notes;
}

} // namespace

void mergeDuplicates(QList<LoadedArticle> &articles, const QList<qint64> &groups)
{
    QHash<qint64, QList<int>> members;
    for (int i = 0; i < articles.size(); ++i)
        members[groups.value(i)].append(i);
    for (const QList<int> &m : std::as_const(members)) {
        if (m.size() < 2)
            continue;
        mergeGroup<Partnership>(articles, m);
        mergeGroup<Pledge>(articles, m);
    }
}

void applyCorrections(QList<LoadedArticle> &articles, const QList<qint64> &groups,
                      const QList<Correction> &corrections)
{
    if (corrections.isEmpty())
        return;
    QHash<QString, QList<int>> byId;
    QHash<qint64, QList<int>> byGroup;
    for (int i = 0; i < articles.size(); ++i) {
        byId[articles.at(i).article.id].append(i);
        byGroup[groups.value(i)].append(i);
    }
    for (const Correction &c : corrections) {
        const QList<int> targets = byId.value(c.articleId);
        if (targets.isEmpty())
            continue;
        if (c.action == Correction::Action::Add) {
            addRecord(c, articles[targets.first()]);
            continue;
        }
        QSet<int> candidates;
        for (const int t : targets) {
            for (const int m : byGroup.value(groups.value(t)))
                candidates.insert(m);
        }
        for (const int m : std::as_const(candidates)) {
            if (c.target == Correction::Target::Pledge)
                applyTo<Pledge>(c, articles[m]);
            else
                applyTo<Partnership>(c, articles[m]);
        }
    }
}

ExtractedCorpus exportCorpus(const QList<LoadedArticle> &articles)
{
    ExtractedCorpus corpus;
    corpus.articles.reserve(articles.size());
    corpus.extractions.reserve(articles.size());
    for (const LoadedArticle &la : articles) {
        ArticleExtraction x = la.extraction;
        QList<RecordNotes> partnershipNotes, pledgeNotes;
        for (Partnership &p : x.partnerships)
            partnershipNotes.append(takeNotes(p.cues, la.article.id));
        for (Pledge &p : x.pledges)
            pledgeNotes.append(takeNotes(p.cues, la.article.id));
        corpus.articles.append(la.article);
        corpus.extractions.append(std::move(x));
        corpus.partnershipNotes.append(partnershipNotes);
        corpus.pledgeNotes.append(pledgeNotes);
    }
    return corpus;
}

} // namespace cpe::storerecords
