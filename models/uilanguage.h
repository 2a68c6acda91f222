#pragma once

#include <QObject>

namespace cpe {

// The interface language as the models see it. The application owns one and switches it;
// every model that shows names (partners, sectors, pledge kinds) listens to changed() and
// re-emits headerDataChanged/dataChanged for its translated columns.
class UiLanguage : public QObject
{
    Q_OBJECT
public:
    enum Language { English, Chinese };
    Q_ENUM(Language)

    explicit UiLanguage(QObject *parent = nullptr);

    Language language() const { return m_language; }
    bool isChinese() const { return m_language == Chinese; }
    // "en" or "zh_CN", as given to --lang and stored in the settings.
    QString code() const;
    static Language fromCode(const QString &code, Language fallback = English);

    void setLanguage(Language language);

Q_SIGNALS:
    void changed(cpe::UiLanguage::Language language);

private:
    Language m_language = English;
};

} // namespace cpe
