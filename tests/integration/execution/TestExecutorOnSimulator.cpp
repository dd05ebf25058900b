// ctest-labels: simulator
// The executor against the real venue clients and the in-repo venue simulators over loopback: each failure of a
// two-leg trade, and afterwards the positions and cash on both venues, read from the simulators' own accounts.
#include "SimTradingFixture.h"

#include <QTest>

#include <algorithm>

using namespace orion;
using orion::test::SimTradingFixture;

namespace {

Quantity contracts(std::int64_t n)
{
    return Quantity::fromContracts(n);
}

QString why(const Result<qint64>& result)
{
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

class TestExecutorOnSimulator final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bothLegsFill_hedgedWithEqualContracts_cashMovedByFillsAndFees();
    void firstLegPartialOnThinBook_secondLegSizedToTheFill();
    void secondLegRejectedForCollateral_excessUnwoundWithPriceBound_flatOnBothVenues();
    void kalshiAnswerLostAfterAccept_statusAskedNotDuplicated_hedged();
    void polymarketAnswerLostAfterAccept_orderFoundByHash_hedged();
    void webSocketsDroppedBetweenLegs_tradeSettlesFromRest();
    void kalshi429Storm_retriedWithinLimits_oneOrderOnVenue_hedged();
    void polymarket429OnFirstLeg_rejectedNotResent_nothingSentToKalshi();
    void firstVenueInsufficientBalance_nothingSentToSecond();
    void repeatedRejections_tripCircuitBreaker_executeRefused();
    void killDuringTrade_cancelsRestingOrdersOnBothVenues_noFurtherOrders();
    void polymarketGhostFill_excessSoldNotRebought();
    void restartWhilePolymarketLegInFlight_reconciledByVenueOrderId_noDuplicateNoNakedLeg();
    void restartWhileKalshiLegInFlight_provisionalFillFollowedAfterRestart_hedged();

private:
    // Venue cash moved by exactly what the journal booked (fills and fees), and the venues hold what it booked.
    void verifyAccountsMatchJournal(qint64 tradeId,
                                    Cash polyStart = Cash::fromMicros(SimTradingFixture::kPolyStartMicros));

    // A new Orion on the fixture's journal file: reconciled with both venues, then the open trades resumed.
    void restartAndReconcile();

    // A resting GTC buy of 5 YES at 0.30 on each venue, placed directly through the clients.
    void placeRestingOrders();

    std::unique_ptr<SimTradingFixture> m_sim;
};

void TestExecutorOnSimulator::init()
{
    m_sim = std::make_unique<SimTradingFixture>();
    QVERIFY(m_sim->start());
}

void TestExecutorOnSimulator::cleanup()
{
    m_sim.reset();
}

void TestExecutorOnSimulator::verifyAccountsMatchJournal(qint64 tradeId, Cash polyStart)
{
    const SimTradingFixture::Booked booked = m_sim->booked(tradeId);
    QCOMPARE(m_sim->kalshiYes(), booked.yes);
    QCOMPARE(m_sim->polyNo(), booked.no);
    QCOMPARE(m_sim->polyYes(), Quantity::zero());
    QCOMPARE(Cash::fromMicros(SimTradingFixture::kKalshiStartMicros) - m_sim->kalshiCash(), booked.kalshiSpent);
    QCOMPARE(polyStart - m_sim->polyCash(), booked.polySpent);
}

void TestExecutorOnSimulator::bothLegsFill_hedgedWithEqualContracts_cashMovedByFillsAndFees()
{
    // Arrange
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    QCOMPARE(opportunity->size, contracts(10));
    Executor& executor = m_sim->makeExecutor();

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Hedged));
    QCOMPARE(m_sim->kalshiYes(), contracts(10));
    QCOMPARE(m_sim->polyNo(), contracts(10));
    verifyAccountsMatchJournal(trade.value());
    const SimTradingFixture::Booked booked = m_sim->booked(trade.value());
    QCOMPARE(booked.kalshiOrders, 1);
    QCOMPARE(booked.polyOrders, 1);
    QVERIFY(booked.kalshiSpent > Cash::fromMicros(4'000'000)); // 10 x 0.40 plus Kalshi's fee
    QVERIFY(booked.polySpent > Cash::fromMicros(4'800'000));   // 10 x 0.48 plus Polymarket's taker fee
}

