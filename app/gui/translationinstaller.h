#pragma once

#include "uilanguage.h"

#include <QObject>

class QTranslator;

namespace cpe {

// Swaps the application's translators when the interface language changes: the explorer's
// own (":/i18n/climate-explorer_<code>.qm", embedded from translations/) and, for Chinese,
// Qt's (qtbase_zh_CN, for the standard dialogs and buttons). Installing or removing a
// translator makes Qt send LanguageChange to every widget, whose changeEvent() re-sets its
// texts. Chinese also gets a Simplified Chinese font and the zh_CN default locale.
class TranslationInstaller final : public QObject
{
    Q_OBJECT
public:
    explicit TranslationInstaller(QObject *parent = nullptr);

    void apply(UiLanguage::Language language);

    // The font family used while the interface is Chinese; empty when none is installed.
    static QString simplifiedChineseFamily();

private:
    void removeAll();

    QList<QTranslator *> m_installed;
};

} // namespace cpe
