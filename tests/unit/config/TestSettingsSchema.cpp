// The settings schema: one description per key, one parser per key, and the rules between keys.
#include "config/SettingsLoader.h"
#include "config/SettingsSchema.h"

#include <QSet>
#include <QTest>

#include "TestSettings.h"

using namespace orion;

namespace {

QStringList keysOf(const QList<ConfigProblem>& problems)
{
    QStringList keys;
    for (const ConfigProblem& problem : problems) {
        keys << problem.key;
    }
    return keys;
}

} // namespace

class TestSettingsSchema final : public QObject
{
    Q_OBJECT

private slots:
    void schema_everyKey_isDescribedForTheParameterEditor();
    void schema_keys_coverEverySectionOfTheIssue();
    void settingValue_ofEveryKey_readsBackThroughSetSetting();
    void settingValue_unknownKey_isNull();
    void setSetting_validText_storesTheTypedValue();
    void setSetting_secondsWithFraction_storesExactMilliseconds_data();
    void setSetting_secondsWithFraction_storesExactMilliseconds();
    void setSetting_invalidText_isRefusedNamingKeyAndReason_data();
    void setSetting_invalidText_isRefusedNamingKeyAndReason();
    void setSetting_unknownKey_suggestsTheClosestKey();
    void validateSettings_defaults_hasNoProblems();
    void validateSettings_allocationsAboveOne_namesTheSum();
    void validateSettings_minimumTradeAboveLargestTrade_isReported();
    void validateSettings_exposureLimitBelowMinimumTrade_isReported();
    void validateSettings_valueOutOfRangeBuiltInCode_isReported();
};

void TestSettingsSchema::schema_everyKey_isDescribedForTheParameterEditor()
{
    // Arrange
    const QSet<QString> types{QStringLiteral("price"),   QStringLiteral("cash"),    QStringLiteral("ratio"),
                              QStringLiteral("integer"), QStringLiteral("seconds"), QStringLiteral("boolean"),
                              QStringLiteral("choice"),  QStringLiteral("text"),    QStringLiteral("url")};
    QSet<QString> seen;
    // Act + Assert
    for (const SettingDescriptor& descriptor : settingsSchema()) {
        const QByteArray key = descriptor.key.toUtf8();
        QVERIFY2(!seen.contains(descriptor.key), key.constData());
        seen.insert(descriptor.key);
        QVERIFY2(types.contains(descriptor.type), key.constData());
        QVERIFY2(descriptor.help.size() >= 20 && descriptor.help.endsWith(QLatin1Char('.')), key.constData());
        const bool numeric = QSet<QString>{QStringLiteral("price"), QStringLiteral("cash"), QStringLiteral("ratio"),
                                           QStringLiteral("integer"), QStringLiteral("seconds")}
                                 .contains(descriptor.type);
        QVERIFY2(!numeric || (!descriptor.minimum.isEmpty() && !descriptor.maximum.isEmpty()), key.constData());
        QVERIFY2(!numeric || !descriptor.unit.isEmpty(), key.constData());
        QVERIFY2(descriptor.type != QLatin1String("choice") || descriptor.choices.size() >= 2, key.constData());
        QCOMPARE(findSettingDescriptor(descriptor.key), &descriptor);
    }
}

