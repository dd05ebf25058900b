// The detector's hot path: apply book deltas and re-evaluate the pairs containing each delta's market, for 100,
// 10,000 and 100,000 pairs. Reports deltas per second and the latency from a delta arriving to its opportunity
// events being delivered (p50/p99 over all deltas, and over the deltas that produced an event).
//
// Two ways the deltas arrive:
//   - BM_DetectorThroughput / BM_DetectorLatency: one delta at a time (Detector::applyDelta).
//   - BM_DetectorBurstThroughput / BM_DetectorBurstLatency: in bursts (Detector::applyDeltas), as a live feed
//     delivers them: a Polymarket frame carries several price changes, and whatever queued while the engine
//     thread was busy is drained at once. Burst sizes are uniform in 1..kMaxBurst (mean 16.5, counter
//     deltas/burst), each delta on a random market, so a burst gets no help from repeated markets. Latency is
//     still per delta and counted from its burst's arrival (all of a burst's deltas arrive together): burst_p50/
//     p99_ns is arrival to the end of its burst (an upper bound for every delta of the burst), event_p50/p99_ns
//     arrival to each opportunity event as the listener receives it.
//
//   bench/benchdetector --benchmark_counters_tabular=true [--benchmark_format=json]

#include "arbitrage/Detector.h"
#include "arbitrage/OpportunityListener.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <random>
#include <span>
#include <vector>

using namespace orion;

namespace {

constexpr std::size_t kStreamLength = 1 << 18;
constexpr int kLevels = 10;
constexpr std::size_t kMaxBurst = 32;

using Clock = std::chrono::steady_clock;

class CountingListener final : public OpportunityListener
{
public:
    void opportunityChanged(const OpportunityEvent& event) override
    {
        ++events;
        benchmark::DoNotOptimize(event.opportunity.lockedInProfit);
        if (latencies != nullptr && latencies->size() < kStreamLength) {
            latencies->push_back(
                std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - arrival).count());
        }
    }
    std::uint64_t events = 0;
    // While set, the time from `arrival` to each event is recorded.
    std::vector<std::int64_t>* latencies = nullptr;
    Clock::time_point arrival;
};

double percentile(std::vector<std::int64_t>& values, double q)
{
    if (values.empty())
        return 0.0;
    const auto k = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return static_cast<double>(values[k]);
}

using StreamDelta = MarketDelta;

// N pairs of 10-level books around random mid prices, the Polymarket book offset by up to 8 cents so that a
// share of the pairs cross (fees included); then a stream of size changes and removals/re-additions at the top
// five levels of random books.
struct World
{
    BookStore store;
    CountingListener listener;
    std::unique_ptr<Detector> detector;
    std::vector<StreamDelta> stream;
    // Burst boundaries over the stream: burst b is stream[burstStart[b] .. burstStart[b + 1]).
    std::vector<std::size_t> burstStart;

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
        std::uniform_int_distribution<std::size_t> burstSize(1, kMaxBurst);
        for (std::size_t at = 0; at < kStreamLength; at += burstSize(rng))
            burstStart.push_back(at);
        burstStart.push_back(kStreamLength);
    }

    std::size_t burstCount() const { return burstStart.size() - 1; }
    std::span<const MarketDelta> burst(std::size_t b) const
    {
        return std::span<const MarketDelta>(stream).subspan(burstStart[b], burstStart[b + 1] - burstStart[b]);
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
        w.detector->applyDelta(d.market, d.delta, nowMs);
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
        w.detector->applyDelta(d.market, d.delta, nowMs);
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
        if (all.size() < kStreamLength)
            all.push_back(ns);
        if (w.listener.events != eventsBefore && withEvent.size() < kStreamLength)
            withEvent.push_back(ns);
        nowMs += (next & 1023) == 0 ? 1 : 0;
    }
    state.counters["p50_ns"] = percentile(all, 0.50);
    state.counters["p99_ns"] = percentile(all, 0.99);
    state.counters["event_p50_ns"] = percentile(withEvent, 0.50);
    state.counters["event_p99_ns"] = percentile(withEvent, 0.99);
    state.counters["event_share"] = all.empty() ? 0.0 : static_cast<double>(withEvent.size()) / static_cast<double>(all.size());
}

void BM_DetectorBurstThroughput(benchmark::State& state)
{
    World& w = world(static_cast<int>(state.range(0)));
    std::size_t next = 0;
    qint64 nowMs = 1;
    std::uint64_t deltas = 0;
    const std::uint64_t eventsBefore = w.listener.events;
    for (auto _ : state) {
        const std::span<const MarketDelta> burst = w.burst(next);
        next = next + 1 == w.burstCount() ? 0 : next + 1;
        w.detector->applyDeltas(burst, nowMs);
        deltas += burst.size();
        nowMs += (next & 63) == 0 ? 1 : 0;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(deltas));
    state.counters["deltas/s"] = benchmark::Counter(static_cast<double>(deltas), benchmark::Counter::kIsRate);
    state.counters["deltas/burst"] = static_cast<double>(deltas) / static_cast<double>(state.iterations());
    state.counters["events/delta"] =
        static_cast<double>(w.listener.events - eventsBefore) / static_cast<double>(deltas);
    state.counters["open"] = static_cast<double>(w.detector->openCount());
}

void BM_DetectorBurstLatency(benchmark::State& state)
{
    World& w = world(static_cast<int>(state.range(0)));
    std::vector<std::int64_t> all; // per delta: arrival to the end of its burst
    std::vector<std::int64_t> events; // per event: arrival to the listener receiving it
    all.reserve(kStreamLength);
    events.reserve(kStreamLength);
    w.listener.latencies = &events;
    std::size_t next = 0;
    qint64 nowMs = 1;
    std::uint64_t deltas = 0;
    for (auto _ : state) {
        const std::span<const MarketDelta> burst = w.burst(next);
        next = next + 1 == w.burstCount() ? 0 : next + 1;
        const auto arrival = Clock::now();
        w.listener.arrival = arrival;
        w.detector->applyDeltas(burst, nowMs);
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - arrival).count();
        for (std::size_t i = 0; i < burst.size() && all.size() < kStreamLength; ++i)
            all.push_back(ns);
        deltas += burst.size();
        nowMs += (next & 63) == 0 ? 1 : 0;
    }
    w.listener.latencies = nullptr;
    state.counters["deltas/burst"] = static_cast<double>(deltas) / static_cast<double>(state.iterations());
    state.counters["burst_p50_ns"] = percentile(all, 0.50);
    state.counters["burst_p99_ns"] = percentile(all, 0.99);
    state.counters["event_p50_ns"] = percentile(events, 0.50);
    state.counters["event_p99_ns"] = percentile(events, 0.99);
}

} // namespace

BENCHMARK(BM_DetectorThroughput)->Arg(100)->Arg(10'000)->Arg(100'000);
BENCHMARK(BM_DetectorLatency)->Arg(100)->Arg(10'000)->Arg(100'000)->Iterations(1'000'000);
BENCHMARK(BM_DetectorBurstThroughput)->Arg(100)->Arg(10'000)->Arg(100'000);
BENCHMARK(BM_DetectorBurstLatency)->Arg(100)->Arg(10'000)->Arg(100'000)->Iterations(60'000);

BENCHMARK_MAIN();
