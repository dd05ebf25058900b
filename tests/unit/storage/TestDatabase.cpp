#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace orion;

namespace {

QString urlFor(const QString& absolutePath)
{
    return QStringLiteral("sqlite:///") + absolutePath; // an absolute path gives the four-slash form
}

QVariant scalar(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return {};
    }
    return query.value(0);
}

std::unique_ptr<Database> openOrFail(const QString& url)
{
    Result<std::unique_ptr<Database>> opened = Database::open(url);
    if (!opened.ok()) {
        qWarning("open failed: %s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

const QString kInsertOrder = QStringLiteral(
    "INSERT INTO orders (id, client_order_id, venue, market_id, side, outcome, price_micros, quantity_hundredths, "
    "time_in_force, status, created_at, updated_at) "
    "VALUES (1, 'orion-1', 'kalshi', 'KXBTC-1', 'buy', 'yes', 495000, 1000, 'fok', 'new', 1, 1)");

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void open_inMissingDirectory_createsItAndAWalDatabaseWithForeignKeys();
    void open_newFile_doesNotMigrate();
    void open_memoryUrl_givesWorkingDatabase();
    void open_invalidUrl_isRefused();
    void open_fileThatIsNotSqlite_isRefusedNamingTheFile();
    void open_sameFileTwice_usesSeparateConnectionsThatSeeEachOther();
    void destroy_removesTheConnection();
    void migrate_fromEmpty_reachesLatestWithAllTables();
    void migrate_recordsVersionInTableAndHeader();
    void migrate_twice_isNoOp();
    void migrate_whenAnotherConnectionMigratedFirst_isNoOp();
    void migrate_whenAStatementFails_rollsBackThatMigration();
    void open_newerSchema_isRefusedWithClearMessage_data();
    void open_newerSchema_isRefusedWithClearMessage();
    void open_versionRecordsDisagree_isRefused();
    void fill_forUnknownOrder_failsForeignKey();
    void insert_breakingAConstraint_isRefused_data();
    void insert_breakingAConstraint_isRefused();
    void reopen_keepsData();
    void transaction_whenWorkFails_rollsBack();
    void transaction_nestedFailure_rollsBackOnlyTheInnerWork();
    void exec_invalidSql_namesTheStatement();
    void open_onWorkerThread_worksThere();
};

void TestDatabase::open_inMissingDirectory_createsItAndAWalDatabaseWithForeignKeys()
{
    // Arrange
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nested/deeper/orion.db"));

    // Act
    Result<std::unique_ptr<Database>> opened = Database::open(urlFor(path));

    // Assert
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    const Database& database = *opened.value();
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(database.filePath(), path);
    QVERIFY(!database.isMemory());
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
}

void TestDatabase::open_newFile_doesNotMigrate()
{
    // Arrange
    QTemporaryDir dir;

    // Act
    const auto database = openOrFail(urlFor(dir.filePath(QStringLiteral("orion.db"))));

    // Assert
    QVERIFY(database);
    QCOMPARE(database->schemaVersion(), 0);
    QVERIFY(Database::latestSchemaVersion() >= 1);
    const Result<QStringList> tables = database->tableNames();
    QVERIFY(tables.ok());
    QVERIFY2(tables->isEmpty(), qPrintable(tables->join(QLatin1Char(' '))));
}

void TestDatabase::open_memoryUrl_givesWorkingDatabase()
{
    // Arrange
    const auto database = openOrFail(QStringLiteral("sqlite:///:memory:"));
    QVERIFY(database);

    // Act
    const Result<int> version = database->migrate();

    // Assert
    QVERIFY(database->isMemory());
    QVERIFY(version.ok());
    QCOMPARE(*version, Database::latestSchemaVersion());
    QCOMPARE(scalar(*database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestDatabase::open_invalidUrl_isRefused()
{
    // Act
    const Result<std::unique_ptr<Database>> opened = Database::open(QStringLiteral("postgresql://localhost/orion"));

    // Assert
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("storage.url"));
    QVERIFY(opened.error().message.contains(QLatin1String("postgresql://localhost/orion")));
}

void TestDatabase::open_fileThatIsNotSqlite_isRefusedNamingTheFile()
{
    // Arrange
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("these are my notes, not a database; ").repeated(100));
    file.close();

    // Act
    const Result<std::unique_ptr<Database>> opened = Database::open(urlFor(path));

    // Assert
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("storage.open"));
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QLatin1String("not a usable SQLite database")),
             qPrintable(opened.error().message));
}

