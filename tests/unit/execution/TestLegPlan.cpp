// Which leg goes first and how the second is sized.
#include "execution/LegPlan.h"

#include <QTest>

using namespace orion;

namespace {

Opportunity opportunity()
{
    Opportunity o;
    o.size = Quantity::fromContracts(10);
    o.kalshi.market = MarketKey{VenueId::Kalshi, QStringLiteral("K")};
    o.kalshi.outcome = Outcome::Yes;
    o.kalshi.worstPrice = Price::fromMicros(400'000);
    o.polymarket.market = MarketKey{VenueId::Polymarket, QStringLiteral("P")};
    o.polymarket.outcome = Outcome::No;
    o.polymarket.worstPrice = Price::fromMicros(480'000);
    return o;
}

} // namespace

class TestLegPlan final : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void secondOrder_sizedToFirstFill_roundedDownToItsLot();
};

void TestLegPlan::order_data()
{
    QTest::addColumn<qint64>("kalshiDepth");
    QTest::addColumn<int>("kalshiLatency");
    QTest::addColumn<qint64>("polymarketDepth");
    QTest::addColumn<int>("polymarketLatency");
    QTest::addColumn<bool>("kalshiFirst");
    QTest::newRow("equal depth: slower venue first") << qint64{5000} << 30 << qint64{5000} << 100 << false;
    QTest::newRow("kalshi much thinner goes first") << qint64{1000} << 30 << qint64{5000} << 100 << true;
    QTest::newRow("no depth at the limit goes first") << qint64{0} << 30 << qint64{5000} << 100 << true;
    QTest::newRow("polymarket thinner and slower") << qint64{5000} << 30 << qint64{2000} << 100 << false;
}

void TestLegPlan::order()
{
    QFETCH(qint64, kalshiDepth);
    QFETCH(int, kalshiLatency);
    QFETCH(qint64, polymarketDepth);
    QFETCH(int, polymarketLatency);
    QFETCH(bool, kalshiFirst);

    const Result<LegPlan> plan = LegPlan::build(opportunity(), Quantity::fromContracts(10),
                                                {Quantity::fromHundredths(kalshiDepth), kalshiLatency, {}},
                                                {Quantity::fromHundredths(polymarketDepth), polymarketLatency, {}});

    QVERIFY(plan.ok());
    QCOMPARE(plan.value().first().market.venue == VenueId::Kalshi, kalshiFirst);
    const SubmitOrder first = plan.value().firstOrder();
    QCOMPARE(first.timeInForce, TimeInForce::ImmediateOrCancel);
    QCOMPARE(first.side, OrderSide::Buy);
    QVERIFY(!first.limitPrice.isZero());
}

void TestLegPlan::secondOrder_sizedToFirstFill_roundedDownToItsLot()
{
    const Result<LegPlan> plan =
        LegPlan::build(opportunity(), Quantity::fromContracts(10), {Quantity::fromContracts(50), 30, Quantity::fromContracts(1)},
                       {Quantity::fromContracts(10), 100, Quantity::fromHundredths(1)});
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().first().market.venue, VenueId::Polymarket);

    const SubmitOrder second = plan.value().secondOrder(Quantity::fromHundredths(437));

    QCOMPARE(second.market.venue, VenueId::Kalshi);
    QCOMPARE(second.quantity, Quantity::fromContracts(4)); // Kalshi lot of 1 contract: 4.37 -> 4
    QCOMPARE(second.limitPrice, Price::fromMicros(400'000));
    QCOMPARE(plan.value().secondOrder(Quantity::fromHundredths(99)).quantity, Quantity::zero());
}

QTEST_GUILESS_MAIN(TestLegPlan)
#include "TestLegPlan.moc"
