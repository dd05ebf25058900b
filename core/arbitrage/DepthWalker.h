#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Ratio.h"
#include "market/BookLadder.h"
#include "market/FeeSchedule.h"

namespace orion {

// The rules one walk applies, from DetectorParams and both markets' order sizing.
struct WalkLimits
{
    Price thresholdSpread;
    Ratio slippageTolerance;
    Cash targetDepth;  // 0 = no cap
    Cash minTradeSize;
    Quantity lotSize = Quantity::fromHundredths(1); // > 0; the size is a multiple of it
    Quantity minSize;                               // the larger of both venues' minimum order sizes
};

struct LegFill
{
    Price bestPrice;
    Price worstPrice;
    Price averagePrice; // cost / size, rounded up
    Cash cost;          // sum over levels of price x size, each rounded up
    Cash fee;
    int levels = 0;
};

struct WalkResult
{
    Quantity size; // zero: nothing worth taking
    LegFill first;
    LegFill second;
    Cash payout;
    Cash totalCost; // both costs and both fees
    Cash totalFees;
    Cash profit;
    Cash edgePerContract; // profit per contract, rounded down

    bool isOpportunity() const { return !size.isZero(); }
};

// Buys the same number of contracts on two ask ladders whose outcomes are complementary (one of them pays $1),
// taking levels best first and charging each venue's fee as it charges it. Allocation-free.
//
// The size is the largest multiple of the lot such that
//   - every contract taken has a marginal edge of at least thresholdSpread: $1 minus the two ask prices it is
//     bought at minus both venues' unrounded fees for one contract at those prices (exact rational comparison);
//   - no level is deeper than its ladder's best ask x (1 + slippageTolerance);
//   - the total cost (both notionals and both rounded fees) is within targetDepth.
// It is an opportunity when, at that size, the order meets minSize and minTradeSize and its locked-in profit
// after all rounding is positive and at least thresholdSpread per contract; otherwise the result is empty.
class DepthWalker final
{
public:
    // Level sizes above FeeSchedule::kMaxFillHundredths are treated as that many.
    static WalkResult find(const BookLadder& first, const FeeSchedule& firstFees, const BookLadder& second,
                           const FeeSchedule& secondFees, const WalkLimits& limits);
    // Both legs filled with exactly `size` from the best level, with no limits; empty when a ladder is too thin.
    static WalkResult evaluate(const BookLadder& first, const FeeSchedule& firstFees, const BookLadder& second,
                               const FeeSchedule& secondFees, Quantity size);
};

} // namespace orion
