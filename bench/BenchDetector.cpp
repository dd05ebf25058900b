// The detector's hot path: apply one book delta and re-evaluate the pairs containing that market.
// Reports deltas per second and the latency from a delta arriving to its opportunity events being delivered
// (p50/p99 over all deltas, and over the deltas that produced an event), for 100, 10,000 and 100,000 pairs.
//
//   bench/benchdetector --benchmark_counters_tabular=true [--benchmark_format=json]

#include "arbitrage/Detector.h"
#include "arbitrage/OpportunityListener.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <random>
#include <vector>

using namespace orion;

namespace {

constexpr std::size_t kStreamLength = 1 << 18;
constexpr int kLevels = 10;

class CountingListener final : public OpportunityListener
{
public:
    void opportunityChanged(const OpportunityEvent& event) override
    {
        ++events;
        benchmark::DoNotOptimize(event.opportunity.lockedInProfit);
    }
    std::uint64_t events = 0;
};

struct StreamDelta
{
    MarketHandle market;
    BookDelta delta;
};

// N pairs of 10-level books around random mid prices, the Polymarket book offset by up to 8 cents so that a
// share of the pairs cross (fees included); then a stream of size changes and removals/re-additions at the top
// five levels of random books.
struct World
{
    BookStore store;
    CountingListener listener;
    std::unique_ptr<Detector> detector;
    std::vector<StreamDelta> stream;

