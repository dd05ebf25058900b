// diffSettings: what the engine records when parameters change.
#include "config/SettingsDiff.h"
#include "config/SettingsLoader.h"

#include <QTest>

#include "TestSettings.h"

using namespace orion;

class TestSettingsDiff final : public QObject
{
    Q_OBJECT

private slots:
    void diffSettings_equalSettings_isEmpty();
    void diffSettings_changedKeys_listsEachWithOldAndNewValueInFileOrder();
    void diffSettings_nestedKey_usesItsFullDottedName();
};

void TestSettingsDiff::diffSettings_equalSettings_isEmpty()
{
    // Arrange
    const Settings settings = test::defaultSettings();
    // Act
    const QList<SettingChange> changes = diffSettings(settings, settings);
    // Assert
    QVERIFY(changes.isEmpty());
}

void TestSettingsDiff::diffSettings_changedKeys_listsEachWithOldAndNewValueInFileOrder()
{
    // Arrange
    const Settings before = test::defaultSettings();
    Settings after = before;
    after.engine.mode = TradingMode::Live;
    after.trading.thresholdSpread = Price::fromMicros(35'000);
    after.engine.pollIntervalMs = 500;
    // Act
    const QList<SettingChange> changes = diffSettings(before, after);
    // Assert
    const QList<SettingChange> expected{
        {QStringLiteral("trading.threshold_spread"), QStringLiteral("0.02"), QStringLiteral("0.035")},
        {QStringLiteral("engine.poll_interval_s"), QStringLiteral("1"), QStringLiteral("0.5")},
        {QStringLiteral("engine.mode"), QStringLiteral("paper"), QStringLiteral("live")},
    };
    QCOMPARE(changes.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(changes[i].key, expected[i].key);
        QCOMPARE(changes[i].oldValue, expected[i].oldValue);
        QCOMPARE(changes[i].newValue, expected[i].newValue);
    }
}

void TestSettingsDiff::diffSettings_nestedKey_usesItsFullDottedName()
{
    // Arrange
    const Settings before = test::defaultSettings();
    Settings after = before;
    after.alerts.events.circuitBreaker = false;
    after.venues.demo.polymarketClobUrl = QStringLiteral("https://clob.polymarket.com");
    // Act
    const QList<SettingChange> changes = diffSettings(before, after);
    // Assert
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0], (SettingChange{QStringLiteral("venues.demo.polymarket.clob_url"),
                                        QStringLiteral("https://clob-staging.polymarket.com"),
                                        QStringLiteral("https://clob.polymarket.com")}));
    QCOMPARE(changes[1], (SettingChange{QStringLiteral("alerts.events.circuit_breaker"), QStringLiteral("true"),
                                        QStringLiteral("false")}));
}

QTEST_GUILESS_MAIN(TestSettingsDiff)
#include "TestSettingsDiff.moc"
