// ctest-labels: kalshi
#include "KalshiSimFixture.h"
#include "venues/kalshi/KalshiExecutionClient.h"
#include "venues/kalshi/KalshiMarketDataClient.h"
#include "venues/kalshi/KalshiVenue.h"
#include "venues/sim/SimHttpServer.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace orion;
using orion::test::KalshiSimFixture;

namespace {

const QString kHold = QStringLiteral("KXFEDDECISION-27JAN-H0");

std::unique_ptr<KalshiVenue> makeVenue(KalshiSimFixture& sim, const Clock& clock,
                                       const QString& privateKey = QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"))
{
    KalshiVenueConfig config;
    config.restBaseUrl = sim.server().restBaseUrl();
    config.wsUrl = sim.server().wsUrl();
    config.keyId = KalshiSimFixture::kKeyA;
    config.requestTimeoutMs = 2'000;
    config.retry = RetryOptions{3, BackoffOptions{10, 50}, 1'000};
    config.stream.reconnectBackoff = BackoffOptions{20, 100};
    auto venue = KalshiVenue::create(config, SecretBytes(test::readData(privateKey)), clock);
    return venue.ok() ? std::move(venue).value() : nullptr;
}

SubmitOrder submit(const QString& clientOrderId, Outcome outcome, OrderSide side, std::int64_t limitMicros,
                   std::int64_t contracts, TimeInForce tif)
{
    SubmitOrder command;
    command.clientOrderId = clientOrderId;
    command.market = MarketKey{VenueId::Kalshi, kHold};
    command.outcome = outcome;
    command.side = side;
    command.limitPrice = Price::fromMicros(limitMicros);
    command.quantity = Quantity::fromContracts(contracts);
    command.timeInForce = tif;
    return command;
}

OrderStatusReport lastReport(const QSignalSpy& spy)
{
    return spy.last().at(0).value<OrderStatusReport>();
}

} // namespace

class TestKalshiVenue final : public QObject
{
    Q_OBJECT

private slots:
    void requestCatalogue_loadsOpenMarketsWithFeesAndProgress();
    void toRequest_buyNo_isAskAtComplementSnappedAgainstUs_data();
    void toRequest_buyNo_isAskAtComplementSnappedAgainstUs();
    void submitOrder_buyNoFok_isFilledAtNoPriceAndPositionIsNo();
    void submitOrder_gtcThenCancel_reportsAcceptedThenCanceled();
    void submitOrder_answerLost_isLookedUpNotSentTwice();
    void submitOrder_wrongKey_isRejectedNamingKeyId();
    void submitOrder_beyondBalance_isRejectedWithVenueReason();
    void fills_arriveLiveWithClientOrderId_andOnRequest();
    void cancelAllOrders_cancelsEveryRestingOrder();
    void balanceAndPositions_areReported();
    void bookStream_deliversSnapshotsForSubscriptions();
};

void TestKalshiVenue::requestCatalogue_loadsOpenMarketsWithFeesAndProgress()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);
    QVERIFY(venue);
    QSignalSpy loaded(&venue->marketData(), &MarketDataClient::catalogueLoaded);
    QSignalSpy progress(&venue->marketData(), &KalshiMarketDataClient::catalogueProgress);

    venue->marketData().requestCatalogue();

    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5'000);
    const auto markets = loaded.at(0).at(0).value<QList<VenueMarket>>();
    QCOMPARE(markets.size(), 5);
    QVERIFY(!progress.isEmpty());
    const auto found = std::find_if(markets.begin(), markets.end(),
                                    [](const VenueMarket& market) { return market.key.id == kHold; });
    QVERIFY(found != markets.end());
    const VenueMarket& first = *found;
    QCOMPARE(first.eventId, QStringLiteral("KXFEDDECISION-27JAN"));
    QCOMPARE(first.fees.model(), FeeSchedule::Model::KalshiQuadratic);
    QCOMPARE(first.tickSize, Price::fromMicros(10'000));
    QVERIFY(first.closeTime.isValid());
    QVERIFY(!first.rulesText.isEmpty());
}

void TestKalshiVenue::toRequest_buyNo_isAskAtComplementSnappedAgainstUs_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("side");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("bid");
    QTest::addColumn<qint64>("yesPrice");
    QTest::newRow("buy yes 0.575 -> bid 0.57") << 0 << 0 << qint64{575'000} << true << qint64{570'000};
    QTest::newRow("sell yes 0.575 -> ask 0.58") << 0 << 1 << qint64{575'000} << false << qint64{580'000};
    QTest::newRow("buy no 0.44 -> ask 0.56") << 1 << 0 << qint64{440'000} << false << qint64{560'000};
    QTest::newRow("buy no 0.435 -> ask 0.57") << 1 << 0 << qint64{435'000} << false << qint64{570'000};
    QTest::newRow("sell no 0.435 -> bid 0.56") << 1 << 1 << qint64{435'000} << true << qint64{560'000};
}

void TestKalshiVenue::toRequest_buyNo_isAskAtComplementSnappedAgainstUs()
{
    QFETCH(int, outcome);
    QFETCH(int, side);
    QFETCH(qint64, limit);
    QFETCH(bool, bid);
    QFETCH(qint64, yesPrice);
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);

