// ctest-labels: sim
// A scenario's timeline run against both simulated venues, seen over loopback through Orion's real clients:
// scripted paths (mirrored on an inverse pair, a scripted dislocation), seeded random walks, settlements that
// pay out on both venues, Polymarket flow and Polymarket faults from the scenario file.
#include "TestData.h"
#include "common/Clock.h"
#include "crypto/SecretBytes.h"
#include "crypto/Secp256k1Signer.h"
#include "venues/kalshi/KalshiRequestSigner.h"
#include "venues/kalshi/KalshiRestClient.h"
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/sim/SimKalshiServer.h"
#include "venues/sim/SimPolymarketVenue.h"
#include "venues/sim/SimScenarioRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <optional>

using namespace orion;

namespace {

constexpr std::int64_t kOne = 1'000'000;
const QString kFedTicker = QStringLiteral("KXFEDDECISION-26DEC-H0");
const QString kFedCondition = QStringLiteral("0x6f1c2b8e0d4a3f5e7c9b1a2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f");
const QString kFedYes = QStringLiteral("71321045679252212594626385532706912750332728571942532289631379312455583992563");
const QString kNyTicker = QStringLiteral("KXHIGHNY-27JAN01-T40");
const QString kNyYes = QStringLiteral("98321775203468145112640551807912134590617243780563021187342276150944587612391");
// Hardhat test account #3: the wallet the example scenario funds with $250 (TEST ONLY, public well-known key).
constexpr char kWalletKey[] = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";

template <typename T, typename Start>
Result<T> wait(Start start)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> result) { out.emplace(std::move(result)); });
    QElapsedTimer timer;
    timer.start();
    while (!out && timer.elapsed() < 10'000)
        QTest::qWait(2);
    if (!out)
        return makeError(QStringLiteral("test.timeout"), QStringLiteral("no answer"));
    return std::move(*out);
}

// Both venues on loopback from one scenario, and the runner that moves them.
struct World
{
    explicit World(const SimScenario& scenario)
        : kalshi(SimScenarioRunner::kalshiScenario(scenario))
    {
        polymarket.loadScenario(scenario.polymarket);
        ok = kalshi.listen().ok() && polymarket.listen()
            && kalshi.registerKey(QStringLiteral("key-a"), test::readData(QStringLiteral("keys/test-only-rsa2048-a-public.pem"))).ok();
        runner = std::make_unique<SimScenarioRunner>(scenario, &kalshi.exchange(), &polymarket.exchange());
    }

    SimKalshiServer kalshi;
    SimPolymarketVenue polymarket;
    std::unique_ptr<SimScenarioRunner> runner;
    bool ok = false;
};

struct Top
{
    std::int64_t bid = 0;
    std::int64_t ask = 0;
    std::int64_t bidSize = 0;
};

} // namespace

class TestSimScenarioRunner final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pairPath_dislocationStep_kalshiMovesWhilePolymarketLagsOnTheWire();
    void inversePairWalk_polymarketQuotesMirrorKalshiAtEveryStep();
    void randomWalk_sameSeed_samePricesAndAnotherSeedOthers();
    void pairSettlement_yes_paysKalshiPositionAndPolymarketPusdAndClosesBoth();
    void polymarketFlow_seeded_tradesAgainstTheMakersBook();
    void polymarketFaults_every3rdRequest429AndMalformed_seenByTheClient();
    void polymarketGhostFills_tradeIsMatchedThenFailedAndPusdRestored();
    void polymarketWsDrop_afterFeedEvents_marketClientIsDisconnected();

private:
    SimScenario example() const;
    Result<SimScenario> loadText(const QByteArray& yaml);
    std::unique_ptr<KalshiRestClient> kalshiClient(World& world);
    Top kalshiTop(KalshiRestClient& client, const QString& ticker);
    Top polymarketTop(PolymarketClobClient& client, const QString& token);

    SystemClock m_clock;
    QTemporaryDir m_dir;
};

void TestSimScenarioRunner::init()
{
    QVERIFY(m_dir.isValid());
}

SimScenario TestSimScenarioRunner::example() const
{
    auto loaded = SimScenario::loadYaml(test::dataPath(QStringLiteral("sim/scenario-both-venues.yaml")));
    if (!loaded.ok())
        qFatal("example scenario: %s", qPrintable(loaded.error().message));
    return std::move(loaded).value();
}

