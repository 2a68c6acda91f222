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

    bool installed = false;
    if (language == UiLanguage::Chinese) {
        const QLocale locale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
        const struct
        {
            QString name;
            QString dir;
        } sources[] = {
            {QStringLiteral("climate-explorer"), QStringLiteral(":/i18n")},
            {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        };
        for (const auto &source : sources) {
            auto *translator = new QTranslator(this);
            if (translator->load(locale, source.name, QStringLiteral("_"), source.dir)) {
                QCoreApplication::installTranslator(translator);
                m_installed.append(translator);
                installed = true;
            } else {
                delete translator;
            }
        }
        // With a non-Chinese system locale Qt may choose Japanese glyph forms for Han
        // characters: name a Simplified Chinese family when one is installed.
        QFont font = startFont;
        const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        for (const QString &preferred : {QStringLiteral("WenQuanYi Micro Hei"),
                                         QStringLiteral("Noto Sans CJK SC"),
                                         QStringLiteral("Source Han Sans SC")}) {
            if (families.contains(preferred)) {
                font.setFamilies({preferred});
                break;
            }
        }
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
