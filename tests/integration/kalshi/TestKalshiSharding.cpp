// ctest-labels: kalshi
#include "KalshiSimFixture.h"
#include "venues/sim/SimHttpServer.h"

#include <QTest>

using namespace orion;
using orion::test::KalshiSimFixture;

namespace {

const QString kHold = QStringLiteral("KXFEDDECISION-27JAN-H0"); // shard 2 in these tests, like a crypto event
const QString kNyc = QStringLiteral("KXHIGHNY-27JAN01-T40");    // shard 0

constexpr std::int64_t kDollar = 1'000'000;

// The Fed event on shard 2; $100 on shard 0 and `shardTwoDollars` on shard 2.
SimScenario shardedScenario(std::int64_t shardTwoDollars)
{
    SimScenario scenario = SimScenario::demo();
    for (SimScenarioMarket& market : scenario.markets) {
        if (market.eventTicker == QLatin1String("KXFEDDECISION-27JAN"))
            market.exchangeIndex = 2;
    }
    scenario.startingBalanceByShard = {{0, 100 * kDollar}, {2, shardTwoDollars * kDollar}};
    scenario.startingBalanceMicros = (100 + shardTwoDollars) * kDollar;
    return scenario;
}

KalshiOrderRequest buyYes(const QString& ticker, std::int64_t priceMicros, std::int64_t contracts, const QString& tif,
                          const QString& clientOrderId)
{
    return KalshiSimFixture::orderRequest(ticker, true, priceMicros, contracts, tif, clientOrderId);
}

} // namespace

class TestKalshiSharding final : public QObject
{
    Q_OBJECT

private slots:
    void markets_onShards_reportTheirExchangeIndex();
    void balance_cashOnTwoShards_reportsBreakdownAndTotal();
    void createOrder_shardWithoutCollateral_isRefusedLocallyNamingShard();
    void createOrder_afterDepositElsewhere_refreshesBalanceBeforeRefusing();
    void createOrder_balanceNeverRead_venueRejectsForShardCollateral();
    void transfer_toShard_fundsOrderThereAndLeavesOtherShard();
    void transfer_moreThanShardHas_isRejectedAndNothingMoves();
    void batchCreate_oneOrderLacksShardCash_onlyThatOneIsRefused();
};

void TestKalshiSharding::markets_onShards_reportTheirExchangeIndex()
{
    // Arrange
    KalshiSimFixture sim(shardedScenario(0));
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);

    // Act
    const auto markets = KalshiSimFixture::wait<QList<KalshiMarket>>([&](auto done) { client->getAllMarkets({}, done); });

    // Assert
    QVERIFY(markets.ok());
    for (const KalshiMarket& market : markets.value())
        QCOMPARE(market.exchangeIndex, market.eventTicker == QLatin1String("KXFEDDECISION-27JAN") ? 2 : 0);
    QCOMPARE(client->exchangeIndexOf(kHold), std::optional<int>(2));
    QCOMPARE(client->exchangeIndexOf(kNyc), std::optional<int>(0));
}

void TestKalshiSharding::balance_cashOnTwoShards_reportsBreakdownAndTotal()
{
    KalshiSimFixture sim(shardedScenario(50));
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);

    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    QVERIFY(balance.ok());
    QCOMPARE(balance->balance, Cash::fromMicros(150 * kDollar));
    QCOMPARE(balance->onShard(0), std::optional<Cash>(Cash::fromMicros(100 * kDollar)));
    QCOMPARE(balance->onShard(2), std::optional<Cash>(Cash::fromMicros(50 * kDollar)));
    QCOMPARE(client->lastBalance()->onShard(2), std::optional<Cash>(Cash::fromMicros(50 * kDollar)));
}

void TestKalshiSharding::createOrder_shardWithoutCollateral_isRefusedLocallyNamingShard()
{
    // Arrange: $100 on shard 0, nothing on shard 2; the client knows both.
    KalshiSimFixture sim(shardedScenario(0));
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    QVERIFY((KalshiSimFixture::wait<QList<KalshiMarket>>([&](auto done) { client->getAllMarkets({}, done); })).ok());
    QVERIFY((KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); })).ok());
    const int requestsBefore = sim.server().http().requestCount();

    // Act: $5.80 of YES on the shard-2 market.
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(buyYes(kHold, 580'000, 10, QStringLiteral("immediate_or_cancel"), QStringLiteral("c-1")), done); });

    // Assert: refused with the shard named; only a balance re-read went out, never the order.
    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, QStringLiteral("kalshi.shard_collateral"));
    QVERIFY2(ack.error().message.contains(QStringLiteral("shard 2")), qPrintable(ack.error().message));
    QVERIFY2(ack.error().message.contains(QStringLiteral("$5.80")), qPrintable(ack.error().message));
    QCOMPARE(sim.server().http().requestCount(), requestsBefore + 1);
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->position(kHold).positionHundredths, 0);
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->cashMicros(0), 100 * kDollar);
}

