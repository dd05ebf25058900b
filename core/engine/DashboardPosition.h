#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "market/MarketKey.h"
#include "market/Outcome.h"

#include <QDateTime>
#include <QString>

namespace orion {

// One leg of a hedged position: what is held on one venue, what it cost and what the book says it is worth.
struct DashboardPositionLeg
{
    MarketKey market;
    Outcome outcome = Outcome::Yes;
    Quantity quantity;
    Cash cost;  // fees included
    Price mark; // best bid of the held outcome; zero when the book is unknown
    QString title; // the venue's own title of the market (Polymarket: the question); empty when not listed

    friend bool operator==(const DashboardPositionLeg&, const DashboardPositionLeg&) = default;
};

// A position across both venues (the two legs of an executed opportunity).
struct DashboardPosition
{
    QString positionId;
    QString pairId;
    QString title; // the event, for people
    DashboardPositionLeg kalshi;
    DashboardPositionLeg polymarket;
    Cash cost;           // both legs
    Cash markValue;      // both legs at their marks
    Cash unrealizedPnl;  // markValue - cost
    Cash lockedInProfit; // what resolution pays minus cost
    QDateTime openedAt;
    QDateTime resolvesAt; // invalid when the venues did not say

    friend bool operator==(const DashboardPosition&, const DashboardPosition&) = default;
};

} // namespace orion
