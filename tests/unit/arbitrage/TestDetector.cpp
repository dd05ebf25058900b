#include "arbitrage/Detector.h"
#include "arbitrage/OpportunityFeed.h"
#include "arbitrage/OpportunityListener.h"

#include <QSignalSpy>
#include <QTest>

#include <vector>

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

class RecordingListener final : public OpportunityListener
{
public:
    void opportunityChanged(const OpportunityEvent& event) override { events.push_back(event); }
    std::vector<OpportunityEvent> events;
};

// A book with one YES bid and one YES ask level.
BookSnapshot book(const char* yesBid, qint64 bidContracts, const char* yesAsk, qint64 askContracts)
{
    BookSnapshot snapshot;
    snapshot.yesBids = {PriceLevel{dollars(yesBid), Quantity::fromContracts(bidContracts)}};
    snapshot.yesAsks = {PriceLevel{dollars(yesAsk), Quantity::fromContracts(askContracts)}};
    return snapshot;
}

// Two markets, fees free, Kalshi YES ask 0.48 and Polymarket YES bid 0.52 (NO ask 0.48): KalshiYes earns 4 cents.
struct Fixture
{
    BookStore store;
    RecordingListener listener;
    Detector detector{store, &listener};
    MarketHandle kalshi;
    MarketHandle polymarket;

    explicit Fixture(Polarity polarity = Polarity::Same, const BookSnapshot& polymarketBook = book("0.52", 100, "0.60", 100))
    {
        kalshi = store.upsert(Market{MarketKey{VenueId::Kalshi, QStringLiteral("KX-A")}, QString(), FeeSchedule::free(),
                                     Quantity::fromHundredths(1), Quantity()});
        polymarket = store.upsert(Market{MarketKey{VenueId::Polymarket, QStringLiteral("0xA")}, QString(),
                                         FeeSchedule::free(), Quantity::fromHundredths(1), Quantity()});
        store.applySnapshot(kalshi, book("0.40", 100, "0.48", 100), 1000);
        store.applySnapshot(polymarket, polymarketBook, 1000);
        DetectorParams params;
        params.thresholdSpread = dollars("0.01");
        params.slippageTolerance = Ratio::parse(u"0.05").value();
        params.maxBookAgeMs = 5000;
        detector.setParams(params, 1000);
        detector.setPairs({TradablePair{QStringLiteral("pair-A"), QStringLiteral("KX-A"), QStringLiteral("0xA"),
                                        polarity}},
                          1000);
    }

    void setDelta(MarketHandle market, Outcome outcome, BookSide side, const char* price, qint64 contracts,
                  qint64 nowMs)
    {
        BookDelta delta;
        delta.outcome = outcome;
        delta.side = side;
        delta.price = dollars(price);
        delta.size = Quantity::fromContracts(contracts);
        store.applyDelta(market, delta, nowMs);
        detector.reevaluate(market, nowMs);
    }
};

} // namespace

class TestDetector final : public QObject
{
    Q_OBJECT

private slots:
    void setPairs_withCrossedVenues_opensKalshiYesOpportunity();
    void kalshiNoDirection_buysNoOnKalshiAndYesOnPolymarket();
    void inversePair_buysTheSameTokenNameOnBothVenues();
    void deltaThatChangesTheTrade_updatesWithTheSameId();
    void deltaThatChangesNothingTraded_sendsNoEvent();
    void deltaThatRemovesTheEdge_closesAndTheNextOpeningHasANewId();
    void bookOlderThanMaxAge_closesOnExpireStale();
    void gappedBook_neverTrades();
    void unknownFee_neverTrades();
    void venueDisconnect_closesOpportunity();
    void bookChange_reevaluatesOnlyPairsContainingThatMarket();
    void setPairs_withoutAPair_closesItsOpportunity();
    void opportunityFeed_turnsEventsIntoSignals();
};

