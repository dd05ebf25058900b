#pragma once

#include "common/Cash.h"

namespace orion {

// The exposure limits (risk.* in config; the total is the tradable bankroll, which the engine computes).
struct RiskLimits
{
    int maxOpenPositions = 0;   // trades holding contracts at once
    Cash maxExposurePerEvent;   // cost committed to one pair
    Cash maxTotalExposure;      // cost committed across all pairs

    friend bool operator==(const RiskLimits&, const RiskLimits&) = default;
};

} // namespace orion
