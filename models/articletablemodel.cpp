#include "articletablemodel.h"

#include "recorddata.h"
#include "recordstore.h"
#include "roles.h"

namespace cpe {

using Col = ArticleColumn;

ArticleTableModel::ArticleTableModel(const RecordStore *store, const UiLanguage *language,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_language(language)
{
    connect(m_store, &RecordStore::aboutToBeReset, this, [this] { beginResetModel(); });
    connect(m_store, &RecordStore::wasReset, this, [this] { endResetModel(); });
    connect(m_store, &RecordStore::articlesAboutToBeAppended, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(m_store, &RecordStore::articlesAppended, this, [this] { endInsertRows(); });
    if (m_language) {
        connect(m_language, &UiLanguage::changed, this, [this] {
            notifyLanguageChanged(this, {column(Col::Date), column(Col::Language)});
        });
    }
}

int ArticleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->articleCount();
}

int ArticleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : column(Col::Count);
}

QVariant ArticleTableModel::display(int a, int c) const
{
    const RecordStore &s = *m_store;
    switch (Col(c)) {
    case Col::Title: return s.articleTitle(a);
    case Col::Date: return RecordText::date(s.articleDate(a).toIso());
    case Col::Source: return s.articleSource(a);
    case Col::Language: return RecordText::language(s.articleLanguage(a));
    case Col::Partnerships: return s.articlePartnershipEnd(a) - s.articlePartnershipBegin(a);
    case Col::Pledges: return s.articlePledgeEnd(a) - s.articlePledgeBegin(a);
    case Col::Count: break;
    }
    return {};
}

QVariant ArticleTableModel::sortValue(int a, int c) const
{
    const RecordStore &s = *m_store;
    switch (Col(c)) {
    case Col::Date: {
        const DateInfo d = s.articleDate(a);
        return d.year * 10000 + d.month * 100 + d.day;
    }
    case Col::Language: return s.articleLanguage(a);
    default: return display(a, c);
    }
}

QVariant ArticleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RecordStore &s = *m_store;
    const int a = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return display(a, index.column());
    case SortRole: return sortValue(a, index.column());
    case IdRole:
    case ArticleIndexRole: return a;
    case ArticleIdRole: return s.articleId(a);
    case TitleRole: return s.articleTitle(a);
    case SourceRole: return s.articleSource(a);
    case UrlRole: return s.articleUrl(a);
    case ArticleTextRole: return s.articleText(a);
    case LanguageRole: return s.articleLanguage(a);
    case YearRole: return s.articleYear(a);
    case DateIsoRole: return s.articleDate(a).toIso();
    case DateBasisRole: return s.articleDate(a).basis;
    case DateCueRole: return s.articleDate(a).cue;
    case CountRole: return s.articlePartnershipEnd(a) - s.articlePartnershipBegin(a);
    default: return {};
    }
}

QVariant ArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Col(section)) {
    case Col::Title: return tr("Title", "column: article title");
    case Col::Date: return tr("Date", "column: publication date");
    case Col::Source: return tr("Source", "column: publisher of the article");
    case Col::Language: return tr("Language", "column: language of the article");
    case Col::Partnerships: return tr("Partnerships");
    case Col::Pledges: return tr("Pledges");
    case Col::Count: break;
    }
    return {};
}

} // namespace cpe
