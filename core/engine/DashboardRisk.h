#pragma once

#include "risk/TradingState.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace orion {

// The circuit breaker as the dashboard shows it: when it trips, new risk stops until a person resets it.
struct DashboardCircuitBreaker
{
    bool tripped = false;
    QString reason;
    QDateTime trippedAt;
    TradingState tradingState = TradingState::Active;

    friend bool operator==(const DashboardCircuitBreaker&, const DashboardCircuitBreaker&) = default;
};

// What the last kill did: when, why, and which open orders it cancelled (client order ids with market).
struct DashboardKillReport
{
    QDateTime at; // invalid when there was no kill since start
    QString reason;
    QStringList cancelledOrders;

    bool isValid() const { return at.isValid(); }

    friend bool operator==(const DashboardKillReport&, const DashboardKillReport&) = default;
};

// Which data sources feed the snapshot. A panel whose source is not connected says so instead of looking empty.
struct DashboardFeeds
{
    bool balances = false;
    bool positions = false;
    bool opportunities = false;
    bool orders = false;
    bool pairs = false;
    bool performance = false;
    bool circuitBreaker = false;

    friend bool operator==(const DashboardFeeds&, const DashboardFeeds&) = default;
};

} // namespace orion
