#pragma once

#include "market/PriceLevel.h"

#include <QtGlobal>

#include <vector>

namespace orion {

// A full book as a venue sends it, in any order per ladder. Kalshi sends YES bids and NO bids; Polymarket sends
// the bids and asks of one token (pass the YES token's book: the NO token's book is its mirror). Levels given on
// both a YES ladder and the matching complemented NO ladder are summed, since they are different resting orders.
struct BookSnapshot
{
    std::vector<PriceLevel> yesBids;
    std::vector<PriceLevel> yesAsks;
    std::vector<PriceLevel> noBids;
    std::vector<PriceLevel> noAsks;
    qint64 sequence = 0; // as BookDelta::sequence; the next delta must carry sequence + 1
};

} // namespace orion
