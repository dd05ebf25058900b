// SettingsLoader: the embedded default, user files on top of it, and one clear problem per mistake.
#include "TestData.h"

#include "config/SettingsLoader.h"
#include "config/SettingsSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "TestSettings.h"

using namespace orion;

namespace {

// Problems as the user sees them, with the file shortened to its name so that expectations do not depend on
// where the source tree is.
QStringList problemLines(const LoadOutcome& outcome)
{
    QStringList lines;
    for (ConfigProblem problem : outcome.problems) {
        problem.file = QFileInfo(problem.file).fileName();
        lines << problem.toString();
    }
    return lines;
}

} // namespace

class TestSettingsLoader final : public QObject
{
    Q_OBJECT

private slots:
    void loadDefault_embeddedFile_hasNoProblems();
    void loadDefault_embeddedFile_isTheConfigYamlOnDisk();
    void loadDefault_values_areTheDocumentedDefaults();
    void loadFile_withThreeMistakes_reportsExactlyThreeProblemsWithFileLineAndKey();
    void loadFile_invalidExample_reportsExactlyTheExpectedProblems_data();
    void loadFile_invalidExample_reportsExactlyTheExpectedProblems();
    void loadFile_validExample_loadsWithoutProblems_data();
    void loadFile_validExample_loadsWithoutProblems();
    void loadFile_partialFile_takesDefaultsForMissingKeys();
    void loadFile_commentsOnly_givesTheDefaults();
    void loadFile_malformedYaml_reportsTheLineWhereItBroke();
    void loadFile_missingFile_saysItCannotRead();
    void loadFile_hugeFile_isRefusedUnread();
    void loadText_oneMistake_reportsIt_data();
    void loadText_oneMistake_reportsIt();
    void loadText_allocationsAboveOne_pointsAtTheKeyTheFileSets();
    void loadText_refusedValue_doesNotAlsoBreakARuleBetweenKeys();
    void loadText_quotedText_isAcceptedForTextSettings();
};

void TestSettingsLoader::loadDefault_embeddedFile_hasNoProblems()
{
    // Act
    const LoadOutcome outcome = SettingsLoader::loadDefault();
    // Assert
    QVERIFY2(outcome.problems.isEmpty(), qPrintable(joinProblems(outcome.problems)));
    QVERIFY(outcome.ok());
}

void TestSettingsLoader::loadDefault_embeddedFile_isTheConfigYamlOnDisk()
{
    // Arrange
    QFile embedded(SettingsLoader::defaultResourcePath());
    QFile onDisk(test::sourcePath(QStringLiteral("config/config.yaml")));
    // Act
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    // Assert
    QCOMPARE(embedded.readAll(), onDisk.readAll());
}

