#include "uilanguage.h"

#include <QString>

namespace cpe {

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
{
}

QString UiLanguage::code() const
{
    return m_language == Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

UiLanguage::Language UiLanguage::fromCode(const QString &code, Language fallback)
{
    const QString lower = code.trimmed().toLower();
    if (lower.startsWith(QLatin1String("zh")))
        return Chinese;
    if (lower.startsWith(QLatin1String("en")))
        return English;
    return fallback;
}

void UiLanguage::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT changed(m_language);
}

} // namespace cpe
