#include "translationinstaller.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cpe {

TranslationInstaller::TranslationInstaller(QObject *parent)
    : QObject(parent)
{
}

QString TranslationInstaller::simplifiedChineseFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &preferred : {QStringLiteral("WenQuanYi Micro Hei"),
                                     QStringLiteral("Noto Sans CJK SC"),
                                     QStringLiteral("Source Han Sans SC")}) {
        if (families.contains(preferred))
            return preferred;
    }
    // Any family that covers Simplified Chinese beats leaving the choice to fallback rules.
    return families.value(0);
}

void TranslationInstaller::removeAll()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

void TranslationInstaller::apply(UiLanguage::Language language)
{
    const bool hadTranslators = !m_installed.isEmpty();
    removeAll();
    static const QFont startFont = QApplication::font();

    // The explorer's English file holds only plural forms ("1 record", "2 records"); Qt's own
    // texts are English already, so qtbase is loaded for Chinese only.
    const bool chinese = language == UiLanguage::Chinese;
    const QLocale locale =
        chinese ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
                : QLocale(QLocale::English, QLocale::UnitedStates);
    struct Source
    {
        QString name;
        QString dir;
    };
    QList<Source> sources = {{QStringLiteral("climate-explorer"), QStringLiteral(":/i18n")}};
    if (chinese)
        sources.append(
            {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    bool installed = false;
    for (const Source &source : std::as_const(sources)) {
        auto *translator = new QTranslator(this);
        if (translator->load(locale, source.name, QStringLiteral("_"), source.dir)) {
            QCoreApplication::installTranslator(translator);
            m_installed.append(translator);
            installed = true;
        } else {
            delete translator;
        }
    }

    if (chinese) {
        // With a non-Chinese system locale Qt may choose Japanese glyph forms for Han
        // characters: name a Simplified Chinese family when one is installed.
        const QString family = simplifiedChineseFamily();
        QFont font = startFont;
        if (!family.isEmpty())
            font.setFamilies({family});
        QApplication::setFont(font);
        QLocale::setDefault(locale);
    } else {
        QApplication::setFont(startFont);
        // English text with the user's own number formats, unless those are Chinese.
        const QLocale system = QLocale::system();
        QLocale::setDefault(system.language() == QLocale::Chinese
                                ? QLocale(QLocale::English, QLocale::UnitedStates)
                                : system);
    }
    // Without .qm files nothing was (un)installed and Qt sends no LanguageChange; send it
    // anyway so texts that depend on the locale (numbers) and on the models are refreshed.
    if (!installed && !hadTranslators) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(qApp, &change);
    }
}

} // namespace cpe
