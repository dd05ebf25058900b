#include "portfolio/PerformanceMetrics.h"

#include <algorithm>
#include <cmath>

namespace orion {

namespace {

Ratio ratioOf(std::int64_t numerator, std::int64_t denominator)
{
    if (denominator == 0) {
        return Ratio::zero();
    }
    const RoundedValue ppm = multiplyDivideRounded(numerator, Ratio::kPpmPerOne, denominator, Rounding::TowardZero);
    return ppm.ok() ? Ratio::fromPpm(ppm.value) : Ratio::zero();
}

} // namespace

PerformanceSummary PerformanceMetrics::compute(QList<TradeResult> results, Cash markedPnl, Cash volume, Cash fees,
                                               Cash capitalBase)
{
    std::stable_sort(results.begin(), results.end(),
                     [](const TradeResult& a, const TradeResult& b) { return a.closedAtMs < b.closedAtMs; });
    PerformanceSummary summary;
    summary.markedPnl = markedPnl;
    summary.volume = volume;
    summary.fees = fees;
    summary.trades = static_cast<int>(results.size());

    Cash equity;
    Cash peak;
    std::vector<double> returns;
    returns.reserve(static_cast<std::size_t>(results.size()));
    for (const TradeResult& result : results) {
        summary.realizedPnl += result.pnl;
        if (result.pnl > Cash::zero()) {
            ++summary.wins;
        }
        equity += result.pnl;
        peak = std::max(peak, equity);
        summary.maxDrawdown = std::max(summary.maxDrawdown, peak - equity);
        if (result.capital > Cash::zero()) {
            returns.push_back(static_cast<double>(result.pnl.micros()) / static_cast<double>(result.capital.micros()));
        }
    }
    summary.totalPnl = summary.realizedPnl + markedPnl;
    summary.winRate = ratioOf(summary.wins, summary.trades);
    summary.roi = ratioOf(summary.totalPnl.micros(), capitalBase.micros());

    if (returns.size() >= 2) {
        double mean = 0;
        for (const double r : returns) {
            mean += r;
        }
        mean /= static_cast<double>(returns.size());
        double squares = 0;
        for (const double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        const double deviation = std::sqrt(squares / static_cast<double>(returns.size() - 1));
        summary.sharpe = deviation > 0 ? mean / deviation : 0;
    }
    return summary;
}

PerformanceSummary PerformanceMetrics::fromLedger(const Ledger& ledger, Cash markedPnl, Cash capitalBase)
{
    return compute(ledger.tradeResults(), markedPnl, ledger.volume(), ledger.fees(), capitalBase);
}

} // namespace orion
