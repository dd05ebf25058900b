#include "arbitrage/DepthWalker.h"

#include "common/Rounding.h"

#include <algorithm>

namespace orion {

namespace {

using Int128 = detail::MoneyInt128;

constexpr Int128 kE12 = Int128{1'000'000} * 1'000'000;
constexpr Int128 kFeeScale = kE12 * kE12; // 10^FeeSchedule::kFeeRateScaleExponent
static_assert(FeeSchedule::kFeeRateScaleExponent == 24);
constexpr std::int64_t kMicrosPerHundredth = Cash::kMicrosPerDollar / Quantity::kHundredthsPerContract;

std::int64_t levelSize(const BookLadder& ladder, std::size_t i)
{
    return std::min(ladder.sizeAt(i).hundredths(), FeeSchedule::kMaxFillHundredths);
}

// price x hundredths / 100, rounded up: a level's notional.
std::int64_t notionalUp(Price price, std::int64_t hundredths)
{
    const RoundedValue value =
        multiplyDivideRounded(price.micros(), hundredths, Quantity::kHundredthsPerContract, Rounding::Up);
    Q_ASSERT(value.ok());
    return value.value;
}

// A position part-way down one ladder: the levels before `level` are taken whole, `taken` of `level`.
class LegCursor final
{
public:
    LegCursor(const BookLadder& ladder, const FeeSchedule& fees) : m_ladder(ladder), m_fees(fees) {}

    bool exhausted() const { return m_level >= m_ladder.size(); }
    Price price() const { return m_ladder.priceAt(m_level); }
    std::int64_t remaining() const { return levelSize(m_ladder, m_level) - m_taken; }
    std::int64_t taken() const { return m_total; }

    // Cost plus fee if `extra` more were taken from the current level.
    std::int64_t costWith(std::int64_t extra) const
    {
        const std::int64_t atLevel = m_taken + extra;
        if (atLevel == 0)
            return m_doneCost + m_fees.takerTotal(m_doneFees).micros();
        FeeSchedule::Tally fees = m_doneFees;
        m_fees.addTakerFill(fees, price(), Quantity::fromHundredths(atLevel));
        return m_doneCost + notionalUp(price(), atLevel) + m_fees.takerTotal(fees).micros();
    }

