#pragma once

#include "common/Result.h"
#include "market/FeeSchedule.h"
#include "venues/kalshi/KalshiTypes.h"

namespace orion {

// The FeeSchedule of a Kalshi market: the series' fee_type and fee_multiplier, unless its event overrides them
// (fee_type_override / fee_multiplier_override). A fee type Orion cannot compute ("flat", or one it does not
// know) gives an Error, and the caller must treat the market's fees as Unknown (never traded).
class KalshiFeeModel final
{
public:
    KalshiFeeModel() = delete;
    [[nodiscard]] static Result<FeeSchedule> schedule(const KalshiSeries& series, const KalshiEvent* event = nullptr);
};

} // namespace orion
