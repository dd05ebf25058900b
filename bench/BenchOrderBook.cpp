// OrderBook primitives: applying a delta at the top of a 20-level book, reading the best ask, walking the depth.
//
//   bench/benchorderbook [--benchmark_format=json]

#include "market/OrderBook.h"

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

using namespace orion;

namespace {

OrderBook makeBook()
{
    BookSnapshot snapshot;
    for (int l = 0; l < 20; ++l) {
        snapshot.yesBids.push_back(PriceLevel{Price::fromMicros(490'000 - 10'000 * l), Quantity::fromContracts(100)});
        snapshot.noBids.push_back(PriceLevel{Price::fromMicros(490'000 - 10'000 * l), Quantity::fromContracts(100)});
    }
    OrderBook book;
    book.reserve(64);
    book.applySnapshot(snapshot, 0);
    return book;
}

std::vector<BookDelta> makeDeltas()
{
    std::mt19937_64 rng(7);
    std::vector<BookDelta> deltas(1 << 16);
    for (BookDelta& d : deltas) {
        d.outcome = (rng() & 1U) != 0 ? Outcome::Yes : Outcome::No;
        d.side = BookSide::Bid;
        d.price = Price::fromMicros(490'000 - 10'000 * static_cast<std::int64_t>(rng() % 6) + 5'000 * static_cast<std::int64_t>(rng() % 2));
        d.size = Quantity::fromContracts(static_cast<std::int64_t>(rng() % 4 == 0 ? 0 : rng() % 500));
    }
    return deltas;
}

void BM_ApplyDelta(benchmark::State& state)
{
    OrderBook book = makeBook();
    const std::vector<BookDelta> deltas = makeDeltas();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(book.applyDelta(deltas[i], 1));
        i = (i + 1) & (deltas.size() - 1);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_BestAsk(benchmark::State& state)
{
    const OrderBook book = makeBook();
    for (auto _ : state)
        benchmark::DoNotOptimize(book.bestAsk(Outcome::No));
}

void BM_AskDepthWalk(benchmark::State& state)
{
    const OrderBook book = makeBook();
    for (auto _ : state)
        benchmark::DoNotOptimize(book.askSizeUpTo(Outcome::No, Price::fromMicros(650'000)));
}

} // namespace

BENCHMARK(BM_ApplyDelta);
BENCHMARK(BM_BestAsk);
BENCHMARK(BM_AskDepthWalk);

BENCHMARK_MAIN();
