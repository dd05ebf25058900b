// ctest-labels: kalshi
#include "KalshiSimFixture.h"
#include "ManualClock.h"
#include "venues/kalshi/KalshiFeeModel.h"
#include "venues/sim/SimHttpServer.h"

#include <QTest>

using namespace orion;
using orion::test::KalshiSimFixture;

namespace {

const QString kHold = QStringLiteral("KXFEDDECISION-27JAN-H0");

KalshiOrderRequest order(bool bid, std::int64_t priceMicros, std::int64_t contracts, const QString& tif,
                         const QString& clientOrderId)
{
    return KalshiSimFixture::orderRequest(kHold, bid, priceMicros, contracts, tif, clientOrderId);
}

} // namespace

class TestKalshiRestClient final : public QObject
{
    Q_OBJECT

private slots:
    void getAllMarkets_withSmallPages_returnsEveryMarketAndReportsProgress();
    void getAllMarkets_statusFilter_returnsOnlyOpenMarkets();
    void getAllEvents_nested_carriesMarkets();
    void getOrderbook_returnsYesAndNoBidsExactly();
    void getSeries_feeModel_givesKalshiSchedule();
    void getBalance_newKey_hasScenarioStartingBalance();
    void createOrder_buyYesIoc_fillsAndChargesKalshiFee();
    void createOrder_buyNoAsAsk_opensNoPosition();
    void createOrder_duplicateClientOrderId_isRejected409();
    void createOrder_offGridPrice_isVenueRejectionWithKalshiCode();
    void createOrder_responseLostThenRetried_placesOrderOnce();
    void cancelOrder_resting_isCanceledAndListed();
    void batchCreateAndCancel_reportPerOrder();
    void signedRequest_wrongKey_isAuthErrorNamingKeyId();
    void signedRequest_unknownKey_isAuthError();
    void signedRequest_staleTimestamp_isAuthError();
    void rateLimited429_isRetriedAndSucceeds();
    void rateLimited429_persistent_isRateLimitedError();
    void malformedJson_isParseErrorAndCounted();
    void serverError503_isRetriedAndSucceeds();
};

void TestKalshiRestClient::getAllMarkets_withSmallPages_returnsEveryMarketAndReportsProgress()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("limit"), QStringLiteral("2"));
    int lastPages = 0;

    const auto markets = KalshiSimFixture::wait<QList<KalshiMarket>>([&](auto done) {
        client->getAllMarkets(filters, done, [&](int pages, int) { lastPages = pages; });
    });

    QVERIFY2(markets.ok(), qPrintable(markets.ok() ? QString() : markets.error().toString()));
    QCOMPARE(markets->size(), 5);
    QCOMPARE(lastPages, 3);
    QCOMPARE(markets->at(0).priceRanges.size(), 1);
    QCOMPARE(markets->at(0).priceRanges[0].step, Price::fromMicros(10'000));
}

void TestKalshiRestClient::getAllMarkets_statusFilter_returnsOnlyOpenMarkets()
{
    KalshiSimFixture sim;
    QVERIFY(sim.exchange().settle(QStringLiteral("KXHIGHNY-27JAN01-T50"), false).ok());
    SystemClock clock;
    auto client = sim.client(clock);
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));

    const auto markets = KalshiSimFixture::wait<QList<KalshiMarket>>([&](auto done) { client->getAllMarkets(filters, done); });

    QVERIFY(markets.ok());
    QCOMPARE(markets->size(), 4);
    for (const KalshiMarket& market : markets.value())
        QCOMPARE(market.status, QStringLiteral("active"));
}

void TestKalshiRestClient::getAllEvents_nested_carriesMarkets()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("with_nested_markets"), QStringLiteral("true"));

    const auto events = KalshiSimFixture::wait<QList<KalshiEvent>>([&](auto done) { client->getAllEvents(filters, done); });

    QVERIFY(events.ok());
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0).eventTicker, QStringLiteral("KXFEDDECISION-27JAN"));
    QCOMPARE(events->at(0).markets.size(), 2);
    QVERIFY(events->at(0).mutuallyExclusive);
}