    explicit World(int pairs)
    {
        std::mt19937_64 rng(42);
        const FeeSchedule kalshiFees = FeeSchedule::kalshi(KalshiFeeType::Quadratic, Ratio::one()).value();
        const FeeSchedule polymarketFees = FeeSchedule::polymarket(true, Ratio::fromPpm(40'000), 1, true).value();
        std::vector<std::pair<MarketHandle, std::vector<Price>>> levelPrices;
        QList<TradablePair> list;
        list.reserve(pairs);
        for (int i = 0; i < pairs; ++i) {
            const qint64 mid = std::uniform_int_distribution<qint64>(20, 80)(rng) * 10'000;
            const qint64 offset = std::uniform_int_distribution<qint64>(-8, 8)(rng) * 10'000;
            const QString k = QStringLiteral("KX-%1").arg(i);
            const QString p = QStringLiteral("0x%1").arg(i);
            for (const auto& [key, fees, center] :
                 {std::tuple{MarketKey{VenueId::Kalshi, k}, kalshiFees, mid},
                  std::tuple{MarketKey{VenueId::Polymarket, p}, polymarketFees, mid + offset}}) {
                const MarketHandle h =
                    store.upsert(Market{key, QString(), fees, Quantity::fromHundredths(1), Quantity()});
                BookSnapshot snapshot;
                std::vector<Price> prices;
                for (int l = 0; l < kLevels; ++l) {
                    const Quantity size = Quantity::fromContracts(std::uniform_int_distribution<qint64>(10, 500)(rng));
                    snapshot.yesBids.push_back(PriceLevel{Price::fromMicros(center - 10'000 * (l + 1)), size});
                    snapshot.yesAsks.push_back(PriceLevel{Price::fromMicros(center + 10'000 * (l + 1)), size});
                    if (l < 5) {
                        prices.push_back(Price::fromMicros(center - 10'000 * (l + 1)));
                        prices.push_back(Price::fromMicros(center + 10'000 * (l + 1)));
                    }
                }
                store.book(h).reserve(2 * kLevels);
                store.applySnapshot(h, snapshot, 0);
                levelPrices.emplace_back(h, std::move(prices));
            }
            list.append(TradablePair{QStringLiteral("pair-%1").arg(i), k, p, Polarity::Same});
        }
        detector = std::make_unique<Detector>(store, &listener);
        DetectorParams params;
        params.thresholdSpread = Price::fromMicros(5'000);
        params.slippageTolerance = Ratio::fromPpm(50'000);
        params.minTradeSize = Cash::fromMicros(1'000'000);
        params.targetLiquidityDepth = Cash::fromMicros(500'000'000);
        params.maxBookAgeMs = 1'000'000'000;
        detector->setParams(params, 0);
        detector->setPairs(list, 0);

        stream.reserve(kStreamLength);
        std::uniform_int_distribution<std::size_t> pickMarket(0, levelPrices.size() - 1);
        for (std::size_t i = 0; i < kStreamLength; ++i) {
            const auto& [market, prices] = levelPrices[pickMarket(rng)];
            const std::size_t at = std::uniform_int_distribution<std::size_t>(0, prices.size() - 1)(rng);
            StreamDelta d;
            d.market = market;
            d.delta.outcome = Outcome::Yes;
            d.delta.side = at % 2 == 0 ? BookSide::Bid : BookSide::Ask;
            d.delta.price = prices[at];
            const bool remove = std::uniform_int_distribution<int>(0, 9)(rng) == 0;
            d.delta.size = Quantity::fromContracts(remove ? 0 : std::uniform_int_distribution<qint64>(10, 500)(rng));
            stream.push_back(d);
        }
    }
};

World& world(int pairs)
{
    static std::vector<std::pair<int, std::unique_ptr<World>>> worlds;
    for (auto& [n, w] : worlds) {
        if (n == pairs)
            return *w;
    }
    worlds.emplace_back(pairs, std::make_unique<World>(pairs));
    return *worlds.back().second;
}

void BM_DetectorThroughput(benchmark::State& state)
{
    World& w = world(static_cast<int>(state.range(0)));
    std::size_t next = 0;
    qint64 nowMs = 1;
    const std::uint64_t eventsBefore = w.listener.events;
    for (auto _ : state) {
        const StreamDelta& d = w.stream[next];
        next = (next + 1) & (kStreamLength - 1);
        w.store.applyDelta(d.market, d.delta, nowMs);
        w.detector->reevaluate(d.market, nowMs);
        nowMs += (next & 1023) == 0 ? 1 : 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["deltas/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["events/delta"] =
        static_cast<double>(w.listener.events - eventsBefore) / static_cast<double>(state.iterations());
    state.counters["open"] = static_cast<double>(w.detector->openCount());
}

void BM_DetectorLatency(benchmark::State& state)
{
    using Clock = std::chrono::steady_clock;
    World& w = world(static_cast<int>(state.range(0)));
    std::vector<std::int64_t> all;
    std::vector<std::int64_t> withEvent;
    all.reserve(kStreamLength);
    withEvent.reserve(kStreamLength);
    std::size_t next = 0;
    qint64 nowMs = 1;
    for (auto _ : state) {
        const StreamDelta& d = w.stream[next];
        next = (next + 1) & (kStreamLength - 1);
        const std::uint64_t eventsBefore = w.listener.events;
        const auto start = Clock::now();
        w.store.applyDelta(d.market, d.delta, nowMs);
        w.detector->reevaluate(d.market, nowMs);
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
        if (all.size() < kStreamLength)
            all.push_back(ns);
        if (w.listener.events != eventsBefore && withEvent.size() < kStreamLength)
            withEvent.push_back(ns);
        nowMs += (next & 1023) == 0 ? 1 : 0;
    }
    const auto percentile = [](std::vector<std::int64_t>& v, double q) {
        if (v.empty())
            return 0.0;
        const auto k = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1));
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
        return static_cast<double>(v[k]);
    };
    state.counters["p50_ns"] = percentile(all, 0.50);
    state.counters["p99_ns"] = percentile(all, 0.99);
    state.counters["event_p50_ns"] = percentile(withEvent, 0.50);
    state.counters["event_p99_ns"] = percentile(withEvent, 0.99);
    state.counters["event_share"] = all.empty() ? 0.0 : static_cast<double>(withEvent.size()) / static_cast<double>(all.size());
}

} // namespace

BENCHMARK(BM_DetectorThroughput)->Arg(100)->Arg(10'000)->Arg(100'000);
BENCHMARK(BM_DetectorLatency)->Arg(100)->Arg(10'000)->Arg(100'000)->Iterations(1'000'000);

BENCHMARK_MAIN();
