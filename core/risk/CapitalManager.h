#pragma once

#include "common/Cash.h"
#include "common/Quantity.h"
#include "common/Ratio.h"
#include "common/Result.h"
#include "market/VenueId.h"
#include "portfolio/Balance.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace orion {

struct CapitalParams
{
    Cash bankroll;                                   // capital.initial_bankroll
    Ratio kalshiAllocation;                          // capital.kalshi_allocation_pct
    Ratio polymarketAllocation;                      // capital.polymarket_allocation_pct
    Ratio reserve;                                   // capital.reserve_pct: never traded
    Ratio maxTradeSize;                              // trading.max_trade_size_pct of the bankroll
    Ratio kellyFraction = Ratio::fromPpm(250'000);   // a quarter Kelly
    int rebalanceIntervalHr = 0;                     // 0 = never advise
    Ratio rebalanceLowWater = Ratio::fromPpm(500'000); // advise when a venue holds less than this of its target
};

// What sizing needs to know about one opportunity, per contract pair.
struct SizingInput
{
    Quantity maxSize;                  // what the books offer (the opportunity's size)
    Quantity lot = Quantity::fromHundredths(1);
    Cash kalshiCostPerContract;        // price + fee, rounded up
    Cash polymarketCostPerContract;
    Cash profitPerContract;            // locked in when both legs fill
    Ratio completionProbability = Ratio::fromPpm(950'000); // both legs fill as planned
    Cash lossPerContractOnFailure;     // what unwinding a naked leg costs, per contract
    QString kalshiTicker;              // its exchange shard's cash also bounds the Kalshi leg
};

struct RebalanceAdvice
{
    VenueId from = VenueId::Kalshi;
    VenueId to = VenueId::Polymarket;
    Cash amount;
    QString reason;
};

// The bankroll split across the venues with a reserve held back, the venues' real balances, and how big a trade
// may be: fractional Kelly (the risk being a leg that fails), capped by max_trade_size_pct of the bankroll and by
// the spendable cash on each venue. Moving money between venues is the user's act; this only advises.
class CapitalManager final
{
public:
    explicit CapitalManager(CapitalParams params = {}) : m_params(params) {}

    void setParams(const CapitalParams& params) { m_params = params; }
    const CapitalParams& params() const { return m_params; }

    void setBalance(const Balance& balance);
    std::optional<Balance> balance(VenueId venue) const;

    // bankroll x allocation of the venue, rounded down.
    Cash target(VenueId venue) const;
    // The part of the reserve held on the venue (the reserve split as the allocations are), rounded up.
    Cash reserveOn(VenueId venue) const;
    // available - reserveOn, at least zero; zero when no balance was reported (fail closed).
    Cash spendable(VenueId venue) const;
    // Kalshi holds collateral per exchange shard (Aug 2026): an order may only use the cash on its market's shard.
    // The venue's per-shard cash (exchange_index -> available) and which shard each market is on; a market whose
    // shard is unknown, or a venue that reports no shards (paper), is bounded by the venue's total alone.
    void setKalshiShardCash(const QMap<int, Cash>& availableByShard) { m_kalshiShardCash = availableByShard; }
    void setKalshiMarketShard(const QString& ticker, int exchangeIndex) { m_kalshiShardOf.insert(ticker, exchangeIndex); }
    // What a Kalshi order on `ticker` may spend: spendable(Kalshi), and no more than its shard holds.
    Cash kalshiSpendableFor(const QString& ticker) const;
    // The shard whose cash binds `ticker`, when it holds less than the venue's spendable total.
    std::optional<int> kalshiShortShard(const QString& ticker) const;

    // bankroll x (1 - reserve): the total exposure the risk manager may allow.
    Cash tradableBankroll() const;

    // The Kelly fraction of the tradable bankroll for this bet, in ppm, before caps (0 when the bet is not worth it).
    Ratio kellyFraction(const SizingInput& input) const;
    // The size to trade: a multiple of the lot, possibly zero. capital.input for a non-positive cost per contract.
    [[nodiscard]] Result<Quantity> size(const SizingInput& input) const;

    bool isRebalanceDue(qint64 nowMs) const;
    // Marks the check done and returns advice when one venue holds less than lowWater of its target and the other
    // more than its target.
    std::optional<RebalanceAdvice> checkRebalance(qint64 nowMs);

private:
    Ratio allocation(VenueId venue) const;

    CapitalParams m_params;
    std::optional<Balance> m_kalshi;
    std::optional<Balance> m_polymarket;
    QMap<int, Cash> m_kalshiShardCash;
    QHash<QString, int> m_kalshiShardOf;
    qint64 m_lastRebalanceCheckMs = 0;
};

} // namespace orion
