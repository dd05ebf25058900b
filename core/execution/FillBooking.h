#pragma once

#include "portfolio/Ledger.h"
#include "venues/VenueReports.h"

namespace orion {

// A confirmed venue fill as the ledger books it.
inline LedgerFill toLedgerFill(const FillReport& fill)
{
    LedgerFill booked;
    booked.market = fill.market;
    booked.outcome = fill.outcome;
    booked.isBuy = fill.side == OrderSide::Buy;
    booked.price = fill.price;
    booked.quantity = fill.quantity;
    booked.fee = fill.fee;
    booked.atMs = (fill.tsEvent.isValid() ? fill.tsEvent : fill.tsInit).toMSecsSinceEpoch();
    return booked;
}

} // namespace orion
