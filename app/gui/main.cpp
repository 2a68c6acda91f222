// climate-explorer: the desktop explorer of China's international climate partnerships.
// Usage: climate-explorer [--corpus PATH]... [--lang en|zh_CN] [--partner ID]...
//                         [--years FROM-TO] [--tab map|timeline|charts|records]
//                         [--screenshot FILE.png|DIR]

#include "articlereader.h"
#include "explorersession.h"
#include "filterstate.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "translationinstaller.h"
#include "windowtools.h"
#include "uilanguage.h"
#include "viewhelpers.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace cpe;

namespace {

struct Options
{
    QStringList corpus;
    QString lang;
    QStringList partners;
    int fromYear = 0;
    int toYear = 0;
    int tab = -1;
    QString screenshot;
};

// Parses the command line; on a bad value prints why and returns false.
bool parseOptions(const QApplication &app, Options *out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Explore China's international climate partnerships and pledges in news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption corpus(
        QStringLiteral("corpus"),
        QCoreApplication::translate("main", "Read the articles in PATH (a folder or file); repeatable."),
        QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Interface language: en or zh_CN."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption partner(
        QStringLiteral("partner"),
        QCoreApplication::translate("main", "Show only the partner with this id (e.g. USA); repeatable."),
        QStringLiteral("ID"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   QCoreApplication::translate("main", "Show only the years FROM-TO."),
                                   QStringLiteral("FROM-TO"));
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 QCoreApplication::translate("main", "Open on a tab: map, timeline, charts or records."),
                                 QStringLiteral("TAB"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Render the window at 1280×800 to FILE.png (the chosen tab), or every tab into "
                    "the folder DIR, and quit."),
        QStringLiteral("FILE"));
    parser.addOptions({corpus, lang, partner, years, tab, screenshot});
    parser.process(app);

    QTextStream err(stderr);
    out->corpus = parser.values(corpus);
    out->lang = parser.value(lang);
    if (!out->lang.isEmpty() && out->lang != QLatin1String("en") && out->lang != QLatin1String("zh_CN")) {
        err << QCoreApplication::translate("main", "Unknown language %1: use en or zh_CN.").arg(out->lang)
            << '\n';
        return false;
    }
    for (const QString &id : parser.values(partner))
        out->partners.append(id.trimmed().toUpper());
    if (parser.isSet(years)) {
        static const QRegularExpression range(QStringLiteral("^(\\d{4})(?:-(\\d{4}))?$"));
        const auto m = range.match(parser.value(years));
        if (!m.hasMatch()) {
            err << QCoreApplication::translate("main", "Years must look like 2010-2016, not %1.")
                       .arg(parser.value(years))
                << '\n';
            return false;
        }
        out->fromYear = m.captured(1).toInt();
        out->toYear = m.capturedLength(2) ? m.captured(2).toInt() : out->fromYear;
    }
    if (parser.isSet(tab)) {
        for (int t = 0; t < MainWindow::TabCount; ++t)
            if (MainWindow::tabFileName(MainWindow::Tab(t)) == parser.value(tab))
                out->tab = t;
        if (out->tab < 0) {
            err << QCoreApplication::translate("main", "Unknown tab %1: use map, timeline, charts or records.")
                       .arg(parser.value(tab))
                << '\n';
            return false;
        }
    }
    out->screenshot = parser.value(screenshot);
    return true;
}

// The value of --lang, read ahead of QCommandLineParser (see main()); empty when not given.
// parseOptions() still validates it.
QString langArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClimatePartnershipExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("climate-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CPE_VERSION));
    // Before the first load: the readers on worker threads look the PDF reader up unlocked.
    installPdfReader();

    // --lang wins; then the remembered choice; the first start follows the system locale.
    // Settled before the options are parsed, so that --help and option errors are translated.
    QSettings settings;
    UiLanguage language;
    QString code = langArgument(QCoreApplication::arguments());
    if (code.isEmpty())
        code = settings.value(QStringLiteral("ui/language")).toString();
    const UiLanguage::Language systemLanguage =
        QLocale::system().language() == QLocale::Chinese ? UiLanguage::Chinese : UiLanguage::English;
    language.setLanguage(UiLanguage::fromCode(code, systemLanguage));
    TranslationInstaller translations;
    translations.apply(language.language());
    QObject::connect(&language, &UiLanguage::changed, &translations, &TranslationInstaller::apply);

    Options opts;
    if (!parseOptions(app, &opts))
        return 2;
    const bool screenshot = !opts.screenshot.isEmpty();

    ExplorerSession session(&language);
    MainWindow window(session.models());
    attachWindowTools(&session, &window, &language);
    // Open Files…, Open Recent, drops, load progress and the import report; owned by the window.
    new ImportController(&session, &window);
    // A screenshot is of a known state, not of whatever the last session left behind.
    if (!screenshot)
        window.restoreSettings();
    else
        window.resize(1280, 800);
    if (opts.tab >= 0)
        window.tabs()->setCurrentIndex(opts.tab);
    QObject::connect(&window, &MainWindow::openCorpusRequested, &session,
                     [&session](const QStringList &paths) { session.load(paths); });

    if (!opts.partners.isEmpty())
        session.filter()->setPartners(QSet<QString>(opts.partners.begin(), opts.partners.end()));
    if (opts.fromYear)
        session.filter()->setYearRange(opts.fromYear, opts.toYear);

    QStringList corpus = !opts.corpus.isEmpty() ? opts.corpus
                         : screenshot          ? QStringList()
                                               : window.corpusPaths();
    if (corpus.isEmpty())
        corpus = {ArticleReader::bundledCorpusPath()};
    else
        window.setCorpusPaths(corpus);
    window.show();
    session.load(corpus);

    if (screenshot) {
        QObject::connect(&session, &ExplorerSession::loadFinished, &window, [&window, &opts] {
            // After the views' coalesced rebuilds and the first layout at the final size.
            QTimer::singleShot(0, &window, [&window, &opts] {
                const bool one = opts.screenshot.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
                const bool ok = one ? window.saveScreenshot(window.tabs()->currentIndex(), opts.screenshot)
                                    : window.saveScreenshots(opts.screenshot).size() == MainWindow::TabCount;
                if (!ok)
                    QTextStream(stderr) << QCoreApplication::translate("main", "Could not write %1.")
                                               .arg(opts.screenshot)
                                        << '\n';
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    }
    return app.exec();
}
