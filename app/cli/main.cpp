#include "commands.h"
#include "pdfreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

const char *const kUsage = QT_TRANSLATE_NOOP(
    "cli",
    "Usage: climate-explorer-cli COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  export [--corpus PATH]... [--format json|csv] [-o FILE]\n"
    "      Extract partnerships and pledges and write them (default: the bundled articles,\n"
    "      JSON, standard output).\n"
    "  import --store FILE --corpus PATH... [--batch N]\n"
    "      Add articles to a corpus store (created if missing), extracting only new or\n"
    "      changed text; prints a JSON summary.\n"
    "  export --store FILE [--format json|csv] [-o FILE]\n"
    "      Write a store's records with corrections applied and duplicates merged.\n"
    "  generate --out DIR [--mb N] [--seed N]\n"
    "      Write a deterministic synthetic article corpus of about N MB (default 50).\n"
    "  bench extract [--corpus PATH]... [--passes N]\n"
    "      Measure extraction speed on one core; prints one JSON object. With --passes N\n"
    "      the articles are extracted N times and the median rate is reported too.\n"
);

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("climate-explorer-cli"));
    // Before any command reads: the readers on worker threads look the PDF reader up unlocked.
    cpe::installPdfReader();
    // Messages follow the system locale, as other command-line tools' do (LANG=zh_CN.UTF-8);
    // the data written (JSON, CSV) never changes with it.
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("climate-explorer"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QTextStream(stdout) << QCoreApplication::translate("cli", kUsage);
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("export") && args.contains(QLatin1String("--store")))
        return cpe::cli::runStoreExport(args, err);
    if (command == QLatin1String("export"))
        return cpe::cli::runExport(args, err);
    if (command == QLatin1String("import"))
        return cpe::cli::runImport(args, err);
    if (command == QLatin1String("generate"))
        return cpe::cli::runGenerate(args, err);
    if (command == QLatin1String("bench"))
        return cpe::cli::runBench(args, err);
    err << QCoreApplication::translate("cli", "Unknown command: %1").arg(command) << '\n'
        << QCoreApplication::translate("cli", kUsage);
    return 2;
}
