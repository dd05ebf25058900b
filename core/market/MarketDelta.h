#pragma once

#include "market/BookDelta.h"
#include "market/MarketHandle.h"

namespace orion {

// One book delta addressed to its market: the element of a burst (a venue frame that carries several changes, or
// the deltas queued while the engine was busy) that Detector::applyDeltas takes at once.
struct MarketDelta
{
    MarketHandle market;
    BookDelta delta;
};

} // namespace orion
