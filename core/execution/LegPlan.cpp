#include "execution/LegPlan.h"

#include "common/Rounding.h"

namespace orion {

namespace {

PlannedLeg legOf(const OpportunityLeg& leg, Quantity size, Quantity lot)
{
    return PlannedLeg{leg.market, leg.outcome, leg.worstPrice, size, lot};
}

SubmitOrder buyOrder(const PlannedLeg& leg, Quantity quantity)
{
    SubmitOrder order;
    order.market = leg.market;
    order.outcome = leg.outcome;
    order.side = OrderSide::Buy;
    order.limitPrice = leg.limit;
    order.quantity = quantity;
    order.timeInForce = TimeInForce::ImmediateOrCancel;
    return order;
}

} // namespace

Result<LegPlan> LegPlan::build(const Opportunity& opportunity, Quantity size, const LegRiskFactors& kalshi,
                               const LegRiskFactors& polymarket)
{
    if (size <= Quantity::zero()) {
        return makeError(QStringLiteral("plan.size"), QStringLiteral("a trade needs a positive size"));
    }
    PlannedLeg kalshiLeg = legOf(opportunity.kalshi, size, kalshi.lot);
    PlannedLeg polymarketLeg = legOf(opportunity.polymarket, size, polymarket.lot);

    bool kalshiFirst = false;
    if (kalshi.depthAtLimit <= Quantity::zero() || polymarket.depthAtLimit <= Quantity::zero()) {
        kalshiFirst = kalshi.depthAtLimit <= Quantity::zero();
    } else {
        // latencyK / (depthK / size) versus latencyP / (depthP / size), cross-multiplied exactly.
        const detail::MoneyInt128 kalshiRisk = detail::MoneyInt128{kalshi.latencyMs} * polymarket.depthAtLimit.hundredths();
        const detail::MoneyInt128 polymarketRisk =
            detail::MoneyInt128{polymarket.latencyMs} * kalshi.depthAtLimit.hundredths();
        kalshiFirst = kalshiRisk > polymarketRisk;
    }
    if (kalshiFirst) {
        return LegPlan(kalshiLeg, polymarketLeg);
    }
    return LegPlan(polymarketLeg, kalshiLeg);
}

SubmitOrder LegPlan::firstOrder() const
{
    return buyOrder(m_first, m_first.quantity);
}

SubmitOrder LegPlan::secondOrder(Quantity firstFilled) const
{
    Quantity quantity = std::min(firstFilled, m_second.quantity);
    const Result<Quantity> rounded = quantity.roundedTo(m_second.lot, Rounding::Down);
    quantity = rounded.ok() ? rounded.value() : Quantity::zero();
    return buyOrder(m_second, std::max(quantity, Quantity::zero()));
}

} // namespace orion