void TestSettingsLoader::loadDefault_values_areTheDocumentedDefaults()
{
    // Act
    const Settings settings = test::defaultSettings();
    // Assert: the values the issue names. A fresh install paper-trades against the built-in simulator: it
    // trades automatically, but only simulated money at simulated venues (live always needs the user's choice).
    QCOMPARE(settings.engine.mode, TradingMode::Paper);
    QCOMPARE(settings.trading.autoExecute, true);
    QCOMPARE(settings.venues.environment, VenueEnvironment::Simulator);
    QCOMPARE(settings.database.url, QStringLiteral("sqlite:///data/arbitrage.db"));
    QCOMPARE(settings.logging.file, QStringLiteral("logs/arbitrage.log"));
    QCOMPARE(settings.logging.level, QStringLiteral("info"));
    QCOMPARE(settings.trading.thresholdSpread, Price::fromMicros(20'000));
    QCOMPARE(settings.engine.pollIntervalMs, 1000);
    QCOMPARE(settings.alerts.telegram.enabled, false);
    QCOMPARE(settings.venues.production.kalshiRestUrl, QStringLiteral("https://external-api.kalshi.com/trade-api/v2"));
    QCOMPARE(settings.venues.production.kalshiWsUrl,
             QStringLiteral("wss://external-api-ws.kalshi.com/trade-api/ws/v2"));
    QCOMPARE(settings.venues.demo.kalshiRestUrl, QStringLiteral("https://external-api.demo.kalshi.co/trade-api/v2"));
    QCOMPARE(settings.venues.production.polymarketClobUrl, QStringLiteral("https://clob.polymarket.com"));
    QCOMPARE(settings.venues.production.polymarketGammaUrl, QStringLiteral("https://gamma-api.polymarket.com"));
    QVERIFY(VenueEndpoints::isAuto(settings.venues.simulator.kalshiRestUrl));
    QVERIFY(VenueEndpoints::isAuto(settings.venues.active().polymarketWsUrl));
}

void TestSettingsLoader::loadFile_withThreeMistakes_reportsExactlyThreeProblemsWithFileLineAndKey()
{
    // Arrange
    const QString path = test::dataPath(QStringLiteral("config/invalid/three_mistakes.yaml"));
    // Act
    const LoadOutcome outcome = SettingsLoader::loadFile(path);
    // Assert
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.settings.has_value());
    QCOMPARE(outcome.problems.size(), 3);
    for (const ConfigProblem& problem : outcome.problems) {
        QCOMPARE(problem.file, path);
        QCOMPARE(problem.column, 3);
    }
    QCOMPARE(outcome.problems[0].line, 4);
    QCOMPARE(outcome.problems[0].key, QStringLiteral("trading.max_trade_size_pct"));
    QCOMPARE(outcome.problems[1].line, 7);
    QCOMPARE(outcome.problems[1].key, QStringLiteral("risk.max_daily_loss_pct"));
    QCOMPARE(outcome.problems[1].toString(),
             path + QStringLiteral(":7:3: risk.max_daily_loss_pct: must be between 0.001 and 1, got 1.5"));
    QCOMPARE(outcome.problems[2].line, 10);
    QCOMPARE(outcome.problems[2].key, QStringLiteral("engine.pol_interval_s"));
    QVERIFY(outcome.problems[2].message.contains(QStringLiteral("did you mean poll_interval_s?")));
}

void TestSettingsLoader::loadFile_invalidExample_reportsExactlyTheExpectedProblems_data()
{
    QTest::addColumn<QString>("file");

    const QDir dir(test::dataPath(QStringLiteral("config/invalid")));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    for (const QString& file : files) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

// Each invalid/X.yaml has an X.expected next to it: the exact problem lines Orion prints for it.
void TestSettingsLoader::loadFile_invalidExample_reportsExactlyTheExpectedProblems()
{
    // Arrange
    QFETCH(QString, file);
    const QString base = QStringLiteral("config/invalid/") + QFileInfo(file).completeBaseName();
    const QString expectedText = QString::fromUtf8(test::readData(base + QStringLiteral(".expected")));
    const QStringList expected = expectedText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!expected.isEmpty());
    // Act
    const LoadOutcome outcome = SettingsLoader::loadFile(test::dataPath(base + QStringLiteral(".yaml")));
    // Assert
    QVERIFY(!outcome.ok());
    QCOMPARE(problemLines(outcome), expected);
}

void TestSettingsLoader::loadFile_validExample_loadsWithoutProblems_data()
{
    QTest::addColumn<QString>("file");

    const QDir dir(test::dataPath(QStringLiteral("config/valid")));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString& file : files) {
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestSettingsLoader::loadFile_validExample_loadsWithoutProblems()
{
    // Arrange
    QFETCH(QString, file);
    // Act
    const LoadOutcome outcome = SettingsLoader::loadFile(file);
    // Assert
    QVERIFY2(outcome.ok(), qPrintable(joinProblems(outcome.problems)));
    QVERIFY(validateSettings(*outcome.settings).isEmpty());
}

void TestSettingsLoader::loadFile_partialFile_takesDefaultsForMissingKeys()
{
    // Arrange
    const Settings defaultSettings = test::defaultSettings();
    // Act
    const LoadOutcome outcome = SettingsLoader::loadFile(test::dataPath(QStringLiteral("config/valid/partial.yaml")));
    // Assert
    QVERIFY2(outcome.ok(), qPrintable(joinProblems(outcome.problems)));
    const Settings& settings = *outcome.settings;
    QCOMPARE(settings.trading.thresholdSpread, Price::fromMicros(35'000));
    QCOMPARE(settings.trading.autoExecute, true);
    QCOMPARE(settings.engine.mode, TradingMode::Paper);
    QCOMPARE(settings.engine.pollIntervalMs, 500);
    // Everything the file does not mention is the default.
    Settings expected = defaultSettings;
    expected.trading.thresholdSpread = settings.trading.thresholdSpread;
    expected.trading.autoExecute = true;
    expected.engine.mode = TradingMode::Paper;
    expected.engine.pollIntervalMs = 500;
    QVERIFY(settings == expected);
}

void TestSettingsLoader::loadFile_commentsOnly_givesTheDefaults()
{
    // Act
    const LoadOutcome outcome = SettingsLoader::loadFile(test::dataPath(QStringLiteral("config/valid/empty.yaml")));
    // Assert
    QVERIFY(outcome.ok());
    QVERIFY(*outcome.settings == test::defaultSettings());
}

void TestSettingsLoader::loadFile_malformedYaml_reportsTheLineWhereItBroke()
{
    // Arrange
    const QString path = test::dataPath(QStringLiteral("config/invalid/malformed.yaml"));
    // Act
    const LoadOutcome outcome = SettingsLoader::loadFile(path);
    // Assert
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems[0].file, path);
    QVERIFY2(outcome.problems[0].line >= 4, qPrintable(outcome.problems[0].toString()));
    QVERIFY(outcome.problems[0].message.startsWith(QStringLiteral("malformed YAML: ")));
}

void TestSettingsLoader::loadFile_missingFile_saysItCannotRead()
{
    // Arrange
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nowhere.yaml"));
    // Act
    const LoadOutcome outcome = SettingsLoader::loadFile(path);
    // Assert
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems[0].file, path);
    QCOMPARE(outcome.problems[0].line, 0);
    QVERIFY(outcome.problems[0].toString().startsWith(path + QStringLiteral(": cannot read: ")));
}

void TestSettingsLoader::loadFile_hugeFile_isRefusedUnread()
{
    // Arrange: a log file passed as --config by mistake.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("orion.log")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray(SettingsLoader::kMaxFileBytes + 1, 'x')) > 0);
    file.close();
    // Act
    const LoadOutcome outcome = SettingsLoader::loadFile(file.fileName());
    // Assert
    QCOMPARE(outcome.problems.size(), 1);
    QVERIFY(outcome.problems[0].message.contains(QStringLiteral("probably the wrong file")));
}

void TestSettingsLoader::loadText_oneMistake_reportsIt_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");

    QTest::newRow("out of range") << QByteArray("risk:\n  max_open_positions: 0\n")
                                  << QStringLiteral("t.yaml:2:3: risk.max_open_positions: must be between 1 and "
                                                    "10000, got 0");
    QTest::newRow("typo with suggestion")
        << QByteArray("trading:\n  threshold_sprad: 0.02\n")
        << QStringLiteral("t.yaml:2:3: trading.threshold_sprad: unknown key; did you mean threshold_spread?");
    QTest::newRow("right key, wrong section")
        << QByteArray("engine:\n  max_open_positions: 3\n")
        << QStringLiteral("t.yaml:2:3: engine.max_open_positions: unknown key here; risk.max_open_positions is a "
                          "setting");
    QTest::newRow("text for a price")
        << QByteArray("trading:\n  threshold_spread: two cents\n")
        << QStringLiteral("t.yaml:2:3: trading.threshold_spread: expected a price in dollars per contract such as "
                          "0.02, got \"two cents\"");
    QTest::newRow("quoted number")
        << QByteArray("capital:\n  reserve_pct: '0.1'\n")
        << QStringLiteral("t.yaml:2:3: capital.reserve_pct: expected a fraction such as 0.05 (for 5%), got the "
                          "quoted text \"0.1\"; write it without quotes");
    QTest::newRow("yaml 1.1 boolean") << QByteArray("trading:\n  auto_execute: on\n")
                                      << QStringLiteral(
                                             "t.yaml:2:3: trading.auto_execute: expected true or false, got \"on\"");
    QTest::newRow("unknown mode")
        << QByteArray("engine:\n  mode: yolo\n")
        << QStringLiteral("t.yaml:2:3: engine.mode: expected one of dry_run, alert_only, paper, live, got \"yolo\"");
    QTest::newRow("poll interval finer than a millisecond")
        << QByteArray("engine:\n  poll_interval_s: 0.1234\n")
        << QStringLiteral("t.yaml:2:3: engine.poll_interval_s: \"0.1234\" is finer than a millisecond; use at most "
                          "3 decimals");
    QTest::newRow("negative money") << QByteArray("risk:\n  max_exposure_per_event: -5\n")
                                    << QStringLiteral("t.yaml:2:3: risk.max_exposure_per_event: must be between 1 "
                                                      "and 1000000000, got -5");
    QTest::newRow("whole number with a fraction")
        << QByteArray("engine:\n  max_book_age_ms: 1500.5\n")
        << QStringLiteral("t.yaml:2:3: engine.max_book_age_ms: expected a whole number, got \"1500.5\"");
    QTest::newRow("no value") << QByteArray("logging:\n  level:\n")
                              << QStringLiteral("t.yaml:2:3: logging.level: has no value; expected one of debug, "
                                                "info, warning, error, critical");
    QTest::newRow("section given a value")
        << QByteArray("risk: 5\n")
        << QStringLiteral("t.yaml:1:1: risk: is a section; expected settings below it, got a value");
    QTest::newRow("two documents") << QByteArray("risk:\n  max_open_positions: 3\n---\nrisk: {}\n")
                                   << QStringLiteral("t.yaml:4:1: has more than one YAML document (---); put every "
                                                     "setting in one");
    QTest::newRow("tab indentation") << QByteArray("risk:\n\tmax_open_positions: 3\n")
                                     << QStringLiteral(
                                            "t.yaml:2:1: malformed YAML: a tab in the indentation; indent with spaces");
    QTest::newRow("not utf-8") << QByteArray("logging:\n  file: \"caf\xe9.log\"\n")
                               << QStringLiteral("t.yaml: is not UTF-8 text");
    QTest::newRow("control character in text")
        << QByteArray("logging:\n  file: \"a\\x07b.log\"\n")
        << QStringLiteral("t.yaml:2:3: logging.file: must not contain control characters");
}

void TestSettingsLoader::loadText_oneMistake_reportsIt()
{
    // Arrange
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    // Act
    const LoadOutcome outcome = SettingsLoader::loadText(yaml, QStringLiteral("t.yaml"));
    // Assert
    QVERIFY(!outcome.ok());
    QCOMPARE(problemLines(outcome), QStringList{expected});
}

void TestSettingsLoader::loadText_allocationsAboveOne_pointsAtTheKeyTheFileSets()
{
    // Arrange: only the reserve is in the file; the allocations are the defaults (0.45 each).
    const QByteArray yaml("capital:\n  initial_bankroll: 5000\n  reserve_pct: 0.2\n");
    // Act
    const LoadOutcome outcome = SettingsLoader::loadText(yaml, QStringLiteral("mine.yaml"));
    // Assert
    QCOMPARE(problemLines(outcome),
             QStringList{QStringLiteral("mine.yaml:3:3: capital.reserve_pct: kalshi_allocation_pct + "
                                        "polymarket_allocation_pct + reserve_pct must be at most 1, got 0.45 + "
                                        "0.45 + 0.2 = 1.1")});
}

void TestSettingsLoader::loadText_refusedValue_doesNotAlsoBreakARuleBetweenKeys()
{
    // Arrange: 1.5 is out of range on its own; the sum rule must not report the same mistake a second time.
    const QByteArray yaml("capital:\n  kalshi_allocation_pct: 1.5\n  polymarket_allocation_pct: 0.6\n");
    // Act
    const LoadOutcome outcome = SettingsLoader::loadText(yaml, QStringLiteral("t.yaml"));
    // Assert
    QCOMPARE(problemLines(outcome),
             QStringList{QStringLiteral("t.yaml:2:3: capital.kalshi_allocation_pct: must be between 0.01 and 1, "
                                        "got 1.5")});
}

void TestSettingsLoader::loadText_quotedText_isAcceptedForTextSettings()
{
    // Arrange
    const QByteArray yaml("database:\n  url: 'sqlite:///my \"data\".db'\nlogging:\n  file: \"C:\\\\logs\\\\o.log\"\n"
                          "engine:\n  mode: \"paper\"\n");
    // Act
    const LoadOutcome outcome = SettingsLoader::loadText(yaml, QStringLiteral("t.yaml"));
    // Assert
    QVERIFY2(outcome.ok(), qPrintable(joinProblems(outcome.problems)));
    QCOMPARE(outcome.settings->database.url, QStringLiteral("sqlite:///my \"data\".db"));
    QCOMPARE(outcome.settings->logging.file, QStringLiteral("C:\\logs\\o.log"));
    QCOMPARE(outcome.settings->engine.mode, TradingMode::Paper);
}

QTEST_GUILESS_MAIN(TestSettingsLoader)
#include "TestSettingsLoader.moc"
