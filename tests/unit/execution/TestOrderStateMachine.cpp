// One order's state from the venue's reports, whatever order and repetition they come in.
#include "execution/OrderStateMachine.h"

#include <QTest>

using namespace orion;

namespace {

const MarketKey kMarket{VenueId::Polymarket, QStringLiteral("0xm")};

JournalOrder order()
{
    JournalOrder o;
    o.clientOrderId = QStringLiteral("t-1");
    o.command.market = kMarket;
    o.command.outcome = Outcome::No;
    o.command.limitPrice = Price::fromMicros(480'000);
    o.command.quantity = Quantity::fromContracts(10);
    return o;
}

OrderStatusReport status(OrderStatus s, std::int64_t filledContracts)
{
    OrderStatusReport r;
    r.clientOrderId = QStringLiteral("t-1");
    r.status = s;
    r.filledQuantity = Quantity::fromContracts(filledContracts);
    r.averageFillPrice = Price::fromMicros(470'000);
    return r;
}

FillReport fill(const char* id, std::int64_t contracts, SettlementState settlement, Outcome outcome = Outcome::No)
{
    FillReport f;
    f.venueFillId = QString::fromLatin1(id);
    f.clientOrderId = QStringLiteral("t-1");
    f.market = kMarket;
    f.outcome = outcome;
    f.price = Price::fromMicros(470'000);
    f.quantity = Quantity::fromContracts(contracts);
    f.settlement = settlement;
    return f;
}

} // namespace

class TestOrderStateMachine final : public QObject
{
    Q_OBJECT

private slots:
    void filledReportWithPartialQuantity_isKeptAsCanceledWithThePartialFill();
    void terminalStatus_staysTerminal_filledNeverShrinks();
    void repeatedFill_countedOnce();
    void provisionalFillFails_isTakenBackOut();
    void fillOfTheOtherOutcome_isRefused();
};

void TestOrderStateMachine::filledReportWithPartialQuantity_isKeptAsCanceledWithThePartialFill()
{
    OrderStateMachine machine(order());

    QVERIFY(machine.apply(status(OrderStatus::Filled, 6)).ok());

    QCOMPARE(machine.order().status, OrderStatus::Canceled);
    QCOMPARE(machine.filled(), Quantity::fromContracts(6));
    QVERIFY(machine.isTerminal());
}

void TestOrderStateMachine::terminalStatus_staysTerminal_filledNeverShrinks()
{
    OrderStateMachine machine(order());
    QVERIFY(machine.apply(status(OrderStatus::Filled, 10)).ok());

    QVERIFY(machine.apply(status(OrderStatus::Accepted, 3)).ok());

    QCOMPARE(machine.order().status, OrderStatus::Filled);
    QCOMPARE(machine.filled(), Quantity::fromContracts(10));
}

void TestOrderStateMachine::repeatedFill_countedOnce()
{
    OrderStateMachine machine(order());

    QVERIFY(machine.apply(fill("f1", 4, SettlementState::Confirmed)).ok());
    QVERIFY(machine.apply(fill("f1", 4, SettlementState::Confirmed)).ok());

    QCOMPARE(machine.filled(), Quantity::fromContracts(4));
    QCOMPARE(machine.order().averagePrice, Price::fromMicros(470'000));
}

void TestOrderStateMachine::provisionalFillFails_isTakenBackOut()
{
    OrderStateMachine machine(order());
    QVERIFY(machine.apply(fill("f1", 10, SettlementState::Provisional)).ok());
    QVERIFY(machine.apply(status(OrderStatus::Filled, 10)).ok());
    QCOMPARE(machine.provisional(), Quantity::fromContracts(10));

    QVERIFY(machine.apply(fill("f1", 10, SettlementState::Failed)).ok());

    QCOMPARE(machine.filled(), Quantity::zero());
    QCOMPARE(machine.failed(), Quantity::fromContracts(10));
    QCOMPARE(machine.order().status, OrderStatus::Canceled);
    // A failed fill never comes back.
    QVERIFY(machine.apply(fill("f1", 10, SettlementState::Confirmed)).ok());
    QCOMPARE(machine.filled(), Quantity::zero());
}

void TestOrderStateMachine::fillOfTheOtherOutcome_isRefused()
{
    OrderStateMachine machine(order());

    const Status applied = machine.apply(fill("f1", 10, SettlementState::Confirmed, Outcome::Yes));

    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, QStringLiteral("execution.cross_match"));
    QCOMPARE(machine.filled(), Quantity::zero());
}

QTEST_GUILESS_MAIN(TestOrderStateMachine)
#include "TestOrderStateMachine.moc"
