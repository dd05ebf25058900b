#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Ratio.h"
#include "market/FeeSchedule.h"
#include "market/OrderBook.h"
#include "venues/VenueCommands.h"

#include <QString>

namespace orion {

// One leg holds `excess` contracts more than the other. Either sell the excess back where it was bought (unwind)
// or buy the missing contracts on the other leg (complete the hedge).
struct RepairSituation
{
    MarketKey longMarket;   // the leg holding the excess
    Outcome longOutcome = Outcome::Yes;
    Cash longCostPerContract; // what the held excess cost per contract, fee included
    MarketKey shortMarket;  // the leg missing contracts
    Outcome shortOutcome = Outcome::No;
    Quantity excess;
    Quantity shortLot = Quantity::fromHundredths(1);
    const OrderBook* longBook = nullptr;  // null or not live: that option is not available
    FeeSchedule longFees;
    const OrderBook* shortBook = nullptr;
    FeeSchedule shortFees;
    // False when completing the hedge would blindly re-buy a missing leg: the short leg lost a ghost fill, or its
    // order's fate is not known from the venue.
    bool allowCompleteHedge = true;
};

struct RepairLimits
{
    Ratio slippage = Ratio::fromPpm(50'000); // the limit may be this much worse than the book's price
    Cash maxLossPerContract = Cash::fromMicros(200'000); // beyond this, a person decides
};

struct RepairDecision
{
    enum class Action : quint8 {
        Unwind,        // sell the excess on the long leg's venue
        CompleteHedge, // buy the missing contracts on the short leg's venue
        Wait,          // no priced way now (books unusable or too thin within the loss bound); try again later
    };

    Action action = Action::Wait;
    SubmitOrder order;  // IOC with a limit price: never an unpriced market order
    Cash expectedLoss;  // negative is a gain
    QString why;
};

// Chooses the repair that loses less, from the live books with both venues' fees, within the loss bound.
class UnwindPolicy final
{
public:
    static RepairDecision decide(const RepairSituation& situation, const RepairLimits& limits);
};

} // namespace orion
