#pragma once

#include "articlereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

// The reading of one file, shared by the files that implement it (articlefile.cpp: files
// read whole; articlejson.cpp: JSON Lines and JSON). Not part of the public API.

namespace cpe::reading {

// Reads one file into `result`: its articles, or issues naming it.
class FileReader final
{
    // Shares the reader's translation context: every reading issue is one list for translators.
    Q_DECLARE_TR_FUNCTIONS(cpe::ArticleReader)
public:
    FileReader(const ArticleReader &reader, const QString &path, ReadResult &result)
        : m_reader(reader), m_path(path), m_info(path), m_result(result)
    {
    }
    void read();

private:
    void issue(const QString &message) { m_result.issues.append(ReadIssue{m_path, message}); }
    ArticleMeta sidecar();
    bool readBytes(QFile &file, QByteArray *bytes);
    void readJsonLines(QFile &file);
    void readJsonDocument(const QString &text);
    void readPdf();
    bool fromRecord(const QJsonObject &o, const QString &fallbackId, const QString &where);
    void finish(Article a, QStringView body, const QString &fallbackTitle);

    const ArticleReader &m_reader;
    QString m_path;
    QFileInfo m_info;
    ReadResult &m_result;
    QString m_encoding;
    ArticleMeta m_sidecar;
};

} // namespace cpe::reading
