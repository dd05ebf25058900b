#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Result.h"
#include "common/Rounding.h"

namespace orion {

// Price times quantity, from micro-dollars x hundredths / 100 with an exact intermediate product, rounded once as
// asked (a cost is usually rounded Up, proceeds Down). Errors: money.precision for Rounding::Exact when the result
// is not a whole number of micro-dollars, money.range when it does not fit in int64. A negative quantity gives a
// negative amount, and Down still means toward -infinity.
[[nodiscard]] Result<Cash> notional(Price price, Quantity qty, Rounding rounding);

// The same for a signed per-contract amount (a fee or P&L per contract).
[[nodiscard]] Result<Cash> notional(Cash perContract, Quantity qty, Rounding rounding);

// How many hundredths of a contract `budget` buys at `price`: budget x 100 / price, rounded as asked (Down to stay
// within the budget). money.range when the price is zero, money.negative when the budget is negative.
[[nodiscard]] Result<Quantity> quantityFor(Cash budget, Price price, Rounding rounding);

} // namespace orion
