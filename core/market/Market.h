#pragma once

#include "common/Quantity.h"
#include "market/FeeSchedule.h"
#include "market/MarketKey.h"

#include <QString>

namespace orion {

// What the detector needs to know about one venue market besides its book: how it is charged and how orders on it
// may be sized.
struct Market
{
    MarketKey key;
    QString title;
    FeeSchedule fees;                                     // Unknown until the venue adapter has read it
    Quantity lotSize = Quantity::fromHundredths(1);       // order sizes are multiples of this
    Quantity minOrderSize;                                // the venue's smallest order (Polymarket `orderMinSize`)

    friend bool operator==(const Market&, const Market&) = default;
};

} // namespace orion
