#pragma once

#include "common/Price.h"
#include "common/Result.h"
#include "venues/kalshi/KalshiTypes.h"

namespace orion {

// A market's valid prices (its price_ranges, whole cents on [0, 1] when it lists none). Snapping rounds against
// the trader: a bid never pays more than its limit (down), an ask never sells for less (up).
class KalshiPriceGrid final
{
public:
    KalshiPriceGrid() = default;
    explicit KalshiPriceGrid(QList<KalshiPriceRange> ranges) : m_ranges(std::move(ranges)) {}

    // kalshi.price when no valid price strictly inside (0, 1) exists on that side of the limit.
    [[nodiscard]] Result<Price> snap(Price limit, bool bid) const;
    // The step in force at this price (the tick size shown to the matcher and the UI).
    Price stepAt(Price price) const;

private:
    QList<KalshiPriceRange> m_ranges;
};

} // namespace orion
