// Unwind or complete the hedge: whichever loses less, always with a limit, within a loss bound.
#include "execution/UnwindPolicy.h"

#include <QTest>

using namespace orion;

namespace {

const MarketKey kLong{VenueId::Polymarket, QStringLiteral("0xlong")};
const MarketKey kShort{VenueId::Kalshi, QStringLiteral("KSHORT")};

Price dollars(const char* text)
{
    return Price::parseDollars(QString::fromLatin1(text)).value();
}

OrderBook book(const char* yesBid, const char* yesAsk)
{
    OrderBook b;
    BookSnapshot snapshot;
    snapshot.yesBids = {{dollars(yesBid), Quantity::fromContracts(100)}};
    snapshot.yesAsks = {{dollars(yesAsk), Quantity::fromContracts(100)}};
    b.applySnapshot(snapshot, 0);
    return b;
}

RepairSituation situation(const OrderBook* longBook, const OrderBook* shortBook)
{
    // Holding 10 NO bought at 0.48; the 10 YES on the other venue are missing.
    RepairSituation s;
    s.longMarket = kLong;
    s.longOutcome = Outcome::No;
    s.longCostPerContract = Cash::fromMicros(480'000);
    s.shortMarket = kShort;
    s.shortOutcome = Outcome::Yes;
    s.excess = Quantity::fromContracts(10);
    s.longBook = longBook;
    s.longFees = FeeSchedule::free();
    s.shortBook = shortBook;
    s.shortFees = FeeSchedule::free();
    return s;
}

} // namespace

class TestUnwindPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void hedgeCheaper_completesHedge_withBuyLimitAboveAsk();
    void hedgeDearer_unwinds_withSellLimitBelowBid();
    void hedgeNotAllowed_unwindsEvenWhenHedgeIsCheaper();
    void bothBeyondLossBound_waits();
    void booksUnusable_waits();
};

void TestUnwindPolicy::hedgeCheaper_completesHedge_withBuyLimitAboveAsk()
{
    const OrderBook longBook = book("0.53", "0.54"); // NO bid 0.46
    const OrderBook shortBook = book("0.38", "0.40");

    const RepairDecision decision = UnwindPolicy::decide(situation(&longBook, &shortBook), {});

    QCOMPARE(decision.action, RepairDecision::Action::CompleteHedge);
    QCOMPARE(decision.order.market, kShort);
    QCOMPARE(decision.order.side, OrderSide::Buy);
    QCOMPARE(decision.order.limitPrice, dollars("0.42"));
    QCOMPARE(decision.expectedLoss, Cash::fromMicros(-1'200'000));
}

void TestUnwindPolicy::hedgeDearer_unwinds_withSellLimitBelowBid()
{
    const OrderBook longBook = book("0.52", "0.53"); // NO bid 0.47: loses 0.10
    const OrderBook shortBook = book("0.58", "0.60"); // hedging at 0.60 loses 0.80

    const RepairDecision decision = UnwindPolicy::decide(situation(&longBook, &shortBook), {});

    QCOMPARE(decision.action, RepairDecision::Action::Unwind);
    QCOMPARE(decision.order.market, kLong);
    QCOMPARE(decision.order.side, OrderSide::Sell);
    QCOMPARE(decision.order.outcome, Outcome::No);
    QCOMPARE(decision.order.limitPrice, dollars("0.45"));
    QCOMPARE(decision.order.timeInForce, TimeInForce::ImmediateOrCancel);
    QCOMPARE(decision.expectedLoss, Cash::fromMicros(100'000));
}

void TestUnwindPolicy::hedgeNotAllowed_unwindsEvenWhenHedgeIsCheaper()
{
    const OrderBook longBook = book("0.53", "0.54");
    const OrderBook shortBook = book("0.38", "0.40");
    RepairSituation s = situation(&longBook, &shortBook);
    s.allowCompleteHedge = false;

    QCOMPARE(UnwindPolicy::decide(s, {}).action, RepairDecision::Action::Unwind);
}

void TestUnwindPolicy::bothBeyondLossBound_waits()
{
    const OrderBook longBook = book("0.80", "0.81");  // NO bid 0.20: unwinding loses 2.80
    const OrderBook shortBook = book("0.80", "0.82"); // hedging at 0.82 loses 3.00
    RepairLimits limits;
    limits.maxLossPerContract = Cash::fromMicros(200'000);

    const RepairDecision decision = UnwindPolicy::decide(situation(&longBook, &shortBook), limits);

    QCOMPARE(decision.action, RepairDecision::Action::Wait);
    QVERIFY(decision.why.contains(QStringLiteral("bound")));
}

void TestUnwindPolicy::booksUnusable_waits()
{
    OrderBook gapped = book("0.52", "0.53");
    gapped.markGapped();

    const RepairDecision decision = UnwindPolicy::decide(situation(&gapped, nullptr), {});

    QCOMPARE(decision.action, RepairDecision::Action::Wait);
}

QTEST_GUILESS_MAIN(TestUnwindPolicy)
#include "TestUnwindPolicy.moc"