void TestDetector::setPairs_withCrossedVenues_opensKalshiYesOpportunity()
{
    Fixture f;

    QCOMPARE(f.listener.events.size(), std::size_t{1});
    const OpportunityEvent& event = f.listener.events.front();
    QCOMPARE(event.kind, OpportunityEvent::Kind::Opened);
    QCOMPARE(event.timestampMs, qint64(1000));
    const Opportunity& o = event.opportunity;
    QCOMPARE(o.pairId, QStringLiteral("pair-A"));
    QCOMPARE(o.direction, ArbDirection::KalshiYes);
    QCOMPARE(o.kalshi.outcome, Outcome::Yes);
    QCOMPARE(o.polymarket.outcome, Outcome::No);
    QCOMPARE(o.kalshi.averagePrice, dollars("0.48"));
    QCOMPARE(o.polymarket.averagePrice, dollars("0.48"));
    QCOMPARE(o.size, Quantity::fromContracts(100));
    QCOMPARE(o.lockedInProfit, cash("4"));
    QCOMPARE(o.kalshi.market.id, QStringLiteral("KX-A"));
    QCOMPARE(o.polymarket.market.venue, VenueId::Polymarket);
    QCOMPARE(f.detector.openCount(), std::size_t{1});
}

void TestDetector::kalshiNoDirection_buysNoOnKalshiAndYesOnPolymarket()
{
    // Polymarket YES ask 0.30 + Kalshi NO ask (1 - YES bid 0.40) 0.60 = 0.90.
    Fixture f(Polarity::Same, book("0.20", 100, "0.30", 50));

    QCOMPARE(f.listener.events.size(), std::size_t{1});
    const Opportunity& o = f.listener.events.front().opportunity;
    QCOMPARE(o.direction, ArbDirection::KalshiNo);
    QCOMPARE(o.kalshi.outcome, Outcome::No);
    QCOMPARE(o.kalshi.averagePrice, dollars("0.60"));
    QCOMPARE(o.polymarket.outcome, Outcome::Yes);
    QCOMPARE(o.polymarket.averagePrice, dollars("0.30"));
    QCOMPARE(o.size, Quantity::fromContracts(50));
    QCOMPARE(o.lockedInProfit, cash("5"));
}

void TestDetector::inversePair_buysTheSameTokenNameOnBothVenues()
{
    // Inverse: Polymarket YES is Kalshi NO. Kalshi YES at 0.48 + Polymarket YES at 0.45 (= Kalshi NO) cost 0.93.
    Fixture f(Polarity::Inverse, book("0.30", 100, "0.45", 60));

    QCOMPARE(f.listener.events.size(), std::size_t{1});
    const Opportunity& o = f.listener.events.front().opportunity;
    QCOMPARE(o.direction, ArbDirection::KalshiYes);
    QCOMPARE(o.kalshi.outcome, Outcome::Yes);
    QCOMPARE(o.polymarket.outcome, Outcome::Yes);
    QCOMPARE(o.polymarket.averagePrice, dollars("0.45"));
    QCOMPARE(o.size, Quantity::fromContracts(60));
    QCOMPARE(o.lockedInProfit, cash("4.2"));
}

void TestDetector::deltaThatChangesTheTrade_updatesWithTheSameId()
{
    Fixture f;
    const OpportunityId id = f.listener.events.front().opportunity.id;

    f.setDelta(f.kalshi, Outcome::Yes, BookSide::Ask, "0.48", 60, 1100);

    QCOMPARE(f.listener.events.size(), std::size_t{2});
    const OpportunityEvent& update = f.listener.events.back();
    QCOMPARE(update.kind, OpportunityEvent::Kind::Updated);
    QCOMPARE(update.opportunity.id, id);
    QCOMPARE(update.opportunity.size, Quantity::fromContracts(60));
    QCOMPARE(update.opportunity.openedAtMs, qint64(1000));
    QCOMPARE(update.opportunity.updatedAtMs, qint64(1100));
    QCOMPARE(update.opportunity.kalshi.bookAgeMs, qint64(0));
    QCOMPARE(update.opportunity.polymarket.bookAgeMs, qint64(100));
}

