#pragma once

#include "common/Cash.h"
#include "common/Ratio.h"
#include "portfolio/Ledger.h"

#include <QList>

namespace orion {

// The ledger summary a user judges Orion by. Money is exact; the Sharpe ratio is a dimensionless statistic and the
// only floating-point value here (it never feeds back into sizing or risk).
struct PerformanceSummary
{
    Cash realizedPnl;  // finished trades
    Cash markedPnl;    // open positions at their marks
    Cash totalPnl;     // realised + marked
    int trades = 0;
    int wins = 0;      // trades with pnl > 0
    Ratio winRate;     // wins / trades, rounded down
    Ratio roi;         // totalPnl / capital base, rounded toward zero
    double sharpe = 0; // mean / sample standard deviation of per-trade returns (pnl / capital); not annualised
    Cash maxDrawdown;  // largest fall of cumulative realised P&L from a previous peak (>= 0)
    Cash volume;
    Cash fees;

    friend bool operator==(const PerformanceSummary&, const PerformanceSummary&) = default;
};

class PerformanceMetrics final
{
public:
    // `results` in any order (sorted by close time here); `capitalBase` is the bankroll ROI is measured against.
    static PerformanceSummary compute(QList<TradeResult> results, Cash markedPnl, Cash volume, Cash fees,
                                      Cash capitalBase);
    // The same from a ledger (its marked P&L must already have been computed by the caller's marks).
    static PerformanceSummary fromLedger(const Ledger& ledger, Cash markedPnl, Cash capitalBase);
};

} // namespace orion
