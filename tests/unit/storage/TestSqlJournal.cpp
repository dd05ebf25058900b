// The execution journal in a real SQLite file: what is written before an order leaves survives a reopen.
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlJournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace orion;

namespace {

const MarketKey kKalshi{VenueId::Kalshi, QStringLiteral("KXJ")};
const MarketKey kPoly{VenueId::Polymarket, QStringLiteral("0xj")};

TradeIntent intent()
{
    TradeIntent i;
    i.pairId = QStringLiteral("pair-9");
    i.opportunityId = 42;
    i.direction = ArbDirection::KalshiNo;
    i.mode = ExecutionMode::Live;
    i.first = PlannedLeg{kPoly, Outcome::Yes, Price::fromMicros(480'000), Quantity::fromContracts(10),
                         Quantity::fromHundredths(1)};
    i.second = PlannedLeg{kKalshi, Outcome::No, Price::fromMicros(400'000), Quantity::fromContracts(10),
                          Quantity::fromContracts(1)};
    i.expectedCost = Cash::fromMicros(8'800'000);
    i.expectedProfit = Cash::fromMicros(1'200'000);
    i.atMs = 1'700'000'000'000;
    return i;
}

SubmitOrder command(const MarketKey& market)
{
    SubmitOrder c;
    c.market = market;
    c.outcome = Outcome::Yes;
    c.limitPrice = Price::fromMicros(480'000);
    c.quantity = Quantity::fromContracts(10);
    c.timeInForce = TimeInForce::ImmediateOrCancel;
    return c;
}

} // namespace

class TestSqlJournal final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void intentAndOrders_surviveReopen_withDistinctClientOrderIds();
    void finishedTrades_areNotOpen();
    void fill_storedOnce_provisionalMovesToFailedOnly();
    void everyStateChange_isAnAuditRow();

private:
    std::unique_ptr<Database> open();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqlJournal::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestSqlJournal::open()
{
    auto opened = Database::open(QStringLiteral("sqlite:///") + m_dir->path() + QStringLiteral("/j.db"));
    if (!opened.ok() || !opened.value()->migrate().ok()) {
        return nullptr;
    }
    return std::move(opened).value();
}

void TestSqlJournal::intentAndOrders_surviveReopen_withDistinctClientOrderIds()
{
    qint64 tradeId = 0;
    QString firstId;
    {
        auto db = open();
        QVERIFY(db);
        SqlJournal journal(*db);
        const Result<JournalTrade> trade = journal.beginTrade(intent());
        QVERIFY(trade.ok());
        tradeId = trade.value().id;
        const Result<JournalOrder> first = journal.reserveOrder(tradeId, LegRole::First, command(kPoly), 1);
        const Result<JournalOrder> second = journal.reserveOrder(tradeId, LegRole::Second, command(kKalshi), 2);
        QVERIFY(first.ok() && second.ok());
        firstId = first.value().clientOrderId;
        QCOMPARE(firstId, trade.value().uid + QStringLiteral("-1"));
        QCOMPARE(second.value().clientOrderId, trade.value().uid + QStringLiteral("-2"));
        JournalOrder filled = first.value();
        filled.status = OrderStatus::Filled;
        filled.filled = Quantity::fromContracts(10);
        filled.averagePrice = Price::fromMicros(470'000);
        filled.venueOrderId = QStringLiteral("0xhash");
        QVERIFY(journal.updateOrder(filled).ok());
    }

    auto db = open();
    SqlJournal journal(*db);
    const QList<JournalTrade> open = journal.openTrades().value();
    const QList<JournalOrder> orders = journal.orders(tradeId).value();

    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].intent, intent());
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders[0].clientOrderId, firstId);
    QCOMPARE(orders[0].status, OrderStatus::Filled);
    QCOMPARE(orders[0].filled, Quantity::fromContracts(10));
    QCOMPARE(orders[0].averagePrice, Price::fromMicros(470'000));
    QCOMPARE(orders[0].venueOrderId, QStringLiteral("0xhash"));
    QCOMPARE(orders[1].role, LegRole::Second);
    QCOMPARE(orders[1].status, OrderStatus::PendingSubmit);
    QCOMPARE(orders[1].command.timeInForce, TimeInForce::ImmediateOrCancel);
}

void TestSqlJournal::finishedTrades_areNotOpen()
{
    auto db = open();
    SqlJournal journal(*db);
    const qint64 hedged = journal.beginTrade(intent()).value().id;
    const qint64 halted = journal.beginTrade(intent()).value().id;

    QVERIFY(journal.setTradeState(hedged, TradeState::Hedged, QStringLiteral("done"), 5).ok());
    QVERIFY(journal.setTradeState(halted, TradeState::Halted, QStringLiteral("kill"), 5).ok());

    const QList<JournalTrade> open = journal.openTrades().value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].id, halted);
    QCOMPARE(open[0].state, TradeState::Halted);
    QCOMPARE(journal.setTradeState(999, TradeState::Flat, {}, 5).error().code, QStringLiteral("storage.not_found"));
}

void TestSqlJournal::fill_storedOnce_provisionalMovesToFailedOnly()
{
    auto db = open();
    SqlJournal journal(*db);
    const qint64 tradeId = journal.beginTrade(intent()).value().id;
    const JournalOrder order = journal.reserveOrder(tradeId, LegRole::First, command(kPoly), 1).value();
    FillReport fill;
    fill.venueFillId = QStringLiteral("trade-1");
    fill.clientOrderId = order.clientOrderId;
    fill.market = kPoly;
    fill.price = Price::fromMicros(470'000);
    fill.quantity = Quantity::fromContracts(10);
    fill.fee = Cash::fromMicros(12'345);
    fill.settlement = SettlementState::Provisional;
    fill.tsEvent = QDateTime::fromMSecsSinceEpoch(10, Qt::UTC);

    QVERIFY(journal.recordFill(fill).ok());
    QVERIFY(journal.recordFill(fill).ok());
    fill.settlement = SettlementState::Failed;
    QVERIFY(journal.recordFill(fill).ok());
    fill.settlement = SettlementState::Confirmed;
    QVERIFY(journal.recordFill(fill).ok());

    const QList<FillReport> fills = journal.fills(order.clientOrderId).value();
    QCOMPARE(fills.size(), 1);
    QCOMPARE(fills[0].settlement, SettlementState::Failed);
    QCOMPARE(fills[0].fee, Cash::fromMicros(12'345));
    fill.clientOrderId = QStringLiteral("unknown");
    fill.venueFillId = QStringLiteral("trade-2");
    QCOMPARE(journal.recordFill(fill).error().code, QStringLiteral("storage.not_found"));
}

void TestSqlJournal::everyStateChange_isAnAuditRow()
{
    auto db = open();
    SqlJournal journal(*db);
    const qint64 tradeId = journal.beginTrade(intent()).value().id;
    JournalOrder order = journal.reserveOrder(tradeId, LegRole::First, command(kPoly), 2).value();
    order.status = OrderStatus::Rejected;
    order.reason = QStringLiteral("not enough balance");
    QVERIFY(journal.updateOrder(order).ok());
    QVERIFY(journal.setTradeState(tradeId, TradeState::Flat, QStringLiteral("first leg did not fill"), 3).ok());

    AuditLog log(*db);
    const QList<AuditRecord> records = log.recent(10, QStringLiteral("execution")).value();

    QStringList actions;
    for (const AuditRecord& record : records) {
        actions << record.event.action;
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("trade.intent"), QStringLiteral("order.reserved"),
                                   QStringLiteral("order.rejected"), QStringLiteral("trade.flat")}));
    QVERIFY(records[2].event.detail.contains(QStringLiteral("not enough balance")));
}

QTEST_GUILESS_MAIN(TestSqlJournal)
#include "TestSqlJournal.moc"