void TestKalshiSharding::createOrder_afterDepositElsewhere_refreshesBalanceBeforeRefusing()
{
    // Arrange: the client saw shard 2 empty; then cash arrived there (another session moved it).
    KalshiSimFixture sim(shardedScenario(0));
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    auto other = sim.client(clock);
    QVERIFY((KalshiSimFixture::wait<QList<KalshiMarket>>([&](auto done) { client->getAllMarkets({}, done); })).ok());
    QVERIFY((KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); })).ok());
    QVERIFY((KalshiSimFixture::wait<QString>([&](auto done) {
                other->transferBetweenShards(0, 2, Cash::fromMicros(20 * kDollar), done);
            })).ok());

    // Act
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(buyYes(kHold, 580'000, 10, QStringLiteral("immediate_or_cancel"), QStringLiteral("c-2")), done); });

    // Assert: the stale "empty" was not trusted; the order went out and filled.
    QVERIFY2(ack.ok(), qPrintable(ack.ok() ? QString() : ack.error().toString()));
    QCOMPARE(ack->fillCount, Quantity::fromContracts(10));
}

void TestKalshiSharding::createOrder_balanceNeverRead_venueRejectsForShardCollateral()
{
    KalshiSimFixture sim(shardedScenario(0));
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);

    // The client knows nothing: the order goes out and the venue refuses it for lack of shard-2 collateral,
    // although shard 0 holds $100.
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(buyYes(kHold, 580'000, 10, QStringLiteral("immediate_or_cancel"), QStringLiteral("c-3")), done); });

    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, QStringLiteral("kalshi.insufficient_balance"));
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 0);
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->cashMicros(0), 100 * kDollar);
}

void TestKalshiSharding::transfer_toShard_fundsOrderThereAndLeavesOtherShard()
{
    // Arrange
    KalshiSimFixture sim(shardedScenario(0));
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    QVERIFY((KalshiSimFixture::wait<QList<KalshiMarket>>([&](auto done) { client->getAllMarkets({}, done); })).ok());

    // Act: $20 to shard 2, then $5.80 of YES there.
    const auto transfer = KalshiSimFixture::wait<QString>(
        [&](auto done) { client->transferBetweenShards(0, 2, Cash::fromMicros(20 * kDollar), done); });
    const auto afterTransfer = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(buyYes(kHold, 580'000, 10, QStringLiteral("immediate_or_cancel"), QStringLiteral("c-4")), done); });
    const auto afterTrade = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    // Assert
    QVERIFY(transfer.ok());
    QVERIFY(!transfer->isEmpty());
    QCOMPARE(afterTransfer->onShard(0), std::optional<Cash>(Cash::fromMicros(80 * kDollar)));
    QCOMPARE(afterTransfer->onShard(2), std::optional<Cash>(Cash::fromMicros(20 * kDollar)));
    QVERIFY2(ack.ok(), qPrintable(ack.ok() ? QString() : ack.error().toString()));
    QCOMPARE(ack->fillCount, Quantity::fromContracts(10));
    // The trade ($5.80 plus the taker fee 0.07 x 10 x 0.58 x 0.42 = $0.1705, charged as $0.18) is paid on shard 2.
    QCOMPARE(afterTrade->onShard(0), std::optional<Cash>(Cash::fromMicros(80 * kDollar)));
    QCOMPARE(afterTrade->onShard(2), std::optional<Cash>(Cash::fromMicros(20 * kDollar - 5'800'000 - 180'000)));
}

void TestKalshiSharding::transfer_moreThanShardHas_isRejectedAndNothingMoves()
{
    KalshiSimFixture sim(shardedScenario(10));
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);

    const auto transfer = KalshiSimFixture::wait<QString>(
        [&](auto done) { client->transferBetweenShards(2, 0, Cash::fromMicros(11 * kDollar), done); });
    const auto sub = KalshiSimFixture::wait<QString>(
        [&](auto done) { client->transferBetweenShards(2, 0, Cash::fromMicros(1), done); });

    QVERIFY(!transfer.ok());
    QCOMPARE(transfer.error().code, QStringLiteral("kalshi.insufficient_balance"));
    QVERIFY(!sub.ok()); // finer than the API's $0.0001 unit: refused before sending
    QCOMPARE(sub.error().code, QStringLiteral("kalshi.invalid_transfer"));
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->cashMicros(2), 10 * kDollar);
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->cashMicros(0), 100 * kDollar);
}

void TestKalshiSharding::batchCreate_oneOrderLacksShardCash_onlyThatOneIsRefused()
{
    // Arrange: $3 on shard 2 funds one of the two $2.90 orders there; shard 0 funds the third.
    KalshiSimFixture sim(shardedScenario(3));
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    QVERIFY((KalshiSimFixture::wait<QList<KalshiMarket>>([&](auto done) { client->getAllMarkets({}, done); })).ok());
    QVERIFY((KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); })).ok());
    const QList<KalshiOrderRequest> orders{
        buyYes(kHold, 580'000, 5, QStringLiteral("good_till_canceled"), QStringLiteral("b-1")),
        buyYes(kHold, 580'000, 5, QStringLiteral("good_till_canceled"), QStringLiteral("b-2")),
        buyYes(kNyc, 300'000, 5, QStringLiteral("good_till_canceled"), QStringLiteral("b-3")),
    };

    // Act
    const auto results = KalshiSimFixture::wait<QList<KalshiBatchCreateResult>>(
        [&](auto done) { client->batchCreateOrders(orders, done); });

    // Assert: answers in request order; the second shard-2 order is refused locally.
    QVERIFY(results.ok());
    QCOMPARE(results->size(), 3);
    QVERIFY(results->at(0).ack.has_value());
    QVERIFY(!results->at(1).ack.has_value());
    QCOMPARE(results->at(1).clientOrderId, QStringLiteral("b-2"));
    QCOMPARE(results->at(1).errorCode, QStringLiteral("shard_collateral"));
    QVERIFY(results->at(1).errorMessage.contains(QStringLiteral("shard 2")));
    QVERIFY(results->at(2).ack.has_value());
    QCOMPARE(results->at(2).clientOrderId, QStringLiteral("b-3"));
}

QTEST_GUILESS_MAIN(TestKalshiSharding)
#include "TestKalshiSharding.moc"
