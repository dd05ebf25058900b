// Parsing throughput of the venues' order-book messages (issues 3 and 4): messages per second on one core.
// The payloads are the recorded examples of tests/data/kalshi and tests/data/polymarket.
//   build/bench/benchvenueparsers --benchmark_counters_tabular=true
#include "venues/kalshi/KalshiParser.h"
#include "venues/polymarket/PolymarketParser.h"

#include <benchmark/benchmark.h>

namespace {

const QByteArray kKalshiDelta = QByteArrayLiteral(R"json({"type":"orderbook_delta","sid":2,"seq":3,"msg":{"market_ticker":"FED-23DEC-T3.00","market_id":"9b0f6b43-5b68-4f9f-9f02-9a2d1d6b1e0f","price_dollars":"0.9600","delta_fp":"-54.00","side":"yes","ts_ms":1669149841000}})json");
const QByteArray kKalshiSnapshot = QByteArrayLiteral(R"json({"type":"orderbook_snapshot","sid":2,"seq":1,"msg":{"market_ticker":"FED-23DEC-T3.00","market_id":"9b0f6b43-5b68-4f9f-9f02-9a2d1d6b1e0f","yes_dollars_fp":[["0.0800","300.00"],["0.2200","333.00"]],"no_dollars_fp":[["0.5400","20.00"],["0.5600","146.00"]]}})json");
const QByteArray kPolymarketPriceChange = QByteArrayLiteral(R"json({"event_type":"price_change","market":"0x02","timestamp":"1761177638200","price_changes":[{"asset_id":"21","price":"0.46","size":"20","side":"BUY","hash":"x","best_bid":"0.46","best_ask":"0.55"},{"asset_id":"21","price":"0.55","size":"0","side":"SELL","hash":"y","best_bid":"0.46","best_ask":"0.60"}]})json");
const QByteArray kPolymarketBook = QByteArrayLiteral(R"json({"event_type":"book","asset_id":"21","market":"0x02","bids":[{"price":"0.40","size":"100"},{"price":"0.45","size":"12.5"}],"asks":[{"price":"0.60","size":"3"},{"price":"0.55","size":"7.123456"}],"timestamp":"1761177638154","hash":"97f5"})json");

void kalshiMessage(benchmark::State& state, const QByteArray& message)
{
    for (auto _ : state) {
        auto parsed = orion::KalshiParser::parseWsMessage(message, false);
        if (!parsed.ok()) {
            state.SkipWithError("a recorded Kalshi message did not parse");
            return;
        }
        benchmark::DoNotOptimize(parsed);
    }
    state.counters["messages/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void polymarketFrame(benchmark::State& state, const QByteArray& frame)
{
    for (auto _ : state) {
        int rejected = 0;
        auto parsed = orion::PolymarketParser::wsFrame(frame, &rejected);
        if (!parsed.ok() || rejected != 0) {
            state.SkipWithError("a recorded Polymarket frame did not parse");
            return;
        }
        benchmark::DoNotOptimize(parsed);
    }
    state.counters["messages/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_KalshiOrderbookDelta(benchmark::State& state) { kalshiMessage(state, kKalshiDelta); }
void BM_KalshiOrderbookSnapshot(benchmark::State& state) { kalshiMessage(state, kKalshiSnapshot); }
void BM_PolymarketPriceChange(benchmark::State& state) { polymarketFrame(state, kPolymarketPriceChange); }
void BM_PolymarketBook(benchmark::State& state) { polymarketFrame(state, kPolymarketBook); }

} // namespace

BENCHMARK(BM_KalshiOrderbookDelta);
BENCHMARK(BM_KalshiOrderbookSnapshot);
BENCHMARK(BM_PolymarketPriceChange);
BENCHMARK(BM_PolymarketBook);
BENCHMARK_MAIN();
