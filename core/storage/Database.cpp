#include "storage/Database.h"

#include "common/Logging.h"
#include "storage/Migrations.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <utility>

namespace orion {

namespace {

const QString kDriver = QStringLiteral("QSQLITE");
constexpr int kBusyTimeoutMs = 5000;

// Qt Sql keys connections by name in a process-wide registry; two Database objects must never share one.
QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("orion.storage.%1").arg(++counter);
}

QString statementHead(const QString& sql)
{
    constexpr qsizetype kMaxChars = 120;
    const QString simple = sql.simplified();
    return simple.size() > kMaxChars ? simple.left(kMaxChars) + QStringLiteral("…") : simple;
}

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)), m_connectionName(std::move(connectionName)), m_thread(QThread::currentThread())
{
    m_db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    m_db.setDatabaseName(m_url.filePath());
}

Database::~Database()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database::~Database",
               "a database connection must be closed on the thread that opened it");
    m_db.close();
    m_db = QSqlDatabase(); // drop our handle, or removeDatabase() would warn that the connection is in use
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& url)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed.ok()) {
        return parsed.error();
    }
    const DatabaseUrl& dbUrl = parsed.value();
    const QString openCode = QStringLiteral("storage.open");

    if (!dbUrl.isMemory()) {
        const QString directory = QFileInfo(dbUrl.filePath()).absolutePath();
        if (!QDir().mkpath(directory)) {
            return makeError(openCode, tr("Cannot create the directory %1 for the database %2.")
                                           .arg(QDir::toNativeSeparators(directory),
                                                QDir::toNativeSeparators(dbUrl.filePath())));
        }
    }
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        return makeError(openCode, tr("The Qt SQLite driver (QSQLITE) is not installed, so the database %1 "
                                      "cannot be opened.")
                                       .arg(dbUrl.filePath()));
    }

    std::unique_ptr<Database> database(new Database(dbUrl, nextConnectionName()));
    if (!database->m_db.open()) {
        return makeError(openCode, tr("Cannot open the database %1: %2")
                                       .arg(QDir::toNativeSeparators(dbUrl.filePath()),
                                            database->m_db.lastError().text()));
    }
    if (const Status configured = database->configure(); !configured.ok()) {
        return configured.error();
    }
    const Result<int> version = database->readSchemaVersion();
    if (!version.ok()) {
        return version.error();
    }
    if (*version > latestSchemaVersion()) {
        return database->newerSchemaError(*version);
    }
    database->m_schemaVersion = *version;
    qCInfo(lcStorage).noquote() << "opened database" << QDir::toNativeSeparators(dbUrl.filePath())
                                << "schema version" << *version << "of" << latestSchemaVersion() << "connection"
                                << database->m_connectionName;
    return database;
}

Status Database::configure()
{
    const auto notUsable = [this](const Error& error) {
        return makeError(QStringLiteral("storage.open"), tr("%1 is not a usable SQLite database (%2).")
                                                             .arg(QDir::toNativeSeparators(filePath()), error.message));
    };

    // busy_timeout first, so that switching to WAL waits for another process's writer instead of failing.
    const Result<QString> busy = pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    if (!busy.ok()) {
        return notUsable(busy.error());
    }
    // The first statement that reads the file: a file that is not SQLite fails here.
    const Result<QString> journal = pragma(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal.ok()) {
        return notUsable(journal.error());
    }
    if (!isMemory() && journal->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // Some file systems (network shares) cannot hold a WAL; the busy timeout still serialises writers.
        qCWarning(lcStorage).noquote() << "database" << filePath() << "stays in journal mode" << *journal
                                       << "instead of WAL; concurrent readers will wait for writers";
    }
    if (const Result<QString> set = pragma(QStringLiteral("PRAGMA foreign_keys = ON")); !set.ok()) {
        return notUsable(set.error());
    }
    const Result<QString> foreignKeys = pragma(QStringLiteral("PRAGMA foreign_keys"));
    if (!foreignKeys.ok() || *foreignKeys != QLatin1String("1")) {
        return makeError(QStringLiteral("storage.open"),
                         tr("The SQLite library in use cannot enforce foreign keys, which Orion's database needs."));
    }
    if (const Result<QString> sync = pragma(QStringLiteral("PRAGMA synchronous = NORMAL")); !sync.ok()) {
        return notUsable(sync.error());
    }
    // Without it, INSERT OR REPLACE deletes a conflicting row without firing the delete trigger, which would
    // let a replace rewrite an append-only audit row.
    if (const Result<QString> recursive = pragma(QStringLiteral("PRAGMA recursive_triggers = ON")); !recursive.ok()) {
        return notUsable(recursive.error());
    }
    return {};
}

Result<QString> Database::pragma(const QString& statement) const
{
    QSqlQuery query(m_db);
    if (!query.exec(statement)) {
        return sqlError(statement, query.lastError());
    }
    return query.next() ? query.value(0).toString() : QString();
}

