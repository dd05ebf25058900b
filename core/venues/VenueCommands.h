#pragma once

#include "venues/VenueOrderTypes.h"

namespace orion {

// Commands to a venue (imperative names). Every order carries a client order id derived from the journal entry,
// so a retry or a restart can never place it twice, and every order carries a limit price: there are no
// unpriced market orders in Orion.
struct SubmitOrder
{
    QString clientOrderId;
    MarketKey market;       // Kalshi ticker, or Polymarket condition id (the client maps outcome -> token id)
    Outcome outcome = Outcome::Yes;
    OrderSide side = OrderSide::Buy;
    Price limitPrice;       // worst acceptable price per contract of `outcome`
    Quantity quantity;
    TimeInForce timeInForce = TimeInForce::FillOrKill;
    QDateTime expiresAt;    // GoodTillDate only: when the venue expires the order (invalid = no expiry)
    bool postOnly = false;
    bool reduceOnly = false;
};

struct CancelOrder
{
    QString clientOrderId;
    QString venueOrderId; // empty when the venue never acknowledged the order
    MarketKey market;
};

} // namespace orion
