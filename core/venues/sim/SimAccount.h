#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace orion {

// One market position of a simulated account, Kalshi style: signed, + = YES contracts, - = NO contracts (a
// YES and a NO contract of the same market net out into $1 at once).
struct SimPosition
{
    std::int64_t positionHundredths = 0;
    std::int64_t costMicros = 0;         // what the open position cost (market exposure)
    std::int64_t realizedPnlMicros = 0;
    std::int64_t feesPaidMicros = 0;
    std::int64_t totalTradedMicros = 0;
    qint64 lastUpdatedMs = 0;
    int exchangeIndex = 0;               // the shard whose cash paid for it (Kalshi); settlement pays there
};

// Cash and positions of one simulated trader, in integer micro-dollars and hundredths of a contract.
// Cash is held per exchange shard (Kalshi's exchange_index, Aug 2026: collateral is pre-allocated per shard; a
// venue without shards uses shard 0 only). `cash` is everything the account owns there; `held` is reserved by
// its resting orders, so available() is what can fund a new order (Kalshi's "balance"). The shard-less
// accessors are totals over all shards.
class SimAccount final
{
public:
    SimAccount() = default;
    SimAccount(QString id, std::int64_t startingCashMicros) : m_id(std::move(id)) { m_shards[0].cash = startingCashMicros; }
    // Starting cash per shard (shard -> micro-dollars); shard 0 always exists.
    SimAccount(QString id, const std::map<int, std::int64_t>& startingCashByShard);

    const QString& id() const { return m_id; }
    std::int64_t cashMicros() const;
    std::int64_t heldMicros() const;
    std::int64_t availableMicros() const { return cashMicros() - heldMicros(); }
    std::int64_t cashMicros(int shard) const;
    std::int64_t heldMicros(int shard) const;
    std::int64_t availableMicros(int shard) const { return cashMicros(shard) - heldMicros(shard); }
    // The shards this account has held cash on, ascending (always includes 0).
    std::vector<int> shards() const;

    void hold(std::int64_t micros, int shard = 0) { m_shards[shard].held += micros; }
    void release(std::int64_t micros, int shard = 0);
    void credit(std::int64_t micros, int shard = 0) { m_shards[shard].cash += micros; }
    // Moves available cash between shards (Kalshi's intra_exchange_instance_transfer); fails, changing nothing,
    // when the source shard has less available than `micros` or the amount is not positive.
    [[nodiscard]] Status transfer(int fromShard, int toShard, std::int64_t micros);

    // Applies one fill of this account's order on the YES book: a bid buys YES at priceMicros (closing NO
    // first, which pays 1 - price per contract), an ask sells YES (closing YES first, else opening NO at
    // 1 - price). Cash moves by the trade, minus the fee. Amounts are rounded against the trader (costs up,
    // proceeds down) when a fractional count gives a fraction of a micro-dollar. Returns the new position.
    // The cash moves on `shard` (the market's).
    std::int64_t applyFill(const QString& ticker, bool bid, std::int64_t priceMicros, std::int64_t hundredths,
                           std::int64_t feeMicros, qint64 nowMs, int shard = 0);

    // Pays out a settled market ($1 per winning contract) on the position's shard and removes the position;
    // returns the revenue.
    std::int64_t settle(const QString& ticker, bool yesWon);

    const QHash<QString, SimPosition>& positions() const { return m_positions; }
    SimPosition position(const QString& ticker) const { return m_positions.value(ticker); }

    // micros * hundredths / 100, rounded up or down.
    static std::int64_t amount(std::int64_t priceMicros, std::int64_t hundredths, bool roundUp);

private:
    QString m_id;
    struct Shard
    {
        std::int64_t cash = 0;
        std::int64_t held = 0;
    };
    std::map<int, Shard> m_shards{{0, Shard{}}};
    QHash<QString, SimPosition> m_positions;
};

} // namespace orion