void TestDetector::deltaThatChangesNothingTraded_sendsNoEvent()
{
    Fixture f;

    f.setDelta(f.kalshi, Outcome::Yes, BookSide::Bid, "0.39", 10, 1100); // a bid: not part of the trade

    QCOMPARE(f.listener.events.size(), std::size_t{1});
}

void TestDetector::deltaThatRemovesTheEdge_closesAndTheNextOpeningHasANewId()
{
    Fixture f;
    const OpportunityId first = f.listener.events.front().opportunity.id;

    f.setDelta(f.polymarket, Outcome::Yes, BookSide::Bid, "0.52", 0, 1100);
    f.setDelta(f.polymarket, Outcome::Yes, BookSide::Bid, "0.55", 10, 1200);

    QCOMPARE(f.listener.events.size(), std::size_t{3});
    QCOMPARE(f.listener.events[1].kind, OpportunityEvent::Kind::Closed);
    QCOMPARE(f.listener.events[1].closeReason, OpportunityCloseReason::Gone);
    QCOMPARE(f.listener.events[1].opportunity.id, first);
    QCOMPARE(f.listener.events[2].kind, OpportunityEvent::Kind::Opened);
    QVERIFY(f.listener.events[2].opportunity.id != first);
    QCOMPARE(f.listener.events[2].opportunity.lockedInProfit, cash("0.7"));
}

void TestDetector::bookOlderThanMaxAge_closesOnExpireStale()
{
    Fixture f;

    f.detector.expireStale(5000); // both books 4000 ms old: still within 5000
    f.detector.expireStale(6001);

    QCOMPARE(f.listener.events.size(), std::size_t{2});
    QCOMPARE(f.listener.events.back().kind, OpportunityEvent::Kind::Closed);
    QCOMPARE(f.listener.events.back().closeReason, OpportunityCloseReason::BookUnusable);
    QCOMPARE(f.listener.events.back().timestampMs, qint64(6001));
    QCOMPARE(f.detector.openCount(), std::size_t{0});
}

void TestDetector::gappedBook_neverTrades()
{
    Fixture f;
    f.store.book(f.kalshi).markGapped();

    f.detector.reevaluate(f.kalshi, 1100);
    f.setDelta(f.polymarket, Outcome::Yes, BookSide::Bid, "0.60", 100, 1200); // an even bigger edge

    QCOMPARE(f.listener.events.size(), std::size_t{2});
    QCOMPARE(f.listener.events.back().closeReason, OpportunityCloseReason::BookUnusable);
}

void TestDetector::unknownFee_neverTrades()
{
    Fixture f;

    f.store.setFees(f.polymarket, FeeSchedule::unknown());
    f.detector.reevaluate(f.polymarket, 1100);
    f.setDelta(f.polymarket, Outcome::Yes, BookSide::Bid, "0.60", 100, 1200);

    QCOMPARE(f.listener.events.size(), std::size_t{2});
    QCOMPARE(f.listener.events.back().closeReason, OpportunityCloseReason::FeeUnknown);
    QCOMPARE(f.detector.openCount(), std::size_t{0});
}

void TestDetector::venueDisconnect_closesOpportunity()
{
    Fixture f;

    f.store.markVenueDisconnected(VenueId::Polymarket);
    f.detector.reevaluate(f.polymarket, 1100);

    QCOMPARE(f.listener.events.back().kind, OpportunityEvent::Kind::Closed);
    QCOMPARE(f.listener.events.back().closeReason, OpportunityCloseReason::BookUnusable);
}

