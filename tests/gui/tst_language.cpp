// The interface language switches at run time, all at once, on the real window, models and
// bundled articles: after choosing 中文 no English interface text is left anywhere the window
// shows text (widgets, menus, actions, headers, cells, tooltips, charts), and after choosing
// English again no Chinese is left.
//
// What is not interface text, and so is left out of the check:
//  - what the articles say: titles, sources, addresses, body text and evidence sentences,
//    taken from the models themselves (the corpus is mostly English and stays so in either
//    language), and text in “curly quotes”, which the reader uses to quote the article;
//  - file names and paths (the corpus's own, shown while it is read);
//  - tokens that are not words of either language: all-capital codes and acronyms (ISO codes
//    such as USA or EU, PNG, JSON, MB, CO2), key names (Ctrl, Shift, Esc, Delete), and the
//    names "Qt" and "Markdown";
//  - the two language actions, whose names are always written in their own language;
//  - the unlabelled buttons Qt adds to tab bars and dock titles (see isQtInternal());
//  - widgets that are hidden (a finished progress label keeps its last text until it is
//    shown again, rewritten); every tab is shown in turn so that its widgets count.
// Numbers and years have no letters and need no exception. What widgets paint themselves
// (histogram, record chips, map tiles) is not read back from pixels: the names they paint come
// from the models surveyed here, their own words from tr() calls that
// scripts/check_translations.sh requires to be translated.

#include "articlereader.h"
#include "chartsview.h"
#include "correctionactions.h"
#include "explorersession.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "readerview.h"
#include "recordsview.h"
#include "roles.h"
#include "translationinstaller.h"
#include "uilanguage.h"
#include "windowtools.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>
#include <memory>

using namespace cpe;

namespace {

struct Text
{
    QString where;
    QString text;
};

// Collects every text the window shows, labelled with where it was found.
class Survey
{
public:
    void add(const QString &where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            texts.append({where, text});
    }
    void addModel(const QString &where, const QAbstractItemModel *model);
    void addWidget(QWidget *widget);
    void addAction(const QString &where, const QAction *action);
    void addChart(const QString &where, QChart *chart);

    QList<Text> texts;
};

QString nameOf(const QObject *object)
{
    const QString name = object->objectName();
    return QLatin1String(object->metaObject()->className()) +
           (name.isEmpty() ? QString() : QLatin1Char('#') + name);
}

void Survey::addModel(const QString &where, const QAbstractItemModel *model)
{
    if (!model)
        return;
    for (Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
        const int sections =
            orientation == Qt::Horizontal ? model->columnCount() : model->rowCount();
        for (int section = 0; section < sections; ++section) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                add(QStringLiteral("%1 header %2").arg(where).arg(section),
                    model->headerData(section, orientation, role).toString());
            }
        }
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                             int(Qt::AccessibleTextRole)}) {
                const QVariant value = index.data(role);
                if (value.typeId() == QMetaType::QString)
                    add(QStringLiteral("%1 (%2, %3)").arg(where).arg(row).arg(column),
                        value.toString());
            }
        }
    }
}

void Survey::addAction(const QString &where, const QAction *action)
{
    const QString at = where + QLatin1String(" action ") + nameOf(action);
    add(at, action->text());
    add(at + QLatin1String(" tooltip"), action->toolTip());
    add(at + QLatin1String(" status tip"), action->statusTip());
    add(at + QLatin1String(" what's this"), action->whatsThis());
    if (action->menu())
        add(at + QLatin1String(" menu"), action->menu()->title());
}

void Survey::addChart(const QString &where, QChart *chart)
{
    add(where + QLatin1String(" title"), chart->title());
    for (QAbstractAxis *axis : chart->axes()) {
        add(where + QLatin1String(" axis title"), axis->titleText());
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (const QString &category : categories->categories())
                add(where + QLatin1String(" axis category"), category);
        }
    }
    for (QAbstractSeries *series : chart->series()) {
        add(where + QLatin1String(" series"), series->name());
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets())
                add(where + QLatin1String(" bar set"), set->label());
        }
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        add(where + QLatin1String(" legend"), marker->label());
}

