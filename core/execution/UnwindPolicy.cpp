#include "execution/UnwindPolicy.h"

#include "common/Notional.h"

#include <optional>

namespace orion {

namespace {

struct Walk
{
    Quantity taken;
    Cash notional;
    Cash fee;
    Price worst;
};

// Takes `wanted` from a best-first ladder (asks to buy, bids to sell), each level's notional rounded against us.
Walk walk(const BookLadder& ladder, Quantity wanted, const FeeSchedule& fees, bool buying)
{
    Walk result;
    FeeSchedule::Tally tally;
    for (std::size_t i = 0; i < ladder.size() && result.taken < wanted; ++i) {
        const Quantity take = std::min(ladder.sizeAt(i), wanted - result.taken);
        if (take <= Quantity::zero()) {
            continue;
        }
        const Price price = ladder.priceAt(i);
        result.notional += notional(price, take, buying ? Rounding::Up : Rounding::Down).valueOr(Cash::zero());
        fees.addTakerFill(tally, price, Quantity::fromHundredths(std::min(take.hundredths(),
                                                                          FeeSchedule::kMaxFillHundredths)));
        result.taken += take;
        result.worst = price;
    }
    result.fee = fees.takerTotal(tally);
    return result;
}

// A limit on the cent grid, `slippage` beyond the worst level taken: lower for a sale, higher for a purchase.
Price boundedLimit(Price worst, Ratio slippage, bool buying)
{
    const Cash shift = slippage.applyTo(Cash::fromPrice(worst), Rounding::Down).valueOr(Cash::zero());
    std::int64_t micros = buying ? worst.micros() + shift.micros() : worst.micros() - shift.micros();
    const RoundedValue cents = divideRounded(micros, Price::kMicrosPerCent, buying ? Rounding::Down : Rounding::Up);
    micros = cents.ok() ? cents.value * Price::kMicrosPerCent : worst.micros();
    micros = std::clamp<std::int64_t>(micros, Price::kMicrosPerCent, Price::kMicrosPerDollar - Price::kMicrosPerCent);
    // Rounding to the grid must never make the bound worse than the book price it was derived from... beyond slippage.
    if (buying && micros < worst.micros()) {
        micros = worst.micros();
    }
    if (!buying && micros > worst.micros()) {
        micros = worst.micros();
    }
    return Price::fromMicros(micros);
}

bool usable(const OrderBook* book)
{
    return book != nullptr && book->isLive() && !book->isCrossed();
}

} // namespace

RepairDecision UnwindPolicy::decide(const RepairSituation& situation, const RepairLimits& limits)
{
    RepairDecision decision;
    if (situation.excess <= Quantity::zero()) {
        decision.why = QStringLiteral("nothing to repair");
        return decision;
    }
    const Cash heldCost = notional(situation.longCostPerContract, situation.excess, Rounding::Up).valueOr(Cash::zero());
    const Cash lossBound = notional(limits.maxLossPerContract, situation.excess, Rounding::Down).valueOr(Cash::zero());

    std::optional<RepairDecision> unwind;
    if (usable(situation.longBook) && situation.longFees.isKnown()) {
        const Walk sale = walk(situation.longBook->bids(situation.longOutcome), situation.excess, situation.longFees,
                               false);
        if (sale.taken == situation.excess) {
            RepairDecision option;
            option.action = RepairDecision::Action::Unwind;
            option.expectedLoss = heldCost - (sale.notional - sale.fee);
            option.order.market = situation.longMarket;
            option.order.outcome = situation.longOutcome;
            option.order.side = OrderSide::Sell;
            option.order.limitPrice = boundedLimit(sale.worst, limits.slippage, false);
            option.order.quantity = situation.excess;
            option.order.timeInForce = TimeInForce::ImmediateOrCancel;
            option.order.reduceOnly = true;
            option.why = QStringLiteral("sell %1 back at >= %2, expected loss %3")
                             .arg(situation.excess.toString(), option.order.limitPrice.toDollarString(),
                                  option.expectedLoss.toDollarString());
            unwind = option;
        }
    }

    std::optional<RepairDecision> hedge;
    const Quantity hedgeSize = situation.excess.roundedTo(situation.shortLot, Rounding::Down).valueOr(Quantity::zero());
    if (situation.allowCompleteHedge && hedgeSize == situation.excess && usable(situation.shortBook)
        && situation.shortFees.isKnown()) {
        const Walk purchase = walk(situation.shortBook->asks(situation.shortOutcome), situation.excess,
                                   situation.shortFees, true);
        if (purchase.taken == situation.excess) {
            const Cash payout = notional(Price::one(), situation.excess, Rounding::Down).valueOr(Cash::zero());
            RepairDecision option;
            option.action = RepairDecision::Action::CompleteHedge;
            option.expectedLoss = heldCost + purchase.notional + purchase.fee - payout;
            option.order.market = situation.shortMarket;
            option.order.outcome = situation.shortOutcome;
            option.order.side = OrderSide::Buy;
            option.order.limitPrice = boundedLimit(purchase.worst, limits.slippage, true);
            option.order.quantity = situation.excess;
            option.order.timeInForce = TimeInForce::ImmediateOrCancel;
            option.why = QStringLiteral("buy %1 to complete the hedge at <= %2, expected loss %3")
                             .arg(situation.excess.toString(), option.order.limitPrice.toDollarString(),
                                  option.expectedLoss.toDollarString());
            hedge = option;
        }
    }

    std::optional<RepairDecision> best = unwind;
    if (hedge && (!best || hedge->expectedLoss < best->expectedLoss)) {
        best = hedge;
    }
    if (!best) {
        decision.why = QStringLiteral("no live book deep enough to repair %1 now").arg(situation.excess.toString());
        return decision;
    }
    if (best->expectedLoss > lossBound) {
        decision.why = QStringLiteral("the best repair (%1) would lose more than the bound %2")
                           .arg(best->why, lossBound.toDollarString());
        return decision;
    }
    return *best;
}

} // namespace orion
