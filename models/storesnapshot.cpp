#include "storesnapshot.h"

#include <QSqlQuery>
#include <QVariant>

#include <cstring>

namespace cpe::storesnapshot {

namespace {

// Raise whenever the layout below changes: a blob of another format is ignored and rebuilt.
constexpr quint32 kFormat = 1;
constexpr quint32 kMagic = 0x43504553; // "CPES"

class Writer
{
public:
    void number(quint64 v)
    {
        // LEB128: most values (string indices, offsets, counts) fit in one to three bytes.
        while (v >= 0x80) {
            m_out.append(char(v | 0x80));
            v >>= 7;
        }
        m_out.append(char(v));
    }
    void real(double v)
    {
        char bytes[sizeof v];
        std::memcpy(bytes, &v, sizeof v);
        m_out.append(bytes, sizeof v);
    }
    void string(const QString &s)
    {
        auto found = m_ids.constFind(s);
        if (found == m_ids.constEnd())
            found = m_ids.insert(s, quint32(m_ids.size()));
        number(*found);
    }
    void strings(const QStringList &list)
    {
        number(quint64(list.size()));
        for (const QString &s : list)
            string(s);
    }
    void bytes(const QByteArray &b)
    {
        number(quint64(b.size()));
        m_out.append(b);
    }
    // The string table goes first so that a reader can resolve indices as it meets them.
    QByteArray finish() const
    {
        QList<QString> table(m_ids.size());
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            table[it.value()] = it.key();
        Writer head;
        head.number(kMagic);
        head.number(kFormat);
        head.number(quint64(table.size()));
        for (const QString &s : std::as_const(table)) {
            head.number(quint64(s.size()));
            head.m_out.append(reinterpret_cast<const char *>(s.constData()),
                              s.size() * qsizetype(sizeof(QChar)));
        }
        return head.m_out + m_out;
    }

private:
    QByteArray m_out;
    QHash<QString, quint32> m_ids;
};

class Reader
{
public:
    explicit Reader(const QByteArray &blob)
        : m_at(blob.constData()), m_end(blob.constData() + blob.size())
    {
    }
    bool ok() const { return m_ok; }
    quint64 number()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at == m_end)
                return fail();
            const auto byte = quint8(*m_at++);
            v |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
        }
        return fail();
    }
    // A count of items each at least one byte long: a damaged blob cannot ask for more.
    qsizetype count()
    {
        const quint64 n = number();
        return n <= quint64(m_end - m_at) ? qsizetype(n) : qsizetype(fail());
    }
    double real()
    {
        double v = 0;
        if (m_end - m_at < qsizetype(sizeof v))
            return double(fail());
        std::memcpy(&v, m_at, sizeof v);
        m_at += sizeof v;
        return v;
    }
    QByteArray bytes()
    {
        const qsizetype n = count();
        const QByteArray b(m_at, n);
        m_at += n;
        return b;
    }
    void readTable()
    {
        const qsizetype n = count();
        m_table.reserve(n);
        for (qsizetype i = 0; m_ok && i < n; ++i) {
            const quint64 size = number();
            if (size > quint64(m_end - m_at) / sizeof(QChar)) {
                fail();
                break;
            }
            QString s(qsizetype(size), Qt::Uninitialized);
            std::memcpy(s.data(), m_at, size * sizeof(QChar));
            m_at += size * sizeof(QChar);
            m_table.append(s);
        }
    }
    QString string()
    {
        const quint64 i = number();
        if (i >= quint64(m_table.size())) {
            fail();
            return QString();
        }
        return m_table.at(qsizetype(i));
    }
    QStringList strings()
    {
        QStringList out;
        const qsizetype n = count();
        out.reserve(n);
        for (qsizetype i = 0; m_ok && i < n; ++i)
            out.append(string());
        return out;
    }

private:
    quint64 fail()
    {
        m_ok = false;
        m_at = m_end;
        return 0;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
    QList<QString> m_table;
};

void writeDate(Writer &w, const DateInfo &d)
{
    w.number(quint64(d.year));
    w.number(quint64(d.month));
    w.number(quint64(d.day));
    w.number(quint64(d.precision));
    w.string(d.basis);
    w.string(d.cue);
}

DateInfo readDate(Reader &r)
{
    DateInfo d;
    d.year = int(r.number());
    d.month = int(r.number());
    d.day = int(r.number());
    const quint64 precision = r.number();
    d.precision = precision <= quint64(DatePrecision::Day) ? DatePrecision(precision)
                                                            : DatePrecision::None;
    d.basis = r.string();
    d.cue = r.string();
    return d;
}