void TestDetector::bookChange_reevaluatesOnlyPairsContainingThatMarket()
{
    Fixture f;
    const MarketHandle otherKalshi = f.store.upsert(Market{MarketKey{VenueId::Kalshi, QStringLiteral("KX-B")}, QString(),
                                                           FeeSchedule::free(), Quantity::fromHundredths(1), Quantity()});
    const MarketHandle otherPolymarket =
        f.store.upsert(Market{MarketKey{VenueId::Polymarket, QStringLiteral("0xB")}, QString(), FeeSchedule::free(),
                              Quantity::fromHundredths(1), Quantity()});
    f.store.applySnapshot(otherKalshi, book("0.40", 10, "0.70", 10), 1000);
    f.store.applySnapshot(otherPolymarket, book("0.20", 10, "0.80", 10), 1000);
    f.detector.setPairs({TradablePair{QStringLiteral("pair-A"), QStringLiteral("KX-A"), QStringLiteral("0xA"),
                                      Polarity::Same},
                         TradablePair{QStringLiteral("pair-B"), QStringLiteral("KX-B"), QStringLiteral("0xB"),
                                      Polarity::Same}},
                        1000);
    const std::size_t before = f.listener.events.size();
    // Pair B's Polymarket book gets an edge, but nobody tells the detector about that market.
    BookDelta silent;
    silent.outcome = Outcome::Yes;
    silent.side = BookSide::Bid;
    silent.price = dollars("0.75");
    silent.size = Quantity::fromContracts(10);
    f.store.applyDelta(otherPolymarket, silent, 1100);

    f.setDelta(f.kalshi, Outcome::Yes, BookSide::Ask, "0.48", 50, 1100);
    const std::size_t afterPairA = f.listener.events.size();
    f.detector.reevaluate(otherPolymarket, 1100);

    QCOMPARE(before, std::size_t{1}); // pair A's opportunity kept its id through setPairs: no event
    QCOMPARE(afterPairA, std::size_t{2});
    QCOMPARE(f.listener.events[1].opportunity.pairId, QStringLiteral("pair-A"));
    QCOMPARE(f.listener.events.size(), std::size_t{3});
    QCOMPARE(f.listener.events[2].opportunity.pairId, QStringLiteral("pair-B"));
}

void TestDetector::setPairs_withoutAPair_closesItsOpportunity()
{
    Fixture f;

    f.detector.setPairs({}, 1100);

    QCOMPARE(f.listener.events.size(), std::size_t{2});
    QCOMPARE(f.listener.events.back().closeReason, OpportunityCloseReason::PairRemoved);
    QCOMPARE(f.detector.pairCount(), std::size_t{0});
    QCOMPARE(f.detector.openCount(), std::size_t{0});
}

void TestDetector::opportunityFeed_turnsEventsIntoSignals()
{
    BookStore store;
    OpportunityFeed feed;
    Detector detector(store, &feed);
    QSignalSpy opened(&feed, &OpportunityFeed::opportunityOpened);
    QSignalSpy closed(&feed, &OpportunityFeed::opportunityClosed);
    QSignalSpy all(&feed, &OpportunityFeed::eventOccurred);
    const MarketHandle k = store.upsert(Market{MarketKey{VenueId::Kalshi, QStringLiteral("K")}, QString(),
                                               FeeSchedule::free(), Quantity::fromHundredths(1), Quantity()});
    const MarketHandle p = store.upsert(Market{MarketKey{VenueId::Polymarket, QStringLiteral("P")}, QString(),
                                               FeeSchedule::free(), Quantity::fromHundredths(1), Quantity()});
    store.applySnapshot(k, book("0.40", 10, "0.45", 10), 0);
    store.applySnapshot(p, book("0.50", 10, "0.60", 10), 0);
    DetectorParams params;
    params.maxBookAgeMs = 1000;
    detector.setParams(params, 0);

    detector.setPairs({TradablePair{QStringLiteral("x"), QStringLiteral("K"), QStringLiteral("P"), Polarity::Same}}, 0);
    store.book(p).markDisconnected();
    detector.reevaluate(p, 10);

    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.front().front().value<Opportunity>().pairId, QStringLiteral("x"));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.front().at(1).value<OpportunityCloseReason>(), OpportunityCloseReason::BookUnusable);
    QCOMPARE(all.size(), 2);
}

QTEST_GUILESS_MAIN(TestDetector)
#include "TestDetector.moc"