void TestKalshiRestClient::getOrderbook_returnsYesAndNoBidsExactly()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);

    const auto book = KalshiSimFixture::wait<BookSnapshot>([&](auto done) { client->getOrderbook(kHold, 0, done); });

    QVERIFY(book.ok());
    QCOMPARE(book->yesBids.size(), std::size_t{3});
    QCOMPARE(book->yesBids.back().price, Price::fromMicros(560'000)); // best last
    QCOMPARE(book->yesBids.back().size, Quantity::fromContracts(100));
    QCOMPARE(book->noBids.back().price, Price::fromMicros(420'000)); // YES ask 0.58 = NO bid 0.42
}

void TestKalshiRestClient::getSeries_feeModel_givesKalshiSchedule()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);

    const auto series =
        KalshiSimFixture::wait<KalshiSeries>([&](auto done) { client->getSeries(QStringLiteral("KXFEDDECISION"), done); });
    QVERIFY(series.ok());
    const auto schedule = KalshiFeeModel::schedule(series.value());

    QVERIFY(schedule.ok());
    QCOMPARE(series->feeType, QStringLiteral("quadratic_with_maker_fees"));
    // 0.07 x 10 x 0.58 x 0.42 = 0.17052, charged as $0.18.
    QCOMPARE(schedule->takerFee(Price::fromMicros(580'000), Quantity::fromContracts(10)).value(), Cash::fromMicros(180'000));
}

void TestKalshiRestClient::getBalance_newKey_hasScenarioStartingBalance()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);

    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    QVERIFY(balance.ok());
    QCOMPARE(balance->balance, Cash::fromMicros(10'000'000'000));
}

void TestKalshiRestClient::createOrder_buyYesIoc_fillsAndChargesKalshiFee()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);

    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>([&](auto done) {
        client->createOrder(order(true, 580'000, 10, QStringLiteral("immediate_or_cancel"), QStringLiteral("c-1")), done);
    });
    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });
    const auto positions = KalshiSimFixture::wait<QList<KalshiPosition>>([&](auto done) { client->getAllPositions(done); });
    const auto fills = KalshiSimFixture::wait<QList<KalshiFill>>([&](auto done) { client->getFills({}, done); });

    QVERIFY2(ack.ok(), qPrintable(ack.ok() ? QString() : ack.error().toString()));
    QCOMPARE(ack->fillCount, Quantity::fromContracts(10));
    QCOMPARE(ack->remainingCount, Quantity::zero());
    QCOMPARE(ack->clientOrderId, QStringLiteral("c-1"));
    QCOMPARE(balance->balance, Cash::fromMicros(10'000'000'000 - 5'800'000 - 180'000));
    QCOMPARE(positions->size(), 1);
    QCOMPARE(positions->at(0).position, Quantity::fromContracts(10));
    QCOMPARE(fills->size(), 1);
    QCOMPARE(fills->at(0).fee, Cash::fromMicros(180'000));
    QCOMPARE(fills->at(0).yesPrice, Price::fromMicros(580'000));
    QVERIFY(fills->at(0).isTaker);
}

void TestKalshiRestClient::createOrder_buyNoAsAsk_opensNoPosition()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);

    // Buy 5 NO at up to $0.44 = ask 5 YES at $0.56 on the YES book.
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>([&](auto done) {
        client->createOrder(order(false, 560'000, 5, QStringLiteral("fill_or_kill"), QStringLiteral("c-no")), done);
    });
    const auto positions = KalshiSimFixture::wait<QList<KalshiPosition>>([&](auto done) { client->getAllPositions(done); });
    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    QVERIFY(ack.ok());
    QCOMPARE(ack->fillCount, Quantity::fromContracts(5));
    QCOMPARE(positions->at(0).position, -Quantity::fromContracts(5));
    // 5 x 0.44 = 2.20, fee 0.07 x 5 x 0.56 x 0.44 = 0.08624 -> 0.09.
    QCOMPARE(balance->balance, Cash::fromMicros(10'000'000'000 - 2'200'000 - 90'000));
}

void TestKalshiRestClient::createOrder_duplicateClientOrderId_isRejected409()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);
    const auto request = order(true, 500'000, 1, QStringLiteral("good_till_canceled"), QStringLiteral("dup"));
    const auto first = KalshiSimFixture::wait<KalshiCreateOrderAck>([&](auto done) { client->createOrder(request, done); });

    const auto second = KalshiSimFixture::wait<KalshiCreateOrderAck>([&](auto done) { client->createOrder(request, done); });

    QVERIFY(first.ok());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, QStringLiteral("kalshi.order_already_exists"));
}

void TestKalshiRestClient::createOrder_offGridPrice_isVenueRejectionWithKalshiCode()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);

    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>([&](auto done) {
        client->createOrder(order(true, 505'000, 1, QStringLiteral("good_till_canceled"), QStringLiteral("grid")), done);
    });

    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, QStringLiteral("kalshi.invalid_price"));
    QVERIFY(ack.error().message.contains(QStringLiteral("grid")));
}

void TestKalshiRestClient::createOrder_responseLostThenRetried_placesOrderOnce()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);
    client->setTimeoutMs(300);
    sim.server().http().delayNext(1, 1'000); // the order is placed, its answer comes too late

    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>([&](auto done) {
        client->createOrder(order(true, 500'000, 3, QStringLiteral("good_till_canceled"), QStringLiteral("once")), done);
    });
    client->setTimeoutMs(3'000);
    const auto orders = KalshiSimFixture::wait<QList<KalshiOrder>>([&](auto done) { client->getOrders({}, done); });

    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, QStringLiteral("kalshi.order_already_exists"));
    QVERIFY(orders.ok());
    QCOMPARE(orders->size(), 1);
    QCOMPARE(orders->at(0).clientOrderId, QStringLiteral("once"));
}

void TestKalshiRestClient::cancelOrder_resting_isCanceledAndListed()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);
    const auto placed = KalshiSimFixture::wait<KalshiCreateOrderAck>([&](auto done) {
        client->createOrder(order(true, 500'000, 4, QStringLiteral("good_till_canceled"), QStringLiteral("rest")), done);
    });
    QVERIFY(placed.ok());

    const auto cancelled =
        KalshiSimFixture::wait<KalshiCancelAck>([&](auto done) { client->cancelOrder(placed->orderId, done); });
    const auto looked = KalshiSimFixture::wait<KalshiOrder>([&](auto done) { client->getOrder(placed->orderId, done); });
    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->reducedBy, Quantity::fromContracts(4));
    QCOMPARE(looked->status, QStringLiteral("canceled"));
    QCOMPARE(looked->remainingCount, Quantity::zero());
    QCOMPARE(balance->balance, Cash::fromMicros(10'000'000'000)); // the hold is released
}

void TestKalshiRestClient::batchCreateAndCancel_reportPerOrder()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);
    QList<KalshiOrderRequest> requests{order(true, 500'000, 1, QStringLiteral("good_till_canceled"), QStringLiteral("b1")),
                                       order(true, 505'000, 1, QStringLiteral("good_till_canceled"), QStringLiteral("b2"))};

    const auto created = KalshiSimFixture::wait<QList<KalshiBatchCreateResult>>(
        [&](auto done) { client->batchCreateOrders(requests, done); });
    QVERIFY(created.ok());
    QCOMPARE(created->size(), 2);
    QVERIFY(created->at(0).ack.has_value());
    QCOMPARE(created->at(1).errorCode, QStringLiteral("invalid_price")); // off the one-cent grid
    const auto cancelled = KalshiSimFixture::wait<QList<KalshiBatchCancelResult>>([&](auto done) {
        client->batchCancelOrders({created->at(0).ack->orderId, QStringLiteral("no-such-order")}, done);
    });

    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->at(0).reducedBy, Quantity::fromContracts(1));
    QCOMPARE(cancelled->at(1).errorCode, QStringLiteral("not_found"));
}

void TestKalshiRestClient::signedRequest_wrongKey_isAuthErrorNamingKeyId()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock, KalshiSimFixture::kKeyA, QStringLiteral("keys/test-only-rsa2048-b-pkcs8.pem"));

    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    QVERIFY(!balance.ok());
    QCOMPARE(balance.error().code, QStringLiteral("kalshi.auth"));
    QVERIFY(balance.error().message.contains(QStringLiteral("key-a")));
    QVERIFY(balance.error().message.contains(QStringLiteral("signature")));
}

void TestKalshiRestClient::signedRequest_unknownKey_isAuthError()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock, QStringLiteral("key-zz"));

    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    QCOMPARE(balance.error().code, QStringLiteral("kalshi.auth"));
    QVERIFY(balance.error().message.contains(QStringLiteral("key-zz")));
    QVERIFY(balance.error().message.contains(QStringLiteral("unknown API key")));
}