void TestExecutorOnSimulator::placeRestingOrders()
{
    QSignalSpy kalshi(&m_sim->kalshi().execution(), &ExecutionClient::orderStatusReported);
    QSignalSpy poly(&m_sim->poly().execution(), &ExecutionClient::orderStatusReported);
    SubmitOrder order;
    order.clientOrderId = QStringLiteral("test-gtc-kalshi");
    order.market = m_sim->kalshiKey();
    order.limitPrice = Price::fromMicros(300'000);
    order.quantity = contracts(5);
    order.timeInForce = TimeInForce::GoodTillCancel;
    m_sim->kalshi().execution().submitOrder(order);
    order.clientOrderId = QStringLiteral("test-gtc-poly");
    order.market = m_sim->polyKey();
    m_sim->poly().execution().submitOrder(order);
    QTRY_VERIFY_WITH_TIMEOUT(!kalshi.isEmpty(), 3'000);
    // Polymarket tells the order hash first (PendingSubmit), then the venue's answer.
    QTRY_COMPARE_WITH_TIMEOUT(poly.size(), 2, 3'000);
    QCOMPARE(kalshi.last().first().value<OrderStatusReport>().status, OrderStatus::Accepted);
    QCOMPARE(poly.first().first().value<OrderStatusReport>().status, OrderStatus::PendingSubmit);
    QCOMPARE(poly.last().first().value<OrderStatusReport>().status, OrderStatus::Accepted);
    QCOMPARE(poly.last().first().value<OrderStatusReport>().venueOrderId,
             poly.first().first().value<OrderStatusReport>().venueOrderId);
    QVERIFY(m_sim->kalshiAccount()->heldMicros() > 0);
    QCOMPARE(m_sim->polyExchange().openOrderIds(m_sim->wallet()).size(), 1);
}

void TestExecutorOnSimulator::firstLegPartialOnThinBook_secondLegSizedToTheFill()
{
    // Arrange: another trader takes 6 of the 10 Kalshi contracts at 0.40 after the opportunity was found.
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    QVERIFY(m_sim->kalshiSim().exchange().placeFlowOrder(SimTradingFixture::kTicker, true, 400'000, 600, true).ok());
    Executor& executor = m_sim->makeExecutor(true);

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Hedged));
    QCOMPARE(m_sim->kalshiYes(), contracts(4));
    QCOMPARE(m_sim->polyNo(), contracts(4));
    QCOMPARE(m_sim->polyPosts(), 1);
    verifyAccountsMatchJournal(trade.value());
}

void TestExecutorOnSimulator::secondLegRejectedForCollateral_excessUnwoundWithPriceBound_flatOnBothVenues()
{
    // Arrange: Kalshi goes first; Polymarket has $1 of collateral, too little for 10 NO at 0.48.
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    m_sim->polyExchange().setCollateral(m_sim->wallet(), 1'000'000);
    Executor& executor = m_sim->makeExecutor(true);

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert: the 10 YES bought on Kalshi are sold back at the bid (0.38), never below the bound.
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Flat));
    QCOMPARE(m_sim->kalshiYes(), Quantity::zero());
    QCOMPARE(m_sim->polyNo(), Quantity::zero());
    const auto orders = m_sim->journal().orders(trade.value());
    QVERIFY(orders.ok());
    const auto unwind = std::find_if(orders.value().begin(), orders.value().end(),
                                     [](const JournalOrder& order) { return order.role == LegRole::Unwind; });
    QVERIFY(unwind != orders.value().end());
    QCOMPARE(unwind->command.side, OrderSide::Sell);
    QCOMPARE(unwind->command.timeInForce, TimeInForce::ImmediateOrCancel);
    QVERIFY(unwind->command.limitPrice >= Price::fromMicros(360'000));
    QCOMPARE(unwind->averagePrice, Price::fromMicros(380'000));
    verifyAccountsMatchJournal(trade.value(), Cash::fromMicros(1'000'000));
    QCOMPARE(m_sim->polyCash(), Cash::fromMicros(1'000'000));
}

void TestExecutorOnSimulator::kalshiAnswerLostAfterAccept_statusAskedNotDuplicated_hedged()
{
    // Arrange: the Kalshi order is taken but its answer comes after the client's 500 ms timeout.
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    m_sim->onKalshiCreate([this](int n) {
        if (n == 1)
            m_sim->kalshiSim().http().delayNext(1, 1'200);
    });
    Executor& executor = m_sim->makeExecutor();

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Hedged));
    QCOMPARE(m_sim->kalshiYes(), contracts(10));
    QCOMPARE(m_sim->polyNo(), contracts(10));
    QCOMPARE(m_sim->booked(trade.value()).kalshiOrders, 1); // the executor never sent it again
    QSignalSpy listed(&m_sim->kalshi().execution(), &ExecutionClient::orderStatusReportsReceived);
    m_sim->kalshi().execution().requestOrderStatusReports();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 3'000);
    const auto onVenue = listed.first().first().value<QList<OrderStatusReport>>();
    QCOMPARE(std::count_if(onVenue.begin(), onVenue.end(),
                           [](const OrderStatusReport& report) { return report.side == OrderSide::Buy; }),
             qsizetype(1)); // one order on the venue, whatever the client retried
    verifyAccountsMatchJournal(trade.value());
}

void TestExecutorOnSimulator::polymarketAnswerLostAfterAccept_orderFoundByHash_hedged()
{
    // Arrange: the Polymarket order (first leg) matches, but its answer comes after the client's 500 ms timeout.
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    m_sim->onPolyPost([this](int n) {
        if (n == 1)
            m_sim->polySim().clob().server().delayNext(1, 1'200);
    });
    Executor& executor = m_sim->makeExecutor();

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Hedged));
    QCOMPARE(m_sim->polyPosts(), 1);
    QCOMPARE(m_sim->polyNo(), contracts(10));
    QCOMPARE(m_sim->kalshiYes(), contracts(10));
    verifyAccountsMatchJournal(trade.value());
}

void TestExecutorOnSimulator::webSocketsDroppedBetweenLegs_tradeSettlesFromRest()
{
    // Arrange: every WebSocket of both venues is reset when the second leg reaches Kalshi.
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    m_sim->polyExchange().setAutoConfirmMs(300);
    m_sim->onKalshiCreate([this](int) {
        m_sim->kalshiSim().dropWebSocketClients();
        m_sim->polySim().webSocket().server().dropAll();
    });
    Executor& executor = m_sim->makeExecutor();

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Hedged));
    QCOMPARE(m_sim->kalshiYes(), contracts(10));
    QCOMPARE(m_sim->polyNo(), contracts(10));
    QCOMPARE(m_sim->kalshiCreates(), 1);
    // The Kalshi fill sent while its stream was down is read back from REST and booked once.
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->booked(trade.value()).yes, contracts(10), 3'000);
    verifyAccountsMatchJournal(trade.value());
}

void TestExecutorOnSimulator::kalshi429Storm_retriedWithinLimits_oneOrderOnVenue_hedged()
{
    // Arrange: six 429s in a row from the moment the second leg reaches Kalshi: more than the client's four
    // attempts, so the order is looked up by its client order id and, not found, reported rejected and repaired.
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    bool stormed = false;
    m_sim->onKalshiCreate([this, &stormed](int) {
        if (!stormed) {
            stormed = true;
            m_sim->kalshiSim().fail429Next(6);
        }
    });
    Executor& executor = m_sim->makeExecutor();

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    const std::optional<TradeState> state = m_sim->settledState(trade.value(), 10'000);
    QVERIFY(state == TradeState::Hedged || state == TradeState::Flat);
    QCOMPARE(m_sim->kalshiYes(), m_sim->polyNo()); // no naked leg either way
    QVERIFY(m_sim->kalshiCreates() >= 5);
    QSignalSpy listed(&m_sim->kalshi().execution(), &ExecutionClient::orderStatusReportsReceived);
    m_sim->kalshi().execution().requestOrderStatusReports();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 3'000);
    const auto onVenue = listed.first().first().value<QList<OrderStatusReport>>();
    // Never two venue orders for one journal order.
    QVERIFY(onVenue.size() <= m_sim->booked(trade.value()).kalshiOrders);
    verifyAccountsMatchJournal(trade.value());
}

void TestExecutorOnSimulator::polymarket429OnFirstLeg_rejectedNotResent_nothingSentToKalshi()
{
    // Arrange: Polymarket answers 429 to every order for a while.
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    m_sim->onPolyPost([this](int) {
        m_sim->polySim().clob().server().failNext(
            1, SimHttpResponse::json(429, QJsonObject{{QStringLiteral("error"), QStringLiteral("too many requests")}}));
    });
    Executor& executor = m_sim->makeExecutor();

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert: a 429 is a definite "not processed": the first leg is rejected, not retried blindly; Kalshi untouched.
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Flat));
    QCOMPARE(m_sim->polyPosts(), 1);
    QCOMPARE(m_sim->kalshiCreates(), 0);
    QCOMPARE(m_sim->polyNo(), Quantity::zero());
    QCOMPARE(m_sim->polyCash(), Cash::fromMicros(SimTradingFixture::kPolyStartMicros));
    QCOMPARE(m_sim->kalshiCash(), Cash::fromMicros(SimTradingFixture::kKalshiStartMicros));
}

