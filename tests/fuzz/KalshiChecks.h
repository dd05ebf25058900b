#pragma once

// Invariants of parsed Kalshi records, shared by the REST and WebSocket harnesses.

#include "FuzzSupport.h"

#include "venues/kalshi/KalshiTypes.h"

namespace orion::fuzz {

inline void checkFill(const KalshiFill& fill)
{
    checkId(fill.fillId);
    checkOptionalId(fill.tradeId);
    checkId(fill.orderId);
    checkOptionalId(fill.clientOrderId);
    checkId(fill.ticker);
    checkOptionalId(fill.outcomeSide);
    checkPrice(fill.yesPrice);
    checkCount(fill.count);
    ORION_FUZZ_CHECK(!fill.count.isZero());
    checkCash(fill.fee);
    if (fill.postPosition)
        checkCount(*fill.postPosition, true);
}

} // namespace orion::fuzz
