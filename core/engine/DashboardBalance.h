#pragma once

#include "common/Cash.h"
#include "market/VenueId.h"

#include <QDateTime>
#include <QList>

namespace orion {

// One venue's money as the dashboard shows it. startOfDay is the venue's total at 00:00 UTC (or when Orion first
// saw it that day), so the change over the day is total() - startOfDay.
struct DashboardBalance
{
    VenueId venue = VenueId::Kalshi;
    Cash available;      // can fund new orders now
    Cash portfolioValue; // open positions marked by the venue
    Cash startOfDay;
    QDateTime updatedAt;

    Cash total() const { return available + portfolioValue; }
    Cash changeToday() const { return total() - startOfDay; }

    friend bool operator==(const DashboardBalance&, const DashboardBalance&) = default;
};

// A point of a money time series (balance over time, cumulative P&L).
struct DashboardPoint
{
    qint64 atMs = 0; // ms since the epoch
    Cash value;

    friend bool operator==(const DashboardPoint&, const DashboardPoint&) = default;
};

} // namespace orion
