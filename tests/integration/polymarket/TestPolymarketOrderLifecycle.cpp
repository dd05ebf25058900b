// ctest-labels: sim
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/polymarket/PolymarketVenue.h"
#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimGammaServer.h"
#include "venues/sim/SimPolymarketExchange.h"
#include "venues/sim/SimPolymarketWsServer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace orion;

namespace {

constexpr char kWalletKey[] = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

SimPolymarketMarket market(int n)
{
    SimPolymarketMarket m;
    m.gammaId = QString::number(3000 + n);
    m.conditionId = QStringLiteral("0x%1").arg(n, 64, 10, QChar(u'c'));
    m.question = QStringLiteral("Will lifecycle event %1 happen?").arg(n);
    m.eventId = QStringLiteral("ev-%1").arg(n);
    m.endDate = QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC);
    m.yesTokenId = QString::number(700 + 2 * n);
    m.noTokenId = QString::number(701 + 2 * n);
    m.feeRatePpm = 50'000;
    return m;
}

OrderStatusReport statusAt(const QSignalSpy& spy, qsizetype i)
{
    return spy.at(i).first().value<OrderStatusReport>();
}

bool sawStatus(const QSignalSpy& spy, OrderStatus status)
{
    for (qsizetype i = 0; i < spy.size(); ++i) {
        if (statusAt(spy, i).status == status)
            return true;
    }
    return false;
}

} // namespace

class TestPolymarketOrderLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void gtdOrder_whenDue_isExpiredByTheVenueAndReportedExpired();
    void gtdOrder_expiringTooSoon_isRejectedWithInvalidOrderExpiration();
    void postOnlyOrder_withFillOrKill_isRejectedLocally();
    void placeOrders_batchWithOneTooSmallOrder_answersEachOrder();
    void placeOrders_moreThanFifteen_isRefusedBeforeSending();
    void getBooks_moreTokensThanTheVenueLimit_returnsEveryBook();
    void delayedOrder_isWorkingThenFilledNeverRejected();
    void heartbeats_whileSending_restingOrdersStay_whenStopped_venueCancelsThem();
    void heartbeat_staleId_isAnswered400AndTheVenuesIdIsAdopted();
    void requestPositionReports_freshSession_coversEveryTokenHeld();

private:
    void startExecution();
    SubmitOrder gtc(const QString& id, int n, std::int64_t priceMicros) const;
    MarketKey key(int n) const { return MarketKey{VenueId::Polymarket, market(n).conditionId}; }
    QString wallet() const { return m_venue->walletAddress().toLowerHex(); }

    std::unique_ptr<SimPolymarketExchange> m_exchange;
    std::unique_ptr<SimClobServer> m_clob;
    std::unique_ptr<SimGammaServer> m_gamma;
    std::unique_ptr<SimPolymarketWsServer> m_ws;
    std::unique_ptr<PolymarketVenue> m_venue;
};

void TestPolymarketOrderLifecycle::init()
{
    m_exchange = std::make_unique<SimPolymarketExchange>();
    for (int n = 1; n <= 3; ++n)
        m_exchange->addMarket(market(n));
    m_exchange->setStartingCollateral(50'000'000);
    m_clob = std::make_unique<SimClobServer>(m_exchange.get());
    m_gamma = std::make_unique<SimGammaServer>(m_exchange.get());
    m_ws = std::make_unique<SimPolymarketWsServer>(m_exchange.get());
    QVERIFY(m_clob->listen() && m_gamma->listen() && m_ws->listen());
    PolymarketVenue::Endpoints endpoints{m_clob->baseUrl(), m_gamma->baseUrl(), m_ws->url(), 137};
    PolymarketVenue::Tuning tuning;
    tuning.pingIntervalMs = 100;
    tuning.staleAfterMs = 500;
    tuning.tradePollIntervalMs = 100;
    tuning.liveTakerCheckMs = 200;
    tuning.heartbeatIntervalMs = 150;
    tuning.reconnectBackoff = {50, 200};
    m_venue = std::make_unique<PolymarketVenue>(endpoints, Secp256k1Signer::fromHex(kWalletKey).value(), tuning);
}

void TestPolymarketOrderLifecycle::cleanup()
{
    m_venue.reset();
    m_ws.reset();
    m_gamma.reset();
    m_clob.reset();
    m_exchange.reset();
}

void TestPolymarketOrderLifecycle::startExecution()
{
    QSignalSpy connected(&m_venue->execution(), &ExecutionClient::connectionChanged);
    m_venue->execution().start();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 5000);
    QVERIFY(connected.first().first().toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->userClientCount(), 1, 5000);
}