void Survey::addWidget(QWidget *widget)
{
    const QString at = nameOf(widget);
    if (widget->isWindow() || qobject_cast<QDockWidget *>(widget))
        add(at + QLatin1String(" window title"), widget->windowTitle());
    add(at + QLatin1String(" tooltip"), widget->toolTip());
    add(at + QLatin1String(" status tip"), widget->statusTip());
    add(at + QLatin1String(" what's this"), widget->whatsThis());
    add(at + QLatin1String(" accessible name"), widget->accessibleName());
    add(at + QLatin1String(" accessible description"), widget->accessibleDescription());

    if (auto *label = qobject_cast<QLabel *>(widget)) {
        add(at, label->text());
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        add(at, button->text());
    } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
        add(at, group->title());
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        add(at + QLatin1String(" placeholder"), edit->placeholderText());
        add(at, edit->text());
    } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        add(at, text->toPlainText());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            add(at, combo->itemText(i));
    } else if (auto *menu = qobject_cast<QMenu *>(widget)) {
        add(at + QLatin1String(" title"), menu->title());
    } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            add(at, tabs->tabText(i));
            add(at + QLatin1String(" tooltip"), tabs->tabToolTip(i));
        }
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        addModel(at, view->model());
    } else if (auto *chartView = qobject_cast<QChartView *>(widget)) {
        if (chartView->chart())
            addChart(at, chartView->chart());
    } else if (auto *statusBar = qobject_cast<QStatusBar *>(widget)) {
        add(at + QLatin1String(" message"), statusBar->currentMessage());
    }
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
        add(at + QLatin1String(" special value"), spin->specialValueText());
        if (auto *intSpin = qobject_cast<QSpinBox *>(widget)) {
            add(at + QLatin1String(" prefix"), intSpin->prefix());
            add(at + QLatin1String(" suffix"), intSpin->suffix());
        }
    }
    for (const QAction *action : widget->actions())
        addAction(at, action);
}

// Buttons Qt itself puts into a QTabBar (scroll arrows) and a QDockWidget's title (float,
// close). Qt 6.4 names them once, in the language of the moment they are created
// (qtbase_zh_CN translates them), and never renames them on LanguageChange; they carry no
// visible text, only names for screen readers.
bool isQtInternal(const QWidget *widget)
{
    const QString name = widget->objectName();
    return name.startsWith(QLatin1String("qt_dockwidget_")) ||
           name == QLatin1String("ScrollLeftButton") || name == QLatin1String("ScrollRightButton");
}

// Every text of the window with the current tab shown: its visible widgets and their
// actions, its menus (shown only when opened) and actions, and every model a view shows.
QList<Text> surveyWindow(MainWindow &window, const ExplorerModels &models)
{
    Survey survey;
    survey.addWidget(&window);
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if ((widget->isVisible() || qobject_cast<QMenu *>(widget)) && !isQtInternal(widget))
            survey.addWidget(widget);
    }
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions)
        survey.addAction(QStringLiteral("window"), action);
    const std::pair<const char *, QAbstractItemModel *> named[] = {
        {"partnerships", models.partnerships}, {"pledges", models.pledges},
        {"partners", models.partners},         {"years", models.years},
        {"sectors", models.sectors},           {"articles", models.articles},
        {"tile map", models.tileMap}};
    for (const auto &[name, model] : named)
        survey.addModel(QLatin1String(name), model);
    return survey.texts;
}

// What the articles say, in the words the models give it: left out of the check.
QStringList corpusStrings(const ExplorerModels &models)
{
    QStringList out;
    const auto collect = [&out](const QAbstractItemModel *model, std::initializer_list<int> columns,
                                std::initializer_list<int> roles) {
        for (int row = 0; model && row < model->rowCount(); ++row) {
            for (int column : columns) {
                const QModelIndex index = model->index(row, column);
                out.append(index.data(Qt::DisplayRole).toString());
                for (int role : roles)
                    out.append(index.data(role).toString());
            }
        }
    };
    collect(models.articles, {column(ArticleColumn::Title), column(ArticleColumn::Source)},
            {TitleRole, SourceRole, ArticleTextRole, UrlRole});
    collect(models.partnerships,
            {column(PartnershipColumn::Article), column(PartnershipColumn::Evidence)},
            {EvidenceTextRole});
    collect(models.pledges, {column(PledgeColumn::Article), column(PledgeColumn::Evidence)},
            {EvidenceTextRole});
    out.removeAll(QString());
    out.removeDuplicates();
    // Longest first, so a title is removed whole before a shorter string inside it.
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

// `text` without what the articles say (see the file comment), markup and entities.
QString interfacePart(QString text, const QStringList &corpus)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    for (const QString &data : corpus) {
        if (text.contains(data))
            text.replace(data, QStringLiteral(" "));
    }
    static const QRegularExpression quoted(QStringLiteral("“[^”]*”"));
    text.replace(quoted, QStringLiteral(" "));
    // Two slashes at least: a path, not a unit such as "USD/year".
    static const QRegularExpression path(QStringLiteral("\\S*/\\S*/\\S*"));
    text.replace(path, QStringLiteral(" "));
    static const QRegularExpression fileName(
        QStringLiteral("\\S+\\.(?:txt|md|markdown|html?|jsonl?|pdf|csv|svg|png)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(fileName, QStringLiteral(" "));
    return text;
}

// English words left in `text`: two or more Latin letters that are not a code, acronym, key
// name or product name.
QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z']+"));
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]+$"));
    static const QStringList notWords = {QStringLiteral("Qt"),     QStringLiteral("Ctrl"),
                                         QStringLiteral("Shift"),  QStringLiteral("Esc"),
                                         QStringLiteral("Delete"), QStringLiteral("Markdown")};
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!code.match(w).hasMatch() && !notWords.contains(w))
            out.append(w);
    }
    return out;
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}]"));
    return han.match(text).hasMatch();
}

