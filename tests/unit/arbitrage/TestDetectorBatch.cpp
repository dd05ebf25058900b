#include "arbitrage/Detector.h"
#include "arbitrage/OpportunityListener.h"

#include <QLoggingCategory>
#include <QTest>

#include <random>
#include <span>
#include <vector>

using namespace orion;

// Detector::applyDeltas (bursts) and Detector::applyDelta against the reference path, BookStore::applyDelta then
// Detector::reevaluate for each delta: two identical worlds are fed the same random stream, and every event (kind,
// id, sizes, prices, fees, profit, timestamps, close reason) and every delta's result must be the same, in the same
// order. The worlds have markets in several pairs and in none, fees of every model, sequence gaps, Add deltas that
// would go negative, repeated markets inside a burst and re-snapshots of gapped books.

namespace {

constexpr std::uint64_t kSeed = 0xB'A7C4'2026ULL;
constexpr int kMarketsPerVenue = 240;
constexpr int kPairs = 320;
constexpr int kBursts = 1'500;

qint64 randomIn(std::mt19937_64& rng, qint64 lo, qint64 hi)
{
    return std::uniform_int_distribution<qint64>(lo, hi)(rng);
}

class RecordingListener final : public OpportunityListener
{
public:
    void opportunityChanged(const OpportunityEvent& event) override { events.push_back(event); }
    std::vector<OpportunityEvent> events;
};

// Everything random about the worlds, drawn once so that both worlds are built from the same description.
struct MarketPlan
{
    MarketKey key;
    FeeSchedule fees;
    Quantity lot;
    qint64 mid = 0;
    BookSnapshot snapshot;
};

BookSnapshot randomSnapshot(std::mt19937_64& rng, qint64 mid, qint64 sequence)
{
    BookSnapshot snapshot;
    snapshot.sequence = sequence;
    const qint64 bids = randomIn(rng, 0, 6);
    const qint64 asks = randomIn(rng, 0, 6);
    for (qint64 level = 1; level <= bids; ++level) {
        snapshot.yesBids.push_back(
            PriceLevel{Price::fromMicros(mid - level * 10'000), Quantity::fromHundredths(randomIn(rng, 1, 40'000))});
    }
    for (qint64 level = 1; level <= asks; ++level) {
        snapshot.yesAsks.push_back(
            PriceLevel{Price::fromMicros(mid + level * 10'000), Quantity::fromHundredths(randomIn(rng, 1, 40'000))});
    }
    return snapshot;
}