SubmitOrder TestPolymarketOrderLifecycle::gtc(const QString& id, int n, std::int64_t priceMicros) const
{
    SubmitOrder order;
    order.clientOrderId = id;
    order.market = key(n);
    order.limitPrice = Price::fromMicros(priceMicros);
    order.quantity = Quantity::fromContracts(10);
    order.timeInForce = TimeInForce::GoodTillCancel;
    return order;
}

void TestPolymarketOrderLifecycle::gtdOrder_whenDue_isExpiredByTheVenueAndReportedExpired()
{
    // Arrange
    m_exchange->setGtdMinimumLifetimeSeconds(0);
    startExecution();
    QSignalSpy statuses(&m_venue->execution(), &ExecutionClient::orderStatusReported);
    SubmitOrder order = gtc(QStringLiteral("gtd-1"), 1, 400'000);
    order.timeInForce = TimeInForce::GoodTillDate;
    order.expiresAt = QDateTime::currentDateTimeUtc().addSecs(2);

    // Act
    m_venue->execution().submitOrder(order);

    // Assert: it rests, carrying expiration = expiry + the venue's 60 s margin, then the venue expires it.
    QTRY_VERIFY_WITH_TIMEOUT(sawStatus(statuses, OrderStatus::Accepted), 5000);
    const QStringList open = m_exchange->openOrderIds(wallet());
    QCOMPARE(open.size(), 1);
    const SimPolymarketExchange::Order* resting = m_exchange->order(open.first());
    QCOMPARE(resting->orderType, QStringLiteral("GTD"));
    QCOMPARE(static_cast<qint64>(resting->expiration), (order.expiresAt.toMSecsSinceEpoch() + 999) / 1000 + 60);
    QVERIFY(!sawStatus(statuses, OrderStatus::Expired));
    QTRY_VERIFY_WITH_TIMEOUT(sawStatus(statuses, OrderStatus::Expired), 6000);
    QCOMPARE(statusAt(statuses, statuses.size() - 1).clientOrderId, QStringLiteral("gtd-1"));
    QCOMPARE(m_exchange->order(open.first())->status, QStringLiteral("CANCELED"));
    QVERIFY(QDateTime::currentDateTimeUtc() >= order.expiresAt);
    QVERIFY(m_exchange->openOrderIds(wallet()).isEmpty());
}

void TestPolymarketOrderLifecycle::gtdOrder_expiringTooSoon_isRejectedWithInvalidOrderExpiration()
{
    // Arrange: the venue wants 3 minutes in all (60 s margin + 120 s); this order would live 30 s.
    startExecution();
    QSignalSpy statuses(&m_venue->execution(), &ExecutionClient::orderStatusReported);
    SubmitOrder order = gtc(QStringLiteral("gtd-2"), 1, 400'000);
    order.timeInForce = TimeInForce::GoodTillDate;
    order.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30);

    // Act
    m_venue->execution().submitOrder(order);

    // Assert
    QTRY_VERIFY_WITH_TIMEOUT(sawStatus(statuses, OrderStatus::Rejected), 5000);
    QVERIFY(statusAt(statuses, statuses.size() - 1).reason.contains(QStringLiteral("INVALID_ORDER_EXPIRATION")));
    QVERIFY(m_exchange->openOrderIds(wallet()).isEmpty());
}

void TestPolymarketOrderLifecycle::postOnlyOrder_withFillOrKill_isRejectedLocally()
{
    // Arrange
    startExecution();
    QSignalSpy statuses(&m_venue->execution(), &ExecutionClient::orderStatusReported);
    SubmitOrder order = gtc(QStringLiteral("po-1"), 1, 400'000);
    order.timeInForce = TimeInForce::FillOrKill;
    order.postOnly = true;

    // Act
    m_venue->execution().submitOrder(order);

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 1, 5000);
    QCOMPARE(statusAt(statuses, 0).status, OrderStatus::Rejected);
    QVERIFY(statusAt(statuses, 0).reason.contains(QStringLiteral("post-only")));
    QCOMPARE(m_clob->ordersAccepted(), 0);
}

void TestPolymarketOrderLifecycle::placeOrders_batchWithOneTooSmallOrder_answersEachOrder()
{
    // Arrange
    startExecution();
    PolymarketOrderRequest good;
    good.tokenId = market(1).yesTokenId;
    good.price = Price::fromMicros(400'000);
    good.size = Quantity::fromContracts(10);
    good.tickSize = Price::fromMicros(10'000);
    PolymarketOrderRequest small = good;
    small.tokenId = market(2).yesTokenId;
    small.size = Quantity::fromContracts(1); // below the 5-share minimum
    PolymarketOrderRequest gtd = good;
    gtd.tokenId = market(3).noTokenId;
    gtd.orderType = QStringLiteral("GTD");
    gtd.expiration = static_cast<quint64>(QDateTime::currentSecsSinceEpoch() + 3600);
    std::optional<Result<QList<Result<PolymarketOrderResponse>>>> answer;

    // Act
    m_venue->clob().placeOrders({good, small, gtd}, [&answer](auto result) { answer = std::move(result); });

    // Assert
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY(answer->ok());
    const QList<Result<PolymarketOrderResponse>>& results = answer->value();
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).ok());
    QCOMPARE(results.at(0).value().status, QStringLiteral("live"));
    QVERIFY(!results.at(1).ok());
    QVERIFY(results.at(1).error().message.contains(QStringLiteral("lower than the minimum")));
    QVERIFY(results.at(2).ok());
    QCOMPARE(m_exchange->openOrderIds(wallet()).size(), 2);
    QCOMPARE(m_exchange->order(results.at(2).value().orderId)->expiration, gtd.expiration);
}

void TestPolymarketOrderLifecycle::placeOrders_moreThanFifteen_isRefusedBeforeSending()
{
    // Arrange
    startExecution();
    PolymarketOrderRequest request;
    request.tokenId = market(1).yesTokenId;
    request.price = Price::fromMicros(400'000);
    request.size = Quantity::fromContracts(5);
    request.tickSize = Price::fromMicros(10'000);
    std::optional<Result<QList<Result<PolymarketOrderResponse>>>> answer;

    // Act
    m_venue->clob().placeOrders(QList<PolymarketOrderRequest>(16, request),
                                [&answer](auto result) { answer = std::move(result); });

    // Assert
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY(!answer->ok());
    QCOMPARE(m_clob->ordersAccepted(), 0);
}

void TestPolymarketOrderLifecycle::getBooks_moreTokensThanTheVenueLimit_returnsEveryBook()
{
    // Arrange: the venue takes 2 tokens per POST /books; the client asks for 6 at a time and learns.
    m_clob->setBooksLimit(2);
    m_venue->clob().setBooksBatchSize(6);
    QStringList tokens;
    for (int n = 1; n <= 3; ++n) {
        m_exchange->seedOrder(market(n).yesTokenId, true, 300'000 + n * 10'000, 2'000);
        tokens << market(n).yesTokenId << market(n).noTokenId;
    }
    std::optional<Result<QList<PolymarketBook>>> answer;

    // Act
    m_venue->clob().getBooks(tokens, [&answer](auto result) { answer = std::move(result); });

    // Assert
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY(answer->ok());
    QCOMPARE(answer->value().size(), 6);
    for (const PolymarketBook& book : answer->value()) {
        for (int n = 1; n <= 3; ++n) {
            if (book.assetId == market(n).yesTokenId) {
                QCOMPARE(book.bids.front().price, Price::fromMicros(300'000 + n * 10'000));
            } else if (book.assetId == market(n).noTokenId) {
                QCOMPARE(book.asks.front().price, Price::fromMicros(700'000 - n * 10'000)); // the YES bid's mirror
            }
        }
    }
}

void TestPolymarketOrderLifecycle::delayedOrder_isWorkingThenFilledNeverRejected()
{
    // Arrange: a sports market holds marketable orders 400 ms.
    m_exchange->setTakerDelayMs(market(2).conditionId, 400);
    m_exchange->seedOrder(market(2).yesTokenId, false, 500'000, 5'000);
    startExecution();
    QSignalSpy statuses(&m_venue->execution(), &ExecutionClient::orderStatusReported);
    QSignalSpy fills(&m_venue->execution(), &ExecutionClient::fillReported);
    SubmitOrder order = gtc(QStringLiteral("delay-1"), 2, 550'000);
    order.timeInForce = TimeInForce::FillOrKill;

    // Act
    m_venue->execution().submitOrder(order);

    // Assert: working while delayed, then filled; never rejected.
    QTRY_VERIFY_WITH_TIMEOUT(sawStatus(statuses, OrderStatus::Accepted), 5000);
    const QStringList ids = m_exchange->openOrderIds(wallet());
    QVERIFY(ids.isEmpty()); // delayed orders are not on the book yet
    QVERIFY(!sawStatus(statuses, OrderStatus::Filled));
    QTRY_VERIFY_WITH_TIMEOUT(sawStatus(statuses, OrderStatus::Filled), 5000);
    QVERIFY(!sawStatus(statuses, OrderStatus::Rejected));
    QTRY_VERIFY_WITH_TIMEOUT(!fills.isEmpty(), 5000);
    const auto fill = fills.first().first().value<FillReport>();
    QCOMPARE(fill.clientOrderId, QStringLiteral("delay-1"));
    QCOMPARE(fill.quantity, Quantity::fromContracts(10));
    QCOMPARE(fill.price, Price::fromMicros(500'000));
}

void TestPolymarketOrderLifecycle::heartbeats_whileSending_restingOrdersStay_whenStopped_venueCancelsThem()
{
    // Arrange: the dead-man switch fires after 700 ms of silence; the client beats every 150 ms.
    m_exchange->setHeartbeatTimeoutMs(700);
    startExecution();
    QSignalSpy statuses(&m_venue->execution(), &ExecutionClient::orderStatusReported);
    m_venue->execution().submitOrder(gtc(QStringLiteral("hb-1"), 1, 300'000));
    QTRY_VERIFY_WITH_TIMEOUT(sawStatus(statuses, OrderStatus::Accepted), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_exchange->heartbeatArmed(wallet()), 5000);

    // Act 1: well past the timeout with heartbeats flowing.
    QTest::qWait(1500);

    // Assert 1
    QCOMPARE(m_exchange->openOrderIds(wallet()).size(), 1);

    // Act 2: Orion goes silent.
    m_venue->execution().stop();

    // Assert 2: the venue cancels the resting order, and the switch disarms.
    QTRY_VERIFY_WITH_TIMEOUT(m_exchange->openOrderIds(wallet()).isEmpty(), 5000);
    QVERIFY(!m_exchange->heartbeatArmed(wallet()));
}

void TestPolymarketOrderLifecycle::heartbeat_staleId_isAnswered400AndTheVenuesIdIsAdopted()
{
    // Arrange: a chain is running at the venue; the client only knows an old id.
    startExecution();
    const SimPolymarketExchange::Reply first = m_exchange->heartbeat(wallet(), QString());
    const QString current = first.body.value(QStringLiteral("heartbeat_id")).toString();
    const SimPolymarketExchange::Reply stale = m_exchange->heartbeat(wallet(), QStringLiteral("stale-id"));
    std::optional<Result<QString>> answer;

    // Act
    m_venue->clob().sendHeartbeat(QStringLiteral("stale-id"), [&answer](Result<QString> next) { answer = next; });

    // Assert: the venue names the right id; the client continues with it and gets the next one.
    QCOMPARE(stale.status, 400);
    QCOMPARE(stale.body.value(QStringLiteral("heartbeat_id")).toString(), current);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY(answer->ok());
    QVERIFY(!answer->value().isEmpty());
    QVERIFY(answer->value() != current);
    const SimPolymarketExchange::Reply next = m_exchange->heartbeat(wallet(), answer->value());
    QCOMPARE(next.status, 200);
}

void TestPolymarketOrderLifecycle::requestPositionReports_freshSession_coversEveryTokenHeld()
{
    // Arrange: shares held from an earlier session, in markets this session never loaded.
    m_exchange->setTokens(m_venue->walletAddress().toLowerHex(), market(2).yesTokenId, 1'250);
    m_exchange->setTokens(m_venue->walletAddress().toLowerHex(), market(3).noTokenId, 700);
    startExecution();
    QSignalSpy positions(&m_venue->execution(), &ExecutionClient::positionReportsReceived);

    // Act
    m_venue->execution().requestPositionReports();

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(positions.size(), 1, 5000);
    QList<PositionReport> reports = positions.first().first().value<QList<PositionReport>>();
    std::sort(reports.begin(), reports.end(),
              [](const PositionReport& a, const PositionReport& b) { return a.market.id < b.market.id; });
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0).market, key(2));
    QCOMPARE(reports.at(0).outcome, Outcome::Yes);
    QCOMPARE(reports.at(0).quantity, Quantity::fromHundredths(1'250));
    QCOMPARE(reports.at(1).market, key(3));
    QCOMPARE(reports.at(1).outcome, Outcome::No);
    QCOMPARE(reports.at(1).quantity, Quantity::fromContracts(7));
}

QTEST_GUILESS_MAIN(TestPolymarketOrderLifecycle)
#include "TestPolymarketOrderLifecycle.moc"
