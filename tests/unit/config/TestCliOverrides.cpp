// Command-line overrides (--threshold, --auto-execute, --log-level, --dry-run) on top of the loaded file.
#include "config/CliOverrides.h"
#include "config/SettingsLoader.h"

#include <QTest>

#include "TestSettings.h"

using namespace orion;

using Overrides = QList<std::pair<QString, QString>>;

class TestCliOverrides final : public QObject
{
    Q_OBJECT

private slots:
    void applyOverrides_validValues_applyOnTopOfTheFile();
    void applyOverrides_none_changesNothing();
    void applyOverrides_invalidValue_isRefusedAndSettingsAreUnchanged_data();
    void applyOverrides_invalidValue_isRefusedAndSettingsAreUnchanged();
    void applyOverrides_severalBadValues_listsEveryOne();
    void applyOverrides_breakingARuleBetweenKeys_isRefused();
};

void TestCliOverrides::applyOverrides_validValues_applyOnTopOfTheFile()
{
    // Arrange
    const LoadOutcome file
        = SettingsLoader::loadText("engine:\n  mode: paper\nlogging:\n  level: warning\n", QStringLiteral("user.yaml"));
    QVERIFY(file.ok());
    Settings settings = *file.settings;
    const Overrides overrides{{QStringLiteral("trading.threshold_spread"), QStringLiteral("0.03")},
                              {QStringLiteral("trading.auto_execute"), QStringLiteral("false")},
                              {QStringLiteral("logging.level"), QStringLiteral("debug")},
                              {QStringLiteral("engine.mode"), QStringLiteral("dry_run")}};
    // Act
    const Status applied = applyOverrides(settings, overrides);
    // Assert
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    QCOMPARE(settings.trading.thresholdSpread, Price::fromMicros(30'000));
    QCOMPARE(settings.trading.autoExecute, false);
    QCOMPARE(settings.logging.level, QStringLiteral("debug"));
    QCOMPARE(settings.engine.mode, TradingMode::DryRun); // --dry-run wins over the file's paper mode
}

void TestCliOverrides::applyOverrides_none_changesNothing()
{
    // Arrange
    const Settings before = test::defaultSettings();
    Settings settings = before;
    // Act
    const Status applied = applyOverrides(settings, {});
    // Assert
    QVERIFY(applied.ok());
    QVERIFY(settings == before);
}

void TestCliOverrides::applyOverrides_invalidValue_isRefusedAndSettingsAreUnchanged_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("threshold not a number")
        << QStringLiteral("trading.threshold_spread") << QStringLiteral("high")
        << QStringLiteral("command line: trading.threshold_spread: expected a price in dollars per contract such as "
                          "0.02, got \"high\"");
    QTest::newRow("threshold in cents")
        << QStringLiteral("trading.threshold_spread") << QStringLiteral("2")
        << QStringLiteral("command line: trading.threshold_spread: must be between 0.0001 and 0.5, got 2");
    QTest::newRow("auto-execute yes") << QStringLiteral("trading.auto_execute") << QStringLiteral("yes")
                                      << QStringLiteral("command line: trading.auto_execute: expected true or false, "
                                                        "got \"yes\"");
    QTest::newRow("log level") << QStringLiteral("logging.level") << QStringLiteral("verbose")
                               << QStringLiteral("command line: logging.level: expected one of debug, info, warning, "
                                                 "error, critical, got \"verbose\"");
    QTest::newRow("unknown key") << QStringLiteral("trading.threshhold") << QStringLiteral("0.02")
                                 << QStringLiteral("command line: \"trading.threshhold\" is not a setting; did you "
                                                   "mean trading.threshold_spread?");
}

void TestCliOverrides::applyOverrides_invalidValue_isRefusedAndSettingsAreUnchanged()
{
    // Arrange
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const Settings before = test::defaultSettings();
    Settings settings = before;
    // The good override in front must not be applied either: all or nothing.
    const Overrides overrides{{QStringLiteral("engine.mode"), QStringLiteral("live")}, {key, value}};
    // Act
    const Status applied = applyOverrides(settings, overrides);
    // Assert
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, QStringLiteral("config.override"));
    QCOMPARE(applied.error().message, message);
    QVERIFY(settings == before);
}

void TestCliOverrides::applyOverrides_severalBadValues_listsEveryOne()
{
    // Arrange
    Settings settings = test::defaultSettings();
    const Overrides overrides{{QStringLiteral("trading.threshold_spread"), QStringLiteral("-0.01")},
                              {QStringLiteral("trading.auto_execute"), QStringLiteral("maybe")},
                              {QStringLiteral("logging.level"), QStringLiteral("info")}};
    // Act
    const Status applied = applyOverrides(settings, overrides);
    // Assert
    QVERIFY(!applied.ok());
    const QStringList lines = applied.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("command line: trading.threshold_spread: ")));
    QVERIFY(lines[1].startsWith(QStringLiteral("command line: trading.auto_execute: ")));
}

void TestCliOverrides::applyOverrides_breakingARuleBetweenKeys_isRefused()
{
    // Arrange: the defaults allocate 0.45 + 0.45; a 0.5 reserve makes 1.4.
    const Settings before = test::defaultSettings();
    Settings settings = before;
    // Act
    const Status applied = applyOverrides(settings, {{QStringLiteral("capital.reserve_pct"), QStringLiteral("0.5")}});
    // Assert
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().message,
             QStringLiteral("command line: capital.reserve_pct: kalshi_allocation_pct + "
                            "polymarket_allocation_pct + reserve_pct must be at most 1, got 0.45 + 0.45 + 0.5 = 1.4"));
    QVERIFY(settings == before);
}

QTEST_GUILESS_MAIN(TestCliOverrides)
#include "TestCliOverrides.moc"