bool isLanguageAction(const Text &text)
{
    return text.where.contains(QLatin1String("#englishAction")) ||
           text.where.contains(QLatin1String("#chineseAction"));
}

// "where: text" for each text that still has English words; empty when none is left.
QStringList englishLeft(const QList<Text> &texts, const QStringList &corpus)
{
    QStringList out;
    for (const Text &t : texts) {
        const QStringList words = englishWords(interfacePart(t.text, corpus));
        if (!words.isEmpty() && !isLanguageAction(t))
            out.append(t.where + QLatin1String(": ") + t.text.left(120) + QLatin1String("  [") +
                       words.join(QLatin1Char(' ')) + QLatin1Char(']'));
    }
    out.removeDuplicates();
    return out;
}

QStringList chineseLeft(const QList<Text> &texts, const QStringList &corpus)
{
    QStringList out;
    for (const Text &t : texts) {
        if (hasHan(interfacePart(t.text, corpus)) && !isLanguageAction(t))
            out.append(t.where + QLatin1String(": ") + t.text.left(120));
    }
    out.removeDuplicates();
    return out;
}

// Lets posted LanguageChange events and the views' coalesced rebuilds (0 ms timers) run.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

// The real window on the bundled articles, with a record open in the reader so its texts
// are part of the check.
struct Explorer
{
    UiLanguage language;
    std::unique_ptr<TranslationInstaller> translations;
    std::unique_ptr<ExplorerSession> session;
    std::unique_ptr<MainWindow> window;

    // withTranslations: false builds the window as if no translation had been installed.
    bool open(bool withTranslations)
    {
        if (withTranslations) {
            // Connected before the session's models, as in main(): the translators are in
            // place when the models re-read their translated texts.
            translations = std::make_unique<TranslationInstaller>();
            translations->apply(language.language());
            QObject::connect(&language, &UiLanguage::changed, translations.get(),
                             &TranslationInstaller::apply);
        }
        session = std::make_unique<ExplorerSession>(&language);
        window = std::make_unique<MainWindow>(session->models());
        // As main() builds it: the Edit and Export menus, Open Files/Recent and the progress
        // widgets belong to the window too.
        attachWindowTools(session.get(), window.get(), &language);
        new ImportController(session.get(), window.get());
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        QSignalSpy finished(session.get(), &ExplorerSession::loadFinished);
        session->load({ArticleReader::bundledCorpusPath()});
        if (!finished.wait(120000))
            return false;
        settle();
        const ExplorerModels models = session->models();
        if (models.partnerships->rowCount() == 0 || models.pledges->rowCount() == 0)
            return false;
        window->readerView()->showRecord(models.partnerships->index(0, 0));
        visitTabs();
        return true;
    }

    void choose(const char *actionName)
    {
        auto *action = window->findChild<QAction *>(QLatin1String(actionName));
        QVERIFY(action);
        action->trigger();
        settle();
        visitTabs();
    }

    // Views build their contents when first shown (the charts do): show every tab once.
    void visitTabs()
    {
        QTabWidget *tabs = window->tabs();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            settle();
        }
        tabs->setCurrentIndex(0);
        settle();
    }

    // What the window shows on each of its tabs.
    QList<Text> survey()
    {
        QList<Text> texts;
        QTabWidget *tabs = window->tabs();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            settle();
            texts += surveyWindow(*window, session->models());
        }
        // The record tables' context menus are built when they open: open one on each.
        auto *corrections = window->findChild<CorrectionActions *>();
        for (QTableView *table :
             {window->recordsView()->partnershipTable(), window->recordsView()->pledgeTable()}) {
            const QPoint pos = table->visualRect(table->model()->index(0, 0)).center();
            const bool pledges = table == window->recordsView()->pledgeTable();
            const std::unique_ptr<QMenu> menu(
                corrections ? corrections->tableMenu(table, pos, pledges) : nullptr);
            if (menu) {
                Survey opened;
                opened.addWidget(menu.get());
                texts += opened.texts;
            }
        }
        tabs->setCurrentIndex(0);
        settle();
        return texts;
    }
    QStringList corpus() { return corpusStrings(session->models()); }
};

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void wholeInterfaceSwitchesAtOnce();
    void checkFindsUntranslatedText();
    void qtDialogsFollowTheLanguage();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ClimatePartnershipExplorerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    QSettings().clear();
    // The font check below needs a Simplified Chinese family (fonts-wqy-microhei).
    QVERIFY2(!TranslationInstaller::simplifiedChineseFamily().isEmpty(),
             "no Simplified Chinese font installed (scripts/setup.sh installs one)");
}