void TestExecutorOnSimulator::firstVenueInsufficientBalance_nothingSentToSecond()
{
    // Arrange: Polymarket goes first and has $1.
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    m_sim->polyExchange().setCollateral(m_sim->wallet(), 1'000'000);
    Executor& executor = m_sim->makeExecutor();

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Flat));
    QCOMPARE(m_sim->kalshiCreates(), 0);
    QCOMPARE(m_sim->kalshiYes(), Quantity::zero());
    QCOMPARE(m_sim->polyNo(), Quantity::zero());
    QCOMPARE(m_sim->kalshiCash(), Cash::fromMicros(SimTradingFixture::kKalshiStartMicros));
    QCOMPARE(m_sim->polyCash(), Cash::fromMicros(1'000'000));
}

void TestExecutorOnSimulator::repeatedRejections_tripCircuitBreaker_executeRefused()
{
    // Arrange
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    m_sim->polyExchange().setCollateral(m_sim->wallet(), 1'000'000);
    Executor& executor = m_sim->makeExecutor();

    // Act: three first legs refused by the venue in a row.
    for (int i = 0; i < 3; ++i) {
        const Result<qint64> trade = executor.execute(*opportunity);
        QVERIFY2(trade.ok(), qPrintable(why(trade)));
        QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Flat));
    }
    const Result<qint64> refused = executor.execute(*opportunity);

    // Assert
    QVERIFY(m_sim->breaker().isTripped());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("execution.circuit_breaker"));
    QCOMPARE(m_sim->polyPosts(), 3);
    QCOMPARE(m_sim->kalshiCreates(), 0);
    QCOMPARE(m_sim->polyNo(), Quantity::zero());
}

