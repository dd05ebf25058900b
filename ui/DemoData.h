#pragma once

#include "engine/EngineSnapshot.h"

namespace orion {

// A believable trading day, for screenshots, the UI benchmark and trying the dashboard without venues: balances,
// hedged positions, an opportunity feed (some tradable, some blocked, some closing), orders, fills, pairs to
// review, performance with history and log-worthy states. Deterministic for a given `variant`.
class DemoData final
{
public:
    DemoData() = delete;

    static EngineSnapshot snapshot(
        const Settings& settings, const QDateTime& now, int opportunityCount = 40, int variant = 0);
    // The demo's opportunities alone (ids 1..count), for feeding the feed many times a second.
    static QList<DashboardOpportunity> opportunities(int count, int variant, qint64 nowMs);
};

} // namespace orion
