#pragma once

#include "uilanguage.h"

#include <QObject>

class QTranslator;

namespace cpe {

// Swaps the application's translators when the interface language changes: the explorer's
// own (":/i18n/climate-explorer_<code>.qm", once translations are embedded) and Qt's
// (qtbase_<code>). Installing or removing a translator makes Qt send LanguageChange to every
// widget, whose changeEvent() re-sets its texts. Chinese also gets a CJK font.
class TranslationInstaller final : public QObject
{
    Q_OBJECT
public:
    explicit TranslationInstaller(QObject *parent = nullptr);

    void apply(UiLanguage::Language language);

private:
    void removeAll();

    QList<QTranslator *> m_installed;
};

} // namespace cpe
