// A position's cost, realised profit and marks, in exact micro-dollars.
#include "portfolio/Position.h"

#include <QTest>

using namespace orion;

namespace {

Price dollars(const char* text)
{
    return Price::parseDollars(QString::fromLatin1(text)).value();
}

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromLatin1(text)).value();
}

} // namespace

class TestPosition final : public QObject
{
    Q_OBJECT

private slots:
    void buyThenPartialSell_realisesProfitOnTheSoldShareOfCost();
    void sellMoreThanHeld_isRefusedAndChangesNothing();
    void unrealizedPnl_marksHoldingAtBidRoundedDown();
};

void TestPosition::buyThenPartialSell_realisesProfitOnTheSoldShareOfCost()
{
    Position position{MarketKey{VenueId::Kalshi, QStringLiteral("K")}, Outcome::Yes, {}, {}, {}};
    QVERIFY(position.applyBuy(dollars("0.40"), Quantity::fromContracts(10), cash("0.17")).ok());

    QVERIFY(position.applySell(dollars("0.50"), Quantity::fromContracts(4), cash("0.05")).ok());

    // Cost 4.17; the 4 sold carry 1.668 of it: 2.00 - 0.05 - 1.668 = 0.282.
    QCOMPARE(position.realizedPnl, cash("0.282"));
    QCOMPARE(position.cost, cash("2.502"));
    QCOMPARE(position.quantity, Quantity::fromContracts(6));
}

void TestPosition::sellMoreThanHeld_isRefusedAndChangesNothing()
{
    Position position{MarketKey{VenueId::Polymarket, QStringLiteral("P")}, Outcome::No, {}, {}, {}};
    QVERIFY(position.applyBuy(dollars("0.48"), Quantity::fromContracts(2), Cash::zero()).ok());
    const Position before = position;

    const Status sold = position.applySell(dollars("0.50"), Quantity::fromContracts(3), Cash::zero());

    QVERIFY(!sold.ok());
    QCOMPARE(sold.error().code, QStringLiteral("position.oversold"));
    QVERIFY(position == before);
}

void TestPosition::unrealizedPnl_marksHoldingAtBidRoundedDown()
{
    Position position{MarketKey{VenueId::Kalshi, QStringLiteral("K")}, Outcome::Yes, {}, {}, {}};
    QVERIFY(position.applyBuy(dollars("0.333333"), Quantity::fromHundredths(150), Cash::zero()).ok());

    const Result<Cash> pnl = position.unrealizedPnl(dollars("0.333333"));

    // Bought at cost rounded up (0.4999995 -> 0.500000), marked rounded down (0.499999): a micro-dollar against us.
    QVERIFY(pnl.ok());
    QCOMPARE(pnl.value(), Cash::fromMicros(-1));
}

QTEST_GUILESS_MAIN(TestPosition)
#include "TestPosition.moc"
