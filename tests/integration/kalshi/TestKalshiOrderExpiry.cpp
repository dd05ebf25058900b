// ctest-labels: kalshi
#include "KalshiSimFixture.h"
#include "venues/kalshi/KalshiExecutionClient.h"
#include "venues/kalshi/KalshiMarketStream.h"
#include "venues/kalshi/KalshiPriceGrid.h"

#include <QSignalSpy>
#include <QTest>

using namespace orion;
using orion::test::KalshiSimFixture;

namespace {

const QString kHold = QStringLiteral("KXFEDDECISION-27JAN-H0");

// Two whole seconds ahead (Kalshi's expiration_time is in Unix seconds).
QDateTime soon()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 2, Qt::UTC);
}

KalshiOrderRequest bidAt50(const QString& tif, const QDateTime& expiration, const QString& clientOrderId)
{
    KalshiOrderRequest request = KalshiSimFixture::orderRequest(kHold, true, 500'000, 10, tif, clientOrderId);
    request.expirationTime = expiration;
    return request;
}

bool bookHasBidAt(KalshiSimFixture& sim, std::int64_t priceMicros, std::int64_t hundredths)
{
    const auto book = sim.exchange().bookLevels(kHold);
    for (const auto& level : book->yes) {
        if (level.priceMicros == priceMicros)
            return level.quantityHundredths == hundredths;
    }
    return hundredths == 0;
}

} // namespace

class TestKalshiOrderExpiry final : public QObject
{
    Q_OBJECT

private slots:
    void goodTillDate_restsUntilExpiry_thenIsCanceledAndCollateralReleased();
    void expiration_withImmediateOrCancel_isRejected();
    void expiration_inThePast_isRejected();
    void executionClient_goodTillDateOrder_isReportedExpired();
};

void TestKalshiOrderExpiry::goodTillDate_restsUntilExpiry_thenIsCanceledAndCollateralReleased()
{
    // Arrange
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    const QDateTime expiry = soon();

    // Act
    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(bidAt50(QStringLiteral("good_till_canceled"), expiry, QStringLiteral("g-1")), done); });
    QVERIFY2(ack.ok(), qPrintable(ack.ok() ? QString() : ack.error().toString()));
    const auto before = KalshiSimFixture::wait<KalshiOrder>([&](auto done) { client->getOrder(ack->orderId, done); });

    // Assert: resting with its expiry until then; afterwards canceled, off the book, collateral back.
    QVERIFY(before.ok());
    QCOMPARE(before->status, QStringLiteral("resting"));
    QCOMPARE(before->expirationTime, expiry);
    QVERIFY(bookHasBidAt(sim, 500'000, 1'000));
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 5'000'000);
    QTRY_COMPARE_WITH_TIMEOUT(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), std::int64_t{0}, 4'000);
    QVERIFY(QDateTime::currentDateTimeUtc() >= expiry);
    QVERIFY(bookHasBidAt(sim, 500'000, 0));
    const auto after = KalshiSimFixture::wait<KalshiOrder>([&](auto done) { client->getOrder(ack->orderId, done); });
    QVERIFY(after.ok());
    QCOMPARE(after->status, QStringLiteral("canceled"));
    QCOMPARE(after->remainingCount, Quantity::zero());
    QCOMPARE(after->expirationTime, expiry);
    QVERIFY(after->lastUpdateTime >= expiry);
}

void TestKalshiOrderExpiry::expiration_withImmediateOrCancel_isRejected()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);

    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(bidAt50(QStringLiteral("immediate_or_cancel"), soon(), QStringLiteral("g-2")), done); });

    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, QStringLiteral("kalshi.invalid_parameters"));
    QVERIFY(bookHasBidAt(sim, 500'000, 0));
}

void TestKalshiOrderExpiry::expiration_inThePast_isRejected()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto client = sim.client(clock);
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-5);

    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>(
        [&](auto done) { client->createOrder(bidAt50(QStringLiteral("good_till_canceled"), past, QStringLiteral("g-3")), done); });

    // Rejected, not turned into an IOC (Kalshi changed this in Nov 2025).
    QVERIFY(!ack.ok());
    QCOMPARE(ack.error().code, QStringLiteral("kalshi.invalid_parameters"));
    QVERIFY(ack.error().message.contains(QStringLiteral("past")));
}

void TestKalshiOrderExpiry::executionClient_goodTillDateOrder_isReportedExpired()
{
    // Arrange: the execution role on the simulator (the stream is not needed for REST reports).
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    SystemClock clock;
    auto rest = sim.client(clock);
    KalshiMarketStream stream(sim.server().wsUrl(),
                              *KalshiSimFixture::signer(KalshiSimFixture::kKeyA,
                                                        QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"), clock));
    KalshiExecutionClient execution(*rest, stream, [](const QString&) { return KalshiPriceGrid(); });
    QSignalSpy reports(&execution, &ExecutionClient::orderStatusReported);
    SubmitOrder command;
    command.clientOrderId = QStringLiteral("gtd-1");
    command.market = MarketKey{VenueId::Kalshi, kHold};
    command.outcome = Outcome::Yes;
    command.side = OrderSide::Buy;
    command.limitPrice = Price::fromMicros(500'000);
    command.quantity = Quantity::fromContracts(10);
    command.timeInForce = TimeInForce::GoodTillDate;
    command.expiresAt = soon();

    // Act
    execution.submitOrder(command);
    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 5'000);
    const auto accepted = reports.takeFirst().at(0).value<OrderStatusReport>();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > command.expiresAt.addMSecs(300), 4'000);
    QSignalSpy batches(&execution, &ExecutionClient::orderStatusReportsReceived);
    execution.requestOrderStatusReports();
    QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 5'000);

    // Assert: accepted first; then the venue expired it at the requested time.
    QCOMPARE(accepted.status, OrderStatus::Accepted);
    const auto listed = batches.at(0).at(0).value<QList<OrderStatusReport>>();
    const auto found = std::find_if(listed.cbegin(), listed.cend(),
                                    [](const OrderStatusReport& report) { return report.clientOrderId == QLatin1String("gtd-1"); });
    QVERIFY(found != listed.cend());
    QCOMPARE(found->status, OrderStatus::Expired);
    QCOMPARE(found->timeInForce, TimeInForce::GoodTillDate);
    QCOMPARE(found->expiresAt, command.expiresAt);
    QCOMPARE(found->filledQuantity, Quantity::zero());
}

QTEST_GUILESS_MAIN(TestKalshiOrderExpiry)
#include "TestKalshiOrderExpiry.moc"
