// ctest-labels: kalshi
#include "KalshiSimFixture.h"

#include <QTest>

using namespace orion;
using orion::test::KalshiSimFixture;

namespace {

const QString kHold = QStringLiteral("KXFEDDECISION-27JAN-H0"); // YES bid 0.56, ask 0.58

KalshiOrderRequest restingBid(std::int64_t priceMicros, std::int64_t contracts, const QString& clientOrderId)
{
    return KalshiSimFixture::orderRequest(kHold, true, priceMicros, contracts, QStringLiteral("good_till_canceled"),
                                          clientOrderId);
}

KalshiAmendRequest amendOf(std::int64_t priceMicros, std::int64_t totalContracts, const QString& clientOrderId)
{
    KalshiAmendRequest amend;
    amend.ticker = kHold;
    amend.bid = true;
    amend.yesPrice = Price::fromMicros(priceMicros);
    amend.totalCount = Quantity::fromContracts(totalContracts);
    amend.clientOrderId = clientOrderId;
    return amend;
}

// Our bid first, then the house's bid at the same price behind it: the queue at 0.57 is [ours, house].
QString ourBidAheadOfHouse(KalshiSimFixture& sim, KalshiRestClient& client, std::int64_t ourContracts)
{
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client.createOrder(restingBid(570'000, ourContracts, QStringLiteral("ours")), done); });
    if (!ack.ok() || !sim.exchange().placeMakerOrder(kHold, true, 570'000, 500).ok())
        return {};
    return ack->orderId;
}

KalshiOrder orderOf(KalshiRestClient& client, const QString& orderId)
{
    return KalshiSimFixture::wait<KalshiOrder>([&](auto done) { client.getOrder(orderId, done); }).valueOr(KalshiOrder{});
}

} // namespace

class TestKalshiAmendDecrease final : public QObject
{
    Q_OBJECT

private slots:
    void decrease_keepsTimePriority_ourRestFillsFirst();
    void decrease_toZero_cancelsAndReleasesCollateral();
    void amend_largerSize_losesTimePriority();
    void amend_crossingPrice_tradesAtOnce();
    void amend_cheaperPrice_releasesCollateralAndKeepsFills();
    void amend_wrongSide_isRejectedAndOrderUnchanged();
};

void TestKalshiAmendDecrease::decrease_keepsTimePriority_ourRestFillsFirst()
{
    // Arrange
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    const QString orderId = ourBidAheadOfHouse(sim, *client, 10);
    QVERIFY(!orderId.isEmpty());

    // Act: 10 -> 4, then someone sells 4 into the 0.57 bids.
    const auto ack = KalshiSimFixture::wait<KalshiDecreaseAck>(
        [&](auto done) { client->decreaseOrder(orderId, Quantity::fromContracts(4), done); });
    QVERIFY(sim.exchange().placeFlowOrder(kHold, false, 570'000, 400, true).ok());

    // Assert: still first in the queue, so ours took the whole sale; the house's 5 still rest.
    QVERIFY2(ack.ok(), qPrintable(ack.ok() ? QString() : ack.error().toString()));
    QCOMPARE(ack->remainingCount, Quantity::fromContracts(4));
    const KalshiOrder order = orderOf(*client, orderId);
    QCOMPARE(order.fillCount, Quantity::fromContracts(4));
    QCOMPARE(order.status, QStringLiteral("executed"));
    const auto book = sim.exchange().bookLevels(kHold);
    QCOMPARE(book->yes.back().priceMicros, 570'000);
    QCOMPARE(book->yes.back().quantityHundredths, 500);
}

void TestKalshiAmendDecrease::decrease_toZero_cancelsAndReleasesCollateral()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    const auto created = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(restingBid(500'000, 10, QStringLiteral("z")), done); });
    QVERIFY(created.ok());
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 5'000'000);

    const auto ack = KalshiSimFixture::wait<KalshiDecreaseAck>(
        [&](auto done) { client->decreaseOrder(created->orderId, Quantity::zero(), done); });

    QVERIFY(ack.ok());
    QCOMPARE(ack->remainingCount, Quantity::zero());
    QCOMPARE(orderOf(*client, created->orderId).status, QStringLiteral("canceled"));
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 0);
}

void TestKalshiAmendDecrease::amend_largerSize_losesTimePriority()
{
    // Arrange
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    const QString orderId = ourBidAheadOfHouse(sim, *client, 5);
    QVERIFY(!orderId.isEmpty());

    // Act: 5 -> 8 contracts at the same price, then someone sells 5.
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->amendOrder(orderId, amendOf(570'000, 8, QStringLiteral("ours")), done); });
    QVERIFY(sim.exchange().placeFlowOrder(kHold, false, 570'000, 500, true).ok());

    // Assert: ours went behind the house's order, which took the sale; ours rests unfilled with 8.
    QVERIFY2(ack.ok(), qPrintable(ack.ok() ? QString() : ack.error().toString()));
    QCOMPARE(ack->remainingCount, Quantity::fromContracts(8));
    const KalshiOrder order = orderOf(*client, orderId);
    QCOMPARE(order.fillCount, Quantity::zero());
    QCOMPARE(order.remainingCount, Quantity::fromContracts(8));
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 4'560'000); // 8 x 0.57
}

void TestKalshiAmendDecrease::amend_crossingPrice_tradesAtOnce()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    const auto created = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(restingBid(500'000, 5, QStringLiteral("x")), done); });
    QVERIFY(created.ok());

    // Raising the bid to the 0.58 ask makes it a taker.
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->amendOrder(created->orderId, amendOf(580'000, 5, QStringLiteral("x")), done); });

    QVERIFY2(ack.ok(), qPrintable(ack.ok() ? QString() : ack.error().toString()));
    QCOMPARE(ack->fillCount, Quantity::fromContracts(5));
    QCOMPARE(ack->averageFillPrice, std::optional<Price>(Price::fromMicros(580'000)));
    QCOMPARE(orderOf(*client, created->orderId).status, QStringLiteral("executed"));
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->position(kHold).positionHundredths, 500);
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 0);
}

void TestKalshiAmendDecrease::amend_cheaperPrice_releasesCollateralAndKeepsFills()
{
    // Arrange: 10 at 0.57, 3 of them filled.
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    const auto created = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(restingBid(570'000, 10, QStringLiteral("p")), done); });
    QVERIFY(created.ok());
    QVERIFY(sim.exchange().placeFlowOrder(kHold, false, 570'000, 300, true).ok());

    // Act: 0.57 -> 0.52 with a total of 10 (3 filled + 7 resting).
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->amendOrder(created->orderId, amendOf(520'000, 10, QStringLiteral("p")), done); });

    // Assert
    QVERIFY2(ack.ok(), qPrintable(ack.ok() ? QString() : ack.error().toString()));
    QCOMPARE(ack->fillCount, Quantity::fromContracts(3));
    QCOMPARE(ack->remainingCount, Quantity::fromContracts(7));
    const KalshiOrder order = orderOf(*client, created->orderId);
    QCOMPARE(order.yesPrice, Price::fromMicros(520'000));
    QCOMPARE(order.initialCount, Quantity::fromContracts(10));
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 3'640'000); // 7 x 0.52
}

void TestKalshiAmendDecrease::amend_wrongSide_isRejectedAndOrderUnchanged()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    const auto created = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(restingBid(500'000, 5, QStringLiteral("w")), done); });
    QVERIFY(created.ok());
    KalshiAmendRequest amend = amendOf(600'000, 5, QStringLiteral("w"));
    amend.bid = false;

    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->amendOrder(created->orderId, amend, done); });

    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, QStringLiteral("kalshi.order_side_mismatch"));
    const KalshiOrder order = orderOf(*client, created->orderId);
    QCOMPARE(order.yesPrice, Price::fromMicros(500'000));
    QCOMPARE(order.status, QStringLiteral("resting"));
}

QTEST_GUILESS_MAIN(TestKalshiAmendDecrease)
#include "TestKalshiAmendDecrease.moc"