    const auto request = venue->execution().toRequest(submit(QStringLiteral("x"), outcome == 0 ? Outcome::Yes : Outcome::No,
                                                             side == 0 ? OrderSide::Buy : OrderSide::Sell, limit, 1,
                                                             TimeInForce::FillOrKill));

    QVERIFY(request.ok());
    QCOMPARE(request->bid, bid);
    QCOMPARE(request->yesPrice, Price::fromMicros(yesPrice));
    QCOMPARE(request->timeInForce, QStringLiteral("fill_or_kill"));
}

void TestKalshiVenue::submitOrder_buyNoFok_isFilledAtNoPriceAndPositionIsNo()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);
    QSignalSpy reports(&venue->execution(), &ExecutionClient::orderStatusReported);
    QSignalSpy positions(&venue->execution(), &ExecutionClient::positionReportsReceived);

    venue->execution().submitOrder(submit(QStringLiteral("no-1"), Outcome::No, OrderSide::Buy, 450'000, 5, TimeInForce::FillOrKill));

    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 5'000);
    const OrderStatusReport report = lastReport(reports);
    QCOMPARE(report.status, OrderStatus::Filled);
    QCOMPARE(report.outcome, Outcome::No);
    QCOMPARE(report.filledQuantity, Quantity::fromContracts(5));
    QCOMPARE(report.averageFillPrice, Price::fromMicros(440'000));
    venue->execution().requestPositionReports();
    QTRY_COMPARE_WITH_TIMEOUT(positions.size(), 1, 5'000);
    const auto list = positions.at(0).at(0).value<QList<PositionReport>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).outcome, Outcome::No);
    QCOMPARE(list.at(0).quantity, Quantity::fromContracts(5));
    QCOMPARE(list.at(0).cost, Cash::fromMicros(2'200'000));
}

void TestKalshiVenue::submitOrder_gtcThenCancel_reportsAcceptedThenCanceled()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);
    QSignalSpy reports(&venue->execution(), &ExecutionClient::orderStatusReported);
    venue->execution().submitOrder(submit(QStringLiteral("gtc-1"), Outcome::Yes, OrderSide::Buy, 500'000, 7, TimeInForce::GoodTillCancel));
    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 5'000);
    QCOMPARE(lastReport(reports).status, OrderStatus::Accepted);

    venue->execution().cancelOrder(CancelOrder{QStringLiteral("gtc-1"), {}, MarketKey{VenueId::Kalshi, kHold}});

    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 5'000);
    QCOMPARE(lastReport(reports).status, OrderStatus::Canceled);
    QCOMPARE(lastReport(reports).clientOrderId, QStringLiteral("gtc-1"));
    QCOMPARE(lastReport(reports).quantity, Quantity::fromContracts(7));
}

void TestKalshiVenue::submitOrder_answerLost_isLookedUpNotSentTwice()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);
    venue->rest().setTimeoutMs(300);
    QSignalSpy reports(&venue->execution(), &ExecutionClient::orderStatusReported);
    int creates = 0;
    connect(&sim.server().http(), &SimHttpServer::requestReceived, this, [&creates](const SimHttpRequest& request) {
        if (request.method == "POST" && request.path.endsWith(QLatin1String("/portfolio/events/orders")))
            ++creates;
    });
    sim.server().http().delayNext(1, 1'000);

    venue->execution().submitOrder(submit(QStringLiteral("lost-1"), Outcome::Yes, OrderSide::Buy, 500'000, 2, TimeInForce::GoodTillCancel));

    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 8'000);
    QCOMPARE(lastReport(reports).status, OrderStatus::Accepted);
    QVERIFY(!lastReport(reports).venueOrderId.isEmpty());
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 1'000'000); // one order of 2 at $0.50
    QVERIFY(creates >= 2); // retried with the same client order id, deduplicated by the venue
}

void TestKalshiVenue::submitOrder_wrongKey_isRejectedNamingKeyId()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock, QStringLiteral("keys/test-only-rsa2048-b-pkcs8.pem"));
    QSignalSpy reports(&venue->execution(), &ExecutionClient::orderStatusReported);
    QSignalSpy failures(&venue->execution(), &ExecutionClient::requestFailed);

    venue->execution().submitOrder(submit(QStringLiteral("auth-1"), Outcome::Yes, OrderSide::Buy, 500'000, 1, TimeInForce::FillOrKill));

    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 5'000);
    QCOMPARE(lastReport(reports).status, OrderStatus::Rejected);
    QVERIFY(lastReport(reports).reason.contains(KalshiSimFixture::kKeyA));
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).at(1).value<Error>().code, QStringLiteral("kalshi.auth"));
}