void TestSettingsSchema::schema_keys_coverEverySectionOfTheIssue()
{
    // Arrange
    const QStringList required{
        QStringLiteral("trading.threshold_spread"),
        QStringLiteral("trading.max_trade_size_pct"),
        QStringLiteral("trading.min_trade_size_usd"),
        QStringLiteral("trading.target_liquidity_depth"),
        QStringLiteral("trading.slippage_tolerance"),
        QStringLiteral("trading.auto_execute"),
        QStringLiteral("capital.initial_bankroll"),
        QStringLiteral("capital.kalshi_allocation_pct"),
        QStringLiteral("capital.polymarket_allocation_pct"),
        QStringLiteral("capital.reserve_pct"),
        QStringLiteral("capital.rebalance_interval_hr"),
        QStringLiteral("risk.max_open_positions"),
        QStringLiteral("risk.max_exposure_per_event"),
        QStringLiteral("risk.max_daily_loss_pct"),
        QStringLiteral("engine.poll_interval_s"),
        QStringLiteral("engine.mode"),
        QStringLiteral("engine.max_book_age_ms"),
        QStringLiteral("database.url"),
        QStringLiteral("logging.level"),
        QStringLiteral("logging.file"),
        QStringLiteral("venues.environment"),
        QStringLiteral("alerts.telegram.enabled"),
    };
    // Act + Assert
    for (const QString& key : required) {
        QVERIFY2(findSettingDescriptor(key) != nullptr, qPrintable(key));
    }
    for (const char* environment : {"production", "demo", "simulator"}) {
        for (const char* leaf :
             {"kalshi.rest_url", "kalshi.ws_url", "polymarket.gamma_url", "polymarket.clob_url", "polymarket.ws_url",
              "polymarket.deposit_wallet"}) {
            const QString key = QStringLiteral("venues.%1.%2").arg(QLatin1String(environment), QLatin1String(leaf));
            QVERIFY2(findSettingDescriptor(key) != nullptr, qPrintable(key));
        }
    }
}

void TestSettingsSchema::settingValue_ofEveryKey_readsBackThroughSetSetting()
{
    // Arrange
    const Settings original = test::defaultSettings();
    Settings copy;
    // Act
    for (const SettingDescriptor& descriptor : settingsSchema()) {
        const Status written = setSetting(copy, descriptor.key, settingValue(original, descriptor.key));
        QVERIFY2(written.ok(), qPrintable(written.error().message));
    }
    // Assert
    QVERIFY(copy == original);
}

void TestSettingsSchema::settingValue_unknownKey_isNull()
{
    QVERIFY(settingValue(test::defaultSettings(), u"trading.nothing").isNull());
}

