#pragma once

#include "common/Result.h"
#include "market/FeeSchedule.h"

#include <QJsonObject>
#include <QJsonValue>

namespace orion {

// Polymarket's per-market taker fee (reference polymarket.md 7): fee = C x rate x (p(1-p))^exponent in pUSD,
// takers only unless the schedule says otherwise, read from the market's own data, never hardcoded. A market
// without fee data has an Unknown schedule and is never traded. Errors use code "polymarket.parse".
class PolymarketFeeModel final
{
public:
    PolymarketFeeModel() = delete;

    // rate (number or decimal string), exponent (default 1), takerOnly (default true).
    [[nodiscard]] static Result<FeeSchedule> fromSchedule(bool feesEnabled, const QJsonValue& rate,
                                                          const QJsonValue& exponent, const QJsonValue& takerOnly);
    // /clob-markets `fd` {r, e, to}: missing -> Unknown, r = 0 -> Free.
    static FeeSchedule fromClobFeeData(const QJsonObject& fd);
    // Gamma `feesEnabled` + `feeSchedule {rate, exponent, takerOnly}`: feesEnabled false -> Free, no schedule ->
    // Unknown.
    static FeeSchedule fromGamma(const QJsonValue& feesEnabled, const QJsonObject& schedule);
};

} // namespace orion
