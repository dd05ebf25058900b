#include "venues/kalshi/KalshiPriceGrid.h"

namespace orion {

namespace {
constexpr std::int64_t kCent = 10'000;
}

Price KalshiPriceGrid::stepAt(Price price) const
{
    for (const KalshiPriceRange& range : m_ranges) {
        if (price >= range.start && price <= range.end)
            return range.step;
    }
    return Price::fromMicros(kCent);
}

Result<Price> KalshiPriceGrid::snap(Price limit, bool bid) const
{
    std::int64_t start = 0;
    std::int64_t end = Price::kMicrosPerDollar;
    std::int64_t step = kCent;
    for (const KalshiPriceRange& range : m_ranges) {
        if (limit >= range.start && limit <= range.end) {
            start = range.start.micros();
            end = range.end.micros();
            step = range.step.micros();
            break;
        }
    }
    const std::int64_t offset = limit.micros() - start;
    std::int64_t steps = offset / step;
    if (!bid && offset % step != 0)
        ++steps;
    const std::int64_t snapped = std::min(start + steps * step, end);
    if (snapped <= 0 || snapped >= Price::kMicrosPerDollar)
        return makeError(QStringLiteral("kalshi.price"),
                         QStringLiteral("no tradable price at or %1 %2").arg(bid ? QStringLiteral("below") : QStringLiteral("above"),
                                                                              limit.toDollarString()));
    return Price::fromMicros(snapped);
}

} // namespace orion
