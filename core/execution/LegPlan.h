#pragma once

#include "arbitrage/Opportunity.h"
#include "common/Result.h"
#include "execution/Journal.h"
#include "venues/VenueCommands.h"

namespace orion {

// How likely a leg is to fail: the depth its book offers at the leg's limit and how slow its venue answers.
struct LegRiskFactors
{
    Quantity depthAtLimit;
    int latencyMs = 0;
    Quantity lot = Quantity::fromHundredths(1);
};

// The order of the two legs. The leg more likely to fail goes first as immediate-or-cancel (a failure then costs
// nothing); the second leg is sized to what the first actually filled, rounded down to its lot.
class LegPlan final
{
public:
    // Failure risk ~ latency / (depth / size): the leg with the larger latency x (other depth) goes first; a leg
    // with no depth at its limit always goes first. plan.size when size is not positive.
    [[nodiscard]] static Result<LegPlan> build(const Opportunity& opportunity, Quantity size,
                                               const LegRiskFactors& kalshi, const LegRiskFactors& polymarket);
    // From the legs journalled with a trade (recovery).
    LegPlan(PlannedLeg first, PlannedLeg second) : m_first(std::move(first)), m_second(std::move(second)) {}

    const PlannedLeg& first() const { return m_first; }
    const PlannedLeg& second() const { return m_second; }

    // The first leg's order: buy, IOC, at its limit.
    SubmitOrder firstOrder() const;
    // The second leg's order for what the first filled: never more, a multiple of the second lot (may be zero).
    SubmitOrder secondOrder(Quantity firstFilled) const;

private:
    PlannedLeg m_first;
    PlannedLeg m_second;
};

} // namespace orion