    void take(std::int64_t amount)
    {
        m_taken += amount;
        m_total += amount;
        if (m_taken == levelSize(m_ladder, m_level)) {
            m_doneCost += notionalUp(price(), m_taken);
            m_fees.addTakerFill(m_doneFees, price(), Quantity::fromHundredths(m_taken));
            ++m_level;
            m_taken = 0;
        }
    }

private:
    const BookLadder& m_ladder;
    const FeeSchedule& m_fees;
    std::size_t m_level = 0;
    std::int64_t m_taken = 0;
    std::int64_t m_total = 0;
    std::int64_t m_doneCost = 0;
    FeeSchedule::Tally m_doneFees;
};

// price <= best x (1 + tolerance), exactly.
bool withinSlippage(Price price, Price best, Ratio tolerance)
{
    return Int128{price.micros()} * Ratio::kPpmPerOne <= Int128{best.micros()} * (Ratio::kPpmPerOne + tolerance.ppm());
}

// Fills `size` on one ladder from the best level. False when the ladder is too thin.
bool fillLeg(const BookLadder& ladder, const FeeSchedule& fees, std::int64_t size, LegFill& fill)
{
    std::int64_t left = size;
    std::int64_t cost = 0;
    FeeSchedule::Tally tally;
    std::size_t i = 0;
    for (; i < ladder.size() && left > 0; ++i) {
        const std::int64_t take = std::min(left, levelSize(ladder, i));
        cost += notionalUp(ladder.priceAt(i), take);
        fees.addTakerFill(tally, ladder.priceAt(i), Quantity::fromHundredths(take));
        left -= take;
    }
    if (left > 0 || size <= 0)
        return false;
    fill.bestPrice = ladder.priceAt(0);
    fill.worstPrice = ladder.priceAt(i - 1);
    fill.cost = Cash::fromMicros(cost);
    fill.fee = fees.takerTotal(tally);
    fill.levels = static_cast<int>(i);
    const RoundedValue average = divideRounded(cost * Quantity::kHundredthsPerContract, size, Rounding::Up);
    fill.averagePrice = Price::fromMicros(std::min(average.value, fill.worstPrice.micros()));
    return true;
}

} // namespace

WalkResult DepthWalker::evaluate(const BookLadder& first, const FeeSchedule& firstFees, const BookLadder& second,
                                 const FeeSchedule& secondFees, Quantity size)
{
    WalkResult result;
    if (!fillLeg(first, firstFees, size.hundredths(), result.first)
        || !fillLeg(second, secondFees, size.hundredths(), result.second)) {
        return WalkResult();
    }
    result.size = size;
    result.payout = Cash::fromMicros(size.hundredths() * kMicrosPerHundredth);
    result.totalFees = result.first.fee + result.second.fee;
    result.totalCost = result.first.cost + result.second.cost + result.totalFees;
    result.profit = result.payout - result.totalCost;
    result.edgePerContract = Cash::fromMicros(
        divideRounded(result.profit.micros() * Quantity::kHundredthsPerContract, size.hundredths(), Rounding::Down)
            .value);
    return result;
}

WalkResult DepthWalker::find(const BookLadder& first, const FeeSchedule& firstFees, const BookLadder& second,
                             const FeeSchedule& secondFees, const WalkLimits& limits)
{
    Q_ASSERT(limits.lotSize.hundredths() > 0);
    if (first.isEmpty() || second.isEmpty())
        return WalkResult();
    const Price firstBest = first.priceAt(0);
    const Price secondBest = second.priceAt(0);
    const Int128 threshold = Int128{limits.thresholdSpread.micros()} * kFeeScale;
    const std::int64_t target = limits.targetDepth.micros();

    LegCursor a(first, firstFees);
    LegCursor b(second, secondFees);
    while (!a.exhausted() && !b.exhausted()) {
        const Price pa = a.price();
        const Price pb = b.price();
        if (!withinSlippage(pa, firstBest, limits.slippageTolerance)
            || !withinSlippage(pb, secondBest, limits.slippageTolerance)) {
            break;
        }
        // The edge of one more contract at these two prices, fees unrounded, in micro-dollars x 1e24.
        const Int128 marginal = Int128{Price::kMicrosPerDollar - pa.micros() - pb.micros()} * kFeeScale
                                - firstFees.takerFeePerContract(pa) - secondFees.takerFeePerContract(pb);
        if (marginal < threshold)
            break;
        const std::int64_t segment = std::min(a.remaining(), b.remaining());
        if (target > 0 && a.costWith(segment) + b.costWith(segment) > target) {
            // Costs only grow with size: the largest affordable part of this segment, by bisection.
            std::int64_t fits = 0;
            std::int64_t tooMuch = segment;
            while (tooMuch - fits > 1) {
                const std::int64_t mid = fits + (tooMuch - fits) / 2;
                if (a.costWith(mid) + b.costWith(mid) <= target)
                    fits = mid;
                else
                    tooMuch = mid;
            }
            a.take(fits);
            b.take(fits);
            break;
        }
        a.take(segment);
        b.take(segment);
    }

    const std::int64_t lot = limits.lotSize.hundredths();
    const std::int64_t size = a.taken() / lot * lot;
    if (size <= 0 || size < limits.minSize.hundredths())
        return WalkResult();
    WalkResult result = evaluate(first, firstFees, second, secondFees, Quantity::fromHundredths(size));
    const bool worthIt = result.isOpportunity() && result.totalCost >= limits.minTradeSize
                         && result.profit.micros() > 0
                         && Int128{result.profit.micros()} * Quantity::kHundredthsPerContract
                                >= Int128{limits.thresholdSpread.micros()} * size;
    return worthIt ? result : WalkResult();
}

} // namespace orion
