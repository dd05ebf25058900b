// The bankroll split, spendable cash, Kelly sizing with its caps, and rebalance advice.
#include "risk/CapitalManager.h"

#include <QTest>

using namespace orion;

namespace {

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromLatin1(text)).value();
}

CapitalParams params()
{
    CapitalParams p;
    p.bankroll = cash("1000");
    p.kalshiAllocation = Ratio::fromPpm(450'000);
    p.polymarketAllocation = Ratio::fromPpm(450'000);
    p.reserve = Ratio::fromPpm(100'000);
    p.maxTradeSize = Ratio::fromPpm(50'000);
    p.kellyFraction = Ratio::fromPpm(250'000);
    p.rebalanceIntervalHr = 24;
    return p;
}

SizingInput input()
{
    SizingInput in;
    in.maxSize = Quantity::fromContracts(1000);
    in.kalshiCostPerContract = cash("0.40");
    in.polymarketCostPerContract = cash("0.48");
    in.profitPerContract = cash("0.12");
    in.completionProbability = Ratio::fromPpm(900'000);
    in.lossPerContractOnFailure = cash("0.50");
    return in;
}

} // namespace

class TestCapitalManager final : public QObject
{
    Q_OBJECT

private slots:
    void split_targetsReserveAndSpendable();
    void kelly_handComputed_thenCappedByTradeSizeAndCash();
    void noBalanceReported_sizeIsZero();
    void kalshiShard_shortOfCash_boundsTheKalshiLeg();
    void kalshiShard_unknownOrUnreported_usesTheVenueTotal();
    void rebalance_lowVenue_adviceFromTheRichOne();
};

void TestCapitalManager::split_targetsReserveAndSpendable()
{
    CapitalManager capital(params());
    capital.setBalance(Balance{VenueId::Kalshi, cash("300"), Cash::zero(), {}});

    QCOMPARE(capital.target(VenueId::Kalshi), cash("450"));
    QCOMPARE(capital.reserveOn(VenueId::Kalshi), cash("50"));
    QCOMPARE(capital.spendable(VenueId::Kalshi), cash("250"));
    QCOMPARE(capital.spendable(VenueId::Polymarket), Cash::zero());
    QCOMPARE(capital.tradableBankroll(), cash("900"));
}

void TestCapitalManager::kelly_handComputed_thenCappedByTradeSizeAndCash()
{
    CapitalManager capital(params());
    capital.setBalance(Balance{VenueId::Kalshi, cash("500"), Cash::zero(), {}});
    capital.setBalance(Balance{VenueId::Polymarket, cash("500"), Cash::zero(), {}});

    // f* = 0.9 x 0.88 / 0.50 - 0.1 x 0.88 / 0.12 = 1.584 - 0.733334 (rounded up) = 0.850666 (down), capped at 1.
    QCOMPARE(capital.kellyFraction(input()), Ratio::fromPpm(850'666));
    // A quarter: 0.212666, capped at 5%: $45 of $900 buys 51.13 pairs at $0.88.
    QCOMPARE(capital.size(input()).value(), Quantity::fromHundredths(5113));

    capital.setBalance(Balance{VenueId::Polymarket, cash("60"), Cash::zero(), {}});
    // Polymarket can spend 60 - 50 = $10: 20.83 contracts at $0.48.
    QCOMPARE(capital.size(input()).value(), Quantity::fromHundredths(2083));
}

void TestCapitalManager::noBalanceReported_sizeIsZero()
{
    CapitalManager capital(params());

    QCOMPARE(capital.size(input()).value(), Quantity::zero());
}

void TestCapitalManager::kalshiShard_shortOfCash_boundsTheKalshiLeg()
{
    // Arrange: $500 on Kalshi in all, but the crypto shard (2) holds only $4
    CapitalManager capital(params());
    capital.setBalance(Balance{VenueId::Kalshi, cash("500"), Cash::zero(), {}});
    capital.setBalance(Balance{VenueId::Polymarket, cash("500"), Cash::zero(), {}});
    capital.setKalshiShardCash({{0, cash("496")}, {2, cash("4")}});
    capital.setKalshiMarketShard(QStringLiteral("KXBTCD-26NOV2517-T95000"), 2);
    SizingInput crypto = input();
    crypto.kalshiTicker = QStringLiteral("KXBTCD-26NOV2517-T95000");

    // Act / Assert: $4 buys 10 Kalshi legs at $0.40, not the 51.13 the venue total would allow
    QCOMPARE(capital.kalshiSpendableFor(crypto.kalshiTicker), cash("4"));
    QCOMPARE(capital.size(crypto).value(), Quantity::fromContracts(10));
    QCOMPARE(capital.kalshiShortShard(crypto.kalshiTicker), std::optional<int>(2));

    // A shard the venue does not list holds nothing
    capital.setKalshiMarketShard(QStringLiteral("KXTENNIS-X"), 3);
    crypto.kalshiTicker = QStringLiteral("KXTENNIS-X");
    QCOMPARE(capital.size(crypto).value(), Quantity::zero());
}

void TestCapitalManager::kalshiShard_unknownOrUnreported_usesTheVenueTotal()
{
    CapitalManager capital(params());
    capital.setBalance(Balance{VenueId::Kalshi, cash("500"), Cash::zero(), {}});
    capital.setBalance(Balance{VenueId::Polymarket, cash("500"), Cash::zero(), {}});
    SizingInput in = input();
    in.kalshiTicker = QStringLiteral("KXFEDDECISION-26DEC-H0");

    // No shard cash reported (paper venues): the venue total
    capital.setKalshiMarketShard(in.kalshiTicker, 0);
    QCOMPARE(capital.size(in).value(), Quantity::fromHundredths(5113));
    // Shards reported, but this market's shard not known: the venue total
    capital.setKalshiShardCash({{0, cash("1")}});
    in.kalshiTicker = QStringLiteral("KXUNKNOWN-1");
    QCOMPARE(capital.size(in).value(), Quantity::fromHundredths(5113));
    QCOMPARE(capital.kalshiShortShard(in.kalshiTicker), std::nullopt);
}

void TestCapitalManager::rebalance_lowVenue_adviceFromTheRichOne()
{
    CapitalManager capital(params());
    capital.setBalance(Balance{VenueId::Kalshi, cash("100"), Cash::zero(), {}});
    capital.setBalance(Balance{VenueId::Polymarket, cash("700"), Cash::zero(), {}});
    QVERIFY(capital.isRebalanceDue(24 * 3'600'000));

    const std::optional<RebalanceAdvice> advice = capital.checkRebalance(24 * 3'600'000);

    QVERIFY(advice.has_value());
    QCOMPARE(advice->from, VenueId::Polymarket);
    QCOMPARE(advice->to, VenueId::Kalshi);
    QCOMPARE(advice->amount, cash("250")); // Polymarket's excess over its $450 target
    QVERIFY(!capital.isRebalanceDue(25 * 3'600'000));
}

QTEST_GUILESS_MAIN(TestCapitalManager)
#include "TestCapitalManager.moc"
