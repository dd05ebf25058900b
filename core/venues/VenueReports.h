#pragma once

#include "venues/VenueOrderTypes.h"

#include <QList>

namespace orion {

// What a venue says about an order, a fill, a position or the account. Used for live updates and for
// reconciliation at start-up (the journal is compared with these). Every report carries venue time (tsEvent)
// and receive time (tsInit).
struct OrderStatusReport
{
    QString clientOrderId;
    QString venueOrderId;
    MarketKey market;
    Outcome outcome = Outcome::Yes;
    OrderSide side = OrderSide::Buy;
    TimeInForce timeInForce = TimeInForce::GoodTillCancel;
    QDateTime expiresAt;    // GoodTillDate orders, when the venue says (invalid otherwise)
    Price limitPrice;
    Quantity quantity;
    Quantity filledQuantity;
    Price averageFillPrice; // zero when nothing filled
    OrderStatus status = OrderStatus::PendingSubmit;
    QString reason;         // the venue's words on a rejection or cancel
    QDateTime tsEvent;
    QDateTime tsInit;
};

struct FillReport
{
    QString venueFillId;   // unique per venue: fills are stored once (UNIQUE(venue, venue_fill_id))
    QString venueOrderId;
    QString clientOrderId;
    MarketKey market;
    Outcome outcome = Outcome::Yes; // the outcome actually received (watch YES/NO cross-matches)
    OrderSide side = OrderSide::Buy;
    Price price;
    Quantity quantity;
    Cash fee;
    bool isTaker = true;
    SettlementState settlement = SettlementState::Confirmed;
    QDateTime tsEvent;
    QDateTime tsInit;
};

struct PositionReport
{
    MarketKey market;
    Outcome outcome = Outcome::Yes;
    Quantity quantity; // signed: negative = short (where the venue allows it)
    Cash cost;
    QDateTime tsEvent;
};

struct BalanceReport
{
    VenueId venue = VenueId::Kalshi;
    Cash available;      // cash that can fund new orders now
    Cash portfolioValue; // positions marked by the venue, when it says
    QDateTime tsEvent;
};

} // namespace orion
