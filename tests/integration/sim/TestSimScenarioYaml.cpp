// ctest-labels: sim
// Scenario files with a `polymarket:` section, `pairs:` of the same event on both venues, price paths, random
// walks and settlements: what is read, and errors that name the key a user has to fix.
#include "TestData.h"
#include "venues/sim/SimScenario.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace orion;

namespace {

const QByteArray kKalshiPart = "series:\n  - ticker: KXA\nevents:\n  - event_ticker: KXA-1\n    series_ticker: KXA\n"
                               "markets:\n  - ticker: KXA-1-Y\n    event_ticker: KXA-1\n"
                               "    yes_bids: [[\"0.40\", \"10\"]]\n    yes_asks: [[\"0.45\", \"10\"]]\n";

QByteArray polymarketPart(const QByteArray& extraMarketKeys = {}, const QByteArray& extraSection = {})
{
    return "polymarket:\n  markets:\n    - question: Will A happen?\n"
           "      condition_id: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
           "      yes_token_id: \"111\"\n      no_token_id: \"222\"\n"
           + extraMarketKeys + extraSection;
}

} // namespace

class TestSimScenarioYaml final : public QObject
{
    Q_OBJECT

private slots:
    void loadYaml_bothVenuesExample_readsMarketsPairsPathsAndSettlement();
    void loadYaml_polymarketNoBook_isReadAsTheMirroredYesBook();
    void loadYaml_mistake_errorNamesTheKey_data();
    void loadYaml_mistake_errorNamesTheKey();
    void loadYaml_kalshiOnlyScenario_stillLoadsWithoutPolymarket();
    void loadYaml_kalshiShards_cashPerShardAndEachMarketsShard();

private:
    Result<SimScenario> load(const QByteArray& yaml);
    QTemporaryDir m_dir;
};