void TestSettingsSchema::setSetting_validText_storesTheTypedValue()
{
    // Arrange
    Settings settings = test::defaultSettings();
    // Act
    QVERIFY(setSetting(settings, u"trading.threshold_spread", u"0.035").ok());
    QVERIFY(setSetting(settings, u"trading.max_trade_size_pct", u"0.125").ok());
    QVERIFY(setSetting(settings, u"capital.initial_bankroll", u"2500.75").ok());
    QVERIFY(setSetting(settings, u"engine.mode", u"live").ok());
    QVERIFY(setSetting(settings, u"venues.environment", u"demo").ok());
    QVERIFY(setSetting(settings, u"logging.max_file_bytes", u"1073741824").ok());
    QVERIFY(setSetting(settings, u"alerts.events.circuit_breaker", u"false").ok());
    // Assert
    QCOMPARE(settings.trading.thresholdSpread, Price::fromMicros(35'000));
    QCOMPARE(settings.trading.maxTradeSizePct, Ratio::fromPpm(125'000));
    QCOMPARE(settings.capital.initialBankroll, Cash::fromMicros(2'500'750'000));
    QCOMPARE(settings.engine.mode, TradingMode::Live);
    QCOMPARE(settings.venues.environment, VenueEnvironment::Demo);
    QCOMPARE(&settings.venues.active(), &settings.venues.demo);
    QCOMPARE(settings.logging.maxFileBytes, qint64{1} << 30);
    QCOMPARE(settings.alerts.events.circuitBreaker, false);
    QCOMPARE(settingValue(settings, u"capital.initial_bankroll"), QStringLiteral("2500.75"));
    QCOMPARE(settingValue(settings, u"trading.threshold_spread"), QStringLiteral("0.035"));
}

void TestSettingsSchema::setSetting_secondsWithFraction_storesExactMilliseconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("milliseconds");
    QTest::addColumn<QString>("writtenBack");

    QTest::newRow("half") << QStringLiteral("0.5") << 500 << QStringLiteral("0.5");
    QTest::newRow("whole") << QStringLiteral("2") << 2000 << QStringLiteral("2");
    QTest::newRow("milliseconds") << QStringLiteral("1.25") << 1250 << QStringLiteral("1.25");
    QTest::newRow("trailing zeros") << QStringLiteral("0.1000") << 100 << QStringLiteral("0.1");
    QTest::newRow("one hour") << QStringLiteral("3600") << 3'600'000 << QStringLiteral("3600");
}

void TestSettingsSchema::setSetting_secondsWithFraction_storesExactMilliseconds()
{
    // Arrange
    QFETCH(QString, text);
    QFETCH(int, milliseconds);
    QFETCH(QString, writtenBack);
    Settings settings = test::defaultSettings();
    // Act
    const Status written = setSetting(settings, u"engine.poll_interval_s", text);
    // Assert
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QCOMPARE(settings.engine.pollIntervalMs, milliseconds);
    QCOMPARE(settingValue(settings, u"engine.poll_interval_s"), writtenBack);
}

void TestSettingsSchema::setSetting_invalidText_isRefusedNamingKeyAndReason_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("ratio above one") << QStringLiteral("risk.max_daily_loss_pct") << QStringLiteral("1.5")
                                     << QStringLiteral("config.range")
                                     << QStringLiteral("risk.max_daily_loss_pct: must be between 0.001 and 1, got 1.5");
    QTest::newRow("threshold too small")
        << QStringLiteral("trading.threshold_spread") << QStringLiteral("0.00001") << QStringLiteral("config.range")
        << QStringLiteral("trading.threshold_spread: must be between 0.0001 and 0.5, got 0.00001");
    QTest::newRow("price with seven decimals")
        << QStringLiteral("trading.threshold_spread") << QStringLiteral("0.0200001") << QStringLiteral("config.value")
        << QString();
    QTest::newRow("exponent") << QStringLiteral("trading.min_trade_size_usd") << QStringLiteral("1e2")
                              << QStringLiteral("config.type")
                              << QStringLiteral("trading.min_trade_size_usd: expected an amount in dollars such as 10 "
                                                "or 12.50, got \"1e2\"");
    QTest::newRow("percent sign") << QStringLiteral("capital.reserve_pct") << QStringLiteral("10%")
                                  << QStringLiteral("config.type")
                                  << QStringLiteral("capital.reserve_pct: expected a fraction such as 0.05 (for 5%), "
                                                    "got \"10%\"");
    QTest::newRow("integer overflow") << QStringLiteral("risk.max_open_positions")
                                      << QStringLiteral("99999999999999999999") << QStringLiteral("config.range")
                                      << QStringLiteral("risk.max_open_positions: must be between 1 and 10000, got "
                                                        "99999999999999999999");
    QTest::newRow("poll too fast") << QStringLiteral("engine.poll_interval_s") << QStringLiteral("0.05")
                                   << QStringLiteral("config.range")
                                   << QStringLiteral("engine.poll_interval_s: must be between 0.1 and 3600, got 0.05");
    QTest::newRow("negative seconds") << QStringLiteral("engine.poll_interval_s") << QStringLiteral("-1")
                                      << QStringLiteral("config.type")
                                      << QStringLiteral("engine.poll_interval_s: expected a number of seconds such as "
                                                        "1 or 0.5, got \"-1\"");
    QTest::newRow("mode in capitals") << QStringLiteral("engine.mode") << QStringLiteral("LIVE")
                                      << QStringLiteral("config.type")
                                      << QStringLiteral("engine.mode: expected one of dry_run, alert_only, paper, "
                                                        "live, got \"LIVE\"");
    QTest::newRow("log level") << QStringLiteral("logging.level") << QStringLiteral("trace")
                               << QStringLiteral("config.type")
                               << QStringLiteral("logging.level: expected one of debug, info, warning, error, "
                                                 "critical, got \"trace\"");
    QTest::newRow("boolean as number") << QStringLiteral("trading.auto_execute") << QStringLiteral("1")
                                       << QStringLiteral("config.type")
                                       << QStringLiteral("trading.auto_execute: expected true or false, got \"1\"");
    QTest::newRow("plain http to an exchange")
        << QStringLiteral("venues.production.kalshi.rest_url")
        << QStringLiteral("http://external-api.kalshi.com/trade-api/v2") << QStringLiteral("config.value")
        << QStringLiteral("venues.production.kalshi.rest_url: must start with https://; exchanges are only reached "
                          "over TLS");
    QTest::newRow("https for a websocket")
        << QStringLiteral("venues.demo.kalshi.ws_url") << QStringLiteral("https://external-api-ws.demo.kalshi.co")
        << QStringLiteral("config.value")
        << QStringLiteral("venues.demo.kalshi.ws_url: must start with wss://; exchanges are only reached over TLS");
    QTest::newRow("auto outside the simulator")
        << QStringLiteral("venues.demo.polymarket.gamma_url") << QStringLiteral("auto")
        << QStringLiteral("config.value")
        << QStringLiteral("venues.demo.polymarket.gamma_url: \"auto\" is only for venues.simulator; give the venue's "
                          "URL");
    QTest::newRow("remote simulator")
        << QStringLiteral("venues.simulator.polymarket.clob_url") << QStringLiteral("http://10.0.0.5:8080")
        << QStringLiteral("config.value")
        << QStringLiteral("venues.simulator.polymarket.clob_url: the simulator runs on this machine, so the host "
                          "must be 127.0.0.1, ::1 or localhost, got \"10.0.0.5\"");
    QTest::newRow("password in url")
        << QStringLiteral("venues.production.polymarket.clob_url")
        << QStringLiteral("https://me:pw@clob.polymarket.com") << QStringLiteral("config.value")
        << QStringLiteral("venues.production.polymarket.clob_url: must not contain a user name or password; "
                          "credentials belong in the credential store");
    QTest::newRow("deposit wallet too short")
        << QStringLiteral("venues.production.polymarket.deposit_wallet") << QStringLiteral("0x1234")
        << QStringLiteral("config.value")
        << QStringLiteral("venues.production.polymarket.deposit_wallet: must be empty or a 0x address of 40 hex "
                          "digits");
    QTest::newRow("deposit wallet not hexadecimal")
        << QStringLiteral("venues.production.polymarket.deposit_wallet")
        << QStringLiteral("0xG39fd6e51aad88F6F4ce6aB8827279cffFb92266") << QStringLiteral("config.value")
        << QStringLiteral("venues.production.polymarket.deposit_wallet: must be empty or a 0x address of 40 hex "
                          "digits");
    QTest::newRow("database scheme")
        << QStringLiteral("database.url") << QStringLiteral("mysql://localhost/orion") << QStringLiteral("config.value")
        << QStringLiteral("database.url: \"mysql://localhost/orion\" is not a supported database URL: only sqlite is "
                          "supported. Use sqlite:///relative/path.db, sqlite:////absolute/path.db or "
                          "sqlite:///:memory:");
    QTest::newRow("database directory")
        << QStringLiteral("database.url") << QStringLiteral("sqlite:///data/") << QStringLiteral("config.value")
        << QStringLiteral("database.url: \"sqlite:///data/\" is not a supported database URL: it names a directory, "
                          "not a file. Use sqlite:///relative/path.db, sqlite:////absolute/path.db or "
                          "sqlite:///:memory:");
    QTest::newRow("log file is a directory")
        << QStringLiteral("logging.file") << QStringLiteral("logs/") << QStringLiteral("config.value")
        << QStringLiteral("logging.file: names a directory; give a file such as logs/arbitrage.log");
}

void TestSettingsSchema::setSetting_invalidText_isRefusedNamingKeyAndReason()
{
    // Arrange
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const Settings before = test::defaultSettings();
    Settings settings = before;
    // Act
    const Status written = setSetting(settings, key, text);
    // Assert
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, code);
    QVERIFY2(written.error().message.startsWith(key + QStringLiteral(": ")), qPrintable(written.error().message));
    if (!message.isEmpty()) {
        QCOMPARE(written.error().message, message);
    }
    QVERIFY(settings == before);
}

void TestSettingsSchema::setSetting_unknownKey_suggestsTheClosestKey()
{
    // Arrange
    Settings settings = test::defaultSettings();
    // Act
    const Status written = setSetting(settings, u"trading.treshold_spread", u"0.03");
    // Assert
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("config.unknown_key"));
    QCOMPARE(written.error().message,
             QStringLiteral("\"trading.treshold_spread\" is not a setting; did you mean trading.threshold_spread?"));
}

void TestSettingsSchema::validateSettings_defaults_hasNoProblems()
{
    const QList<ConfigProblem> problems = validateSettings(test::defaultSettings());
    QVERIFY2(problems.isEmpty(), qPrintable(joinProblems(problems)));
}

void TestSettingsSchema::validateSettings_allocationsAboveOne_namesTheSum()
{
    // Arrange
    Settings settings = test::defaultSettings();
    settings.capital.kalshiAllocationPct = Ratio::fromPpm(600'000);
    settings.capital.polymarketAllocationPct = Ratio::fromPpm(500'000);
    settings.capital.reservePct = Ratio::fromPpm(100'000);
    // Act
    const QList<ConfigProblem> problems = validateSettings(settings);
    // Assert
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].toString(),
             QStringLiteral("capital.kalshi_allocation_pct: kalshi_allocation_pct + polymarket_allocation_pct + "
                            "reserve_pct must be at most 1, got 0.6 + 0.5 + 0.1 = 1.2"));
}

void TestSettingsSchema::validateSettings_minimumTradeAboveLargestTrade_isReported()
{
    // Arrange: 1% of $1000 is $10, less than the $50 minimum.
    Settings settings = test::defaultSettings();
    settings.capital.initialBankroll = Cash::fromMicros(1'000'000'000);
    settings.trading.maxTradeSizePct = Ratio::fromPpm(10'000);
    settings.trading.minTradeSizeUsd = Cash::fromMicros(50'000'000);
    // Act
    const QList<ConfigProblem> problems = validateSettings(settings);
    // Assert
    QCOMPARE(keysOf(problems), QStringList{QStringLiteral("trading.min_trade_size_usd")});
    QCOMPARE(problems[0].message,
             QStringLiteral("50.00 is more than the largest trade allowed, 10.00 (trading.max_trade_size_pct 0.01 of "
                            "capital.initial_bankroll 1000.00), so nothing would ever trade"));
}

void TestSettingsSchema::validateSettings_exposureLimitBelowMinimumTrade_isReported()
{
    // Arrange
    Settings settings = test::defaultSettings();
    settings.risk.maxExposurePerEvent = Cash::fromMicros(5'000'000);
    settings.trading.minTradeSizeUsd = Cash::fromMicros(6'000'000);
    // Act
    const QList<ConfigProblem> problems = validateSettings(settings);
    // Assert
    QCOMPARE(keysOf(problems), QStringList{QStringLiteral("risk.max_exposure_per_event")});
}

void TestSettingsSchema::validateSettings_valueOutOfRangeBuiltInCode_isReported()
{
    // Arrange: Settings assembled in code (dashboard, engine) meet the same ranges as a file.
    Settings settings = test::defaultSettings();
    settings.engine.pollIntervalMs = 0;
    settings.logging.level = QStringLiteral("loud");
    settings.venues.production.kalshiRestUrl = QStringLiteral("auto");
    // Act
    const QList<ConfigProblem> problems = validateSettings(settings);
    // Assert
    QCOMPARE(keysOf(problems), (QStringList{QStringLiteral("engine.poll_interval_s"), QStringLiteral("logging.level"),
                                            QStringLiteral("venues.production.kalshi.rest_url")}));
}

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "TestSettingsSchema.moc"
