// Markdown to the text a reader sees, one pass, no regular expressions.

#include "readermeta.h"

namespace cpe {

namespace {

bool isRule(QStringView line)
{
    // "---", "***", "___", "===" (also spaced, "- - -"): thematic breaks and setext underlines.
    QChar mark;
    int count = 0;
    for (QChar c : line) {
        if (c == u' ')
            continue;
        if (c != u'-' && c != u'*' && c != u'_' && c != u'=')
            return false;
        if (count && c != mark)
            return false;
        mark = c;
        ++count;
    }
    return count >= 3;
}

// "[id]: http://..." reference definitions are addresses, not text.
bool isReferenceDefinition(QStringView line)
{
    if (!line.startsWith(u'['))
        return false;
    const qsizetype close = line.indexOf(QLatin1String("]:"));
    return close > 1 && !line.left(close).contains(u' ');
}

// Inline markup: [text](url) and ![alt](url) keep the text, [text][ref] too; `code`,
// **strong** and *emphasis* lose their marks; <http://...> loses its brackets.
void appendInline(QStringView s, QString &out)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c == u'!' && i + 1 < n && s[i + 1] == u'[')
            continue; // the image's alt text follows
        if (c == u'[') {
            const qsizetype close = s.indexOf(u']', i + 1);
            if (close > i && close + 1 < n && (s[close + 1] == u'(' || s[close + 1] == u'[')) {
                const qsizetype end = s.indexOf(s[close + 1] == u'(' ? u')' : u']', close + 2);
                if (end > close) {
                    appendInline(s.mid(i + 1, close - i - 1), out);
                    i = end;
                    continue;
                }
            }
        }
        if (c == u'`')
            continue;
        if (c == u'*' || (c == u'_' && i + 1 < n && s[i + 1] == u'_')) {
            // Emphasis marks touch a word on one side and not on the other; "5 * 3" stays.
            qsizetype j = i;
            while (j < n && s[j] == c)
                ++j;
            const bool before = i > 0 && !s[i - 1].isSpace();
            const bool after = j < n && !s[j].isSpace();
            if (before != after || (c == u'_' && j - i >= 2)) {
                i = j - 1;
                continue;
            }
        }
        if (c == u'<' && (s.mid(i + 1).startsWith(QLatin1String("http")))) {
            const qsizetype end = s.indexOf(u'>', i);
            if (end > i) {
                out.append(s.mid(i + 1, end - i - 1));
                i = end;
                continue;
            }
        }
        out.append(c);
    }
}

} // namespace

QString markdownToText(QStringView md)
{
    QString out;
    out.reserve(md.size());
    bool fenced = false;
    qsizetype pos = 0;
    while (pos <= md.size()) {
        qsizetype nl = md.indexOf(u'\n', pos);
        if (nl < 0)
            nl = md.size();
        QStringView line = md.mid(pos, nl - pos);
        const bool last = nl >= md.size();
        pos = nl + 1;
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            fenced = !fenced;
        } else if (fenced) {
            out.append(line);
        } else if (!isRule(trimmed) && !isReferenceDefinition(trimmed)) {
            line = trimmed;
            while (line.startsWith(u'>')) // block quotes, nested too
                line = line.mid(1).trimmed();
            if (line.startsWith(u'#')) {
                qsizetype h = 0;
                while (h < line.size() && line[h] == u'#')
                    ++h;
                if (h <= 6 && (h == line.size() || line[h] == u' ')) {
                    line = line.mid(h).trimmed();
                    while (line.endsWith(u'#'))
                        line.chop(1);
                    line = line.trimmed();
                }
            }
            if (line.size() >= 2 && (line[0] == u'-' || line[0] == u'*' || line[0] == u'+') &&
                line[1] == u' ')
                line = line.mid(2).trimmed();
            appendInline(line, out);
        }
        if (!last)
            out.append(u'\n');
    }
    return out;
}

} // namespace cpe