void writeEvidence(Writer &w, const QList<Evidence> &evidence)
{
    w.number(quint64(evidence.size()));
    for (const Evidence &e : evidence) {
        w.number(quint64(e.start));
        w.number(quint64(e.end));
        w.string(e.text);
    }
}

QList<Evidence> readEvidence(Reader &r)
{
    QList<Evidence> out;
    const qsizetype n = r.count();
    out.reserve(n);
    for (qsizetype i = 0; r.ok() && i < n; ++i) {
        Evidence e;
        e.start = qsizetype(r.number());
        e.end = qsizetype(r.number());
        e.text = r.string();
        out.append(std::move(e));
    }
    return out;
}

// What partnerships and pledges both carry, in the same order for both.
template <typename Record>
void writeCommon(Writer &w, const Record &r)
{
    writeDate(w, r.date);
    w.real(r.confidence);
    w.strings(r.cues);
    writeEvidence(w, r.evidence);
}

template <typename Record>
void readCommon(Reader &r, Record &out)
{
    out.date = readDate(r);
    out.confidence = r.real();
    out.cues = r.strings();
    out.evidence = readEvidence(r);
}

void writePartnership(Writer &w, const Partnership &p)
{
    w.string(p.partnerId);
    w.strings(p.sectors);
    w.string(p.kind);
    w.string(p.stage);
    writeCommon(w, p);
}

Partnership readPartnership(Reader &r)
{
    Partnership p;
    p.partnerId = r.string();
    p.sectors = r.strings();
    p.kind = r.string();
    p.stage = r.string();
    readCommon(r, p);
    return p;
}

void writePledge(Writer &w, const Pledge &p)
{
    w.string(p.actorId);
    w.string(p.kind);
    w.number(quint64(p.targetYear));
    w.number(quint64(p.baseYear));
    w.number(p.amount ? 1 : 0);
    if (p.amount)
        w.real(*p.amount);
    w.string(p.unit);
    w.string(p.status);
    writeCommon(w, p);
}

Pledge readPledge(Reader &r)
{
    Pledge p;
    p.actorId = r.string();
    p.kind = r.string();
    p.targetYear = int(r.number());
    p.baseYear = int(r.number());
    if (r.number())
        p.amount = r.real();
    p.unit = r.string();
    p.status = r.string();
    readCommon(r, p);
    return p;
}

} // namespace

QByteArray encode(const Extractions &extractions)
{
    Writer w;
    w.number(quint64(extractions.size()));
    for (auto it = extractions.cbegin(); it != extractions.cend(); ++it) {
        const ArticleExtraction &x = it.value();
        w.bytes(it.key());
        writeDate(w, x.date);
        w.number(quint64(x.partnerships.size()));
        for (const Partnership &p : x.partnerships)
            writePartnership(w, p);
        w.number(quint64(x.pledges.size()));
        for (const Pledge &p : x.pledges)
            writePledge(w, p);
    }
    return w.finish();
}

std::optional<Extractions> decode(const QByteArray &blob)
{
    Reader r(blob);
    if (r.number() != kMagic || r.number() != kFormat)
        return std::nullopt;
    r.readTable();
    Extractions out;
    const qsizetype n = r.count();
    out.reserve(n);
    for (qsizetype i = 0; r.ok() && i < n; ++i) {
        const QByteArray hash = r.bytes();
        ArticleExtraction x;
        x.date = readDate(r);
        const qsizetype partnerships = r.count();
        x.partnerships.reserve(partnerships);
        for (qsizetype k = 0; r.ok() && k < partnerships; ++k)
            x.partnerships.append(readPartnership(r));
        const qsizetype pledges = r.count();
        x.pledges.reserve(pledges);
        for (qsizetype k = 0; r.ok() && k < pledges; ++k)
            x.pledges.append(readPledge(r));
        out.insert(hash, std::move(x));
    }
    if (!r.ok())
        return std::nullopt;
    return out;
}

std::optional<Extractions> read(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT format, data FROM record_snapshot WHERE id = 1")) ||
        !q.next() || q.value(0).toUInt() != kFormat)
        return std::nullopt;
    return decode(q.value(1).toByteArray());
}

bool write(QSqlDatabase &db, const Extractions &extractions)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO record_snapshot (id, format, data) VALUES (1, ?, ?)"));
    q.addBindValue(kFormat);
    q.addBindValue(encode(extractions));
    return q.exec();
}

} // namespace cpe::storesnapshot
