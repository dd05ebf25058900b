#pragma once

#include <QString>

namespace orion {

// The engine's lifecycle as the user sees it on the status indicator.
enum class EngineRunState
{
    Initializing, // opening the database, reconciling
    Stopped,      // ready, not trading
    Running,      // trading loop active in the selected mode
    Halted,       // kill switch raised: nothing is sent until a person resets it
    Failed,       // could not initialise (database unreadable, newer schema …): see lastError
    ShutDown,     // closed for good
};

inline QString runStateName(EngineRunState state)
{
    switch (state) {
    case EngineRunState::Initializing:
        return QStringLiteral("initializing");
    case EngineRunState::Stopped:
        return QStringLiteral("stopped");
    case EngineRunState::Running:
        return QStringLiteral("running");
    case EngineRunState::Halted:
        return QStringLiteral("halted");
    case EngineRunState::Failed:
        return QStringLiteral("failed");
    case EngineRunState::ShutDown:
        return QStringLiteral("shut down");
    }
    return QStringLiteral("failed");
}

} // namespace orion
