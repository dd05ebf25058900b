#include "arbitrage/DepthWalker.h"
#include "market/OrderBook.h"

#include <QTest>

using namespace orion;

namespace {

Price dollars(const char* text)
{
    return Price::parseDollars(QString::fromUtf8(text)).value();
}

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromUtf8(text)).value();
}

// A book holding only YES asks at the given (price, contracts) levels.
OrderBook askBook(std::initializer_list<std::pair<const char*, qint64>> levels)
{
    BookSnapshot snapshot;
    for (const auto& [price, contracts] : levels)
        snapshot.yesAsks.push_back(PriceLevel{dollars(price), Quantity::fromContracts(contracts)});
    OrderBook book;
    book.applySnapshot(snapshot, 0);
    return book;
}

FeeSchedule kalshiFees()
{
    return FeeSchedule::kalshi(KalshiFeeType::Quadratic, Ratio::one()).value();
}

FeeSchedule polymarketFees(const char* rate)
{
    return FeeSchedule::polymarket(true, Ratio::parse(QString::fromUtf8(rate)).value(), 1, true).value();
}

WalkLimits limits(const char* threshold)
{
    WalkLimits walk;
    walk.thresholdSpread = dollars(threshold);
    walk.slippageTolerance = Ratio::one();
    return walk;
}

} // namespace

class TestDepthWalker final : public QObject
{
    Q_OBJECT

private slots:
    void find_kalshiYes048PlusPolymarketNo051_withoutFees_locksInOneCentPerContract();
    void find_onePercentGrossEdge_withVenueFees_isNoOpportunity();
    void evaluate_onePercentGrossEdge_withVenueFees_isALoss();
    void find_fiveCentGrossEdge_chargesBothVenuesFees();
    void find_stopsAtTheLevelWhereTheMarginalEdgeFallsBelowThreshold();
    void find_stopsAtTheSlippageTolerance();
    void find_capsTotalCostAtTargetDepth();
    void find_belowMinTradeSize_isNoOpportunity();
    void find_roundsSizeDownToTheLot();
    void find_whenCentRoundingEatsTheEdge_isNoOpportunity();
    void find_sizesBothLegsInEqualContracts();
};

void TestDepthWalker::find_kalshiYes048PlusPolymarketNo051_withoutFees_locksInOneCentPerContract()
{
    // The design's example: YES at 0.48 on Kalshi and NO at 0.51 on Polymarket cost 0.99 for a sure $1.
    const OrderBook kalshi = askBook({{"0.48", 100}});
    const OrderBook polymarket = askBook({{"0.51", 150}});

    const WalkResult walk = DepthWalker::find(kalshi.asks(Outcome::Yes), FeeSchedule::free(),
                                              polymarket.asks(Outcome::Yes), FeeSchedule::free(), limits("0.005"));

    QCOMPARE(walk.size, Quantity::fromContracts(100));
    QCOMPARE(walk.first.averagePrice, dollars("0.48"));
    QCOMPARE(walk.second.averagePrice, dollars("0.51"));
    QCOMPARE(walk.totalCost, cash("99"));
    QCOMPARE(walk.payout, cash("100"));
    QCOMPARE(walk.profit, cash("1"));
    QCOMPARE(walk.edgePerContract, cash("0.01"));
}

void TestDepthWalker::find_onePercentGrossEdge_withVenueFees_isNoOpportunity()
{
    // Kalshi's fee at 0.48 is 0.017472 per contract and Polymarket's (politics, 0.04) at 0.51 is 0.009996:
    // the one-cent gross edge is a loss of about 1.7 cents per contract.
    const OrderBook kalshi = askBook({{"0.48", 100}});
    const OrderBook polymarket = askBook({{"0.51", 100}});

    const WalkResult walk = DepthWalker::find(kalshi.asks(Outcome::Yes), kalshiFees(), polymarket.asks(Outcome::Yes),
                                              polymarketFees("0.04"), limits("0"));

    QVERIFY(!walk.isOpportunity());
}

