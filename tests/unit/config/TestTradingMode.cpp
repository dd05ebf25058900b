// TradingMode: the engine.mode spellings of config.yaml, the command line and the dashboard.
#include "config/TradingMode.h"

#include <QTest>

using namespace orion;

class TestTradingMode final : public QObject
{
    Q_OBJECT

private slots:
    void parseTradingMode_configSpelling_givesTheMode_data();
    void parseTradingMode_configSpelling_givesTheMode();
    void parseTradingMode_otherSpelling_isRejected_data();
    void parseTradingMode_otherSpelling_isRejected();
};

void TestTradingMode::parseTradingMode_configSpelling_givesTheMode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("display");

    QTest::newRow("dry_run") << QStringLiteral("dry_run") << static_cast<int>(TradingMode::DryRun)
                             << QStringLiteral("Dry run");
    QTest::newRow("alert_only") << QStringLiteral("alert_only") << static_cast<int>(TradingMode::AlertOnly)
                                << QStringLiteral("Alert only");
    QTest::newRow("paper") << QStringLiteral("paper") << static_cast<int>(TradingMode::Paper)
                           << QStringLiteral("Paper");
    QTest::newRow("live") << QStringLiteral("live") << static_cast<int>(TradingMode::Live) << QStringLiteral("Live");
}

void TestTradingMode::parseTradingMode_configSpelling_givesTheMode()
{
    // Arrange
    QFETCH(QString, text);
    QFETCH(int, mode);
    QFETCH(QString, display);
    // Act
    const std::optional<TradingMode> parsed = parseTradingMode(text);
    // Assert
    QVERIFY(parsed.has_value());
    QCOMPARE(static_cast<int>(*parsed), mode);
    QCOMPARE(toConfigString(*parsed), text);
    QCOMPARE(displayName(*parsed), display);
}

void TestTradingMode::parseTradingMode_otherSpelling_isRejected_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("capitals") << QStringLiteral("Live");
    QTest::newRow("dash") << QStringLiteral("dry-run");
    QTest::newRow("display name") << QStringLiteral("Dry run");
    QTest::newRow("padded") << QStringLiteral(" paper");
    QTest::newRow("empty") << QString();
}

void TestTradingMode::parseTradingMode_otherSpelling_isRejected()
{
    // Arrange
    QFETCH(QString, text);
    // Act
    const std::optional<TradingMode> parsed = parseTradingMode(text);
    // Assert
    QVERIFY(!parsed.has_value());
}

QTEST_GUILESS_MAIN(TestTradingMode)
#include "TestTradingMode.moc"