std::vector<MarketPlan> planMarkets(std::mt19937_64& rng)
{
    std::vector<MarketPlan> plans;
    for (const VenueId venue : {VenueId::Kalshi, VenueId::Polymarket}) {
        for (int i = 0; i < kMarketsPerVenue; ++i) {
            MarketPlan plan;
            plan.key = MarketKey{venue, QStringLiteral("M%1").arg(i)};
            switch (randomIn(rng, 0, 3)) {
            case 0:
                plan.fees = FeeSchedule::free();
                break;
            case 1:
                plan.fees = FeeSchedule::unknown(); // never trades
                break;
            default:
                plan.fees = venue == VenueId::Kalshi
                                ? FeeSchedule::kalshi(KalshiFeeType::Quadratic, Ratio::one()).value()
                                : FeeSchedule::polymarket(true, Ratio::fromPpm(40'000), 1, true).value();
            }
            plan.lot = Quantity::fromHundredths(randomIn(rng, 0, 3) == 0 ? 100 : 1);
            plan.mid = randomIn(rng, 25, 75) * 10'000;
            plan.snapshot = randomSnapshot(rng, plan.mid, venue == VenueId::Kalshi ? 1 : 0);
            plans.push_back(plan);
        }
    }
    return plans;
}

QList<TradablePair> planPairs(std::mt19937_64& rng)
{
    QList<TradablePair> pairs;
    for (int i = 0; i < kPairs; ++i) {
        // Drawn from the first 200 markets of each venue: some markets are in several pairs, the rest in none.
        pairs.append(TradablePair{QStringLiteral("pair%1").arg(i), QStringLiteral("M%1").arg(randomIn(rng, 0, 199)),
                                  QStringLiteral("M%1").arg(randomIn(rng, 0, 199)),
                                  randomIn(rng, 0, 1) == 0 ? Polarity::Same : Polarity::Inverse});
    }
    return pairs;
}

struct World
{
    BookStore store;
    RecordingListener listener;
    Detector detector{store, &listener};
    std::vector<MarketHandle> handles;

    World(const std::vector<MarketPlan>& plans, const QList<TradablePair>& pairs)
    {
        for (const MarketPlan& plan : plans) {
            const MarketHandle handle = store.upsert(Market{plan.key, QString(), plan.fees, plan.lot, Quantity()});
            store.applySnapshot(handle, plan.snapshot, 0);
            handles.push_back(handle);
        }
        DetectorParams params;
        params.thresholdSpread = Price::fromMicros(2'000);
        params.slippageTolerance = Ratio::fromPpm(60'000);
        params.maxBookAgeMs = 400;
        detector.setParams(params, 0);
        detector.setPairs(pairs, 0);
    }
};

QString describe(const OpportunityEvent& event)
{
    return QStringLiteral("kind %1 id %2 %3/%4 size %5 profit %6 cost %7 fees %8 at %9 reason %10")
        .arg(static_cast<int>(event.kind))
        .arg(event.opportunity.id)
        .arg(event.opportunity.pairId)
        .arg(static_cast<int>(event.opportunity.direction))
        .arg(event.opportunity.size.hundredths())
        .arg(event.opportunity.lockedInProfit.micros())
        .arg(event.opportunity.totalCost.micros())
        .arg(event.opportunity.totalFees.micros())
        .arg(event.timestampMs)
        .arg(static_cast<int>(event.closeReason));
}

bool sameEvent(const OpportunityEvent& a, const OpportunityEvent& b)
{
    return a.kind == b.kind && a.closeReason == b.closeReason && a.timestampMs == b.timestampMs
           && a.opportunity == b.opportunity;
}

} // namespace

class TestDetectorBatch final : public QObject
{
    Q_OBJECT

private slots:
    // The stream's gaps are deliberate: their warnings would only bury the test's output.
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("orion.market.warning=false")); }
    void applyDeltas_randomBursts_sendExactlyTheEventsOfOneByOne();
};

void TestDetectorBatch::applyDeltas_randomBursts_sendExactlyTheEventsOfOneByOne()
{
    // Arrange: three identical worlds; the first takes the reference path, the second bursts, the third
    // Detector::applyDelta one delta at a time.
    std::mt19937_64 rng(kSeed);
    const std::vector<MarketPlan> plans = planMarkets(rng);
    const QList<TradablePair> pairs = planPairs(rng);
    World reference(plans, pairs);
    World burst(plans, pairs);
    World single(plans, pairs);
    std::vector<qint64> kalshiSequence(plans.size(), 1);
    int repeatedInBurst = 0;
    int gaps = 0;
    std::size_t compared = 0; // events already compared

    for (int b = 0; b < kBursts; ++b) {
        const qint64 nowMs = 1 + b / 4;
        std::vector<MarketDelta> deltas;
        const qint64 size = randomIn(rng, 1, 40);
        for (qint64 k = 0; k < size; ++k) {
            // Half of the deltas on a few hot markets, so that bursts often touch one market (or pair) twice.
            const auto m = static_cast<std::size_t>(randomIn(rng, 0, 1) == 0 ? randomIn(rng, 0, 7)
                                                                              : randomIn(rng, 0, 2 * kMarketsPerVenue - 1));
            const MarketPlan& plan = plans[m];
            MarketDelta item;
            item.market = reference.handles[m];
            item.delta.outcome = randomIn(rng, 0, 1) == 0 ? Outcome::Yes : Outcome::No;
            item.delta.side = randomIn(rng, 0, 1) == 0 ? BookSide::Bid : BookSide::Ask;
            const qint64 offset = randomIn(rng, 1, 6) * 10'000;
            const bool bidSide = (item.delta.side == BookSide::Bid) == (item.delta.outcome == Outcome::Yes);
            const qint64 yesPrice = bidSide ? plan.mid - offset : plan.mid + offset;
            item.delta.price = Price::fromMicros(item.delta.outcome == Outcome::Yes ? yesPrice : 1'000'000 - yesPrice);
            if (randomIn(rng, 0, 9) == 0) {
                item.delta.mode = BookDelta::Mode::Add; // may go negative: an inconsistent delta, a gap
                item.delta.size = Quantity::fromHundredths(randomIn(rng, -30'000, 30'000));
            } else {
                item.delta.size = Quantity::fromHundredths(randomIn(rng, 0, 3) == 0 ? 0 : randomIn(rng, 1, 40'000));
            }
            if (plan.key.venue == VenueId::Kalshi) {
                kalshiSequence[m] += randomIn(rng, 0, 299) == 0 ? 2 : 1; // now and then a lost message
                item.delta.sequence = kalshiSequence[m];
            }
            for (const MarketDelta& earlier : deltas)
                repeatedInBurst += earlier.market == item.market ? 1 : 0;
            deltas.push_back(item);
        }

        // Act
        std::vector<OrderBook::DeltaResult> expected;
        for (const MarketDelta& item : deltas) {
            expected.push_back(reference.store.applyDelta(item.market, item.delta, nowMs));
            reference.detector.reevaluate(item.market, nowMs);
        }
        std::vector<OrderBook::DeltaResult> results(deltas.size(), OrderBook::DeltaResult::Ignored);
        burst.detector.applyDeltas(deltas, nowMs, results);
        for (std::size_t i = 0; i < deltas.size(); ++i)
            QCOMPARE(single.detector.applyDelta(deltas[i].market, deltas[i].delta, nowMs), expected[i]);

        // Assert
        for (std::size_t i = 0; i < deltas.size(); ++i)
            QCOMPARE(results[i], expected[i]);
        QCOMPARE(burst.listener.events.size(), reference.listener.events.size());
        QCOMPARE(single.listener.events.size(), reference.listener.events.size());
        for (std::size_t i = compared; i < reference.listener.events.size(); ++i) {
            const OpportunityEvent& want = reference.listener.events[i];
            QVERIFY2(sameEvent(burst.listener.events[i], want),
                     qPrintable(QStringLiteral("burst %1 event %2: %3, expected %4")
                                    .arg(b)
                                    .arg(i)
                                    .arg(describe(burst.listener.events[i]), describe(want))));
            QVERIFY2(sameEvent(single.listener.events[i], want), qPrintable(describe(single.listener.events[i])));
        }
        compared = reference.listener.events.size();

        // Gapped books come back with a snapshot, in every world, so that the stream keeps finding trades.
        for (std::size_t m = 0; m < plans.size(); ++m) {
            if (reference.store.book(reference.handles[m]).isLive())
                continue;
            ++gaps;
            const BookSnapshot snapshot = randomSnapshot(rng, plans[m].mid, kalshiSequence[m]);
            for (World* world : {&reference, &burst, &single}) {
                world->store.applySnapshot(world->handles[m], snapshot, nowMs);
                world->detector.reevaluate(world->handles[m], nowMs);
            }
        }
    }

    // The stream must have exercised what could differ: every kind of event, repeated markets in a burst, gaps.
    int opened = 0;
    int updated = 0;
    int closed = 0;
    for (const OpportunityEvent& event : reference.listener.events) {
        opened += event.kind == OpportunityEvent::Kind::Opened ? 1 : 0;
        updated += event.kind == OpportunityEvent::Kind::Updated ? 1 : 0;
        closed += event.kind == OpportunityEvent::Kind::Closed ? 1 : 0;
    }
    qInfo("%d opened, %d updated, %d closed, %d repeated markets in a burst, %d re-snapshots", opened, updated, closed,
          repeatedInBurst, gaps);
    QVERIFY(opened > 500);
    QVERIFY(updated > 500);
    QVERIFY(closed > 500);
    QVERIFY(repeatedInBurst > 1'000);
    QVERIFY(gaps > 50);
}

QTEST_GUILESS_MAIN(TestDetectorBatch)
#include "TestDetectorBatch.moc"