void TestDatabase::open_sameFileTwice_usesSeparateConnectionsThatSeeEachOther()
{
    // Arrange
    QTemporaryDir dir;
    const QString url = urlFor(dir.filePath(QStringLiteral("orion.db")));
    const auto writer = openOrFail(url);
    const auto reader = openOrFail(url);
    QVERIFY(writer && reader);

    // Act
    QVERIFY(writer->exec(QStringLiteral("CREATE TABLE t (x INTEGER)")).ok());
    QVERIFY(writer->exec(QStringLiteral("INSERT INTO t VALUES (42)")).ok());

    // Assert
    QVERIFY(writer->connectionName() != reader->connectionName());
    QCOMPARE(scalar(*reader, QStringLiteral("SELECT x FROM t")).toInt(), 42);
}

void TestDatabase::destroy_removesTheConnection()
{
    // Arrange
    QTemporaryDir dir;
    auto database = openOrFail(urlFor(dir.filePath(QStringLiteral("orion.db"))));
    QVERIFY(database);
    const QString name = database->connectionName();
    QVERIFY(QSqlDatabase::contains(name));

    // Act
    database.reset();

    // Assert
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabase::migrate_fromEmpty_reachesLatestWithAllTables()
{
    // Arrange
    QTemporaryDir dir;
    const auto database = openOrFail(urlFor(dir.filePath(QStringLiteral("orion.db"))));
    QVERIFY(database);

    // Act
    const Result<int> version = database->migrate();

    // Assert
    QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().toString()));
    QCOMPARE(*version, Database::latestSchemaVersion());
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    const Result<QStringList> tables = database->tableNames();
    QVERIFY(tables.ok());
    const QStringList expected = {
        QStringLiteral("markets"),           QStringLiteral("market_pairs"),   QStringLiteral("opportunities"),
        QStringLiteral("orders"),            QStringLiteral("fills"),          QStringLiteral("positions"),
        QStringLiteral("balance_snapshots"), QStringLiteral("config_changes"), QStringLiteral("audit_log"),
        QStringLiteral("schema_migrations"),
    };
    for (const QString& table : expected) {
        QVERIFY2(tables->contains(table), qPrintable(table + QStringLiteral(" is missing")));
    }
}

void TestDatabase::migrate_recordsVersionInTableAndHeader()
{
    // Arrange
    QTemporaryDir dir;
    const auto database = openOrFail(urlFor(dir.filePath(QStringLiteral("orion.db"))));
    QVERIFY(database);

    // Act
    QVERIFY(database->migrate().ok());

    // Assert
    const int latest = Database::latestSchemaVersion();
    QCOMPARE(scalar(*database, QStringLiteral("PRAGMA user_version")).toInt(), latest);
    QCOMPARE(scalar(*database, QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(), latest);
    QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), latest);
    QVERIFY(!scalar(*database, QStringLiteral("SELECT description FROM schema_migrations WHERE version = 1"))
                 .toString()
                 .isEmpty());
    QVERIFY(scalar(*database, QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1"))
                .toLongLong()
            > 0);
}

void TestDatabase::migrate_twice_isNoOp()
{
    // Arrange
    QTemporaryDir dir;
    const auto database = openOrFail(urlFor(dir.filePath(QStringLiteral("orion.db"))));
    QVERIFY(database);
    QVERIFY(database->migrate().ok());
    const QString before = scalar(*database, QStringLiteral("SELECT group_concat(version || ':' || applied_at) "
                                                            "FROM schema_migrations"))
                               .toString();

    // Act
    const Result<int> again = database->migrate();

    // Assert
    QVERIFY(again.ok());
    QCOMPARE(*again, Database::latestSchemaVersion());
    QCOMPARE(scalar(*database, QStringLiteral("SELECT group_concat(version || ':' || applied_at) "
                                              "FROM schema_migrations"))
                 .toString(),
             before);
}

void TestDatabase::migrate_whenAnotherConnectionMigratedFirst_isNoOp()
{
    // Arrange: both open a new file at version 0, as two processes starting together would.
    QTemporaryDir dir;
    const QString url = urlFor(dir.filePath(QStringLiteral("orion.db")));
    const auto first = openOrFail(url);
    const auto second = openOrFail(url);
    QVERIFY(first && second);
    QCOMPARE(second->schemaVersion(), 0);
    QVERIFY(first->migrate().ok());

    // Act
    const Result<int> version = second->migrate();

    // Assert
    QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().toString()));
    QCOMPARE(*version, Database::latestSchemaVersion());
    QCOMPARE(scalar(*second, QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(),
             Database::latestSchemaVersion());
}