void TestDepthWalker::evaluate_onePercentGrossEdge_withVenueFees_isALoss()
{
    const OrderBook kalshi = askBook({{"0.48", 100}});
    const OrderBook polymarket = askBook({{"0.51", 100}});

    const WalkResult walk = DepthWalker::evaluate(kalshi.asks(Outcome::Yes), kalshiFees(),
                                                  polymarket.asks(Outcome::Yes), polymarketFees("0.04"),
                                                  Quantity::fromContracts(100));

    QCOMPARE(walk.first.fee, cash("1.75"));     // 1.7472 rounded up to the cent
    QCOMPARE(walk.second.fee, cash("0.9996"));  // 100 x 0.04 x 0.51 x 0.49
    QCOMPARE(walk.profit, cash("-1.7496"));
}

void TestDepthWalker::find_fiveCentGrossEdge_chargesBothVenuesFees()
{
    const OrderBook kalshi = askBook({{"0.45", 100}});
    const OrderBook polymarket = askBook({{"0.50", 100}});

    const WalkResult walk = DepthWalker::find(kalshi.asks(Outcome::Yes), kalshiFees(), polymarket.asks(Outcome::Yes),
                                              polymarketFees("0.04"), limits("0.02"));

    // Kalshi 0.07 x 100 x 0.45 x 0.55 = 1.7325 -> 1.74; Polymarket 0.04 x 100 x 0.25 = 1.00.
    QCOMPARE(walk.size, Quantity::fromContracts(100));
    QCOMPARE(walk.first.fee, cash("1.74"));
    QCOMPARE(walk.second.fee, cash("1.00"));
    QCOMPARE(walk.totalFees, cash("2.74"));
    QCOMPARE(walk.totalCost, cash("97.74"));
    QCOMPARE(walk.profit, cash("2.26"));
    QCOMPARE(walk.edgePerContract, cash("0.0226"));
}

void TestDepthWalker::find_stopsAtTheLevelWhereTheMarginalEdgeFallsBelowThreshold()
{
    // Free fees, threshold 2 cents: 0.40 + 0.50 (10c) for 30, then 0.45 + 0.50 (5c) for 20, then 0.45 + 0.54
    // (1c) is below the threshold.
    const OrderBook kalshi = askBook({{"0.40", 30}, {"0.45", 50}});
    const OrderBook polymarket = askBook({{"0.50", 50}, {"0.54", 100}});

    const WalkResult walk = DepthWalker::find(kalshi.asks(Outcome::Yes), FeeSchedule::free(),
                                              polymarket.asks(Outcome::Yes), FeeSchedule::free(), limits("0.02"));

    QCOMPARE(walk.size, Quantity::fromContracts(50));
    QCOMPARE(walk.first.levels, 2);
    QCOMPARE(walk.first.worstPrice, dollars("0.45"));
    QCOMPARE(walk.second.levels, 1);
    QCOMPARE(walk.first.cost, cash("21")); // 30 x 0.40 + 20 x 0.45
    QCOMPARE(walk.first.averagePrice, dollars("0.42"));
    QCOMPARE(walk.profit, cash("4")); // 30 x 0.10 + 20 x 0.05
}

void TestDepthWalker::find_stopsAtTheSlippageTolerance()
{
    const OrderBook kalshi = askBook({{"0.40", 30}, {"0.45", 50}});
    const OrderBook polymarket = askBook({{"0.50", 100}});
    WalkLimits walk = limits("0.01");
    walk.slippageTolerance = Ratio::parse(u"0.10").value(); // 0.40 x 1.1 = 0.44 < 0.45

    const WalkResult result = DepthWalker::find(kalshi.asks(Outcome::Yes), FeeSchedule::free(),
                                                polymarket.asks(Outcome::Yes), FeeSchedule::free(), walk);

    QCOMPARE(result.size, Quantity::fromContracts(30));
}

