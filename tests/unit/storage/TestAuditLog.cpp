#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace orion;

namespace {

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

AuditEvent makeEvent(qint64 msecs, const QString& category, const QString& action, const QString& detail = {})
{
    return AuditEvent{utc(msecs), category, action, QStringLiteral("user"), detail};
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void append_thenRecent_returnsEventsInWriteOrder();
    void recent_withLimit_returnsNewestOldestFirst();
    void recent_withCategory_returnsOnlyThatCategory();
    void append_nullActorAndDetail_areStoredEmpty();
    void append_incompleteEvent_isRejected_data();
    void append_incompleteEvent_isRejected();
    void modify_auditRow_failsAndRowIsUnchanged_data();
    void modify_auditRow_failsAndRowIsUnchanged();
    void reopen_keepsAuditTrail();

private:
    QVariant rowSnapshot() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> opened =
        Database::open(QStringLiteral("sqlite:///") + m_dir->filePath(QStringLiteral("orion.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    m_database = std::move(opened).value();
    QVERIFY(m_database->migrate().ok());
}

void TestAuditLog::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

QVariant TestAuditLog::rowSnapshot() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT group_concat(id || '|' || at || '|' || category || '|' || action || '|' "
                                   "|| actor || '|' || detail, ';') FROM audit_log"))
        || !query.next()) {
        return {};
    }
    return query.value(0);
}

void TestAuditLog::append_thenRecent_returnsEventsInWriteOrder()
{
    // Arrange
    AuditLog log(*m_database);
    const QList<AuditEvent> written = {
        makeEvent(1'700'000'000'001, QStringLiteral("engine"), QStringLiteral("start"),
                  QStringLiteral("{\"mode\":\"paper\"}")),
        makeEvent(1'700'000'000'002, QStringLiteral("engine"), QStringLiteral("mode_changed"),
                  QStringLiteral("{\"key\":\"engine.mode\",\"old\":\"paper\",\"new\":\"live\"}")),
        makeEvent(1'700'000'000'003, QStringLiteral("engine"), QStringLiteral("stop"), QStringLiteral("user asked")),
    };

    // Act
    for (const AuditEvent& e : written) {
        QVERIFY(log.append(e).ok());
    }
    const Result<QList<AuditRecord>> read = log.recent(10);

    // Assert
    QVERIFY(read.ok());
    QCOMPARE(read->size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        const AuditRecord& record = read->at(i);
        QCOMPARE(record.id, i + 1);
        QCOMPARE(record.event.at, written.at(i).at);
        QCOMPARE(record.event.at.timeSpec(), Qt::UTC);
        QCOMPARE(record.event.category, written.at(i).category);
        QCOMPARE(record.event.action, written.at(i).action);
        QCOMPARE(record.event.actor, written.at(i).actor);
        QCOMPARE(record.event.detail, written.at(i).detail);
    }
}

void TestAuditLog::recent_withLimit_returnsNewestOldestFirst()
{
    // Arrange
    AuditLog log(*m_database);
    for (int i = 1; i <= 5; ++i) {
        QVERIFY(log.append(makeEvent(i, QStringLiteral("engine"), QStringLiteral("tick%1").arg(i))).ok());
    }

    // Act
    const Result<QList<AuditRecord>> read = log.recent(2);

    // Assert
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 2);
    QCOMPARE(read->at(0).event.action, QStringLiteral("tick4"));
    QCOMPARE(read->at(1).event.action, QStringLiteral("tick5"));
    QVERIFY(log.recent(0)->isEmpty());
}

void TestAuditLog::recent_withCategory_returnsOnlyThatCategory()
{
    // Arrange
    AuditLog log(*m_database);
    QVERIFY(log.append(makeEvent(1, QStringLiteral("engine"), QStringLiteral("start"))).ok());
    QVERIFY(log.append(makeEvent(2, QStringLiteral("config"), QStringLiteral("changed"))).ok());
    QVERIFY(log.append(makeEvent(3, QStringLiteral("engine"), QStringLiteral("stop"))).ok());

    // Act
    const Result<QList<AuditRecord>> engine = log.recent(10, QStringLiteral("engine"));
    const Result<QList<AuditRecord>> config = log.recent(10, QStringLiteral("config"));

    // Assert
    QVERIFY(engine.ok() && config.ok());
    QCOMPARE(engine->size(), 2);
    QCOMPARE(engine->at(0).event.action, QStringLiteral("start"));
    QCOMPARE(engine->at(1).event.action, QStringLiteral("stop"));
    QCOMPARE(config->size(), 1);
    QCOMPARE(config->at(0).id, 2);
}

