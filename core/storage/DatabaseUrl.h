#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace orion {

// The `database.url` setting, in SQLAlchemy's spelling so that users can copy URLs between tools:
//   sqlite:///relative/path.db   a file relative to the current working directory
//   sqlite:////absolute/path.db  an absolute file path
//   sqlite:///:memory:           a private in-memory database (one per connection)
// Anything else is refused with an Error (code "storage.url") that names the URL and lists these forms.
class DatabaseUrl final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    [[nodiscard]] static Result<DatabaseUrl> parse(const QString& url);

    // Absolute, cleaned path of the file (resolved against the working directory at parse time),
    // or ":memory:" for an in-memory database.
    QString filePath() const { return m_filePath; }
    bool isMemory() const { return m_memory; }
    // The URL as it was written.
    QString toString() const { return m_url; }

    // The accepted forms, for help texts and error messages.
    static QString acceptedForms();

private:
    DatabaseUrl(QString url, QString filePath, bool memory);

    QString m_url;
    QString m_filePath;
    bool m_memory = false;
};

} // namespace orion
