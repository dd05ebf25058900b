#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace orion;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void allMigrations_versions_increaseStrictlyFromOne();
    void allMigrations_eachStep_hasDescriptionAndStatements();
    void latestSchemaVersion_isTheLastMigration();
    void migratedSchema_lookups_useAnIndex_data();
    void migratedSchema_lookups_useAnIndex();
    void migratedSchema_moneyAndQuantityColumns_areIntegers();
};

void TestMigrations::allMigrations_versions_increaseStrictlyFromOne()
{
    // Arrange
    const QList<Migration>& migrations = allMigrations();

    // Act / Assert
    QVERIFY(!migrations.isEmpty());
    QCOMPARE(migrations.constFirst().version, 1);
    for (qsizetype i = 1; i < migrations.size(); ++i) {
        QVERIFY2(migrations.at(i).version > migrations.at(i - 1).version,
                 qPrintable(QStringLiteral("migration %1 follows %2")
                                .arg(migrations.at(i).version)
                                .arg(migrations.at(i - 1).version)));
    }
}

void TestMigrations::allMigrations_eachStep_hasDescriptionAndStatements()
{
    for (const Migration& migration : allMigrations()) {
        QVERIFY2(!migration.description.trimmed().isEmpty(), qPrintable(QString::number(migration.version)));
        QVERIFY2(!migration.statements.isEmpty(), qPrintable(QString::number(migration.version)));
        for (const QString& statement : migration.statements) {
            // Qt's SQLite driver silently runs only the first statement of several.
            QVERIFY2(!statement.trimmed().endsWith(QLatin1Char(';')), qPrintable(statement));
        }
    }
}

void TestMigrations::latestSchemaVersion_isTheLastMigration()
{
    QCOMPARE(Database::latestSchemaVersion(), allMigrations().constLast().version);
}

void TestMigrations::migratedSchema_lookups_useAnIndex_data()
{
    QTest::addColumn<QString>("lookup");

    QTest::newRow("orders by status") << QStringLiteral("SELECT * FROM orders WHERE status = 'open'");
    QTest::newRow("orders by client order id") << QStringLiteral("SELECT * FROM orders WHERE client_order_id = 'x'");
    QTest::newRow("orders by venue order id")
        << QStringLiteral("SELECT * FROM orders WHERE venue = 'kalshi' AND venue_order_id = 'x'");
    QTest::newRow("fills of an order") << QStringLiteral("SELECT * FROM fills WHERE order_id = 1");
    QTest::newRow("opportunities by opened_at") << QStringLiteral("SELECT * FROM opportunities WHERE opened_at > 5");
    QTest::newRow("audit by at") << QStringLiteral("SELECT * FROM audit_log WHERE at BETWEEN 1 AND 2");
    QTest::newRow("pairs by polymarket market")
        << QStringLiteral("SELECT * FROM market_pairs WHERE polymarket_market_id = 'p'");
    QTest::newRow("balances of a venue over time")
        << QStringLiteral("SELECT * FROM balance_snapshots WHERE venue = 'kalshi' AND taken_at > 5");
}

void TestMigrations::migratedSchema_lookups_useAnIndex()
{
    // Arrange
    QFETCH(QString, lookup);
    Result<std::unique_ptr<Database>> opened = Database::open(QStringLiteral("sqlite:///:memory:"));
    QVERIFY(opened.ok());
    const std::unique_ptr<Database> database = std::move(opened).value();
    QVERIFY(database->migrate().ok());

    // Act
    QSqlQuery plan(database->connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + lookup));
    QStringList steps;
    while (plan.next()) {
        steps << plan.value(3).toString();
    }

    // Assert
    const QString joined = steps.join(QLatin1String(" | "));
    QVERIFY2(joined.contains(QLatin1String("USING INDEX")) || joined.contains(QLatin1String("USING COVERING INDEX"))
                 || joined.contains(QLatin1String("USING INTEGER PRIMARY KEY")),
             qPrintable(joined));
}

void TestMigrations::migratedSchema_moneyAndQuantityColumns_areIntegers()
{
    // Arrange
    Result<std::unique_ptr<Database>> opened = Database::open(QStringLiteral("sqlite:///:memory:"));
    QVERIFY(opened.ok());
    const std::unique_ptr<Database> database = std::move(opened).value();
    QVERIFY(database->migrate().ok());
    const Result<QStringList> tables = database->tableNames();
    QVERIFY(tables.ok());

    // Act / Assert: a REAL money column would round prices.
    int checked = 0;
    for (const QString& table : *tables) {
        QSqlQuery columns(database->connection());
        QVERIFY(columns.exec(QStringLiteral("SELECT name, type FROM pragma_table_info('%1')").arg(table)));
        while (columns.next()) {
            const QString name = columns.value(0).toString();
            if (name.endsWith(QLatin1String("_micros")) || name.endsWith(QLatin1String("_hundredths"))
                || name.endsWith(QLatin1String("_at")) || name.endsWith(QLatin1String("_ms"))) {
                QVERIFY2(columns.value(1).toString() == QLatin1String("INTEGER"),
                         qPrintable(table + QLatin1Char('.') + name + QLatin1Char(' ') + columns.value(1).toString()));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 20);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
