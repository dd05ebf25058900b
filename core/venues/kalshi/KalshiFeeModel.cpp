#include "venues/kalshi/KalshiFeeModel.h"

namespace orion {

Result<FeeSchedule> KalshiFeeModel::schedule(const KalshiSeries& series, const KalshiEvent* event)
{
    QString typeText = series.feeType;
    Ratio multiplier = series.feeMultiplier;
    if (event && !event->feeTypeOverride.isEmpty())
        typeText = event->feeTypeOverride;
    if (event && event->feeMultiplierOverride)
        multiplier = *event->feeMultiplierOverride;
    const auto type = parseKalshiFeeType(typeText);
    if (!type.ok())
        return makeError(QStringLiteral("kalshi.fee"),
                         QStringLiteral("series %1: %2").arg(series.ticker, type.error().message));
    auto schedule = FeeSchedule::kalshi(type.value(), multiplier);
    if (!schedule.ok())
        return makeError(QStringLiteral("kalshi.fee"),
                         QStringLiteral("series %1: %2").arg(series.ticker, schedule.error().message));
    return schedule.value();
}

} // namespace orion