void TestExecutorOnSimulator::killDuringTrade_cancelsRestingOrdersOnBothVenues_noFurtherOrders()
{
    // Arrange: resting orders on both venues; the kill switch is thrown while the first leg is at Polymarket.
    placeRestingOrders();
    QVERIFY(!QTest::currentTestFailed());
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    Executor& executor = m_sim->makeExecutor();
    int polyPostsAtKill = -1;
    m_sim->onPolyPost([this, &executor, &polyPostsAtKill](int n) {
        if (polyPostsAtKill < 0) {
            polyPostsAtKill = n;
            executor.kill(QStringLiteral("operator test"));
        }
    });
    const int kalshiCreatesBefore = m_sim->kalshiCreates();

    // Act
    const Result<qint64> trade = executor.execute(*opportunity);

    // Assert
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Halted));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->polyExchange().openOrderIds(m_sim->wallet()).size(), 0, 3'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->kalshiAccount()->heldMicros(), std::int64_t{0}, 3'000);
    QTest::qWait(300);
    QCOMPARE(m_sim->kalshiCreates(), kalshiCreatesBefore); // the second leg was never sent
    QCOMPARE(m_sim->polyPosts(), polyPostsAtKill);
    const Result<qint64> refused = executor.execute(*opportunity);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("execution.halted"));
    // The first leg's fill stays, as the journal says: a person decides about it.
    QCOMPARE(m_sim->kalshiYes(), Quantity::zero());
    QCOMPARE(m_sim->polyNo(), m_sim->booked(trade.value()).no);
    QCOMPARE(Cash::fromMicros(SimTradingFixture::kPolyStartMicros) - m_sim->polyCash(),
             m_sim->booked(trade.value()).polySpent);
}

void TestExecutorOnSimulator::polymarketGhostFill_excessSoldNotRebought()
{
    // Arrange: Polymarket matches the first leg but its trades never confirm on their own.
    m_sim->polyExchange().setAutoConfirmMs(0);
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    Executor& executor = m_sim->makeExecutor();
    const Result<qint64> trade = executor.execute(*opportunity);
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QTRY_COMPARE_WITH_TIMEOUT(executor.tradeState(trade.value()),
                              std::optional<TradeState>(TradeState::AwaitingSettlement), 5'000);

    // Act: the match fails on chain.
    m_sim->polyExchange().failTrades();

    // Assert: the 10 YES on Kalshi are sold; NO is never bought again.
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Flat));
    QCOMPARE(m_sim->polyPosts(), 1);
    QCOMPARE(m_sim->polyNo(), Quantity::zero());
    QCOMPARE(m_sim->kalshiYes(), Quantity::zero());
    QCOMPARE(m_sim->polyCash(), Cash::fromMicros(SimTradingFixture::kPolyStartMicros));
    verifyAccountsMatchJournal(trade.value());
}

