#include "articlereader.h"

#include "articlefile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace cpe {

QString ArticleReader::bundledCorpusPath()
{
    return QStringLiteral(":/cpe/corpus/seeds");
}

QStringList ArticleReader::listFiles(const QString &path, QList<ReadIssue> *issues) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (issues)
            issues->append(ReadIssue{path, tr("no such file or folder")});
        return {};
    }
    if (!info.isDir())
        return {path};
    QStringList files;
    // Hidden files and folders (".git", ".DS_Store") are not articles; sidecars belong to one.
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const qsizetype root = QDir(path).absolutePath().size();
    while (it.hasNext()) {
        const QString f = it.next();
        const QString rel = it.fileInfo().absoluteFilePath().mid(root);
        if (f.endsWith(QLatin1String(".meta.json"), Qt::CaseInsensitive) ||
            rel.contains(QLatin1String("/.")))
            continue;
        files.append(f);
    }
    files.sort();
    if (files.isEmpty() && issues)
        issues->append(ReadIssue{path, tr("no article files in folder")});
    return files;
}

ReadResult ArticleReader::readFile(const QString &path) const
{
    ReadResult result;
    reading::FileReader(*this, path, result).read();
    return result;
}

ReadResult ArticleReader::readPath(const QString &path) const
{
    ReadResult result;
    for (const QString &f : listFiles(path, &result.issues)) {
        ReadResult one = readFile(f);
        result.articles += std::move(one.articles);
        result.issues += std::move(one.issues);
    }
    return result;
}

} // namespace cpe
