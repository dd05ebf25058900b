#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "market/MarketKey.h"
#include "market/Outcome.h"

#include <QDateTime>
#include <QString>

namespace orion {

// Buy or sell contracts of one outcome. (Kalshi V2 expresses this as bid/ask on the YES book; Polymarket as
// BUY/SELL of the outcome's token; each client translates.)
enum class OrderSide : quint8 { Buy, Sell };

enum class TimeInForce : quint8 {
    GoodTillCancel,
    ImmediateOrCancel, // fill what is there now, cancel the rest (Polymarket FAK)
    FillOrKill,        // all now or nothing
    GoodTillDate,      // rests like GoodTillCancel until SubmitOrder::expiresAt, then the venue expires it
};

// The life of an order as Orion tracks it. `Matched` is Polymarket's MATCHED: filled but not yet settled on
// chain, provisional until Confirmed (a "ghost fill" may never confirm).
enum class OrderStatus : quint8 {
    PendingSubmit, // journalled, not yet acknowledged by the venue
    Accepted,      // resting or working at the venue
    PartiallyFilled,
    Filled,
    Canceled,      // canceled with or without partial fills (see filledQuantity)
    Rejected,      // the venue refused it (OrderRejected); our own risk refusals never reach a venue
    Expired,
};

inline bool isTerminal(OrderStatus status)
{
    return status == OrderStatus::Filled || status == OrderStatus::Canceled || status == OrderStatus::Rejected
        || status == OrderStatus::Expired;
}

// Whether a fill is final. Kalshi fills are final at once; Polymarket's are provisional until mined.
enum class SettlementState : quint8 { Provisional, Confirmed, Failed };

} // namespace orion
