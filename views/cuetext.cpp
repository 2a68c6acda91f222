#include "cuetext.h"

#include "roles.h"

#include <QAbstractItemModel>

namespace cpe {

namespace {

QString sectorName(const QString &id, const QAbstractItemModel *sectors)
{
    for (int row = 0; sectors && row < sectors->rowCount(); ++row) {
        const QModelIndex index = sectors->index(row, column(SectorColumn::Sector));
        if (index.data(IdRole).toString() == id)
            return index.data(Qt::DisplayRole).toString();
    }
    return id;
}

QString kindName(const QString &id, const QModelIndex &record)
{
    // The record's own Kind column shows its kind translated; other ids stay as they are.
    for (int kindColumn : {column(PartnershipColumn::Kind), column(PledgeColumn::Kind)}) {
        const QModelIndex kind = record.siblingAtColumn(kindColumn);
        const QString kindId = kind.data(KindRole).toString();
        if (kindId.isEmpty() ? kind.data(PledgeKindRole).toString() == id : kindId == id)
            return kind.data(Qt::DisplayRole).toString();
    }
    return id;
}

} // namespace

QString CueText::explain(const QString &cue, const QModelIndex &record,
                         const QAbstractItemModel *sectors)
{
    const qsizetype colon = cue.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return cue;
    const QString prefix = cue.left(colon);
    const QString rest = cue.mid(colon + 1);
    if (prefix == QLatin1String("alias"))
        return tr("Partner named as “%1”").arg(rest);
    if (prefix == QLatin1String("coop"))
        return tr("Cooperation signalled by “%1”").arg(rest);
    if (prefix == QLatin1String("sector")) {
        const qsizetype split = rest.indexOf(QLatin1Char(':'));
        if (split < 0)
            return tr("Sector: %1").arg(sectorName(rest, sectors));
        return tr("Sector %1, from “%2”")
            .arg(sectorName(rest.left(split), sectors), rest.mid(split + 1));
    }
    if (prefix == QLatin1String("kind"))
        return tr("Kind of cooperation: %1").arg(kindName(rest, record));
    if (prefix == QLatin1String("stage"))
        return tr("Stage signalled by “%1”").arg(rest);
    if (prefix == QLatin1String("pledge"))
        return tr("Pledge signalled by “%1”").arg(rest);
    if (prefix == QLatin1String("date"))
        return tr("Date from “%1”").arg(rest);
    if (prefix == QLatin1String("anaphora"))
        return tr("Refers back to the partner named before: “%1”").arg(rest);
    if (prefix == QLatin1String("binding"))
        return binding(rest);
    if (prefix == QLatin1String("source"))
        return tr("Also reported by article %1", "a syndicated copy; %1 is an article id")
            .arg(rest);
    if (prefix == QLatin1String("user"))
        return corrected(rest);
    return cue;
}

QString CueText::binding(const QString &how)
{
    // How the partner's name is tied to the cooperation in the sentence (PartnershipFinder).
    if (how == QLatin1String("compound"))
        return tr("Partner and cooperation named in one phrase");
    if (how == QLatin1String("with"))
        return tr("Cooperation with the partner, as the sentence says");
    if (how == QLatin1String("venue"))
        return tr("Partner named as the venue");
    if (how == QLatin1String("beneficiary"))
        return tr("Partner named as the beneficiary");
    if (how == QLatin1String("co-occurrence"))
        return tr("Partner and cooperation only in the same sentence");
    if (how == QLatin1String("unbound"))
        return tr("Partner not tied to the cooperation");
    return how;
}

QString CueText::corrected(const QString &field)
{
    if (field == QLatin1String("partner"))
        return tr("Partner corrected by hand");
    if (field == QLatin1String("sectors"))
        return tr("Sectors corrected by hand");
    if (field == QLatin1String("date"))
        return tr("Date corrected by hand");
    if (field == QLatin1String("added"))
        return tr("Added by hand");
    return field;
}

QString CueText::dateBasis(const QString &basis)
{
    if (basis == QLatin1String("metadata"))
        return tr("from the article's metadata");
    if (basis == QLatin1String("dateline"))
        return tr("from the dateline");
    if (basis == QLatin1String("event"))
        return tr("from a date in the text");
    if (basis == QLatin1String("inferred"))
        return tr("inferred from the text");
    return basis;
}

} // namespace cpe