void TestDatabase::migrate_whenAStatementFails_rollsBackThatMigration()
{
    // Arrange: a table in the way makes migration 1's CREATE TABLE markets fail part-way through.
    QTemporaryDir dir;
    const auto database = openOrFail(urlFor(dir.filePath(QStringLiteral("orion.db"))));
    QVERIFY(database);
    QVERIFY(database->exec(QStringLiteral("CREATE TABLE markets (anything TEXT)")).ok());

    // Act
    const Result<int> version = database->migrate();

    // Assert
    QVERIFY(!version.ok());
    QCOMPARE(version.error().code, QStringLiteral("storage.migration"));
    QVERIFY2(version.error().message.contains(QLatin1String("Migration 1")), qPrintable(version.error().message));
    QCOMPARE(database->schemaVersion(), 0);
    const Result<QStringList> tables = database->tableNames();
    QVERIFY(tables.ok());
    QCOMPARE(*tables, QStringList{QStringLiteral("markets")});
    QCOMPARE(scalar(*database, QStringLiteral("PRAGMA user_version")).toInt(), 0);
}

void TestDatabase::open_newerSchema_isRefusedWithClearMessage_data()
{
    QTest::addColumn<QString>("tamper");
    const int newer = Database::latestSchemaVersion() + 1;
    QTest::newRow("header (user_version)") << QStringLiteral("PRAGMA user_version = %1").arg(newer);
    QTest::newRow("schema_migrations row") << QStringLiteral("INSERT INTO schema_migrations (version, description, "
                                                             "applied_at) VALUES (%1, 'from the future', 0)")
                                                  .arg(newer);
}

void TestDatabase::open_newerSchema_isRefusedWithClearMessage()
{
    // Arrange
    QFETCH(QString, tamper);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orion.db"));
    {
        const auto database = openOrFail(urlFor(path));
        QVERIFY(database);
        QVERIFY(database->migrate().ok());
        QVERIFY(database->exec(tamper).ok());
    }
    const int newer = Database::latestSchemaVersion() + 1;

    // Act
    const Result<std::unique_ptr<Database>> opened = Database::open(urlFor(path));

    // Assert
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("storage.newer_schema"));
    const QString message = opened.error().message;
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("schema version %1").arg(newer)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("up to %1").arg(Database::latestSchemaVersion())), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("newer Orion")), qPrintable(message));
}

void TestDatabase::open_versionRecordsDisagree_isRefused()
{
    // Arrange
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orion.db"));
    {
        const auto database = openOrFail(urlFor(path));
        QVERIFY(database);
        QVERIFY(database->migrate().ok());
        QVERIFY(database->exec(QStringLiteral("PRAGMA user_version = 0")).ok());
    }

    // Act
    const Result<std::unique_ptr<Database>> opened = Database::open(urlFor(path));

    // Assert
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("storage.schema_mismatch"));
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
}

void TestDatabase::fill_forUnknownOrder_failsForeignKey()
{
    // Arrange
    const auto database = openOrFail(QStringLiteral("sqlite:///:memory:"));
    QVERIFY(database);
    QVERIFY(database->migrate().ok());
    QVERIFY(database->exec(kInsertOrder).ok());
    const QString fill = QStringLiteral(
        "INSERT INTO fills (order_id, venue_fill_id, venue, market_id, price_micros, quantity_hundredths, fee_micros, "
        "is_taker, filled_at) VALUES (%1, 'fill-%1', 'kalshi', 'KXBTC-1', 495000, 500, 7000, 1, 2)");
    QVERIFY(database->exec(fill.arg(1)).ok()); // the order exists: accepted

    // Act
    const Status orphan = database->exec(fill.arg(999));

    // Assert
    QVERIFY(!orphan.ok());
    QCOMPARE(orphan.error().code, QStringLiteral("storage.constraint"));
    QVERIFY2(orphan.error().message.contains(QLatin1String("FOREIGN KEY")), qPrintable(orphan.error().message));
    QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM fills")).toInt(), 1);
}

