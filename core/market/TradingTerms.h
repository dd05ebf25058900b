#pragma once

#include "common/Quantity.h"
#include "market/FeeSchedule.h"

namespace orion {

// The part of a Market that every evaluation reads, kept apart from its strings so that it fits one cache line.
struct TradingTerms
{
    FeeSchedule fees;
    Quantity lotSize = Quantity::fromHundredths(1);
    Quantity minOrderSize;
};

} // namespace orion