Result<SimScenario> TestSimScenarioRunner::loadText(const QByteArray& yaml)
{
    const QString path = m_dir.filePath(QStringLiteral("runner.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("test.io"), file.errorString());
    file.write(yaml);
    file.close();
    return SimScenario::loadYaml(path);
}

std::unique_ptr<KalshiRestClient> TestSimScenarioRunner::kalshiClient(World& world)
{
    auto signer = KalshiRequestSigner::fromPem(QStringLiteral("key-a"),
                                               SecretBytes(test::readData(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"))),
                                               m_clock);
    if (!signer.ok())
        return nullptr;
    auto client = std::make_unique<KalshiRestClient>(world.kalshi.restBaseUrl(), std::move(signer).value(), m_clock);
    client->setTimeoutMs(3'000);
    return client;
}

Top TestSimScenarioRunner::kalshiTop(KalshiRestClient& client, const QString& ticker)
{
    const Result<BookSnapshot> book = wait<BookSnapshot>([&](auto done) { client.getOrderbook(ticker, 0, done); });
    if (!book.ok())
        return {};
    // Kalshi sends YES bids and NO bids in any order: a NO bid at q is a YES ask at 1 - q.
    Top top;
    for (const PriceLevel& level : book.value().yesBids) {
        if (level.price.micros() > top.bid)
            top = Top{level.price.micros(), top.ask, level.size.hundredths()};
    }
    const auto ask = [&top](std::int64_t micros) {
        if (top.ask == 0 || micros < top.ask)
            top.ask = micros;
    };
    for (const PriceLevel& level : book.value().yesAsks)
        ask(level.price.micros());
    for (const PriceLevel& level : book.value().noBids)
        ask(kOne - level.price.micros());
    return top;
}

Top TestSimScenarioRunner::polymarketTop(PolymarketClobClient& client, const QString& token)
{
    const Result<PolymarketBook> book = wait<PolymarketBook>([&](auto done) { client.getBook(token, done); });
    if (!book.ok())
        return {};
    const PolymarketBook& b = book.value();
    return Top{b.bids.empty() ? 0 : b.bids.front().price.micros(), b.asks.empty() ? 0 : b.asks.front().price.micros(),
               b.bids.empty() ? 0 : b.bids.front().size.hundredths()};
}

void TestSimScenarioRunner::pairPath_dislocationStep_kalshiMovesWhilePolymarketLagsOnTheWire()
{
    // Arrange
    World world(example());
    QVERIFY(world.ok);
    auto kalshi = kalshiClient(world);
    QVERIFY(kalshi);
    const Secp256k1Signer wallet = Secp256k1Signer::fromHex(kWalletKey).value();
    PolymarketClobClient polymarket(world.polymarket.clob().baseUrl(), wallet);

    // Act / Assert: the opening ladder, then each scripted step, as each venue's book endpoint shows it.
    world.runner->advanceTo(0);
    Top k = kalshiTop(*kalshi, kFedTicker);
    Top p = polymarketTop(polymarket, kFedYes);
    QCOMPARE(k.bid, 550'000);
    QCOMPARE(k.ask, 570'000);
    QCOMPARE(p.bid, 550'000);
    QCOMPARE(p.ask, 570'000);

    world.runner->advanceTo(2'000);
    k = kalshiTop(*kalshi, kFedTicker);
    p = polymarketTop(polymarket, kFedYes);
    QCOMPARE(k.bid, 500'000);
    QCOMPARE(k.ask, 520'000);
    QCOMPARE(k.bidSize, 25'000);
    QCOMPARE(p.bid, 500'000);
    QCOMPARE(p.ask, 520'000);
    QCOMPARE(p.bidSize, 25'000);

    world.runner->advanceTo(4'000);
    k = kalshiTop(*kalshi, kFedTicker);
    p = polymarketTop(polymarket, kFedYes);
    QCOMPARE(k.bid, 620'000);
    QCOMPARE(k.ask, 640'000);
    QCOMPARE(p.bid, 500'000);
    QCOMPARE(p.ask, 520'000);
    // YES on Polymarket plus NO on Kalshi costs 0.90 for a $1 payout: the scripted dislocation.
    QCOMPARE(p.ask + (kOne - k.bid), 900'000);

    world.runner->advanceTo(8'000);
    k = kalshiTop(*kalshi, kFedTicker);
    p = polymarketTop(polymarket, kFedYes);
    QCOMPARE(k.bid, 600'000);
    QCOMPARE(p.bid, 600'000);
    QCOMPARE(k.ask, 620'000);
    QCOMPARE(p.ask, 620'000);
}

void TestSimScenarioRunner::inversePairWalk_polymarketQuotesMirrorKalshiAtEveryStep()
{
    // Arrange
    World world(example());
    QVERIFY(world.ok);
    auto kalshi = kalshiClient(world);
    QVERIFY(kalshi);
    const Secp256k1Signer wallet = Secp256k1Signer::fromHex(kWalletKey).value();
    PolymarketClobClient polymarket(world.polymarket.clob().baseUrl(), wallet);
    world.runner->advanceTo(0);
    const Top opening = kalshiTop(*kalshi, kNyTicker);

    // Act / Assert: Polymarket asks "40F or below", so its YES bid is 1 - Kalshi's YES ask and the reverse.
    bool moved = false;
    for (int step = 1; step <= 12; ++step) {
        world.runner->advanceTo(step * 500);
        const Top k = kalshiTop(*kalshi, kNyTicker);
        const Top p = polymarketTop(polymarket, kNyYes);
        QVERIFY(k.bid > 0 && k.ask > k.bid);
        QCOMPARE(p.bid, kOne - k.ask);
        QCOMPARE(p.ask, kOne - k.bid);
        QCOMPARE(k.ask - k.bid, opening.ask - opening.bid); // the ladder moves, its shape does not
        moved = moved || k.bid != opening.bid;
    }
    QVERIFY(moved);
}

void TestSimScenarioRunner::randomWalk_sameSeed_samePricesAndAnotherSeedOthers()
{
    // Arrange
    const auto path = [this](quint32 seed) {
        SimScenario scenario = example();
        scenario.seed = seed;
        World world(scenario);
        QList<std::int64_t> bids;
        for (int step = 0; step <= 40; ++step) {
            world.runner->advanceTo(step * 500);
            bids.append(world.kalshi.exchange().bookLevels(kNyTicker)->yes.back().priceMicros);
        }
        return bids;
    };

    // Act
    const QList<std::int64_t> first = path(7);
    const QList<std::int64_t> again = path(7);
    const QList<std::int64_t> other = path(8);

    // Assert
    QCOMPARE(again, first);
    QVERIFY(other != first);
}

void TestSimScenarioRunner::pairSettlement_yes_paysKalshiPositionAndPolymarketPusdAndClosesBoth()
{
    // Arrange: 10 YES on each venue, bought from the maker at 0.57.
    World world(example());
    QVERIFY(world.ok);
    world.runner->advanceTo(0);
    auto kalshi = kalshiClient(world);
    QVERIFY(kalshi);
    KalshiOrderRequest buy;
    buy.ticker = kFedTicker;
    buy.bid = true;
    buy.yesPrice = Price::fromMicros(570'000);
    buy.count = Quantity::fromContracts(10);
    buy.clientOrderId = QStringLiteral("settle-test-1");
    QVERIFY(wait<KalshiCreateOrderAck>([&](auto done) { kalshi->createOrder(buy, done); }).ok());
    const Secp256k1Signer wallet = Secp256k1Signer::fromHex(kWalletKey).value();
    PolymarketClobClient polymarket(world.polymarket.clob().baseUrl(), wallet);
    QVERIFY(wait<bool>([&](auto done) { polymarket.createOrDeriveApiKey(0, done); }).ok());
    PolymarketOrderRequest order;
    order.tokenId = kFedYes;
    order.price = Price::fromMicros(570'000);
    order.size = Quantity::fromContracts(10);
    order.tickSize = Price::fromMicros(10'000);
    order.negRisk = true;
    const Result<PolymarketOrderResponse> placed =
        wait<PolymarketOrderResponse>([&](auto done) { polymarket.placeOrder(order, done); });
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message));
    QCOMPARE(placed->status, QStringLiteral("matched"));
    world.runner->advanceTo(11'999);
    const Result<KalshiBalance> kalshiBefore = wait<KalshiBalance>([&](auto done) { kalshi->getBalance(done); });
    const Result<Cash> pusdBefore = wait<Cash>([&](auto done) { polymarket.getBalance(done); });
    QVERIFY(kalshiBefore.ok() && pusdBefore.ok());

    // Act
    QSignalSpy settled(world.runner.get(), &SimScenarioRunner::settled);
    world.runner->advanceTo(12'000);

    // Assert: $1 per winning contract on each venue; both markets closed to trading.
    QCOMPARE(settled.size(), 2);
    const Result<KalshiBalance> kalshiAfter = wait<KalshiBalance>([&](auto done) { kalshi->getBalance(done); });
    const Result<Cash> pusdAfter = wait<Cash>([&](auto done) { polymarket.getBalance(done); });
    QVERIFY(kalshiAfter.ok() && pusdAfter.ok());
    QCOMPARE(kalshiAfter->balance.micros() - kalshiBefore->balance.micros(), 10'000'000);
    QCOMPARE(pusdAfter->micros() - pusdBefore->micros(), 10'000'000);
    const Result<KalshiMarket> market = wait<KalshiMarket>([&](auto done) { kalshi->getMarket(kFedTicker, done); });
    QVERIFY(market.ok());
    QCOMPARE(market->status, QStringLiteral("finalized"));
    const Result<PolymarketClobMarket> clob =
        wait<PolymarketClobMarket>([&](auto done) { polymarket.getClobMarket(kFedCondition, done); });
    QVERIFY(clob.ok());
    QVERIFY(!clob->acceptingOrders);
    QVERIFY(polymarketTop(polymarket, kFedYes).bid == 0); // the maker's orders are gone
    const Result<PolymarketOrderResponse> late =
        wait<PolymarketOrderResponse>([&](auto done) { polymarket.placeOrder(order, done); });
    QVERIFY(!late.ok());
}

void TestSimScenarioRunner::polymarketFlow_seeded_tradesAgainstTheMakersBook()
{
    // Arrange: the Fed market has another trader buying every 3 s.
    World world(example());
    QVERIFY(world.ok);
    world.runner->advanceTo(0);
    SimPolymarketExchange& exchange = world.polymarket.exchange();
    QCOMPARE(exchange.lastTradePrice(kFedYes), 0);

    // Act
    world.runner->advanceTo(9'000);

    // Assert: trades printed at the maker's quotes, FAK never rested.
    QVERIFY(exchange.lastTradePrice(kFedYes) > 0);
    QVERIFY(exchange.trades(QStringLiteral("sim-flow")).size() >= 3);
    QVERIFY(exchange.openOrderIds(QStringLiteral("sim-flow")).isEmpty());
}

void TestSimScenarioRunner::polymarketFaults_every3rdRequest429AndMalformed_seenByTheClient()
{
    // Arrange
    const auto loaded = loadText(
        "polymarket:\n  markets:\n    - question: Will A happen?\n"
        "      condition_id: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
        "      yes_token_id: \"111\"\n      no_token_id: \"222\"\n"
        "      yes_bids: [[\"0.40\", \"10\"]]\n      yes_asks: [[\"0.45\", \"10\"]]\n"
        "  faults:\n    http_429_every: 3\n    malformed_json_every: 4\n");
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    SimPolymarketVenue venue;
    venue.loadScenario(loaded.value().polymarket);
    QVERIFY(venue.listen());
    QNetworkAccessManager network;
    QUrl url = venue.clob().baseUrl();
    url.setPath(QStringLiteral("/book"));
    url.setQuery(QStringLiteral("token_id=111"));

    // Act
    QList<int> statuses;
    QList<bool> parsed;
    for (int i = 0; i < 6; ++i) {
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5'000));
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        QJsonParseError error{};
        QJsonDocument::fromJson(reply->readAll(), &error);
        parsed.append(error.error == QJsonParseError::NoError);
        reply->deleteLater();
    }

    // Assert: requests 3 and 6 are rate limited, request 4 is cut-off JSON.
    QCOMPARE(statuses, (QList<int>{200, 200, 429, 200, 200, 429}));
    QCOMPARE(parsed, (QList<bool>{true, true, true, false, true, true}));
}

void TestSimScenarioRunner::polymarketGhostFills_tradeIsMatchedThenFailedAndPusdRestored()
{
    // Arrange
    const auto loaded = loadText(
        "polymarket:\n  starting_balance_dollars: \"100\"\n  markets:\n    - question: Will A happen?\n"
        "      condition_id: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
        "      yes_token_id: \"111\"\n      no_token_id: \"222\"\n      fee_rate: \"0\"\n"
        "      yes_bids: [[\"0.40\", \"100\"]]\n      yes_asks: [[\"0.45\", \"100\"]]\n"
        "  faults:\n    ghost_fills_after_ms: 300\n");
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    SimPolymarketVenue venue;
    venue.loadScenario(loaded.value().polymarket);
    QVERIFY(venue.listen());
    const Secp256k1Signer wallet = Secp256k1Signer::fromHex(kWalletKey).value();
    PolymarketClobClient client(venue.clob().baseUrl(), wallet);
    QVERIFY(wait<bool>([&](auto done) { client.createOrDeriveApiKey(0, done); }).ok());
    PolymarketOrderRequest order;
    order.tokenId = QStringLiteral("111");
    order.price = Price::fromMicros(450'000);
    order.size = Quantity::fromContracts(10);
    order.tickSize = Price::fromMicros(10'000);

    // Act
    const Result<PolymarketOrderResponse> placed =
        wait<PolymarketOrderResponse>([&](auto done) { client.placeOrder(order, done); });
    const Result<QList<PolymarketTrade>> matched =
        wait<QList<PolymarketTrade>>([&](auto done) { client.getTrades({}, done); });
    const Result<Cash> paid = wait<Cash>([&](auto done) { client.getBalance(done); });
    QTest::qWait(500);
    const Result<QList<PolymarketTrade>> failed =
        wait<QList<PolymarketTrade>>([&](auto done) { client.getTrades({}, done); });
    const Result<Cash> restored = wait<Cash>([&](auto done) { client.getBalance(done); });

    // Assert
    QVERIFY(placed.ok());
    QCOMPARE(placed->status, QStringLiteral("matched"));
    QVERIFY(matched.ok() && matched->size() == 1);
    QCOMPARE(matched->first().status, QStringLiteral("MATCHED"));
    QCOMPARE(paid->micros(), 100'000'000 - 4'500'000);
    QVERIFY(failed.ok() && failed->size() == 1);
    QCOMPARE(failed->first().status, QStringLiteral("FAILED"));
    QCOMPARE(restored->micros(), 100'000'000);
}

void TestSimScenarioRunner::polymarketWsDrop_afterFeedEvents_marketClientIsDisconnected()
{
    // Arrange: a market-channel client with its book snapshot.
    const auto loaded = loadText(
        "polymarket:\n  markets:\n    - question: Will A happen?\n"
        "      condition_id: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
        "      yes_token_id: \"111\"\n      no_token_id: \"222\"\n"
        "      yes_bids: [[\"0.40\", \"10\"]]\n      yes_asks: [[\"0.45\", \"10\"]]\n"
        "  faults:\n    drop_ws_after_messages: 3\n");
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    SimPolymarketVenue venue;
    venue.loadScenario(loaded.value().polymarket);
    QVERIFY(venue.listen());
    QWebSocket socket;
    QStringList received;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&received](const QString& text) { received.append(text); });
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QUrl url = venue.webSocket().url();
    url.setPath(QStringLiteral("/ws/market"));
    socket.open(url);
    QVERIFY(connected.wait(5'000));
    socket.sendTextMessage(QStringLiteral("{\"assets_ids\":[\"111\"],\"type\":\"market\"}"));
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 5'000);

    // Act: one new level (two book events: the YES and the NO token), then a second one.
    (void)venue.exchange().seedOrder(QStringLiteral("111"), true, 390'000, 1'000);
    QTest::qWait(100);
    const bool openAfterFirst = disconnected.isEmpty();
    (void)venue.exchange().seedOrder(QStringLiteral("111"), true, 380'000, 1'000);

    // Assert: the feed carried the first change, then the connection dropped.
    QVERIFY(openAfterFirst);
    QVERIFY(disconnected.wait(5'000) || !disconnected.isEmpty());
    QVERIFY(received.join(QString()).contains(QStringLiteral("0.39")));
}

QTEST_GUILESS_MAIN(TestSimScenarioRunner)
#include "TestSimScenarioRunner.moc"
