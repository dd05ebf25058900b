#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "market/MarketKey.h"
#include "market/Outcome.h"

#include <QString>
#include <QtGlobal>

namespace orion {

// An opportunity's identity: assigned when it opens, kept while it changes, never reused after it closes.
using OpportunityId = quint64;

// Which side is bought on Kalshi. The Polymarket leg buys the other outcome of the event: with Polarity::Same
// that is the NO token for KalshiYes, with Polarity::Inverse the YES token. Each leg records the outcome it buys.
enum class ArbDirection : quint8 {
    KalshiYes, // YES on Kalshi + (NO, or YES if inverse) on Polymarket
    KalshiNo,  // NO on Kalshi + (YES, or NO if inverse) on Polymarket
};

// One leg: buy `outcome` on `market`, taking the asks from the best level down to worstPrice.
struct OpportunityLeg
{
    MarketKey market;
    Outcome outcome = Outcome::Yes;
    Price bestPrice;
    Price worstPrice;   // the limit price for the leg's order
    Price averagePrice; // cost / size, rounded up
    Cash cost;          // notional, each level's price x size rounded up
    Cash fee;           // as the venue charges it for this order
    int levels = 0;     // book levels the leg takes
    qint64 bookAgeMs = 0;

    friend bool operator==(const OpportunityLeg&, const OpportunityLeg&) = default;
};

// Buy `size` contracts on both legs (equal contracts, never equal dollars): one of them pays $1 per contract at
// resolution whatever happens, so payout - totalCost is locked in.
struct Opportunity
{
    OpportunityId id = 0;
    QString pairId;
    ArbDirection direction = ArbDirection::KalshiYes;
    Quantity size;
    OpportunityLeg kalshi;
    OpportunityLeg polymarket;
    Cash payout;           // size x $1
    Cash totalCost;        // both legs' cost and fees
    Cash totalFees;
    Cash lockedInProfit;   // payout - totalCost
    Cash edgePerContract;  // lockedInProfit per contract, rounded down
    qint64 openedAtMs = 0;
    qint64 updatedAtMs = 0;

    // Same trade (size, prices, cost, fees): what decides whether an update is worth an event. Ages and
    // timestamps are left out.
    bool sameTradeAs(const Opportunity& other) const;

    friend bool operator==(const Opportunity&, const Opportunity&) = default;
};

inline bool Opportunity::sameTradeAs(const Opportunity& other) const
{
    const auto legEqual = [](const OpportunityLeg& a, const OpportunityLeg& b) {
        return a.outcome == b.outcome && a.bestPrice == b.bestPrice && a.worstPrice == b.worstPrice
               && a.averagePrice == b.averagePrice && a.cost == b.cost && a.fee == b.fee && a.levels == b.levels;
    };
    return size == other.size && direction == other.direction && totalCost == other.totalCost
           && lockedInProfit == other.lockedInProfit && legEqual(kalshi, other.kalshi)
           && legEqual(polymarket, other.polymarket);
}

} // namespace orion