void TestExecutorOnSimulator::restartWhilePolymarketLegInFlight_reconciledByVenueOrderId_noDuplicateNoNakedLeg()
{
    // Arrange: Orion dies while its first order (Polymarket) is at the venue; the venue matches it.
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    bool inFlight = false;
    m_sim->onPolyPost([this, &inFlight](int n) {
        if (n == 1) {
            inFlight = true;
            m_sim->polySim().clob().server().delayNext(1, 400);
        }
    });
    const Result<qint64> trade = m_sim->makeExecutor().execute(*opportunity);
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QTRY_VERIFY_WITH_TIMEOUT(inFlight, 3'000);
    m_sim->tearDownClients();
    QTest::qWait(500); // the venue's answer goes nowhere

    // Act: a new Orion on the same journal file reconciles, then resumes the open trade.
    restartAndReconcile();
    QVERIFY(!QTest::currentTestFailed());

    // Assert: the matched NO is hedged or sold; nothing was placed twice.
    const std::optional<TradeState> state = m_sim->settledState(trade.value());
    QVERIFY2(state == TradeState::Hedged || state == TradeState::Flat,
             qPrintable(state ? tradeStateName(*state) : QStringLiteral("none")));
    QCOMPARE(m_sim->kalshiYes(), m_sim->polyNo());
    const SimTradingFixture::Booked booked = m_sim->booked(trade.value());
    QCOMPARE(m_sim->polyPosts(), booked.polyOrders);
    QCOMPARE(m_sim->kalshiCreates(), booked.kalshiOrders);
    verifyAccountsMatchJournal(trade.value());
}

void TestExecutorOnSimulator::restartWhileKalshiLegInFlight_provisionalFillFollowedAfterRestart_hedged()
{
    // Arrange: the Polymarket leg matched but is not settled yet; Orion dies while the Kalshi leg is at the venue.
    m_sim->polyExchange().setAutoConfirmMs(0);
    const std::optional<Opportunity> opportunity = m_sim->detect();
    QVERIFY(opportunity);
    bool inFlight = false;
    m_sim->onKalshiCreate([this, &inFlight](int n) {
        if (n == 1) {
            inFlight = true;
            m_sim->kalshiSim().http().delayNext(1, 400);
        }
    });
    const Result<qint64> trade = m_sim->makeExecutor().execute(*opportunity);
    QVERIFY2(trade.ok(), qPrintable(why(trade)));
    QTRY_VERIFY_WITH_TIMEOUT(inFlight, 3'000);
    m_sim->tearDownClients();
    QTest::qWait(500);

    // Act
    restartAndReconcile();
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->executor().tradeState(trade.value()),
                              std::optional<TradeState>(TradeState::AwaitingSettlement), 5'000);
    m_sim->polyExchange().confirmTrades();

    // Assert: the confirmation of the previous session's trade is followed and booked; nothing was sent again.
    QCOMPARE(m_sim->settledState(trade.value()), std::optional<TradeState>(TradeState::Hedged));
    QCOMPARE(m_sim->kalshiCreates(), 1);
    QCOMPARE(m_sim->polyPosts(), 1);
    QCOMPARE(m_sim->kalshiYes(), contracts(10));
    QCOMPARE(m_sim->polyNo(), contracts(10));
    verifyAccountsMatchJournal(trade.value());
}

void TestExecutorOnSimulator::restartAndReconcile()
{
    QVERIFY(m_sim->reopenJournal());
    QVERIFY(m_sim->startClients());
    Executor& executor = m_sim->makeExecutor();
    executor.setReady(false);
    Reconciler reconciler(m_sim->journal(), m_sim->clock());
    reconciler.setClients(&m_sim->kalshi().execution(), &m_sim->poly().execution());
    QSignalSpy reconciled(&reconciler, &Reconciler::finished);
    reconciler.start(5'000);
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.size(), 1, 6'000);
    const auto report = reconciled.first().first().value<ReconcileReport>();
    QVERIFY(report.complete);
    QCOMPARE(report.ordersNeverSent, 0); // every order that reached a venue is found there
    for (const QString& discrepancy : report.discrepancies)
        QVERIFY2(discrepancy.startsWith(QStringLiteral("position ")), qPrintable(discrepancy)); // no ledger here
    QVERIFY(executor.resumeOpenTrades().ok());
    executor.setReady(true);
}

QTEST_GUILESS_MAIN(TestExecutorOnSimulator)
#include "TestExecutorOnSimulator.moc"
