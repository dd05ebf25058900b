#pragma once

#include "common/Result.h"
#include "engine/VenueAccess.h"

#include <QThread>

namespace orion {

class SimDemoWorld;

// The built-in venue simulator for `orion --demo` and the default configuration (venues.environment: simulator
// with "auto" URLs): both venues listing the same events, their prices drifting and opening short arbitrage gaps,
// served on loopback ports from a thread of their own (so the dashboard and the engine never slow it down). A
// throw-away Kalshi key and Polymarket wallet are made for the session; no real account is involved.
class SimulatorHost final
{
public:
    SimulatorHost();
    ~SimulatorHost();
    Q_DISABLE_COPY_MOVE(SimulatorHost)

    // Starts the simulator and returns how to reach it, with the demo keys registered there.
    [[nodiscard]] Result<VenueAccess> start(quint32 seed = 1);

private:
    QThread m_thread;
    SimDemoWorld* m_world = nullptr; // lives on m_thread, deleted there
};

} // namespace orion
