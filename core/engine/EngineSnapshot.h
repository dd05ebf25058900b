#pragma once

#include "config/Settings.h"
#include "engine/DashboardBalance.h"
#include "engine/DashboardOpportunity.h"
#include "engine/DashboardPair.h"
#include "engine/DashboardPerformance.h"
#include "engine/DashboardPosition.h"
#include "engine/DashboardRisk.h"
#include "engine/EngineRunState.h"
#include "venues/VenueReports.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace orion {

// Everything the dashboard shows about the engine, as a value. The engine publishes one of these at most
// ~10 times a second (coalesced); the UI never reaches into engine state.
struct EngineSnapshot
{
    quint64 sequence = 0;            // increases with every published snapshot
    QDateTime takenAt;
    EngineRunState runState = EngineRunState::Initializing;
    QString haltReason;              // why the kill switch was raised
    QString lastError;               // the last refused command or failure, for the status bar
    QDateTime tradingSince;          // when the current Running period began (invalid when not running)
    quint64 cycles = 0;              // engine cycles since trading started
    int schemaVersion = 0;
    QString databasePath;
    QString configSource;            // the file the settings came from, or "embedded default"
    Settings settings;               // the active parameters (mode and auto_execute included)

    // The dashboard's panels. A list is empty both when there is nothing and when its source is not connected
    // yet: `feeds` tells which.
    DashboardFeeds feeds;
    QList<DashboardBalance> balances;          // one per venue
    QList<DashboardPosition> positions;        // open positions
    QList<DashboardOpportunity> opportunities; // open ones, and those closed in the last few seconds
    QList<OrderStatusReport> orders;           // recent orders, newest first
    QList<FillReport> fills;                   // recent fills, newest first
    QList<DashboardPair> pairs;                // matched pairs with decisions
    DashboardPerformance performance;
    DashboardCircuitBreaker circuitBreaker;
    DashboardKillReport lastKill;
};

} // namespace orion

Q_DECLARE_METATYPE(orion::EngineSnapshot)