void TestDepthWalker::find_capsTotalCostAtTargetDepth()
{
    const OrderBook kalshi = askBook({{"0.40", 100}});
    const OrderBook polymarket = askBook({{"0.50", 100}});
    WalkLimits walk = limits("0.01");
    walk.targetDepth = cash("45.5"); // 0.90 a contract pair: 50.55 pairs -> 50.55 contracts

    const WalkResult result = DepthWalker::find(kalshi.asks(Outcome::Yes), FeeSchedule::free(),
                                                polymarket.asks(Outcome::Yes), FeeSchedule::free(), walk);

    QCOMPARE(result.size, Quantity::fromHundredths(5055));
    QVERIFY(result.totalCost <= walk.targetDepth);
    QCOMPARE(result.totalCost, cash("45.495"));
}

void TestDepthWalker::find_belowMinTradeSize_isNoOpportunity()
{
    const OrderBook kalshi = askBook({{"0.40", 5}});
    const OrderBook polymarket = askBook({{"0.50", 5}});
    WalkLimits walk = limits("0.01");
    walk.minTradeSize = cash("5"); // 5 pairs cost 4.50

    const WalkResult result = DepthWalker::find(kalshi.asks(Outcome::Yes), FeeSchedule::free(),
                                                polymarket.asks(Outcome::Yes), FeeSchedule::free(), walk);

    QVERIFY(!result.isOpportunity());
}

void TestDepthWalker::find_roundsSizeDownToTheLot()
{
    BookSnapshot snapshot;
    snapshot.yesAsks = {PriceLevel{dollars("0.40"), Quantity::fromHundredths(1234)}};
    OrderBook kalshi;
    kalshi.applySnapshot(snapshot, 0);
    const OrderBook polymarket = askBook({{"0.50", 100}});
    WalkLimits walk = limits("0.01");
    walk.lotSize = Quantity::fromContracts(1);

    const WalkResult result = DepthWalker::find(kalshi.asks(Outcome::Yes), FeeSchedule::free(),
                                                polymarket.asks(Outcome::Yes), FeeSchedule::free(), walk);

    QCOMPARE(result.size, Quantity::fromContracts(12));
}

void TestDepthWalker::find_whenCentRoundingEatsTheEdge_isNoOpportunity()
{
    // One contract: gross 2 cents, Kalshi's unrounded fee at 0.48 is 1.75 cents, so the marginal edge (0.25c) passes
    // a zero threshold, but the fee is charged as 2 cents and the trade would lose.
    const OrderBook kalshi = askBook({{"0.48", 1}});
    const OrderBook polymarket = askBook({{"0.50", 1}});

    const WalkResult walk = DepthWalker::find(kalshi.asks(Outcome::Yes), kalshiFees(), polymarket.asks(Outcome::Yes),
                                              FeeSchedule::free(), limits("0"));
    const WalkResult hundred = DepthWalker::find(askBook({{"0.48", 100}}).asks(Outcome::Yes), kalshiFees(),
                                                 askBook({{"0.50", 100}}).asks(Outcome::Yes), FeeSchedule::free(),
                                                 limits("0"));

    QVERIFY(!walk.isOpportunity());
    QCOMPARE(hundred.profit, cash("0.25")); // 2.00 - 1.75: at size, the rounding no longer matters
}

void TestDepthWalker::find_sizesBothLegsInEqualContracts()
{
    // Very different prices: equal dollars would buy very different contract counts; the legs must match in count.
    const OrderBook kalshi = askBook({{"0.10", 40}});
    const OrderBook polymarket = askBook({{"0.80", 100}});

    const WalkResult walk = DepthWalker::find(kalshi.asks(Outcome::Yes), FeeSchedule::free(),
                                              polymarket.asks(Outcome::Yes), FeeSchedule::free(), limits("0.01"));

    QCOMPARE(walk.size, Quantity::fromContracts(40));
    QCOMPARE(walk.first.cost, cash("4"));
    QCOMPARE(walk.second.cost, cash("32"));
    QCOMPARE(walk.profit, cash("4"));
}

QTEST_GUILESS_MAIN(TestDepthWalker)
#include "TestDepthWalker.moc"
