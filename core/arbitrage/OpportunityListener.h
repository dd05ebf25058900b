#pragma once

#include "arbitrage/OpportunityEvent.h"

namespace orion {

// Receives the detector's feed synchronously, on the detector's thread. Implementations must be quick: they run
// inside the book update that caused the event. OpportunityFeed turns the calls into Qt signals.
class OpportunityListener
{
public:
    virtual ~OpportunityListener() = default;
    virtual void opportunityChanged(const OpportunityEvent& event) = 0;
};

} // namespace orion
