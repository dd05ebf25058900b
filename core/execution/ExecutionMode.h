#pragma once

#include <QString>

namespace orion {

// engine.mode as the executor sees it. DryRun and AlertOnly never send or simulate an order (detection, records and
// alerts happen elsewhere); Paper sends to PaperVenue clients; Live to the venues. The engine maps config's
// TradingMode onto this (execution does not depend on config).
enum class ExecutionMode : quint8 {
    DryRun,
    AlertOnly,
    Paper,
    Live,
};

inline bool sendsOrders(ExecutionMode mode)
{
    return mode == ExecutionMode::Paper || mode == ExecutionMode::Live;
}

inline QString executionModeName(ExecutionMode mode)
{
    switch (mode) {
    case ExecutionMode::DryRun:
        return QStringLiteral("dry_run");
    case ExecutionMode::AlertOnly:
        return QStringLiteral("alert_only");
    case ExecutionMode::Paper:
        return QStringLiteral("paper");
    case ExecutionMode::Live:
        return QStringLiteral("live");
    }
    return QStringLiteral("dry_run");
}

} // namespace orion
