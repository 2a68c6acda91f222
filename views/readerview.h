#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTextBrowser;

namespace cpe {

// Reads the article a record came from: title, source and date (and how the date was
// decided) on top, the text with the record's evidence highlighted and scrolled into view,
// and below it why the record was extracted (the cues that matched) and its confidence.
class ReaderView final : public QWidget
{
    Q_OBJECT
public:
    // articles: one row per article, row = ArticleIndexRole of the records.
    explicit ReaderView(QAbstractItemModel *articles, QWidget *parent = nullptr);

    // Sector names for the "why" panel; without it sector ids are shown.
    void setSectorModel(QAbstractItemModel *sectors);
    // recordIndex: an index of the partnership or pledge model (any column).
    void showRecord(const QModelIndex &recordIndex);
    void clear();

    QTextBrowser *textBrowser() const { return m_text; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *whyLabel() const { return m_why; }
    // The highlighted evidence as document positions; {-1, -1} when none.
    QPair<int, int> highlightedRange() const;
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex articleFor(const QModelIndex &record) const;
    void showHeader();
    void showWhy();
    void scrollToEvidence();

    QPointer<QAbstractItemModel> m_articles;
    QPointer<QAbstractItemModel> m_sectors;
    QPersistentModelIndex m_record;
    QPersistentModelIndex m_article;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QTextBrowser *m_text = nullptr;
    QLabel *m_whyTitle = nullptr;
    QLabel *m_why = nullptr;
    bool m_followEvidence = false; // keep the evidence in view while layouts settle
};

} // namespace cpe
