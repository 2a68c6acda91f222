#include "htmlextract.h"

#include "boilerplate.h"
#include "htmltags.h"
#include "htmltokenizer.h"
#include "yearscan.h"

#include <algorithm>
#include <vector>

namespace cpe {

namespace {

using namespace html;

bool hiddenByStyle(QStringView style)
{
    for (const char *prop : {"display", "visibility"}) {
        qsizetype at = style.indexOf(QLatin1String(prop), 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        at += qsizetype(qstrlen(prop));
        while (at < style.size() && (style[at] == u' ' || style[at] == u':'))
            ++at;
        const QStringView rest = style.mid(at);
        if (rest.startsWith(QLatin1String("none"), Qt::CaseInsensitive) ||
            rest.startsWith(QLatin1String("hidden"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

struct Node
{
    int parent = -1;
    int tag = -1; // kTags index, -1 for unknown tags
    QStringView name;
    quint8 priority = 0;   // as the article body: 4 <article>, 3 articleBody, 2 class/id, 1 <main>
    bool dropTag = false;  // furniture by tag
    bool dropMark = false; // furniture by class/id, role or hidden
};

struct Segment
{
    int node;
    qsizetype start;
    qsizetype length; // -1: a block boundary
};

class Page final
{
public:
    Page(QStringView html, const Boilerplate &rules) : m_rules(rules) { parse(html); }
    QString articleText();
    HtmlMeta meta() const { return m_meta.result(); }

private:
    void parse(QStringView html);
    void open(const HtmlToken &t, int tag);
    void close(QStringView name, int tag);
    void popTo(size_t depth);
    int findOpen(QStringView name, int tag, std::initializer_list<Id> stopAt) const;
    void markBreak() { m_segments.push_back({current(), 0, -1}); }
    int current() const { return m_stack.empty() ? 0 : m_stack.back(); }
    void weigh(bool lenient);
    int chooseRoot() const;
    QString render(int root) const;
    QString bylineBefore(int root) const;

    const Boilerplate &m_rules;
    std::vector<Node> m_nodes;
    std::vector<int> m_stack;
    std::vector<Segment> m_segments;
    std::vector<qsizetype> m_own; // text directly in each node
    QString m_text;               // all text, entities decoded, white space collapsed
    int m_preDepth = 0;
    HtmlMetaCollector m_meta;
    std::vector<bool> m_dropByTag;
    // Filled by weigh(): text of each subtree without dropped parts, the part inside links,
    // and whether the node itself is dropped.
    std::vector<qsizetype> m_clean, m_link;
    std::vector<char> m_drop;
};

void Page::parse(QStringView html)
{
    m_dropByTag.assign(size_t(kTagCount), false);
    for (const QString &t : m_rules.dropTags()) {
        const int i = tagIndex(t);
        if (i >= 0)
            m_dropByTag[size_t(i)] = true;
    }
    m_nodes.push_back(Node{}); // the document
    m_own.push_back(0);
    m_text.reserve(html.size() / 2);
    HtmlTokenizer tokenizer(html);
    HtmlToken t;
    while (tokenizer.next(t)) {
        switch (t.kind) {
        case HtmlToken::StartTag: {
            const int tag = tagIndex(t.name);
            m_meta.startTag(t);
            open(t, tag);
            break;
        }
        case HtmlToken::EndTag:
            close(t.name, tagIndex(t.name));
            break;
        case HtmlToken::Text:
        case HtmlToken::Cdata: {
            const qsizetype before = m_text.size();
            decodeHtmlEntities(t.text, m_text, m_preDepth == 0);
            if (m_text.size() > before) {
                m_segments.push_back({current(), before, m_text.size() - before});
                m_own[size_t(current())] += m_text.size() - before;
            }
            break;
        }
        case HtmlToken::Comment:
        case HtmlToken::Declaration:
            break;
        }
    }
}

int Page::findOpen(QStringView name, int tag, std::initializer_list<Id> stopAt) const
{
    for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
        const Node &n = m_nodes[size_t(m_stack[size_t(i)])];
        if (tag >= 0 ? n.tag == tag : n.name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
        if (n.tag >= 0 && std::find(stopAt.begin(), stopAt.end(), kTags[n.tag].id) != stopAt.end())
            return -1;
    }
    return -1;
}

void Page::popTo(size_t depth)
{
    while (m_stack.size() > depth) {
        const Node &n = m_nodes[size_t(m_stack.back())];
        if (n.tag >= 0 && kTags[n.tag].id == Pre)
            --m_preDepth;
        m_stack.pop_back();
    }
}

void Page::open(const HtmlToken &t, int tag)
{
    const Id id = tag >= 0 ? kTags[tag].id : Other;
    const quint16 flags = tag >= 0 ? kTags[tag].flags : 0;
    // Elements a new one closes implicitly, as browsers do: a block ends an open paragraph,
    // a list item the previous item, a cell the previous cell.
    int closeAt = -1;
    if (id == Li)
        closeAt = findOpen({}, tagIndex(u"li"), {Ul, Ol, Table});
    else if (id == Dt || id == Dd)
        closeAt =
            std::max(findOpen({}, tagIndex(u"dt"), {Dl}), findOpen({}, tagIndex(u"dd"), {Dl}));
    else if (id == Tr)
        closeAt = findOpen({}, tagIndex(u"tr"), {Table});
    else if (id == Td || id == Th)
        closeAt = std::max(findOpen({}, tagIndex(u"td"), {Tr, Table}),
                           findOpen({}, tagIndex(u"th"), {Tr, Table}));
    if (closeAt >= 0)
        popTo(size_t(closeAt));
    if ((flags & Block) && !m_stack.empty()) {
        const Node &top = m_nodes[size_t(m_stack.back())];
        if (top.tag >= 0 && kTags[top.tag].id == P)
            popTo(m_stack.size() - 1);
    }
    if (flags & Block)
        markBreak();
    if ((flags & Void) || t.selfClosing || t.hasRawText)
        return; // nothing goes inside; raw text (scripts, styles, svg...) is never article text
    Node n;
    n.parent = current();
    n.tag = tag;
    n.name = t.name;
    if (tag >= 0)
        n.dropTag = m_dropByTag[size_t(tag)];
    const QStringView role = t.attribute(QLatin1StringView("role"));
    const QStringView cls = t.attribute(QLatin1StringView("class"));
    const QStringView elementId = t.attribute(QLatin1StringView("id"));
    for (const char *furniture :
         {"navigation", "banner", "contentinfo", "complementary", "search", "menu"})
        n.dropMark = n.dropMark || role.compare(QLatin1String(furniture), Qt::CaseInsensitive) == 0;
    n.dropMark =
        n.dropMark || t.hasAttribute(QLatin1StringView("hidden")) ||
        hiddenByStyle(t.attribute(QLatin1StringView("style"))) ||
        (!(flags & NoCand) && (m_rules.marksFurniture(cls) || m_rules.marksFurniture(elementId)));
    if (!(flags & NoCand) && !n.dropMark) {
        if (id == Article || role.compare(QLatin1String("article"), Qt::CaseInsensitive) == 0)
            n.priority = 4;
        else if (t.attribute(QLatin1StringView("itemprop"))
                     .compare(QLatin1String("articleBody"), Qt::CaseInsensitive) == 0)
            n.priority = 3;
        else if (m_rules.marksBody(cls) || m_rules.marksBody(elementId))
            n.priority = 2;
        else if (id == Main || role.compare(QLatin1String("main"), Qt::CaseInsensitive) == 0)
            n.priority = 1;
    }
    m_nodes.push_back(n);
    m_own.push_back(0);
    m_stack.push_back(int(m_nodes.size() - 1));
    if (id == Pre)
        ++m_preDepth;
}

void Page::close(QStringView name, int tag)
{
    const quint16 flags = tag >= 0 ? kTags[tag].flags : 0;
    if (flags & Block)
        markBreak(); // also for a stray </p> or </br>, which browsers show as a break
    const int at = findOpen(name, tag, {});
    if (at >= 0)
        popTo(size_t(at)); // closes whatever was left open inside it; a stray end tag is ignored
}

void Page::weigh(bool lenient)
{
    const size_t count = m_nodes.size();
    m_clean.assign(count, 0);
    m_link.assign(count, 0);
    m_drop.assign(count, 0);
    const double density = m_rules.linkDensity();
    // Children come after their parents, so one backward pass sees every subtree complete.
    for (size_t i = count; i-- > 1;) {
        const Node &n = m_nodes[i];
        const quint16 flags = n.tag >= 0 ? kTags[n.tag].flags : 0;
        m_clean[i] += m_own[i];
        if (flags & Link)
            m_link[i] = m_clean[i];
        // Drops above the chosen body do not matter: only its subtree is shown. When nothing
        // is left (a page wrapped whole in a <form> or a "has-sidebar" div), the lenient pass
        // keeps all but the furniture tags.
        bool drop = n.dropTag || n.dropMark;
        if (lenient)
            drop = n.dropTag && !(n.tag >= 0 && kTags[n.tag].id == Form);
        else if (!drop && (flags & Density) && m_clean[i] > 0 &&
                 double(m_link[i]) > density * double(m_clean[i]))
            drop = true; // mostly links: a menu or a list of related stories
        m_drop[i] = drop;
        const size_t p = size_t(n.parent);
        if (!drop) {
            m_clean[p] += m_clean[i];
            m_link[p] += m_link[i];
        }
    }
    m_clean[0] += m_own[0];
}

int Page::chooseRoot() const
{
    int body = 0;
    for (size_t i = 1; i < m_nodes.size(); ++i) {
        if (m_nodes[i].tag >= 0 && kTags[m_nodes[i].tag].id == Body) {
            body = int(i);
            break;
        }
    }
    // The body with the most text wins, the more specific markings weighted up: an <article>
    // needs three quarters of the text of the "content" div around it to win over it, and a
    // teaser <article> in a list of stories loses to the real body, whatever that is called.
    const auto score = [this](size_t i) {
        return double(m_clean[i]) * (1.0 + 0.25 * m_nodes[i].priority);
    };
    int best = body;
    for (size_t i = 1; i < m_nodes.size(); ++i) {
        if (m_nodes[i].priority > 0 && score(i) > score(size_t(best)))
            best = int(i);
    }
    return best;
}

QString Page::render(int root) const
{
    std::vector<char> visible(m_nodes.size(), 0);
    visible[size_t(root)] = 1;
    for (size_t i = size_t(root) + 1; i < m_nodes.size(); ++i)
        visible[i] = !m_drop[i] && visible[size_t(m_nodes[i].parent)];
    QString out;
    out.reserve(m_clean[size_t(root)] + m_clean[size_t(root)] / 8);
    bool pendingBreak = false;
    for (const Segment &s : m_segments) {
        if (s.length < 0) {
            pendingBreak = true;
            continue;
        }
        if (!visible[size_t(s.node)])
            continue;
        QStringView text = QStringView(m_text).mid(s.start, s.length);
        if (out.isEmpty() || pendingBreak) {
            while (!out.isEmpty() && out.back() == u' ')
                out.chop(1);
            if (!out.isEmpty())
                out.append(u'\n');
            while (!text.isEmpty() && text.front() == u' ')
                text = text.mid(1);
        } else if (s.start > 0 && m_text.at(s.start - 1) == u' ' && out.back() != u' ' &&
                   text.front() != u' ') {
            out.append(u' '); // the space fell into a dropped element before this text
        }
        if (!text.isEmpty())
            pendingBreak = false;
        out.append(text);
    }
    return out;
}

QString Page::bylineBefore(int root) const
{
    const int parent = m_nodes[size_t(root)].parent;
    if (root <= 0 || parent < 0)
        return {};
    // The nearest earlier sibling with any text: nodes come in document order, so it is the
    // last one before the root that hangs from the same parent.
    for (int i = root - 1; i > parent; --i) {
        if (m_nodes[size_t(i)].parent != parent || m_clean[size_t(i)] == 0)
            continue;
        if (m_drop[size_t(i)])
            return {};
        const QString line = render(i).trimmed();
        // An info bar ("By … | site | Updated: 2024-10-08 09:12"), not a title or a teaser.
        const bool infoBar = line.contains(QLatin1Char('|')) || line.contains(QLatin1Char(':')) ||
                             line.contains(QChar(0xFF1A));
        if (line.size() > 160 || line.contains(QLatin1Char('\n')) || !infoBar || !hasFullYear(line))
            return {};
        return line;
    }
    return {};
}

QString Page::articleText()
{
    weigh(false);
    int root = chooseRoot();
    QString text = render(root);
    if (text.trimmed().isEmpty()) {
        // Everything was judged furniture: better the page minus navigation than nothing.
        weigh(true);
        root = chooseRoot();
        text = render(root);
    }
    // The byline often sits just outside the element that holds the body ("<div class=info>"
    // before "<div id=Content>"); it dates the article, so it is kept as the first line.
    const QString byline = bylineBefore(root);
    if (!byline.isEmpty())
        text.prepend(byline + QLatin1Char('\n'));
    return text;
}

} // namespace

HtmlArticle extractHtmlArticle(QStringView html, const Boilerplate &rules)
{
    Page page(html, rules);
    HtmlArticle a;
    a.text = page.articleText();
    a.meta = page.meta();
    return a;
}

} // namespace cpe
