#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QLineEdit;
class QListWidget;
class QLabel;

namespace cpe {

// Picks a partner from the gazetteer: a filter field over every entity that can be a partner,
// shown by name in the interface language with its id. Objects: "partnerFilter", "partnerList".
class PartnerChoiceDialog final : public QDialog
{
    Q_OBJECT
public:
    PartnerChoiceDialog(bool chinese, const QString &current, QWidget *parent = nullptr);

    QString partnerId() const;
    void setPrompt(const QString &text);
    QListWidget *list() const { return m_list; }
    QLineEdit *filterField() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLabel *m_prompt = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

// Checks taxonomy sectors on and off. Object: "sectorList".
class SectorChoiceDialog final : public QDialog
{
    Q_OBJECT
public:
    SectorChoiceDialog(bool chinese, const QStringList &checked, QWidget *parent = nullptr);

    QStringList sectorIds() const; // in taxonomy order
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
};

} // namespace cpe