void TestKalshiVenue::submitOrder_beyondBalance_isRejectedWithVenueReason()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);
    QSignalSpy reports(&venue->execution(), &ExecutionClient::orderStatusReported);

    // 30,000 contracts at $0.50 need $15,000; the account holds $10,000.
    venue->execution().submitOrder(submit(QStringLiteral("big-1"), Outcome::Yes, OrderSide::Buy, 500'000, 30'000, TimeInForce::GoodTillCancel));

    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 5'000);
    QCOMPARE(lastReport(reports).status, OrderStatus::Rejected);
    QCOMPARE(lastReport(reports).reason, QStringLiteral("available balance too low"));
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 0);
}

void TestKalshiVenue::fills_arriveLiveWithClientOrderId_andOnRequest()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);
    QSignalSpy live(&venue->execution(), &ExecutionClient::fillReported);
    QSignalSpy requested(&venue->execution(), &ExecutionClient::fillReportsReceived);
    venue->execution().start();
    QTRY_COMPARE_WITH_TIMEOUT(sim.server().subscriptionCount(), 1, 5'000);

    venue->execution().submitOrder(submit(QStringLiteral("fill-1"), Outcome::Yes, OrderSide::Buy, 600'000, 3, TimeInForce::ImmediateOrCancel));

    QTRY_COMPARE_WITH_TIMEOUT(live.size(), 1, 5'000);
    const FillReport fill = live.at(0).at(0).value<FillReport>();
    QCOMPARE(fill.clientOrderId, QStringLiteral("fill-1"));
    QCOMPARE(fill.price, Price::fromMicros(580'000));
    QCOMPARE(fill.quantity, Quantity::fromContracts(3));
    QCOMPARE(fill.fee, Cash::fromMicros(60'000)); // 0.07 x 3 x 0.58 x 0.42 = 0.0512 -> $0.06
    venue->execution().requestFillReports(QDateTime::currentDateTimeUtc().addSecs(-60));
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 5'000);
    const auto fills = requested.at(0).at(0).value<QList<FillReport>>();
    QCOMPARE(fills.size(), 1);
    QCOMPARE(fills.at(0).venueFillId, fill.venueFillId);
    QCOMPARE(fills.at(0).clientOrderId, QStringLiteral("fill-1"));
    venue->execution().stop();
}

void TestKalshiVenue::cancelAllOrders_cancelsEveryRestingOrder()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);
    QSignalSpy reports(&venue->execution(), &ExecutionClient::orderStatusReported);
    venue->execution().submitOrder(submit(QStringLiteral("r1"), Outcome::Yes, OrderSide::Buy, 500'000, 1, TimeInForce::GoodTillCancel));
    venue->execution().submitOrder(submit(QStringLiteral("r2"), Outcome::No, OrderSide::Buy, 300'000, 1, TimeInForce::GoodTillCancel));
    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 5'000);

    venue->execution().cancelAllOrders();

    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 4, 5'000);
    QCOMPARE(reports.at(2).at(0).value<OrderStatusReport>().status, OrderStatus::Canceled);
    QCOMPARE(reports.at(3).at(0).value<OrderStatusReport>().status, OrderStatus::Canceled);
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 0);
}

void TestKalshiVenue::balanceAndPositions_areReported()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);
    QSignalSpy balance(&venue->execution(), &ExecutionClient::balanceReported);

    venue->execution().requestBalance();

    QTRY_COMPARE_WITH_TIMEOUT(balance.size(), 1, 5'000);
    QCOMPARE(balance.at(0).at(0).value<BalanceReport>().available, Cash::fromMicros(10'000'000'000));
}

void TestKalshiVenue::bookStream_deliversSnapshotsForSubscriptions()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto venue = makeVenue(sim, clock);
    QSignalSpy snapshots(&venue->marketData(), &MarketDataClient::bookSnapshotReceived);
    QSignalSpy connected(&venue->marketData(), &MarketDataClient::connectionChanged);
    venue->marketData().setSubscriptions({MarketKey{VenueId::Kalshi, kHold}});

    venue->marketData().start();

    QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, 5'000);
    QCOMPARE(snapshots.at(0).at(0).value<MarketKey>().id, kHold);
    QVERIFY(venue->marketData().isConnected());
    QCOMPARE(connected.at(0).at(0).toBool(), true);
    venue->marketData().stop();
}

QTEST_GUILESS_MAIN(TestKalshiVenue)
#include "TestKalshiVenue.moc"
