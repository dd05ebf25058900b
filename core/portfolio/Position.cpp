#include "portfolio/Position.h"

#include "common/Notional.h"

namespace orion {

Status Position::applyBuy(Price price, Quantity size, Cash fee)
{
    if (size.isNegative() || size.isZero()) {
        return makeError(QStringLiteral("position.size"), QStringLiteral("a buy needs a positive size"));
    }
    const Result<Cash> notionalCost = notional(price, size, Rounding::Up);
    if (!notionalCost.ok()) {
        return notionalCost.error();
    }
    quantity += size;
    cost += notionalCost.value() + fee;
    return {};
}

Status Position::applySell(Price price, Quantity size, Cash fee)
{
    if (size.isNegative() || size.isZero()) {
        return makeError(QStringLiteral("position.size"), QStringLiteral("a sale needs a positive size"));
    }
    if (size > quantity) {
        return makeError(QStringLiteral("position.oversold"),
                         QStringLiteral("cannot sell %1 of %2 held on %3")
                             .arg(size.toString(), quantity.toString(), market.id));
    }
    const Result<Cash> proceeds = notional(price, size, Rounding::Down);
    if (!proceeds.ok()) {
        return proceeds.error();
    }
    // The sold share of the cost, rounded up so that the remaining cost never understates what was paid.
    const RoundedValue share = multiplyDivideRounded(cost.micros(), size.hundredths(), quantity.hundredths(),
                                                     Rounding::Up);
    if (!share.ok()) {
        return makeError(QStringLiteral("money.range"), QStringLiteral("cost share does not fit"));
    }
    const Cash soldCost = Cash::fromMicros(share.value);
    quantity -= size;
    cost = quantity.isZero() ? Cash::zero() : cost - soldCost;
    realizedPnl += proceeds.value() - fee - soldCost;
    return {};
}

Result<Cash> Position::unrealizedPnl(Price mark) const
{
    const Result<Cash> value = notional(mark, quantity, Rounding::Down);
    if (!value.ok()) {
        return value.error();
    }
    return value.value() - cost;
}

} // namespace orion
