#pragma once

#include "arbitrage/Opportunity.h"

#include <QtGlobal>

namespace orion {

// Why an opportunity closed, for the feed and the opportunities table.
enum class OpportunityCloseReason : quint8 {
    None,         // not a close
    Gone,         // the books no longer give a trade worth taking
    BookUnusable, // a book is stale, gapped, disconnected, crossed or has no snapshot
    FeeUnknown,   // a market's fee schedule is unknown
    PairRemoved,  // the pair is no longer tradable (rejected, delisted) or the detector's parameters changed it
};

// One change to the feed. For Closed, `opportunity` is its last state. Storage records Opened (with
// timestampMs as opened_at) and Closed (closed_at) per opportunity id.
struct OpportunityEvent
{
    enum class Kind : quint8 {
        Opened,
        Updated,
        Closed,
    };

    Kind kind = Kind::Opened;
    Opportunity opportunity;
    qint64 timestampMs = 0; // ms since the epoch, from the time passed to the detector
    OpportunityCloseReason closeReason = OpportunityCloseReason::None;
};

} // namespace orion
