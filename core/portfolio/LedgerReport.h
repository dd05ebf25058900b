#pragma once

#include "common/Cash.h"
#include "common/Clock.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Result.h"
#include "market/MarketKey.h"
#include "market/Outcome.h"
#include "portfolio/Balance.h"
#include "portfolio/PerformanceMetrics.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace orion {

// ---- Input: the journal as plain rows (storage/LedgerReportReader reads them; tests build them by hand) ----

// One fill of a trade, whatever order it came from (first, second, hedge or unwind). Failed settlements are left
// out by the reader: they never moved money.
struct ReportFill
{
    MarketKey market;
    Outcome outcome = Outcome::Yes;
    bool isBuy = true;
    Price price;
    Quantity quantity;
    Cash fee;
    qint64 atMs = 0;
};

struct ReportTrade
{
    qint64 id = 0;
    QString pairId;
    QString state; // the journal's spelling: "hedged", "flat", "second_leg", ...
    bool open = false; // not hedged and not flat
    MarketKey firstMarket;
    Outcome firstOutcome = Outcome::Yes;
    MarketKey secondMarket;
    Outcome secondOutcome = Outcome::Yes;
    qint64 openedAtMs = 0;
    qint64 updatedAtMs = 0;
    QList<ReportFill> fills;
};

struct LedgerReportInput
{
    QString mode; // "paper" or "live"
    QList<Balance> balances; // the latest per venue
    QList<ReportTrade> trades; // of this mode
    QHash<QString, Price> marks; // positionKey() -> last mark the engine saw; a missing mark counts as $0
    Cash capitalBase; // capital.initial_bankroll, for ROI
};

// ---- Output ----

// One outcome held by a trade or a pair.
struct LegHolding
{
    MarketKey market;
    Outcome outcome = Outcome::Yes;
    Quantity held; // contracts still held
    Cash cost; // of the held contracts, buy fees included
    std::optional<Price> mark; // the engine's last mark, if any
};

// What one trade holds and made. Per trade:
//   hedged        = min(held on each leg)
//   lockedIn      = hedged x $1 - the hedged contracts' cost on both legs (buy fees included); paid at resolution
//   realized      = what unwind sales made: proceeds - sale fees - the sold contracts' cost
//   unhedged      = the excess of one leg over the other, at its cost share (rounded up, against us)
//   unhedgedValue = the excess at its mark (rounded down), $0 without a mark
//   pnl           = lockedIn + realized + (unhedgedValue - unhedgedCost)
//   capital       = everything the trade's buys cost, fees included (the return's denominator for Sharpe)
struct TradeFigures
{
    qint64 id = 0;
    QString pairId;
    QString state;
    bool open = false;
    qint64 openedAtMs = 0;
    qint64 updatedAtMs = 0;
    LegHolding first;
    LegHolding second;
    Quantity hedged;
    Cash lockedIn;
    Cash realized;
    Quantity unhedged;
    std::optional<LegHolding> unhedgedLeg; // the leg holding the excess, with only the excess in it
    Cash unhedgedCost;
    Cash unhedgedValue;
    Cash pnl;
    Cash capital;
    Cash volume;
    Cash fees;
};

// The contracts still held on one pair (per direction), summed over its trades. The legs are ordered Kalshi first.
struct PairPosition
{
    QString pairId;
    LegHolding kalshi;
    LegHolding polymarket;
    Quantity hedged;
    Cash lockedIn;
    Quantity unhedged;
    Cash unhedgedCost;
    Cash unhedgedValue;
    QList<qint64> tradeIds;
};

struct LedgerReport
{
    QString mode;
    QDateTime generatedAt; // local time
    QDateTime todayStart; // local midnight of generatedAt
    QList<Balance> balances;
    Cash balanceTotal;
    QList<TradeFigures> trades; // oldest first
    QList<PairPosition> positions; // pairs still holding contracts
    int openTrades = 0;
    int hedgedTrades = 0;
    int flatTrades = 0;

    // Over all trades: locked-in + realised + unhedged marked = total.
    Cash lockedIn;
    Cash realized;
    Cash unhedgedCost;
    Cash unhedgedValue;
    Cash unhedgedPnl; // unhedgedValue - unhedgedCost
    Cash totalPnl;
    int todayTrades = 0; // opened since local midnight
    Cash todayPnl; // the pnl of those trades

    // PerformanceMetrics over finished trades (hedged or flat: pnl as above); markedPnl = the open trades' pnl.
    PerformanceSummary metrics;
    Cash capitalBase;

    bool isEmpty() const { return trades.isEmpty(); }
};

class LedgerReportBuilder final
{
public:
    // Pure computation from rows; `clock` says what "now" and "today" (since local midnight) are.
    // Errors: "report.fill" when a fill is on neither leg of its trade or sells more than the trade holds,
    // money.* when an amount does not fit.
    [[nodiscard]] static Result<LedgerReport> build(const LedgerReportInput& input, const Clock& clock);

    // One trade's figures (see TradeFigures), for tests and for anyone who needs a single trade.
    [[nodiscard]] static Result<TradeFigures> tradeFigures(
        const ReportTrade& trade, const QHash<QString, Price>& marks);

    // Local midnight at or before `now`, as an absolute time.
    static QDateTime localMidnight(const QDateTime& now);
};

} // namespace orion
