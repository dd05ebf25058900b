// The engine on its own thread, driven only through EngineController, with a real SQLite file.
#include "TestPrinters.h"
#include "TestSettings.h"

#include "engine/EngineController.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace orion;

class TestEngineController final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void launch_withFreshDatabase_reachesStoppedAndRecordsOpen();
    void startThenStop_recordsStartAndStopInAuditLog();
    void kill_fromGuiThread_haltsAtOnceAndRefusesStart();
    void resetHalt_afterKill_allowsStartAgain();
    void setMode_recordsModeChangeAndConfigChange();
    void setParameters_withInvalidValues_isRefusedAndKeepsOldValues();
    void snapshots_whileCyclingFast_areCoalescedToAboutTenPerSecond();
    void launch_withUnusableDatabase_reportsFailed();

private:
    bool waitForState(EngineController& controller, EngineRunState state, int timeoutMs = 5000);
    QString databaseFile() const { return m_dir->path() + QStringLiteral("/orion.db"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEngineController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEngineController::cleanup()
{
    m_dir.reset();
}

bool TestEngineController::waitForState(EngineController& controller, EngineRunState state, int timeoutMs)
{
    return QTest::qWaitFor([&] { return controller.snapshot().runState == state; }, timeoutMs);
}

void TestEngineController::launch_withFreshDatabase_reachesStoppedAndRecordsOpen()
{
    // Arrange
    EngineController controller(test::settingsIn(m_dir->path()), QStringLiteral("test"));
    // Act
    controller.launch();
    // Assert
    QVERIFY(waitForState(controller, EngineRunState::Stopped));
    QVERIFY(controller.snapshot().schemaVersion >= 1);
    QCOMPARE(controller.snapshot().databasePath, databaseFile());
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
    QCOMPARE(test::auditActions(databaseFile()),
             (QStringList{QStringLiteral("engine.open"), QStringLiteral("engine.close")}));
}

void TestEngineController::startThenStop_recordsStartAndStopInAuditLog()
{
    EngineController controller(test::settingsIn(m_dir->path()), QStringLiteral("test"));
    controller.launch();
    QVERIFY(waitForState(controller, EngineRunState::Stopped));

    controller.startTrading();
    QVERIFY(waitForState(controller, EngineRunState::Running));
    QVERIFY(controller.snapshot().tradingSince.isValid());
    controller.stopTrading();
    QVERIFY(waitForState(controller, EngineRunState::Stopped));
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());

    QCOMPARE(test::auditActions(databaseFile()),
             (QStringList{QStringLiteral("engine.open"), QStringLiteral("engine.start"), QStringLiteral("engine.stop"),
                          QStringLiteral("engine.close")}));
}

void TestEngineController::kill_fromGuiThread_haltsAtOnceAndRefusesStart()
{
    EngineController controller(test::settingsIn(m_dir->path()), QStringLiteral("test"));
    controller.launch();
    QVERIFY(waitForState(controller, EngineRunState::Stopped));
    controller.startTrading();
    QVERIFY(waitForState(controller, EngineRunState::Running));
    QSignalSpy refused(&controller, &EngineController::commandRefused);

    controller.kill(QStringLiteral("test kill"));

    // The flag and the shown state change synchronously, before the engine thread has even seen the command.
    QVERIFY(controller.haltFlag().isRaised());
    QCOMPARE(controller.snapshot().runState, EngineRunState::Halted);
    QCOMPARE(controller.snapshot().haltReason, QStringLiteral("test kill"));
    QTest::qWait(300); // queued snapshots from before the kill must not bring "running" back
    QCOMPARE(controller.snapshot().runState, EngineRunState::Halted);
    controller.startTrading();
    QTRY_COMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("kill switch")));
    QCOMPARE(controller.snapshot().runState, EngineRunState::Halted);
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
    QVERIFY(test::auditActions(databaseFile()).contains(QStringLiteral("engine.kill")));
}

void TestEngineController::resetHalt_afterKill_allowsStartAgain()
{
    EngineController controller(test::settingsIn(m_dir->path()), QStringLiteral("test"));
    controller.launch();
    QVERIFY(waitForState(controller, EngineRunState::Stopped));
    controller.kill(QStringLiteral("test kill"));
    QVERIFY(waitForState(controller, EngineRunState::Halted));

    controller.resetHalt();
    QVERIFY(waitForState(controller, EngineRunState::Stopped));
    controller.startTrading();

    QVERIFY(waitForState(controller, EngineRunState::Running));
    QVERIFY(!controller.haltFlag().isRaised());
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
    const QStringList actions = test::auditActions(databaseFile());
    QVERIFY(actions.indexOf(QStringLiteral("engine.kill")) < actions.indexOf(QStringLiteral("engine.halt_reset")));
}

void TestEngineController::setMode_recordsModeChangeAndConfigChange()
{
    Settings settings = test::settingsIn(m_dir->path());
    settings.engine.mode = TradingMode::Paper;
    EngineController controller(settings, QStringLiteral("test"));
    controller.launch();
    QVERIFY(waitForState(controller, EngineRunState::Stopped));

    controller.setMode(TradingMode::DryRun);

    QTRY_COMPARE(controller.snapshot().settings.engine.mode, TradingMode::DryRun);
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
    QVERIFY(test::auditActions(databaseFile()).contains(QStringLiteral("engine.mode_changed")));
}

void TestEngineController::setParameters_withInvalidValues_isRefusedAndKeepsOldValues()
{
    const Settings original = test::settingsIn(m_dir->path());
    EngineController controller(original, QStringLiteral("test"));
    controller.launch();
    QVERIFY(waitForState(controller, EngineRunState::Stopped));
    QSignalSpy refused(&controller, &EngineController::commandRefused);
    Settings bad = original;
    bad.capital.kalshiAllocationPct = Ratio::fromPpm(900'000);
    bad.capital.polymarketAllocationPct = Ratio::fromPpm(900'000);

    controller.setParameters(bad);

    QTRY_COMPARE(refused.count(), 1);
    QTest::qWait(150);
    QCOMPARE(controller.snapshot().settings.capital.kalshiAllocationPct, original.capital.kalshiAllocationPct);
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
    QVERIFY(!test::auditActions(databaseFile()).contains(QStringLiteral("config.changed")));
}

void TestEngineController::snapshots_whileCyclingFast_areCoalescedToAboutTenPerSecond()
{
    Settings settings = test::settingsIn(m_dir->path());
    settings.engine.pollIntervalMs = 1; // a thousand cycles a second, each one a state change
    EngineController controller(settings, QStringLiteral("test"));
    controller.launch();
    QVERIFY(waitForState(controller, EngineRunState::Stopped));
    controller.startTrading();
    QVERIFY(waitForState(controller, EngineRunState::Running));
    QSignalSpy snapshots(&controller, &EngineController::snapshotChanged);

    QTest::qWait(1000);

    QVERIFY2(snapshots.count() >= 5 && snapshots.count() <= 13,
             qPrintable(QStringLiteral("%1 snapshots in one second").arg(snapshots.count())));
    QVERIFY(controller.snapshot().cycles > 100);
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
}

void TestEngineController::launch_withUnusableDatabase_reportsFailed()
{
    Settings settings = test::settingsIn(m_dir->path());
    settings.database.url = QStringLiteral("postgres://nowhere/orion");
    EngineController controller(settings, QStringLiteral("test"));

    controller.launch();

    QVERIFY(waitForState(controller, EngineRunState::Failed));
    QVERIFY(!controller.snapshot().lastError.isEmpty());
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
}

QTEST_GUILESS_MAIN(TestEngineController)
#include "TestEngineController.moc"
