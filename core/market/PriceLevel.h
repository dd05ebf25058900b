#pragma once

#include "common/Price.h"
#include "common/Quantity.h"

namespace orion {

// One aggregated level of a book: the total size resting at one price.
struct PriceLevel
{
    Price price;
    Quantity size;

    friend constexpr bool operator==(PriceLevel, PriceLevel) = default;
};

} // namespace orion
