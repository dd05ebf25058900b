// The executor against scripted venues and a real SQLite journal: every way a two-leg trade can go wrong, and
// what is held on both venues afterwards.
#include "ScriptedVenue.h"

#include "ManualClock.h"
#include "execution/Executor.h"
#include "execution/Reconciler.h"
#include "market/BookStore.h"
#include "risk/CircuitBreaker.h"
#include "risk/HaltFlag.h"
#include "storage/Database.h"
#include "storage/SqlJournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace orion;
using orion::test::ScriptedVenue;

namespace {

const MarketKey kKalshi{VenueId::Kalshi, QStringLiteral("KXTEST-26")};
const MarketKey kPoly{VenueId::Polymarket, QStringLiteral("0xpoly")};

Price dollars(const char* text)
{
    return Price::parseDollars(QString::fromLatin1(text)).value();
}

Quantity contracts(std::int64_t n)
{
    return Quantity::fromContracts(n);
}

PriceLevel level(const char* price, std::int64_t size)
{
    return PriceLevel{dollars(price), contracts(size)};
}

void setBook(BookStore& store, const MarketKey& key, std::vector<PriceLevel> yesBids, std::vector<PriceLevel> yesAsks,
             qint64 nowMs)
{
    Market market;
    market.key = key;
    market.title = key.id;
    market.fees = FeeSchedule::free();
    const MarketHandle handle = store.upsert(market);
    BookSnapshot snapshot;
    snapshot.yesBids = std::move(yesBids);
    snapshot.yesAsks = std::move(yesAsks);
    snapshot.sequence = 1;
    store.applySnapshot(handle, snapshot, nowMs);
}

// Buy 10 YES on Kalshi at 0.40 and 10 NO on Polymarket at 0.48 (its YES bid 0.52): $1.20 locked in.
Opportunity opportunity()
{
    Opportunity o;
    o.id = 7;
    o.pairId = QStringLiteral("pair-1");
    o.direction = ArbDirection::KalshiYes;
    o.size = contracts(10);
    o.kalshi = OpportunityLeg{kKalshi, Outcome::Yes, dollars("0.40"), dollars("0.40"), dollars("0.40"),
                              Cash::fromMicros(4'000'000), Cash::zero(), 1, 0};
    o.polymarket = OpportunityLeg{kPoly, Outcome::No, dollars("0.48"), dollars("0.48"), dollars("0.48"),
                                  Cash::fromMicros(4'800'000), Cash::zero(), 1, 0};
    o.payout = Cash::fromMicros(10'000'000);
    o.totalCost = Cash::fromMicros(8'800'000);
    o.lockedInProfit = Cash::fromMicros(1'200'000);
    o.edgePerContract = Cash::fromMicros(120'000);
    return o;
}

ScriptedVenue::Script answer(OrderStatus status, std::optional<Quantity> filled = {}, const QString& reason = {})
{
    ScriptedVenue::Script script;
    script.status = status;
    script.filled = filled;
    script.reason = reason;
    return script;
}

} // namespace

class TestExecutorScenarios final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bothLegsFill_tradeHedged_withEqualContracts();
    void firstLegPartial_secondLegSizedToTheFill();
    void secondLegRejected_hedgeCheaper_hedgeCompletedWithPriceBound();
    void secondLegRejected_bookMovedAway_excessUnwoundWithPriceBound();
    void haltBetweenLegs_secondLegNotSent_thenResumeHedgesTheFirstLeg();
    void kill_cancelsOrdersOnBothVenues_andRefusesNewTrades();
    void venueSilentAfterAccept_statusAskedNotResent();
    void venueSilentPastDeadline_tradeNeedsAttention_breakerTrips();
    void provisionalFillFails_excessSoldNotRebought();
    void provisionalFillNeverConfirms_needsAttentionAfterBound_nothingSent();
    void provisionalFillConfirms_hedged_confirmationBookedOnce();
    void restartAfterCrash_noDuplicateOrder_reconcilerResolvesNakedLeg();
    void restartAfterIntentOnly_orderNeverSent_tradeFlat();
    void reconcile_positionsDifferFromLedger_reportedPerMarket();
    void repeatedRejections_tripCircuitBreaker_noFurtherTrades();
    void dryRunAndAlertOnly_sendNothing();

private:
    std::unique_ptr<Executor> makeExecutor();
    JournalTrade journalled(qint64 tradeId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlJournal> m_journal;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<HaltFlag> m_halt;
    std::unique_ptr<BookStore> m_books;
    std::unique_ptr<CircuitBreaker> m_breaker;
    std::unique_ptr<ScriptedVenue> m_kalshi;
    std::unique_ptr<ScriptedVenue> m_poly;
};

void TestExecutorScenarios::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(QStringLiteral("sqlite:///") + m_dir->path() + QStringLiteral("/journal.db"));
    QVERIFY(opened.ok());
    m_db = std::move(opened).value();
    QVERIFY(m_db->migrate().ok());
    m_journal = std::make_unique<SqlJournal>(*m_db);
    m_clock = std::make_unique<test::ManualClock>();
    m_halt = std::make_unique<HaltFlag>();
    m_books = std::make_unique<BookStore>();
    const qint64 now = m_clock->nowMs();
    setBook(*m_books, kKalshi, {level("0.38", 50)}, {level("0.40", 50)}, now);
    setBook(*m_books, kPoly, {level("0.52", 50)}, {level("0.53", 50)}, now);
    CircuitBreakerParams params;
    params.bankroll = Cash::fromMicros(1'000'000'000);
    params.maxDailyLossPct = Ratio::fromPpm(50'000);
    m_breaker = std::make_unique<CircuitBreaker>(*m_clock, params);
    m_kalshi = std::make_unique<ScriptedVenue>(VenueId::Kalshi);
    m_poly = std::make_unique<ScriptedVenue>(VenueId::Polymarket);
}

void TestExecutorScenarios::cleanup()
{
    m_journal.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<Executor> TestExecutorScenarios::makeExecutor()
{
    auto executor = std::make_unique<Executor>(*m_journal, *m_halt, *m_clock);
    ExecutorParams params;
    params.pollIntervalMs = 0;
    executor->setParams(params);
    executor->setBookStore(m_books.get());
    executor->setCircuitBreaker(m_breaker.get());
    executor->setClients(m_kalshi.get(), m_poly.get());
    if (!executor->setMode(ExecutionMode::Live).ok()) {
        return nullptr;
    }
    executor->setReady(true);
    return executor;
}

JournalTrade TestExecutorScenarios::journalled(qint64 tradeId)
{
    const Result<JournalTrade> trade = m_journal->trade(tradeId);
    return trade.ok() ? trade.value() : JournalTrade{};
}

void TestExecutorScenarios::bothLegsFill_tradeHedged_withEqualContracts()
{
    auto executor = makeExecutor();

    const Result<qint64> trade = executor->execute(opportunity());

    QVERIFY2(trade.ok(), qPrintable(trade.ok() ? QString() : trade.error().toString()));
    QCOMPARE(journalled(trade.value()).state, TradeState::Hedged);
    // Polymarket (slower) goes first, as IOC, at the leg's limit.
    QCOMPARE(m_poly->submitted.size(), 1);
    QCOMPARE(m_kalshi->submitted.size(), 1);
    QCOMPARE(m_poly->submitted[0].timeInForce, TimeInForce::ImmediateOrCancel);
    QCOMPARE(m_poly->submitted[0].outcome, Outcome::No);
    QCOMPARE(m_poly->submitted[0].limitPrice, dollars("0.48"));
    QCOMPARE(m_kalshi->submitted[0].quantity, contracts(10));
    QVERIFY(m_poly->submitted[0].clientOrderId != m_kalshi->submitted[0].clientOrderId);
    QCOMPARE(executor->activeTrades(), 0);
}

void TestExecutorScenarios::firstLegPartial_secondLegSizedToTheFill()
{
    m_poly->scripts << answer(OrderStatus::Canceled, Quantity::fromHundredths(437));
    auto executor = makeExecutor();

    const Result<qint64> trade = executor->execute(opportunity());

    QVERIFY(trade.ok());
    QCOMPARE(m_kalshi->submitted.size(), 1);
    QCOMPARE(m_kalshi->submitted[0].quantity, Quantity::fromHundredths(437));
    QCOMPARE(journalled(trade.value()).state, TradeState::Hedged);
}

void TestExecutorScenarios::secondLegRejected_hedgeCheaper_hedgeCompletedWithPriceBound()
{
    m_kalshi->scripts << answer(OrderStatus::Rejected, {}, QStringLiteral("rate limited"));
    auto executor = makeExecutor();

    const Result<qint64> trade = executor->execute(opportunity());

    QVERIFY(trade.ok());
    // Unwinding loses $0.10 (sell NO at 0.47), completing the hedge at 0.40 keeps the profit: hedge.
    QCOMPARE(m_kalshi->submitted.size(), 2);
    const SubmitOrder hedge = m_kalshi->submitted[1];
    QCOMPARE(hedge.side, OrderSide::Buy);
    QCOMPARE(hedge.outcome, Outcome::Yes);
    QCOMPARE(hedge.quantity, contracts(10));
    QCOMPARE(hedge.timeInForce, TimeInForce::ImmediateOrCancel);
    QCOMPARE(hedge.limitPrice, dollars("0.42")); // best ask 0.40 + 5% slippage, on the cent grid
    QCOMPARE(m_poly->submitted.size(), 1);
    QCOMPARE(journalled(trade.value()).state, TradeState::Hedged);
}

void TestExecutorScenarios::secondLegRejected_bookMovedAway_excessUnwoundWithPriceBound()
{
    ScriptedVenue::Script rejected = answer(OrderStatus::Rejected, {}, QStringLiteral("price moved"));
    rejected.before = [this] {
        setBook(*m_books, kKalshi, {level("0.58", 50)}, {level("0.60", 50)}, m_clock->nowMs());
    };
    m_kalshi->scripts << rejected;
    auto executor = makeExecutor();

    const Result<qint64> trade = executor->execute(opportunity());

    QVERIFY(trade.ok());
    // Hedging now costs 0.60 (loss $0.80); selling the 10 NO back at 0.47 loses $0.10: unwind.
    QCOMPARE(m_poly->submitted.size(), 2);
    const SubmitOrder unwind = m_poly->submitted[1];
    QCOMPARE(unwind.side, OrderSide::Sell);
    QCOMPARE(unwind.outcome, Outcome::No);
    QCOMPARE(unwind.quantity, contracts(10));
    QVERIFY(unwind.reduceOnly);
    QCOMPARE(unwind.limitPrice, dollars("0.45")); // best bid 0.47 - 5%, rounded up to the cent grid
    QCOMPARE(m_kalshi->submitted.size(), 1);
    QCOMPARE(journalled(trade.value()).state, TradeState::Flat);
}

void TestExecutorScenarios::haltBetweenLegs_secondLegNotSent_thenResumeHedgesTheFirstLeg()
{
    ScriptedVenue::Script firstFills;
    firstFills.before = [this] { m_halt->raise(QStringLiteral("user pressed kill")); };
    m_poly->scripts << firstFills;
    auto executor = makeExecutor();

    const Result<qint64> trade = executor->execute(opportunity());

    QVERIFY(trade.ok());
    QCOMPARE(m_kalshi->submitted.size(), 0);
    QCOMPARE(journalled(trade.value()).state, TradeState::Halted);
    QVERIFY(journalled(trade.value()).note.contains(QStringLiteral("second leg not sent")));
    QVERIFY(!executor->execute(opportunity()).ok());

    m_halt->reset();
    QVERIFY(executor->resumeOpenTrades().ok());

    QCOMPARE(m_kalshi->submitted.size(), 1);
    QCOMPARE(m_kalshi->submitted[0].limitPrice, dollars("0.42"));
    QCOMPARE(journalled(trade.value()).state, TradeState::Hedged);
}

void TestExecutorScenarios::kill_cancelsOrdersOnBothVenues_andRefusesNewTrades()
{
    m_poly->scripts << answer(OrderStatus::Accepted);
    auto executor = makeExecutor();
    const Result<qint64> trade = executor->execute(opportunity());
    QVERIFY(trade.ok());

    executor->kill(QStringLiteral("test kill"));

    QCOMPARE(m_kalshi->cancelAllCalls, 1);
    QCOMPARE(m_poly->cancelAllCalls, 1);
    QVERIFY(m_halt->isRaised());
    QCOMPARE(journalled(trade.value()).state, TradeState::Halted);
    const Result<qint64> refused = executor->execute(opportunity());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("execution.halted"));
}

void TestExecutorScenarios::venueSilentAfterAccept_statusAskedNotResent()
{
    ScriptedVenue::Script silent;
    silent.silent = true;
    m_poly->scripts << silent;
    auto executor = makeExecutor();
    const Result<qint64> trade = executor->execute(opportunity());
    QVERIFY(trade.ok());
    executor->poll();
    QCOMPARE(m_poly->statusRequests, 0);

    m_clock->advanceMs(2'001);
    executor->poll();

    QCOMPARE(m_poly->statusRequests, 1);
    QCOMPARE(m_poly->submitted.size(), 1);
    QCOMPARE(m_kalshi->submitted.size(), 1);
    QCOMPARE(journalled(trade.value()).state, TradeState::Hedged);
}

void TestExecutorScenarios::venueSilentPastDeadline_tradeNeedsAttention_breakerTrips()
{
    ScriptedVenue::Script silent;
    silent.silent = true;
    silent.status = OrderStatus::Accepted;
    m_poly->scripts << silent;
    auto executor = makeExecutor();
    const Result<qint64> trade = executor->execute(opportunity());
    QVERIFY(trade.ok());
    m_poly->known.clear(); // the venue lost it too
    m_clock->advanceMs(2'001);
    executor->poll();

    m_clock->advanceMs(15'000);
    executor->poll();

    QCOMPARE(m_poly->submitted.size(), 1);
    QCOMPARE(m_kalshi->submitted.size(), 0);
    QCOMPARE(journalled(trade.value()).state, TradeState::NeedsAttention);
    QVERIFY(m_breaker->consecutiveOrderFailures() >= 1);
}

void TestExecutorScenarios::provisionalFillFails_excessSoldNotRebought()
{
    ScriptedVenue::Script matched;
    matched.settlement = SettlementState::Provisional;
    m_poly->scripts << matched;
    auto executor = makeExecutor();
    const Result<qint64> trade = executor->execute(opportunity());
    QVERIFY(trade.ok());
    QCOMPARE(journalled(trade.value()).state, TradeState::AwaitingSettlement);

    m_poly->settle(0, SettlementState::Failed);

    // The Polymarket leg vanished: the Kalshi YES is sold back; Polymarket gets no second buy.
    QCOMPARE(m_poly->submitted.size(), 1);
    QCOMPARE(m_kalshi->submitted.size(), 2);
    QCOMPARE(m_kalshi->submitted[1].side, OrderSide::Sell);
    QCOMPARE(m_kalshi->submitted[1].outcome, Outcome::Yes);
    QCOMPARE(m_kalshi->submitted[1].quantity, contracts(10));
    QCOMPARE(journalled(trade.value()).state, TradeState::Flat);
}

void TestExecutorScenarios::provisionalFillNeverConfirms_needsAttentionAfterBound_nothingSent()
{
    ScriptedVenue::Script matched;
    matched.settlement = SettlementState::Provisional;
    m_poly->scripts << matched;
    auto executor = makeExecutor();
    const Result<qint64> trade = executor->execute(opportunity());
    QVERIFY(trade.ok());
    m_clock->advanceMs(299'000);
    executor->poll();
    QCOMPARE(journalled(trade.value()).state, TradeState::AwaitingSettlement);
    QVERIFY(!m_breaker->isTripped()); // both legs are matched: nothing is unhedged

    m_clock->advanceMs(2'000);
    executor->poll();

    QCOMPARE(journalled(trade.value()).state, TradeState::NeedsAttention);
    QCOMPARE(m_poly->submitted.size(), 1);
    QCOMPARE(m_kalshi->submitted.size(), 1);
}

void TestExecutorScenarios::provisionalFillConfirms_hedged_confirmationBookedOnce()
{
    ScriptedVenue::Script matched;
    matched.settlement = SettlementState::Provisional;
    m_poly->scripts << matched;
    auto executor = makeExecutor();
    QSignalSpy confirmed(executor.get(), &Executor::fillConfirmed);
    const Result<qint64> trade = executor->execute(opportunity());
    QVERIFY(trade.ok());
    QCOMPARE(confirmed.size(), 1); // the Kalshi fill, final at once

    m_poly->settle(0, SettlementState::Confirmed);
    m_poly->settle(0, SettlementState::Confirmed);

    QCOMPARE(confirmed.size(), 2);
    QCOMPARE(journalled(trade.value()).state, TradeState::Hedged);
}

void TestExecutorScenarios::restartAfterCrash_noDuplicateOrder_reconcilerResolvesNakedLeg()
{
    ScriptedVenue::Script crashBeforeAnswer;
    crashBeforeAnswer.silent = true; // the venue filled it; the process died before hearing so
    m_poly->scripts << crashBeforeAnswer;
    qint64 tradeId = 0;
    {
        auto executor = makeExecutor();
        const Result<qint64> trade = executor->execute(opportunity());
        QVERIFY(trade.ok());
        tradeId = trade.value();
    }
    // A new process: a new connection to the same file, a new executor and reconciler.
    m_journal.reset();
    m_db.reset();
    auto reopened = Database::open(QStringLiteral("sqlite:///") + m_dir->path() + QStringLiteral("/journal.db"));
    QVERIFY(reopened.ok());
    m_db = std::move(reopened).value();
    m_journal = std::make_unique<SqlJournal>(*m_db);
    auto executor = makeExecutor();
    executor->setReady(false);
    QVERIFY(!executor->execute(opportunity()).ok());

    Reconciler reconciler(*m_journal, *m_clock);
    reconciler.setClients(m_kalshi.get(), m_poly.get());
    reconciler.setMode(ExecutionMode::Live);
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    reconciler.start();
    QCOMPARE(finished.size(), 1);
    const auto report = finished.at(0).at(0).value<ReconcileReport>();
    QVERIFY(report.complete);
    QCOMPARE(report.ordersUpdated, 1);
    QVERIFY(executor->resumeOpenTrades().ok());
    executor->setReady(true);

    QCOMPARE(m_poly->submitted.size(), 1); // never sent twice
    QCOMPARE(m_kalshi->submitted.size(), 1);
    QCOMPARE(m_kalshi->submitted[0].quantity, contracts(10));
    QVERIFY(m_kalshi->submitted[0].clientOrderId != m_poly->submitted[0].clientOrderId);
    QCOMPARE(journalled(tradeId).state, TradeState::Hedged);
}

void TestExecutorScenarios::restartAfterIntentOnly_orderNeverSent_tradeFlat()
{
    const Opportunity o = opportunity();
    TradeIntent intent;
    intent.pairId = o.pairId;
    intent.mode = ExecutionMode::Live;
    intent.first = PlannedLeg{kPoly, Outcome::No, dollars("0.48"), contracts(10), Quantity::fromHundredths(1)};
    intent.second = PlannedLeg{kKalshi, Outcome::Yes, dollars("0.40"), contracts(10), Quantity::fromHundredths(1)};
    intent.atMs = m_clock->nowMs();
    const Result<JournalTrade> trade = m_journal->beginTrade(intent);
    QVERIFY(trade.ok());
    SubmitOrder first;
    first.market = kPoly;
    first.outcome = Outcome::No;
    first.limitPrice = dollars("0.48");
    first.quantity = contracts(10);
    QVERIFY(m_journal->reserveOrder(trade.value().id, LegRole::First, first, m_clock->nowMs()).ok());
    QVERIFY(m_journal->setTradeState(trade.value().id, TradeState::FirstLeg, {}, m_clock->nowMs()).ok());
    // (crash: the order was journalled but never handed to the venue)
    auto executor = makeExecutor();
    Reconciler reconciler(*m_journal, *m_clock);
    reconciler.setClients(m_kalshi.get(), m_poly.get());
    QSignalSpy finished(&reconciler, &Reconciler::finished);

    reconciler.start();
    QVERIFY(executor->resumeOpenTrades().ok());

    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ReconcileReport>().ordersNeverSent, 1);
    QCOMPARE(m_poly->submitted.size(), 0);
    QCOMPARE(m_kalshi->submitted.size(), 0);
    QCOMPARE(journalled(trade.value().id).state, TradeState::Flat);
}

void TestExecutorScenarios::reconcile_positionsDifferFromLedger_reportedPerMarket()
{
    auto executor = makeExecutor();
    QVERIFY(executor->execute(opportunity()).ok());
    PositionReport kalshiYes;
    kalshiYes.market = kKalshi;
    kalshiYes.outcome = Outcome::Yes;
    kalshiYes.quantity = contracts(10);
    PositionReport polyNo;
    polyNo.market = kPoly;
    polyNo.outcome = Outcome::No;
    polyNo.quantity = contracts(9); // the ledger thinks 9; the venue holds 10
    Reconciler reconciler(*m_journal, *m_clock);
    reconciler.setClients(m_kalshi.get(), m_poly.get());
    reconciler.setExpectedPositions({kalshiYes, polyNo});
    QSignalSpy finished(&reconciler, &Reconciler::finished);

    reconciler.start();

    QCOMPARE(finished.size(), 1);
    const auto report = finished.at(0).at(0).value<ReconcileReport>();
    QVERIFY(report.complete);
    QCOMPARE(report.discrepancies.size(), 1);
    QVERIFY(report.discrepancies[0].contains(QStringLiteral("0xpoly")));
    QVERIFY(report.discrepancies[0].contains(QStringLiteral("ledger 9.00, venue 10.00")));
}

void TestExecutorScenarios::repeatedRejections_tripCircuitBreaker_noFurtherTrades()
{
    auto executor = makeExecutor();
    for (int i = 0; i < 3; ++i) {
        m_poly->scripts << answer(OrderStatus::Rejected, {}, QStringLiteral("insufficient balance"));
        const Result<qint64> trade = executor->execute(opportunity());
        QVERIFY(trade.ok());
        QCOMPARE(journalled(trade.value()).state, TradeState::Flat);
    }

    const Result<qint64> refused = executor->execute(opportunity());

    QVERIFY(m_breaker->isTripped());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("execution.circuit_breaker"));
    QCOMPARE(m_kalshi->submitted.size(), 0);
    QVERIFY(!m_breaker->reset(QString(), QStringLiteral("why")).ok());
    QVERIFY(m_breaker->reset(QStringLiteral("ops"), QStringLiteral("balance topped up")).ok());
    QVERIFY(executor->execute(opportunity()).ok());
}

void TestExecutorScenarios::dryRunAndAlertOnly_sendNothing()
{
    auto executor = makeExecutor();
    for (const ExecutionMode mode : {ExecutionMode::DryRun, ExecutionMode::AlertOnly}) {
        QVERIFY(executor->setMode(mode).ok());
        const Result<qint64> result = executor->execute(opportunity());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("execution.mode"));
    }
    QCOMPARE(m_poly->submitted.size() + m_kalshi->submitted.size(), 0);
    QVERIFY(m_journal->openTrades().value().isEmpty());
}

QTEST_GUILESS_MAIN(TestExecutorScenarios)
#include "TestExecutorScenarios.moc"
