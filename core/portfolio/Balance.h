#pragma once

#include "common/Cash.h"
#include "market/VenueId.h"

#include <QDateTime>

namespace orion {

// Cash on one venue as last reported (or as the paper venue keeps it).
struct Balance
{
    VenueId venue = VenueId::Kalshi;
    Cash available;      // can fund new orders now
    Cash portfolioValue; // positions as the venue marks them, when it says
    QDateTime at;

    Cash total() const { return available + portfolioValue; }

    friend bool operator==(const Balance&, const Balance&) = default;
};

} // namespace orion