void TestAuditLog::append_nullActorAndDetail_areStoredEmpty()
{
    // Arrange
    AuditLog log(*m_database);

    // Act
    const Status appended =
        log.append(AuditEvent{utc(5), QStringLiteral("engine"), QStringLiteral("close"), QString(), QString()});

    // Assert
    QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().toString()));
    const Result<QList<AuditRecord>> read = log.recent(1);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 1);
    QVERIFY(read->at(0).event.actor.isEmpty());
    QVERIFY(read->at(0).event.detail.isEmpty());
}

void TestAuditLog::append_incompleteEvent_isRejected_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("action");

    QTest::newRow("no time") << QDateTime() << QStringLiteral("engine") << QStringLiteral("start");
    QTest::newRow("no category") << utc(1) << QString() << QStringLiteral("start");
    QTest::newRow("no action") << utc(1) << QStringLiteral("engine") << QString();
}

void TestAuditLog::append_incompleteEvent_isRejected()
{
    // Arrange
    QFETCH(QDateTime, at);
    QFETCH(QString, category);
    QFETCH(QString, action);
    AuditLog log(*m_database);

    // Act
    const Status appended = log.append(AuditEvent{at, category, action, QStringLiteral("user"), QString()});

    // Assert
    QVERIFY(!appended.ok());
    QCOMPARE(appended.error().code, QStringLiteral("storage.audit"));
    QVERIFY(log.recent(10)->isEmpty());
}

void TestAuditLog::modify_auditRow_failsAndRowIsUnchanged_data()
{
    QTest::addColumn<QString>("statement");

    QTest::newRow("update detail") << QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 1");
    QTest::newRow("update every row") << QStringLiteral("UPDATE audit_log SET actor = 'someone else'");
    QTest::newRow("renumber") << QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 2");
    QTest::newRow("delete one") << QStringLiteral("DELETE FROM audit_log WHERE id = 1");
    QTest::newRow("delete all") << QStringLiteral("DELETE FROM audit_log");
    QTest::newRow("replace by id") << QStringLiteral(
        "INSERT OR REPLACE INTO audit_log (id, at, category, action, actor, detail) "
        "VALUES (1, 1, 'engine', 'start', 'user', 'rewritten')");
    QTest::newRow("upsert") << QStringLiteral(
        "INSERT INTO audit_log (id, at, category, action, actor, detail) "
        "VALUES (1, 1, 'engine', 'start', 'user', 'rewritten') ON CONFLICT (id) DO UPDATE SET detail = 'rewritten'");
}

void TestAuditLog::modify_auditRow_failsAndRowIsUnchanged()
{
    // Arrange
    QFETCH(QString, statement);
    AuditLog log(*m_database);
    const AuditEvent kill =
        makeEvent(1, QStringLiteral("engine"), QStringLiteral("kill"), QStringLiteral("lost a leg"));
    QVERIFY(log.append(kill).ok());
    QVERIFY(log.append(makeEvent(2, QStringLiteral("engine"), QStringLiteral("halt_reset"))).ok());
    const QVariant before = rowSnapshot();
    QVERIFY(!before.toString().isEmpty());

    // Act
    const Status modified = m_database->exec(statement);

    // Assert
    QVERIFY(!modified.ok());
    QCOMPARE(modified.error().code, QStringLiteral("storage.constraint"));
    QVERIFY2(modified.error().message.contains(QLatin1String("audit_log is append-only")),
             qPrintable(modified.error().message));
    QCOMPARE(rowSnapshot(), before);
    QVERIFY(log.append(makeEvent(3, QStringLiteral("engine"), QStringLiteral("start"))).ok()); // appending still works
}

void TestAuditLog::reopen_keepsAuditTrail()
{
    // Arrange
    {
        AuditLog log(*m_database);
        QVERIFY(log.append(makeEvent(42, QStringLiteral("engine"), QStringLiteral("start"))).ok());
    }
    m_database.reset();

    // Act
    Result<std::unique_ptr<Database>> reopened =
        Database::open(QStringLiteral("sqlite:///") + m_dir->filePath(QStringLiteral("orion.db")));
    QVERIFY(reopened.ok());
    m_database = std::move(reopened).value();
    const Result<QList<AuditRecord>> read = AuditLog(*m_database).recent(10);

    // Assert
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->at(0).event.at, utc(42));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