Result<int> Database::readSchemaVersion() const
{
    const Result<QString> header = pragma(QStringLiteral("PRAGMA user_version"));
    if (!header.ok()) {
        return header.error();
    }
    const int headerVersion = header->toInt();

    int recordedVersion = 0;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master "
                                       "WHERE type = 'table' AND name = 'schema_migrations'"))
            || !query.next()) {
            return sqlError(tr("Cannot read the schema version of %1").arg(filePath()), query.lastError());
        }
        if (query.value(0).toInt() > 0) {
            QSqlQuery versionQuery(m_db);
            if (!versionQuery.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
                || !versionQuery.next()) {
                return sqlError(tr("Cannot read the schema version of %1").arg(filePath()), versionQuery.lastError());
            }
            recordedVersion = versionQuery.value(0).toInt();
        }
    }

    // A newer file is reported as such, whichever record says so.
    const int fileVersion = std::max(headerVersion, recordedVersion);
    if (fileVersion > latestSchemaVersion() || headerVersion == recordedVersion) {
        return fileVersion;
    }
    return makeError(QStringLiteral("storage.schema_mismatch"),
                     tr("The database %1 records schema version %2 in its schema_migrations table but %3 in its "
                        "header (PRAGMA user_version), so it was changed outside Orion. Restore a backup or choose "
                        "another database file.")
                         .arg(QDir::toNativeSeparators(filePath()))
                         .arg(recordedVersion)
                         .arg(headerVersion));
}

Error Database::newerSchemaError(int fileVersion) const
{
    return makeError(QStringLiteral("storage.newer_schema"),
                     tr("The database %1 has schema version %2, but this build of Orion only knows versions up to %3. "
                        "It was written by a newer Orion: run that version, or choose another database file.")
                         .arg(QDir::toNativeSeparators(filePath()))
                         .arg(fileVersion)
                         .arg(latestSchemaVersion()));
}

int Database::latestSchemaVersion()
{
    const QList<Migration>& migrations = allMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database::connection",
               "a database connection may only be used on the thread that opened it");
    return m_db;
}

Status Database::exec(const QString& sql)
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database::exec",
               "a database connection may only be used on the thread that opened it");
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        return sqlError(tr("Cannot run \"%1\"").arg(statementHead(sql)), query.lastError());
    }
    return {};
}

Status Database::transaction(const std::function<Status()>& work)
{
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("orion_savepoint_%1").arg(m_transactionDepth);
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes can fail with
    // SQLITE_BUSY in WAL mode without waiting for the busy timeout.
    const Status begun = exec(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint);
    if (!begun.ok()) {
        return begun;
    }
    const auto rollBack = [this, outermost, &savepoint] {
        QSqlQuery query(m_db);
        if (outermost) {
            query.exec(QStringLiteral("ROLLBACK"));
        } else {
            query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
            query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
        }
    };

    ++m_transactionDepth;
    Status result;
    try {
        result = work();
    } catch (...) {
        --m_transactionDepth;
        rollBack();
        throw;
    }
    --m_transactionDepth;

    if (result.ok()) {
        result = exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT ") + savepoint);
        if (result.ok()) {
            return result;
        }
    }
    rollBack();
    return result;
}

Result<int> Database::migrate()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database::migrate",
               "a database connection may only be used on the thread that opened it");
    if (m_transactionDepth > 0) {
        return makeError(QStringLiteral("storage.migration"),
                         tr("The database cannot be migrated from inside a transaction."));
    }
    for (const Migration& migration : allMigrations()) {
        if (migration.version <= m_schemaVersion) {
            continue;
        }
        if (const Status applied = applyMigration(migration.version, migration.description, migration.statements);
            !applied.ok()) {
            return applied.error();
        }
    }
    return m_schemaVersion;
}

Status Database::applyMigration(int version, const QString& description, const QStringList& statements)
{
    const QString migrationCode = QStringLiteral("storage.migration");
    const QString what = tr("Migration %1 (%2) of %3").arg(version).arg(description, filePath());

    if (const Status begun = exec(QStringLiteral("BEGIN IMMEDIATE")); !begun.ok()) {
        return makeError(migrationCode, tr("%1 could not start: %2").arg(what, begun.error().message));
    }
    const auto rollBack = [this] {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    };

    // Read the version again under the write lock: another process may have migrated since we opened the file.
    const Result<int> current = readSchemaVersion();
    if (!current.ok()) {
        rollBack();
        return current.error();
    }
    if (*current > latestSchemaVersion()) {
        rollBack();
        return newerSchemaError(*current);
    }
    if (*current >= version) {
        rollBack();
        m_schemaVersion = *current;
        return {};
    }

    QStringList all;
    all << QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                          "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL)");
    all << statements;
    for (const QString& statement : std::as_const(all)) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            const Error error = sqlError(tr("%1 failed at \"%2\"").arg(what, statementHead(statement)),
                                         query.lastError());
            query.finish();
            rollBack();
            return makeError(migrationCode, error.message);
        }
    }
    {
        QSqlQuery record(m_db);
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                      "VALUES (?, ?, ?)"));
        record.addBindValue(version);
        record.addBindValue(description);
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!record.exec()) {
            const Error error = sqlError(tr("%1 could not be recorded").arg(what), record.lastError());
            record.finish();
            rollBack();
            return makeError(migrationCode, error.message);
        }
    }
    // PRAGMA takes no bound parameters; the version is an int we own.
    const Status header = exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    const Status committed = header.ok() ? exec(QStringLiteral("COMMIT")) : header;
    if (!committed.ok()) {
        rollBack();
        return makeError(migrationCode, tr("%1 could not be committed: %2").arg(what, committed.error().message));
    }
    m_schemaVersion = version;
    qCInfo(lcStorage).noquote() << "applied migration" << version << description << "to" << filePath();
    return {};
}

Result<QStringList> Database::tableNames() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        return sqlError(tr("Cannot list the tables of %1").arg(filePath()), query.lastError());
    }
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

} // namespace orion
