#include "readerview.h"

#include "cuetext.h"
#include "recorddata.h"
#include "roles.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <cmath>

namespace cpe {

namespace {

// QTextDocument turns "\r\n" into one paragraph break, so a UTF-16 offset into the article
// text moves back by one for each such pair before it.
int documentPosition(const QString &text, int offset)
{
    offset = qBound(0, offset, int(text.size()));
    int position = offset;
    for (int i = 0; i + 1 < offset; ++i) {
        if (text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n'))
            --position;
    }
    return position;
}

} // namespace

ReaderView::ReaderView(QAbstractItemModel *articles, QWidget *parent)
    : QWidget(parent)
    , m_articles(articles)
{
    setObjectName(QStringLiteral("readerView"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("readerTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("readerMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setReadOnly(true);
    m_text->setOpenLinks(false);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_text->viewport()->installEventFilter(this);
    // Scrolling by hand ends the automatic placing of the evidence.
    connect(m_text->verticalScrollBar(), &QAbstractSlider::actionTriggered, this,
            [this] { m_followEvidence = false; });

    m_whyTitle = new QLabel(this);
    QFont bold = m_whyTitle->font();
    bold.setBold(true);
    m_whyTitle->setFont(bold);
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("whyPanel"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_whyTitle->setBuddy(m_why);

    auto *whyPane = new QWidget(this);
    auto *whyLayout = new QVBoxLayout(whyPane);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->addWidget(m_whyTitle);
    whyLayout->addWidget(m_why, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("readerSplitter"));
    split->addWidget(m_text);
    split->addWidget(whyPane);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(split, 1);
    retranslateUi();
}

void ReaderView::setSectorModel(QAbstractItemModel *sectors)
{
    m_sectors = sectors;
    showWhy();
}

QModelIndex ReaderView::articleFor(const QModelIndex &record) const
{
    if (!m_articles || !record.isValid())
        return {};
    const int row = record.data(ArticleIndexRole).toInt();
    const QString id = record.data(ArticleIdRole).toString();
    QModelIndex article = m_articles->index(row, 0);
    // Rows are article indexes; if a model ever sorts them, fall back to the article id.
    if (!id.isEmpty() && article.data(ArticleIdRole).toString() != id) {
        const QModelIndexList found =
            m_articles->match(m_articles->index(0, 0), ArticleIdRole, id, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            article = found.first();
    }
    return article;
}

void ReaderView::showRecord(const QModelIndex &recordIndex)
{
    m_record = recordIndex;
    m_article = articleFor(recordIndex);
    const QString text = m_article.data(ArticleTextRole).toString();
    m_text->setPlainText(text);

    QList<QTextEdit::ExtraSelection> selections;
    const QVariant startValue = recordIndex.data(EvidenceStartRole);
    const QVariant endValue = recordIndex.data(EvidenceEndRole);
    if (startValue.isValid() && endValue.isValid()) {
        const int start = documentPosition(text, startValue.toInt());
        const int end = documentPosition(text, endValue.toInt());
        if (end > start) {
            QTextEdit::ExtraSelection evidence;
            evidence.cursor = QTextCursor(m_text->document());
            evidence.cursor.setPosition(start);
            evidence.cursor.setPosition(end, QTextCursor::KeepAnchor);
            evidence.format.setBackground(QColor(0xff, 0xe0, 0x66));
            evidence.format.setForeground(QColor(0x21, 0x25, 0x29));
            selections.append(evidence);

            // The caret at the evidence lets a keyboard user extend or copy from there.
            QTextCursor caret(m_text->document());
            caret.setPosition(start);
            m_text->setTextCursor(caret);
        }
    }
    m_text->setExtraSelections(selections);
    m_followEvidence = !selections.isEmpty();
    // The title and the "why" panel change height with the record, which resizes the text:
    // fill them in before placing the evidence.
    showHeader();
    showWhy();
    if (m_followEvidence)
        scrollToEvidence();
    else
        m_text->verticalScrollBar()->setValue(0);
}

void ReaderView::scrollToEvidence()
{
    const QPair<int, int> range = highlightedRange();
    if (range.first < 0)
        return;
    QScrollBar *bar = m_text->verticalScrollBar();
    QTextCursor at(m_text->document());
    at.setPosition(range.first);
    const int top = m_text->cursorRect(at).top() + bar->value();
    at.setPosition(range.second);
    const int bottom = m_text->cursorRect(at).bottom() + bar->value();
    // The whole passage when it fits, with a third of the spare room above it for context;
    // a passage taller than the view starts at its top.
    const int spare = m_text->viewport()->height() - (bottom - top);
    const int above = spare > 0 ? spare / 3 : fontMetrics().height() / 2;
    bar->setValue(top - above);
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    // Layouts settle after showRecord() (the dock, the word-wrapped title): keep the evidence
    // in view until the reader scrolls away from it.
    if (watched == m_text->viewport() && event->type() == QEvent::Resize && m_followEvidence)
        QMetaObject::invokeMethod(this, &ReaderView::scrollToEvidence, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void ReaderView::clear()
{
    m_record = QPersistentModelIndex();
    m_article = QPersistentModelIndex();
    m_text->clear();
    m_text->setExtraSelections({});
    m_followEvidence = false;
    showHeader();
    showWhy();
}

QPair<int, int> ReaderView::highlightedRange() const
{
    const QList<QTextEdit::ExtraSelection> selections = m_text->extraSelections();
    if (selections.isEmpty())
        return {-1, -1};
    const QTextCursor &cursor = selections.first().cursor;
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ReaderView::showHeader()
{
    if (!m_article.isValid()) {
        m_title->setText(tr("No record selected"));
        m_meta->setText(tr("Select a partnership or pledge in any view to read its article."));
        return;
    }
    QString title = m_article.data(TitleRole).toString();
    if (title.isEmpty())
        title = m_article.data(Qt::DisplayRole).toString();
    m_title->setText(title.isEmpty() ? tr("Untitled article") : title);
    m_title->setToolTip(m_article.data(UrlRole).toString());

    QStringList parts;
    const QString source = m_article.data(SourceRole).toString();
    if (!source.isEmpty())
        parts.append(source);
    const QString date = m_article.data(DateIsoRole).toString();
    if (date.isEmpty()) {
        parts.append(tr("undated"));
    } else {
        const QString basis = CueText::dateBasis(m_article.data(DateBasisRole).toString());
        const QString cue = m_article.data(DateCueRole).toString();
        const QString shown = RecordText::date(date);
        QString dated = basis.isEmpty() ? tr("dated %1").arg(shown)
                                        : tr("dated %1, %2", "date, how it was decided")
                                              .arg(shown, basis);
        if (!cue.isEmpty())
            dated = tr("%1 (“%2”)", "date explanation (the text that decided it)").arg(dated, cue);
        parts.append(dated);
    }
    const QString recordDate = m_record.data(DateIsoRole).toString();
    if (!recordDate.isEmpty() && recordDate != date)
        parts.append(tr("record dated %1").arg(RecordText::date(recordDate)));
    m_meta->setText(parts.join(tr(" · ", "separator")));
}

void ReaderView::showWhy()
{
    if (!m_record.isValid()) {
        m_why->clear();
        return;
    }
    QStringList lines;
    const QStringList cues = m_record.data(CuesRole).toStringList();
    for (const QString &cue : cues)
        lines.append(QStringLiteral("• ") + CueText::explain(cue, m_record, m_sectors));
    const QVariant confidence = m_record.data(ConfidenceRole);
    if (confidence.isValid()) {
        lines.append(tr("Confidence: %1%")
                         .arg(QLocale().toString(int(std::lround(confidence.toDouble() * 100)))));
    }
    m_why->setText(lines.join(QLatin1Char('\n')));
}

void ReaderView::retranslateUi()
{
    m_whyTitle->setText(tr("&Why this record"));
    m_text->setAccessibleName(tr("Article text"));
    m_text->setToolTip(tr("The evidence for the selected record is highlighted"));
    m_why->setAccessibleName(tr("Why this record was extracted"));
    m_title->setAccessibleName(tr("Article title"));
    m_meta->setAccessibleName(tr("Article source and date"));
    showHeader();
    showWhy();
}

void ReaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cpe
