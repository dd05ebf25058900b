#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Result.h"
#include "market/MarketKey.h"
#include "market/Outcome.h"

namespace orion {

// What Orion holds of one outcome of one market: contracts, what they cost (fees included) and the profit already
// realised by selling some of them. Long only: a sale beyond the holding is refused, since neither venue lets
// Orion sell what it does not own.
struct Position
{
    MarketKey market;
    Outcome outcome = Outcome::Yes;
    Quantity quantity;
    Cash cost;         // of the contracts still held, buy fees included
    Cash realizedPnl;  // from sales: proceeds - sale fees - the cost share of what was sold

    bool isFlat() const { return quantity.isZero(); }

    // Adds bought contracts; cost = price x size rounded up, plus the fee.
    [[nodiscard]] Status applyBuy(Price price, Quantity size, Cash fee);
    // Removes sold contracts; their share of the cost (rounded up, against us) leaves with them.
    // position.oversold when size exceeds what is held.
    [[nodiscard]] Status applySell(Price price, Quantity size, Cash fee);
    // The holding marked at `mark` (proceeds if sold there, rounded down) minus its cost.
    [[nodiscard]] Result<Cash> unrealizedPnl(Price mark) const;

    friend bool operator==(const Position&, const Position&) = default;
};

} // namespace orion
