#pragma once

#include "arbitrage/OpportunityEvent.h"

#include <QString>

namespace orion {

// An opportunity as the live feed shows it: its last state, whether it is open, just changed or closed (closed
// ones linger a few seconds so the trader sees them go), and whether it could be traded now, and if not why.
struct DashboardOpportunity
{
    enum class State : quint8
    {
        Opened,
        Updated,
        Closed,
    };
    // What the engine did with it. A traded opportunity's gap can stay in the books until it closes; the feed
    // must not offer it as "tradable" again.
    enum class Execution : quint8
    {
        None,
        Executing, // a trade for it is under way
        Traded,    // its trade finished (hedged, unwound or flat)
    };

    Opportunity opportunity;
    State state = State::Opened;
    OpportunityCloseReason closeReason = OpportunityCloseReason::None;
    Execution execution = Execution::None;
    bool tradable = false;
    QString blockedReason; // empty when tradable
    QString title;         // the event, for people

    friend bool operator==(const DashboardOpportunity&, const DashboardOpportunity&) = default;
};

} // namespace orion
