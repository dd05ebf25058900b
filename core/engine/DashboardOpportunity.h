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

    Opportunity opportunity;
    State state = State::Opened;
    OpportunityCloseReason closeReason = OpportunityCloseReason::None;
    bool tradable = false;
    QString blockedReason; // empty when tradable
    QString title;         // the event, for people

    friend bool operator==(const DashboardOpportunity&, const DashboardOpportunity&) = default;
};

} // namespace orion