void TestDatabase::insert_breakingAConstraint_isRefused_data()
{
    QTest::addColumn<QString>("statement");

    QTest::newRow("negative order quantity") << QStringLiteral(
        "INSERT INTO orders (client_order_id, venue, market_id, side, outcome, price_micros, quantity_hundredths, "
        "time_in_force, status, created_at, updated_at) "
        "VALUES ('orion-2', 'kalshi', 'M', 'buy', 'yes', 500000, -100, 'fok', 'new', 1, 1)");
    QTest::newRow("price above one dollar") << QStringLiteral(
        "INSERT INTO orders (client_order_id, venue, market_id, side, outcome, price_micros, quantity_hundredths, "
        "time_in_force, status, created_at, updated_at) "
        "VALUES ('orion-2', 'kalshi', 'M', 'buy', 'yes', 1000001, 100, 'fok', 'new', 1, 1)");
    QTest::newRow("filled more than ordered") << QStringLiteral(
        "INSERT INTO orders (client_order_id, venue, market_id, side, outcome, price_micros, quantity_hundredths, "
        "filled_hundredths, time_in_force, status, created_at, updated_at) "
        "VALUES ('orion-2', 'kalshi', 'M', 'buy', 'yes', 500000, 100, 101, 'fok', 'new', 1, 1)");
    QTest::newRow("unknown venue") << QStringLiteral(
        "INSERT INTO orders (client_order_id, venue, market_id, side, outcome, price_micros, quantity_hundredths, "
        "time_in_force, status, created_at, updated_at) "
        "VALUES ('orion-2', 'binance', 'M', 'buy', 'yes', 500000, 100, 'fok', 'new', 1, 1)");
    QTest::newRow("unknown side") << QStringLiteral(
        "INSERT INTO orders (client_order_id, venue, market_id, side, outcome, price_micros, quantity_hundredths, "
        "time_in_force, status, created_at, updated_at) "
        "VALUES ('orion-2', 'kalshi', 'M', 'hold', 'yes', 500000, 100, 'fok', 'new', 1, 1)");
    QTest::newRow("duplicate client order id") << QStringLiteral(
        "INSERT INTO orders (client_order_id, venue, market_id, side, outcome, price_micros, quantity_hundredths, "
        "time_in_force, status, created_at, updated_at) "
        "VALUES ('orion-1', 'kalshi', 'M', 'buy', 'yes', 500000, 100, 'fok', 'new', 1, 1)");
    QTest::newRow("unknown polarity") << QStringLiteral(
        "INSERT INTO market_pairs (kalshi_market_id, polymarket_market_id, polarity, score, decision, created_at, "
        "updated_at) VALUES ('K', 'P', 'sideways', 0.9, 'auto', 1, 1)");
    QTest::newRow("unknown decision") << QStringLiteral(
        "INSERT INTO market_pairs (kalshi_market_id, polymarket_market_id, polarity, score, decision, created_at, "
        "updated_at) VALUES ('K', 'P', 'same', 0.9, 'maybe', 1, 1)");
    QTest::newRow("opportunity for unknown pair") << QStringLiteral(
        "INSERT INTO opportunities (id, pair_id, direction, size_hundredths, kalshi_avg_price_micros, "
        "polymarket_avg_price_micros, cost_micros, fees_micros, profit_micros, edge_micros, kalshi_book_age_ms, "
        "polymarket_book_age_ms, tradable, opened_at, updated_at) "
        "VALUES ('opp-1', 77, 'kalshi_yes', 100, 400000, 550000, 950000, 10000, 40000, 40000, 5, 7, 1, 1, 1)");
    QTest::newRow("negative opportunity size") << QStringLiteral(
        "INSERT INTO opportunities (id, pair_id, direction, size_hundredths, kalshi_avg_price_micros, "
        "polymarket_avg_price_micros, cost_micros, fees_micros, profit_micros, edge_micros, kalshi_book_age_ms, "
        "polymarket_book_age_ms, tradable, opened_at, updated_at) "
        "VALUES ('opp-1', 1, 'kalshi_yes', -100, 400000, 550000, 950000, 10000, 40000, 40000, 5, 7, 1, 1, 1)");
}

void TestDatabase::insert_breakingAConstraint_isRefused()
{
    // Arrange: one valid order and one valid pair, so only the row under test can be at fault.
    QFETCH(QString, statement);
    const auto database = openOrFail(QStringLiteral("sqlite:///:memory:"));
    QVERIFY(database);
    QVERIFY(database->migrate().ok());
    QVERIFY(database->exec(kInsertOrder).ok());
    QVERIFY(database
                ->exec(QStringLiteral("INSERT INTO market_pairs (id, kalshi_market_id, polymarket_market_id, polarity, "
                                      "score, decision, created_at, updated_at) "
                                      "VALUES (1, 'K0', 'P0', 'inverse', 0.8, 'review', 1, 1)"))
                .ok());
    const int ordersBefore = scalar(*database, QStringLiteral("SELECT count(*) FROM orders")).toInt();

    // Act
    const Status inserted = database->exec(statement);

    // Assert
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().code, QStringLiteral("storage.constraint"));
    QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM orders")).toInt(), ordersBefore);
    QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM market_pairs")).toInt(), 1);
    QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM opportunities")).toInt(), 0);
}

