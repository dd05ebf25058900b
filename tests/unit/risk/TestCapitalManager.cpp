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