void TestKalshiRestClient::signedRequest_staleTimestamp_isAuthError()
{
    KalshiSimFixture sim;
    test::ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-3600));
    auto client = sim.client(clock);

    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    QCOMPARE(balance.error().code, QStringLiteral("kalshi.auth"));
    QVERIFY(balance.error().message.contains(QStringLiteral("stale timestamp")));
}

void TestKalshiRestClient::rateLimited429_isRetriedAndSucceeds()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);
    sim.server().fail429Next(1);

    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    QVERIFY(balance.ok());
    QCOMPARE(client->http().retriesScheduled(), 1);
}

void TestKalshiRestClient::rateLimited429_persistent_isRateLimitedError()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);
    sim.server().fail429Next(10);

    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client->getBalance(done); });

    QVERIFY(!balance.ok());
    QCOMPARE(balance.error().code, QStringLiteral("kalshi.rate_limited"));
}

void TestKalshiRestClient::malformedJson_isParseErrorAndCounted()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);
    sim.server().malformedJsonNext(1);

    const auto markets = KalshiSimFixture::wait<QList<KalshiMarket>>([&](auto done) { client->getAllMarkets({}, done); });

    QVERIFY(!markets.ok());
    QCOMPARE(markets.error().code, QStringLiteral("kalshi.parse"));
    QCOMPARE(client->parseErrors(), 1);
}

void TestKalshiRestClient::serverError503_isRetriedAndSucceeds()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto client = sim.client(clock);
    sim.server().fail5xxNext(2);

    const auto book = KalshiSimFixture::wait<BookSnapshot>([&](auto done) { client->getOrderbook(kHold, 1, done); });

    QVERIFY(book.ok());
    QCOMPARE(book->yesBids.size(), std::size_t{1});
}

QTEST_GUILESS_MAIN(TestKalshiRestClient)
#include "TestKalshiRestClient.moc"