void TestLanguage::cleanup()
{
    QSettings().clear();
}

void TestLanguage::wholeInterfaceSwitchesAtOnce()
{
    Explorer explorer;
    QVERIFY(explorer.open(true));
    const QStringList corpus = explorer.corpus();
    QVERIFY(!corpus.isEmpty());

    // English first: plenty of English interface text, no Chinese.
    const QList<Text> english = explorer.survey();
    QVERIFY2(englishLeft(english, corpus).size() > 50, "the survey finds too little text");
    QStringList left = chineseLeft(english, corpus);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));

    // Chinese through the Language menu, in the same window: no English interface text left.
    explorer.choose("chineseAction");
    QVERIFY(explorer.language.isChinese());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY(
        QApplication::font().families().contains(TranslationInstaller::simplifiedChineseFamily()));
    const QList<Text> chinese = explorer.survey();
    const auto seen = [&chinese](const char *where) {
        return std::any_of(chinese.begin(), chinese.end(), [where](const Text &t) {
            return t.where.contains(QLatin1String(where));
        });
    };
    // The survey reached the charts, the menus of every part of the window and a context menu.
    for (const char *where : {"axis title", "legend", "#editMenu", "#rejectPartnershipAction",
                              "#openFilesAction", "QHeaderView"})
        QVERIFY2(seen(where), where);
    left = englishLeft(chinese, corpus);
    QVERIFY2(left.isEmpty(),
             qPrintable(QLatin1String("English left after switching to Chinese:\n") +
                        left.join(QLatin1Char('\n'))));
    QCOMPARE(explorer.window->windowTitle(), QStringLiteral("气候伙伴关系浏览器"));
    // The survey saw the same interface: as many texts, now mostly Chinese.
    QVERIFY(chinese.size() >= english.size() * 9 / 10);

    // And back: no Chinese interface text left.
    explorer.choose("englishAction");
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(explorer.window->windowTitle(), QStringLiteral("Climate Partnership Explorer"));
    const QList<Text> back = explorer.survey();
    left = chineseLeft(back, corpus);
    QVERIFY2(left.isEmpty(), qPrintable(QLatin1String("Chinese left after switching back:\n") +
                                        left.join(QLatin1Char('\n'))));
    // English plurals come from climate-explorer_en.qm: "1 record", never "1 record(s)".
    for (const Text &t : back)
        QVERIFY2(!interfacePart(t.text, corpus).contains(QLatin1String("(s)")),
                 qPrintable(t.where));
}

void TestLanguage::checkFindsUntranslatedText()
{
    // The same switch with no translation installed: the models still change their names
    // (partners, sectors come from bilingual data), but every tr() text stays English, and
    // the check must say so. Guards against a survey that looks at nothing.
    Explorer explorer;
    QVERIFY(explorer.open(false));
    explorer.choose("chineseAction");
    const QStringList left = englishLeft(explorer.survey(), explorer.corpus());
    QVERIFY2(left.size() > 50, qPrintable(QString::number(left.size())));
    QVERIFY(left.filter(QLatin1String("Clear Filters")).size() > 0);
    // Data names did switch: a partner name in the partners model is Chinese.
    const QAbstractItemModel *partners = explorer.session->models().partners;
    QVERIFY(partners->rowCount() > 0);
    QVERIFY(hasHan(partners->index(0, column(PartnerColumn::Partner)).data().toString()));
}

void TestLanguage::qtDialogsFollowTheLanguage()
{
    // Qt's own buttons and dialogs come from qtbase_zh_CN.
    TranslationInstaller translations;
    translations.apply(UiLanguage::Chinese);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(hasHan(cancel), qPrintable(cancel));
    translations.apply(UiLanguage::English);
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QVERIFY(!hasHan(english.button(QDialogButtonBox::Cancel)->text()));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