Result<SimScenario> TestSimScenarioYaml::load(const QByteArray& yaml)
{
    const QString path = m_dir.filePath(QStringLiteral("scenario.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("test.io"), file.errorString());
    file.write(yaml);
    file.close();
    return SimScenario::loadYaml(path);
}

void TestSimScenarioYaml::loadYaml_bothVenuesExample_readsMarketsPairsPathsAndSettlement()
{
    // Arrange / Act
    const Result<SimScenario> loaded = SimScenario::loadYaml(test::dataPath(QStringLiteral("sim/scenario-both-venues.yaml")));

    // Assert
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const SimScenario& s = loaded.value();
    QCOMPARE(s.markets.size(), 2);
    QCOMPARE(s.polymarket.markets.size(), 2);
    const SimPolymarketMarket& fed = s.polymarket.markets[0].spec;
    QCOMPARE(fed.question, QStringLiteral("Will the Fed hold rates in December 2026?"));
    QCOMPARE(fed.yesTokenId, QStringLiteral("71321045679252212594626385532706912750332728571942532289631379312455583992563"));
    QCOMPARE(fed.tickMicros, 10'000);
    QCOMPARE(fed.minSizeHundredths, 500);
    QVERIFY(fed.negRisk);
    QCOMPARE(fed.feeRatePpm, 40'000);
    QCOMPARE(fed.eventSlug, QStringLiteral("fed-decision-in-december-2026"));
    QCOMPARE(fed.endDate, QDateTime(QDate(2026, 12, 9), QTime(19, 0), Qt::UTC));
    QCOMPARE(s.polymarket.markets[0].flowIntervalMs, 3'000);
    QCOMPARE(s.polymarket.wallets.size(), 1);
    QCOMPARE(s.polymarket.wallets[0].collateralMicros, 250'000'000);
    QCOMPARE(s.pairs.size(), 2);
    QVERIFY(!s.pairs[0].inverse);
    QVERIFY(s.pairs[1].inverse);
    QCOMPARE(s.pairs[0].path.size(), std::size_t{3});
    QCOMPARE(s.pairs[0].path[1].quote.yesBidMicros, 620'000);
    QCOMPARE(s.pairs[0].path[1].quote.hundredths, 25'000); // a step without size keeps the previous one
    QVERIFY(s.pairs[0].path[1].hasPolymarket);
    QCOMPARE(s.pairs[0].path[1].polymarket.yesAskMicros, 520'000);
    QCOMPARE(s.pairs[0].settle.atMs, 12'000);
    QVERIFY(s.pairs[0].settle.yesWins);
    QCOMPARE(s.pairs[1].randomWalk.stepMs, 500);
    QVERIFY(!s.pairs[1].randomWalk.hasSeed);
}

void TestSimScenarioYaml::loadYaml_polymarketNoBook_isReadAsTheMirroredYesBook()
{
    // Arrange
    const QByteArray yaml = polymarketPart("      no_bids: [[\"0.30\", \"150\"]]\n      no_asks: [[\"0.33\", \"20\"]]\n");

    // Act
    const Result<SimScenario> loaded = load(yaml);

    // Assert: a NO bid at 0.30 is a YES ask at 0.70, a NO ask at 0.33 a YES bid at 0.67.
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const SimScenarioPolymarketMarket& market = loaded.value().polymarket.markets[0];
    QCOMPARE(market.yesAsks.size(), std::size_t{1});
    QCOMPARE(market.yesAsks[0].priceMicros, 700'000);
    QCOMPARE(market.yesAsks[0].hundredths, 15'000);
    QCOMPARE(market.yesBids[0].priceMicros, 670'000);
}

void TestSimScenarioYaml::loadYaml_mistake_errorNamesTheKey_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tick size Polymarket does not have")
        << polymarketPart("      tick_size: \"0.02\"\n") << QStringLiteral("polymarket.markets[0].tick_size: must be");
    QTest::newRow("condition id too short")
        << QByteArray("polymarket:\n  markets:\n    - question: Q\n      condition_id: \"0xabc\"\n")
        << QStringLiteral("polymarket.markets[0].condition_id");
    QTest::newRow("crossed opening book")
        << polymarketPart("      yes_bids: [[\"0.60\", \"10\"]]\n      yes_asks: [[\"0.55\", \"10\"]]\n")
        << QStringLiteral("polymarket.markets[0]: the opening book is crossed");
    QTest::newRow("misspelt fault")
        << polymarketPart({}, "  faults:\n    http_429_evry: 3\n")
        << QStringLiteral("polymarket.faults.http_429_evry: unknown key");
    QTest::newRow("wallet token of no market")
        << polymarketPart({}, "  wallets:\n    - address: \"0x90f79bf6eb2c4f870365e785982e1f101e93b906\"\n"
                              "      tokens: [[\"999\", \"5\"]]\n")
        << QStringLiteral("polymarket.wallets[0].tokens[0]: no market has token 999");
    QTest::newRow("pair names an unknown Kalshi market")
        << kKalshiPart + polymarketPart() + "pairs:\n  - kalshi: KXB\n    polymarket: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
        << QStringLiteral("pairs[0].kalshi: no Kalshi market KXB");
    QTest::newRow("pair polarity")
        << kKalshiPart + polymarketPart() + "pairs:\n  - kalshi: KXA-1-Y\n    polymarket: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
                                            "    polarity: opposite\n"
        << QStringLiteral("pairs[0].polarity: must be same or inverse");
    QTest::newRow("path out of time order")
        << kKalshiPart + polymarketPart() + "pairs:\n  - kalshi: KXA-1-Y\n    polymarket: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
                                            "    path:\n      - {at_ms: 500, yes_bid: \"0.40\", yes_ask: \"0.42\", size: \"5\"}\n"
                                            "      - {at_ms: 100, yes_bid: \"0.41\", yes_ask: \"0.43\"}\n"
        << QStringLiteral("pairs[0].path[1].at_ms: steps must be in time order");
    QTest::newRow("path step crosses itself")
        << kKalshiPart + polymarketPart() + "pairs:\n  - kalshi: KXA-1-Y\n    polymarket: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
                                            "    path:\n      - {at_ms: 0, yes_bid: \"0.45\", yes_ask: \"0.45\", size: \"5\"}\n"
        << QStringLiteral("pairs[0].path[0].yes_ask: must be above yes_bid");
    QTest::newRow("pair path off the Polymarket tick")
        << kKalshiPart + polymarketPart("      tick_size: \"0.1\"\n")
               + "pairs:\n  - kalshi: KXA-1-Y\n    polymarket: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
                 "    path:\n      - {at_ms: 0, yes_bid: \"0.45\", yes_ask: \"0.50\", size: \"5\"}\n"
        << QStringLiteral("pairs[0].path[0]: a price is not on the Polymarket market's 0.10 tick");
    QTest::newRow("settle result")
        << kKalshiPart + "    settle: {at_ms: 100, result: maybe}\n" << QStringLiteral("KXA-1-Y.settle.result: must be yes or no");
    QTest::newRow("exchange shard out of range")
        << kKalshiPart + "    exchange_index: 16\n" << QStringLiteral("KXA-1-Y.exchange_index: must be a shard 0-15");
    QTest::newRow("shard cash not a dollar amount")
        << "starting_balance_by_shard: {0: \"100\", 2: lots}\n" + kKalshiPart
        << QStringLiteral("starting_balance_by_shard: needs shard 0-15 -> dollar amount");
    QTest::newRow("path and random walk at once")
        << kKalshiPart + "    path: [{at_ms: 0, yes_bid: \"0.40\", yes_ask: \"0.42\", size: \"1\"}]\n"
                         "    random_walk: {step_ms: 100}\n"
        << QStringLiteral("KXA-1-Y.random_walk: a market moves along a path or a random walk, not both");
}

void TestSimScenarioYaml::loadYaml_mistake_errorNamesTheKey()
{
    // Arrange
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);

    // Act
    const Result<SimScenario> loaded = load(yaml);

    // Assert
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("sim.scenario"));
    QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
}

void TestSimScenarioYaml::loadYaml_kalshiOnlyScenario_stillLoadsWithoutPolymarket()
{
    // Arrange / Act
    const Result<SimScenario> loaded = SimScenario::loadYaml(test::dataPath(QStringLiteral("kalshi/scenario-small.yaml")));

    // Assert
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().markets.size(), 2);
    QVERIFY(loaded.value().polymarket.markets.isEmpty());
    QVERIFY(loaded.value().pairs.isEmpty());
    QVERIFY(loaded.value().markets[0].path.empty());
}

void TestSimScenarioYaml::loadYaml_kalshiShards_cashPerShardAndEachMarketsShard()
{
    // Arrange: $100 on shard 0 and $50 on the crypto shard (2), where the market trades
    const QByteArray yaml = "starting_balance_by_shard: {0: \"100\", 2: \"50\"}\n" + kKalshiPart + "    exchange_index: 2\n";

    // Act
    const Result<SimScenario> loaded = load(yaml);

    // Assert
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    const SimScenario& scenario = loaded.value();
    QCOMPARE(scenario.startingBalanceMicros, 150'000'000);
    QCOMPARE(scenario.startingBalanceByShard.size(), std::size_t{2});
    QCOMPARE(scenario.startingBalanceByShard[1], (std::pair<int, std::int64_t>{2, 50'000'000}));
    QCOMPARE(scenario.markets[0].exchangeIndex, 2);
}

QTEST_GUILESS_MAIN(TestSimScenarioYaml)
#include "TestSimScenarioYaml.moc"