void TestDatabase::reopen_keepsData()
{
    // Arrange
    QTemporaryDir dir;
    const QString url = urlFor(dir.filePath(QStringLiteral("orion.db")));
    {
        const auto database = openOrFail(url);
        QVERIFY(database);
        QVERIFY(database->migrate().ok());
        QVERIFY(database->exec(kInsertOrder).ok());
    }

    // Act
    const auto reopened = openOrFail(url);

    // Assert
    QVERIFY(reopened);
    QCOMPARE(reopened->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(*reopened, QStringLiteral("SELECT price_micros FROM orders WHERE client_order_id = 'orion-1'"))
                 .toLongLong(),
             495000);
}

void TestDatabase::transaction_whenWorkFails_rollsBack()
{
    // Arrange
    const auto database = openOrFail(QStringLiteral("sqlite:///:memory:"));
    QVERIFY(database);
    QVERIFY(database->migrate().ok());

    // Act
    const Status result = database->transaction([&database]() -> Status {
        if (const Status first = database->exec(kInsertOrder); !first.ok()) {
            return first;
        }
        return makeError(QStringLiteral("test.abort"), QStringLiteral("second leg refused"));
    });

    // Assert
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("test.abort"));
    QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM orders")).toInt(), 0);
    QVERIFY(database->exec(kInsertOrder).ok()); // no transaction left open
}

void TestDatabase::transaction_nestedFailure_rollsBackOnlyTheInnerWork()
{
    // Arrange
    const auto database = openOrFail(QStringLiteral("sqlite:///:memory:"));
    QVERIFY(database);
    QVERIFY(database->migrate().ok());

    // Act
    const Status outer = database->transaction([&database]() -> Status {
        if (const Status order = database->exec(kInsertOrder); !order.ok()) {
            return order;
        }
        const Status inner = database->transaction([&database]() -> Status {
            if (const Status pair = database->exec(QStringLiteral(
                    "INSERT INTO market_pairs (kalshi_market_id, polymarket_market_id, polarity, score, decision, "
                    "created_at, updated_at) VALUES ('K', 'P', 'same', 0.9, 'auto', 1, 1)"));
                !pair.ok()) {
                return pair;
            }
            return makeError(QStringLiteral("test.abort"), QStringLiteral("inner refused"));
        });
        return inner.ok() ? makeError(QStringLiteral("test.unexpected"), QStringLiteral("inner succeeded"))
                          : Status();
    });

    // Assert
    QVERIFY2(outer.ok(), qPrintable(outer.ok() ? QString() : outer.error().toString()));
    QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM orders")).toInt(), 1);
    QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM market_pairs")).toInt(), 0);
}

void TestDatabase::exec_invalidSql_namesTheStatement()
{
    // Arrange
    const auto database = openOrFail(QStringLiteral("sqlite:///:memory:"));
    QVERIFY(database);

    // Act
    const Status result = database->exec(QStringLiteral("SELEKT 1"));

    // Assert
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("storage.sql"));
    QVERIFY2(result.error().message.contains(QLatin1String("SELEKT 1")), qPrintable(result.error().message));
}

void TestDatabase::open_onWorkerThread_worksThere()
{
    // Arrange: the engine opens its connection on the engine thread, so must a test.
    QTemporaryDir dir;
    const QString url = urlFor(dir.filePath(QStringLiteral("orion.db")));
    QString workerError;
    int workerVersion = -1;
    std::unique_ptr<QThread> worker(QThread::create([&url, &workerError, &workerVersion] {
        Result<std::unique_ptr<Database>> opened = Database::open(url);
        if (!opened.ok()) {
            workerError = opened.error().toString();
            return;
        }
        const Result<int> version = opened.value()->migrate();
        workerVersion = version.ok() ? *version : -1;
        if (const Status inserted = opened.value()->exec(kInsertOrder); !inserted.ok()) {
            workerError = inserted.error().toString();
        }
    }));

    // Act
    worker->start();
    QVERIFY(worker->wait(30'000));

    // Assert
    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    QCOMPARE(workerVersion, Database::latestSchemaVersion());
    const auto here = openOrFail(url);
    QVERIFY(here);
    QCOMPARE(scalar(*here, QStringLiteral("SELECT count(*) FROM orders")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
