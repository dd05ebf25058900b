// Paper mode end to end: the executor trades against PaperVenue clients that fill on the live books with the
// venues' fees, and each paper venue's cash and positions show what happened.
#include "ManualClock.h"
#include "execution/Executor.h"
#include "execution/PaperVenue.h"
#include "market/BookStore.h"
#include "risk/CapitalManager.h"
#include "risk/HaltFlag.h"
#include "risk/RiskManager.h"
#include "storage/Database.h"
#include "storage/SqlJournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace orion;

namespace {

const MarketKey kKalshi{VenueId::Kalshi, QStringLiteral("KXPAPER-26")};
const MarketKey kPoly{VenueId::Polymarket, QStringLiteral("0xpaper")};

Price dollars(const char* text)
{
    return Price::parseDollars(QString::fromLatin1(text)).value();
}

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromLatin1(text)).value();
}

void setBook(BookStore& store, const MarketKey& key, const FeeSchedule& fees, std::vector<PriceLevel> yesBids,
             std::vector<PriceLevel> yesAsks, qint64 nowMs)
{
    Market market;
    market.key = key;
    market.title = key.id;
    market.fees = fees;
    const MarketHandle handle = store.upsert(market);
    BookSnapshot snapshot;
    snapshot.yesBids = std::move(yesBids);
    snapshot.yesAsks = std::move(yesAsks);
    snapshot.sequence = 1;
    store.applySnapshot(handle, snapshot, nowMs);
}

