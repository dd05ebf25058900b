#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace orion {

// One connection to Orion's database. A connection belongs to the thread that opened it (Qt Sql's rule):
// open one Database per thread that needs it, on that thread, and destroy it there. Opening never changes the
// schema; the engine calls migrate(). A file written by a newer Orion is refused rather than misread.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Parses the URL, creates the parent directory, opens the file with WAL, foreign keys, a 5 s busy timeout,
    // synchronous=NORMAL and recursive triggers (so REPLACE cannot bypass the append-only triggers).
    // Error codes: "storage.url", "storage.open", "storage.newer_schema", "storage.schema_mismatch" (the two
    // version records disagree).
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& url);
    ~Database();

    // Applies every pending migration in order, each in its own IMMEDIATE transaction, and returns the resulting
    // version. Safe when another process migrates the same file at the same time. Running it again is a no-op.
    [[nodiscard]] Result<int> migrate();

    // The version as of open() or the last migrate(); 0 for a new file.
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    QString filePath() const { return m_url.filePath(); }
    bool isMemory() const { return m_url.isMemory(); }
    QString connectionName() const { return m_connectionName; }

    // Runs one statement that returns no rows.
    [[nodiscard]] Status exec(const QString& sql);

    // Runs `work` in a transaction: committed when it returns ok, rolled back when it returns an error (which is
    // passed on). Nested calls become savepoints. Use this rather than QSqlDatabase::transaction(), which would
    // not know about the nesting.
    [[nodiscard]] Status transaction(const std::function<Status()>& work);

    // Names of the user tables, sorted (no sqlite_* internals).
    [[nodiscard]] Result<QStringList> tableNames() const;

private:
    Database(DatabaseUrl url, QString connectionName);

    [[nodiscard]] Status configure();
    [[nodiscard]] Result<int> readSchemaVersion() const;
    [[nodiscard]] Status applyMigration(int version, const QString& description, const QStringList& statements);
    [[nodiscard]] Result<QString> pragma(const QString& statement) const;
    Error newerSchemaError(int fileVersion) const;

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    QThread* m_thread = nullptr;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace orion
