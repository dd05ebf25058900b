#include "storage/DatabaseUrl.h"

#include <QDir>

#include <utility>

namespace orion {

namespace {

const QString kSqlitePrefix = QStringLiteral("sqlite:///");
const QString kMemory = QStringLiteral(":memory:");

} // namespace

DatabaseUrl::DatabaseUrl(QString url, QString filePath, bool memory)
    : m_url(std::move(url)), m_filePath(std::move(filePath)), m_memory(memory)
{
}

QString DatabaseUrl::acceptedForms()
{
    return tr("sqlite:///relative/path.db (relative to the working directory), sqlite:////absolute/path.db "
              "or sqlite:///:memory:");
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& url)
{
    const auto refuse = [&url](const QString& why) {
        return makeError(QStringLiteral("storage.url"),
                         tr("\"%1\" is not a supported database URL: %2. Use %3.").arg(url, why, acceptedForms()));
    };

    if (url.trimmed().isEmpty()) {
        return refuse(tr("it is empty"));
    }
    if (url != url.trimmed()) {
        return refuse(tr("it has leading or trailing spaces"));
    }
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0) {
        return refuse(tr("it has no scheme"));
    }
    // URL schemes are case-insensitive (RFC 3986); the path is not.
    const QString scheme = url.left(schemeEnd);
    if (scheme.compare(QLatin1String("sqlite"), Qt::CaseInsensitive) != 0) {
        return refuse(tr("the scheme \"%1\" is not supported, only \"sqlite\" is").arg(scheme));
    }
    if (!url.startsWith(kSqlitePrefix, Qt::CaseInsensitive)) {
        return refuse(tr("a sqlite URL has no host, so it starts with three slashes"));
    }
    const QString path = url.mid(kSqlitePrefix.size());
    if (path.isEmpty()) {
        return refuse(tr("it names no file"));
    }
    if (path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#'))) {
        return refuse(tr("query parameters and fragments are not supported"));
    }
    if (path == kMemory) {
        return DatabaseUrl(url, kMemory, true);
    }
    const QString lastSegment = path.section(QLatin1Char('/'), -1);
    if (lastSegment.isEmpty() || lastSegment == QLatin1String(".") || lastSegment == QLatin1String("..")) {
        return refuse(tr("it names a directory, not a file"));
    }
    // "sqlite:////abs" leaves "/abs", which QDir keeps as it is; a relative path joins the working directory.
    return DatabaseUrl(url, QDir::cleanPath(QDir::current().absoluteFilePath(path)), false);
}

} // namespace orion
