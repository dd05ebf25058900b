#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Ratio.h"

namespace orion {

// The detector's knobs, from config (trading.* and engine.max_book_age_ms).
struct DetectorParams
{
    Price thresholdSpread;     // least locked-in profit per contract pair after fees, for every contract taken
    Ratio slippageTolerance;   // a leg walks no deeper than its best ask x (1 + tolerance)
    Cash minTradeSize;         // smaller total cost (both legs, fees included) is not an opportunity
    Cash targetLiquidityDepth; // the most capital (both legs, fees included) one opportunity may use; 0 = no cap
    int maxBookAgeMs = 0;      // a book older than this (since its last update or heartbeat) never trades

    friend bool operator==(const DetectorParams&, const DetectorParams&) = default;
};

} // namespace orion
