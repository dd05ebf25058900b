#include "storage/ConfigChangeRepository.h"
#include "storage/Database.h"

#include <QTest>

#include <memory>

using namespace orion;

namespace {

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace

class TestConfigChangeRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void record_thenRecent_readsBackInOrder();
    void record_missingOldValue_readsBackAsNullWhileEmptyStaysEmpty();
    void recent_withLimit_returnsNewestOldestFirst();
    void record_incompleteChange_isRejected_data();
    void record_incompleteChange_isRejected();
    void modify_history_fails_data();
    void modify_history_fails();

private:
    std::unique_ptr<Database> m_database;
};

void TestConfigChangeRepository::init()
{
    Result<std::unique_ptr<Database>> opened = Database::open(QStringLiteral("sqlite:///:memory:"));
    QVERIFY(opened.ok());
    m_database = std::move(opened).value();
    QVERIFY(m_database->migrate().ok());
}

void TestConfigChangeRepository::cleanup()
{
    m_database.reset();
}

void TestConfigChangeRepository::record_thenRecent_readsBackInOrder()
{
    // Arrange
    ConfigChangeRepository changes(*m_database);

    // Act
    QVERIFY(changes.record(utc(1000), QStringLiteral("arbitrage.threshold"), QStringLiteral("0.02"),
                           QStringLiteral("0.03"), QStringLiteral("user"))
                .ok());
    QVERIFY(changes.record(utc(2000), QStringLiteral("engine.mode"), QStringLiteral("paper"), QStringLiteral("live"),
                           QStringLiteral("cli"))
                .ok());
    const Result<QList<ConfigChange>> read = changes.recent(10);

    // Assert
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 2);
    const ConfigChange& first = read->at(0);
    QCOMPARE(first.at, utc(1000));
    QCOMPARE(first.key, QStringLiteral("arbitrage.threshold"));
    QCOMPARE(first.oldValue, QStringLiteral("0.02"));
    QCOMPARE(first.newValue, QStringLiteral("0.03"));
    QCOMPARE(first.source, QStringLiteral("user"));
    QCOMPARE(read->at(1).key, QStringLiteral("engine.mode"));
    QCOMPARE(read->at(1).newValue, QStringLiteral("live"));
    QVERIFY(read->at(0).id < read->at(1).id);
}

void TestConfigChangeRepository::record_missingOldValue_readsBackAsNullWhileEmptyStaysEmpty()
{
    // Arrange
    ConfigChangeRepository changes(*m_database);

    // Act
    QVERIFY(changes.record(utc(1), QStringLiteral("alerts.telegram.chat"), QString(), QStringLiteral(""),
                           QStringLiteral("user"))
                .ok());
    const Result<QList<ConfigChange>> read = changes.recent(1);

    // Assert
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 1);
    QVERIFY(read->at(0).oldValue.isNull());
    QVERIFY(!read->at(0).newValue.isNull());
    QVERIFY(read->at(0).newValue.isEmpty());
}

void TestConfigChangeRepository::recent_withLimit_returnsNewestOldestFirst()
{
    // Arrange
    ConfigChangeRepository changes(*m_database);
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(changes.record(utc(i), QStringLiteral("key%1").arg(i), QString::number(i - 1), QString::number(i),
                               QStringLiteral("user"))
                    .ok());
    }

    // Act
    const Result<QList<ConfigChange>> read = changes.recent(2);

    // Assert
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 2);
    QCOMPARE(read->at(0).key, QStringLiteral("key3"));
    QCOMPARE(read->at(1).key, QStringLiteral("key4"));
}

void TestConfigChangeRepository::record_incompleteChange_isRejected_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("key");

    QTest::newRow("no time") << QDateTime() << QStringLiteral("engine.mode");
    QTest::newRow("no key") << utc(1) << QString();
}

void TestConfigChangeRepository::record_incompleteChange_isRejected()
{
    // Arrange
    QFETCH(QDateTime, at);
    QFETCH(QString, key);
    ConfigChangeRepository changes(*m_database);

    // Act
    const Status recorded = changes.record(at, key, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("user"));

    // Assert
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.error().code, QStringLiteral("storage.config_change"));
    QVERIFY(changes.recent(10)->isEmpty());
}

void TestConfigChangeRepository::modify_history_fails_data()
{
    QTest::addColumn<QString>("statement");

    QTest::newRow("update") << QStringLiteral("UPDATE config_changes SET new_value = '0.5'");
    QTest::newRow("delete") << QStringLiteral("DELETE FROM config_changes");
}

void TestConfigChangeRepository::modify_history_fails()
{
    // Arrange
    QFETCH(QString, statement);
    ConfigChangeRepository changes(*m_database);
    QVERIFY(changes.record(utc(1), QStringLiteral("risk.max_exposure"), QStringLiteral("100"), QStringLiteral("200"),
                           QStringLiteral("user"))
                .ok());

    // Act
    const Status modified = m_database->exec(statement);

    // Assert
    QVERIFY(!modified.ok());
    QVERIFY2(modified.error().message.contains(QLatin1String("append-only")), qPrintable(modified.error().message));
    const Result<QList<ConfigChange>> read = changes.recent(10);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->at(0).newValue, QStringLiteral("200"));
}

QTEST_GUILESS_MAIN(TestConfigChangeRepository)
#include "TestConfigChangeRepository.moc"