Opportunity opportunity(std::int64_t contracts)
{
    const Quantity size = Quantity::fromContracts(contracts);
    Opportunity o;
    o.id = 1;
    o.pairId = QStringLiteral("paper-pair");
    o.size = size;
    o.kalshi = OpportunityLeg{kKalshi, Outcome::Yes, dollars("0.40"), dollars("0.40"), dollars("0.40"),
                              Cash::fromMicros(400'000 * contracts), Cash::zero(), 1, 0};
    o.polymarket = OpportunityLeg{kPoly, Outcome::No, dollars("0.48"), dollars("0.48"), dollars("0.48"),
                                  Cash::fromMicros(480'000 * contracts), Cash::zero(), 1, 0};
    o.payout = Cash::fromMicros(1'000'000 * contracts);
    o.totalCost = Cash::fromMicros(880'000 * contracts);
    o.lockedInProfit = o.payout - o.totalCost;
    o.edgePerContract = Cash::fromMicros(120'000);
    return o;
}

} // namespace

class TestPaperTrading final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void paperTrade_bothLegsFillOnBooks_cashAndPositionsOnBothVenues();
    void paperTrade_thinPolymarketBook_secondLegSizedToWhatFilled();
    void paperTrade_capitalAndRisk_limitTheSize();
    void paperVenue_duplicateClientOrderId_isRejected();
    void paperVenue_insufficientBalance_isRejected();

private:
    std::unique_ptr<Executor> makeExecutor();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlJournal> m_journal;
    test::ManualClock m_clock;
    HaltFlag m_halt;
    std::unique_ptr<BookStore> m_books;
    std::unique_ptr<PaperVenue> m_kalshi;
    std::unique_ptr<PaperVenue> m_poly;
};

void TestPaperTrading::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(QStringLiteral("sqlite:///") + m_dir->path() + QStringLiteral("/paper.db"));
    QVERIFY(opened.ok());
    m_db = std::move(opened).value();
    QVERIFY(m_db->migrate().ok());
    m_journal = std::make_unique<SqlJournal>(*m_db);
    m_books = std::make_unique<BookStore>();
    const FeeSchedule kalshiFees = FeeSchedule::kalshi(KalshiFeeType::Quadratic, Ratio::one()).value();
    setBook(*m_books, kKalshi, kalshiFees, {{dollars("0.38"), Quantity::fromContracts(50)}},
            {{dollars("0.40"), Quantity::fromContracts(50)}}, m_clock.nowMs());
    setBook(*m_books, kPoly, FeeSchedule::free(), {{dollars("0.52"), Quantity::fromContracts(50)}},
            {{dollars("0.53"), Quantity::fromContracts(50)}}, m_clock.nowMs());
    m_kalshi = std::make_unique<PaperVenue>(VenueId::Kalshi, *m_books, m_clock, cash("100"));
    m_poly = std::make_unique<PaperVenue>(VenueId::Polymarket, *m_books, m_clock, cash("100"));
    m_kalshi->start();
    m_poly->start();
}

void TestPaperTrading::cleanup()
{
    m_kalshi.reset();
    m_poly.reset();
    m_journal.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<Executor> TestPaperTrading::makeExecutor()
{
    auto executor = std::make_unique<Executor>(*m_journal, m_halt, m_clock);
    ExecutorParams params;
    params.pollIntervalMs = 0;
    executor->setParams(params);
    executor->setBookStore(m_books.get());
    executor->setClients(m_kalshi.get(), m_poly.get());
    (void)executor->setMode(ExecutionMode::Paper);
    executor->setReady(true);
    return executor;
}

void TestPaperTrading::paperTrade_bothLegsFillOnBooks_cashAndPositionsOnBothVenues()
{
    auto executor = makeExecutor();

    const Result<qint64> trade = executor->execute(opportunity(10));

    QVERIFY(trade.ok());
    QTRY_COMPARE(executor->tradeState(trade.value()), std::optional<TradeState>(TradeState::Hedged));
    QCOMPARE(m_kalshi->position(kKalshi, Outcome::Yes), Quantity::fromContracts(10));
    QCOMPARE(m_poly->position(kPoly, Outcome::No), Quantity::fromContracts(10));
    // Kalshi: $4.00 + fee ceil(0.07 x 10 x 0.40 x 0.60 = 0.168) = $0.17; Polymarket: $4.80, no fee here.
    QCOMPARE(m_kalshi->cash(), cash("95.83"));
    QCOMPARE(m_poly->cash(), cash("95.20"));
}

void TestPaperTrading::paperTrade_thinPolymarketBook_secondLegSizedToWhatFilled()
{
    setBook(*m_books, kPoly, FeeSchedule::free(), {{dollars("0.52"), Quantity::fromHundredths(650)}},
            {{dollars("0.53"), Quantity::fromContracts(50)}}, m_clock.nowMs());
    auto executor = makeExecutor();

    const Result<qint64> trade = executor->execute(opportunity(10));

    QVERIFY(trade.ok());
    QTRY_COMPARE(executor->tradeState(trade.value()), std::optional<TradeState>(TradeState::Hedged));
    QCOMPARE(m_poly->position(kPoly, Outcome::No), Quantity::fromHundredths(650));
    QCOMPARE(m_kalshi->position(kKalshi, Outcome::Yes), Quantity::fromHundredths(650));
}

void TestPaperTrading::paperTrade_capitalAndRisk_limitTheSize()
{
    CapitalParams capitalParams;
    capitalParams.bankroll = cash("200");
    capitalParams.kalshiAllocation = Ratio::fromPpm(450'000);
    capitalParams.polymarketAllocation = Ratio::fromPpm(450'000);
    capitalParams.reserve = Ratio::fromPpm(100'000);
    capitalParams.maxTradeSize = Ratio::fromPpm(50'000); // 5% of the $180 tradable = $9.00
    capitalParams.kellyFraction = Ratio::one();
    CapitalManager capital(capitalParams);
    capital.setBalance(Balance{VenueId::Kalshi, cash("100"), Cash::zero(), {}});
    capital.setBalance(Balance{VenueId::Polymarket, cash("100"), Cash::zero(), {}});
    RiskManager risk(RiskLimits{5, cash("1000"), cash("180")});
    auto executor = makeExecutor();
    executor->setCapitalManager(&capital);
    executor->setRiskManager(&risk);

    const Result<qint64> trade = executor->execute(opportunity(40));

    QVERIFY(trade.ok());
    QTRY_COMPARE(executor->tradeState(trade.value()), std::optional<TradeState>(TradeState::Hedged));
    // $9.00 at $0.88 a pair buys 10.22 pairs.
    QCOMPARE(m_poly->position(kPoly, Outcome::No), Quantity::fromHundredths(1022));
    QCOMPARE(risk.openPositions(), 1);
}

void TestPaperTrading::paperVenue_duplicateClientOrderId_isRejected()
{
    SubmitOrder order;
    order.clientOrderId = QStringLiteral("dup-1");
    order.market = kKalshi;
    order.outcome = Outcome::Yes;
    order.limitPrice = dollars("0.40");
    order.quantity = Quantity::fromContracts(1);
    order.timeInForce = TimeInForce::ImmediateOrCancel;
    QSignalSpy reports(m_kalshi.get(), &ExecutionClient::orderStatusReported);

    m_kalshi->submitOrder(order);
    m_kalshi->submitOrder(order);

    QTRY_COMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0).at(0).value<OrderStatusReport>().status, OrderStatus::Filled);
    QCOMPARE(reports.at(1).at(0).value<OrderStatusReport>().status, OrderStatus::Rejected);
    QCOMPARE(m_kalshi->position(kKalshi, Outcome::Yes), Quantity::fromContracts(1));
}

void TestPaperTrading::paperVenue_insufficientBalance_isRejected()
{
    PaperVenue poor(VenueId::Kalshi, *m_books, m_clock, cash("1"));
    SubmitOrder order;
    order.clientOrderId = QStringLiteral("big-1");
    order.market = kKalshi;
    order.outcome = Outcome::Yes;
    order.limitPrice = dollars("0.40");
    order.quantity = Quantity::fromContracts(10);
    QSignalSpy reports(&poor, &ExecutionClient::orderStatusReported);

    poor.submitOrder(order);

    QTRY_COMPARE(reports.size(), 1);
    const auto report = reports.at(0).at(0).value<OrderStatusReport>();
    QCOMPARE(report.status, OrderStatus::Rejected);
    QCOMPARE(report.reason, QStringLiteral("insufficient balance"));
    QCOMPARE(poor.cash(), cash("1"));
}

QTEST_GUILESS_MAIN(TestPaperTrading)
#include "TestPaperTrading.moc"
