#pragma once

#include "market/MarketKey.h"
#include "market/Outcome.h"

#include <QString>

namespace orion {

// "yes" or "no", as the database and the reports spell an outcome.
inline QString outcomeName(Outcome outcome)
{
    return outcome == Outcome::Yes ? QStringLiteral("yes") : QStringLiteral("no");
}

// How a held outcome is keyed wherever marks travel (engine -> LedgerRepository -> report):
// "<venue>/<market id>/<outcome>", e.g. "kalshi/KXFED-26DEC-T4.50/yes" or "polymarket/0xabc.../no".
inline QString positionKey(const MarketKey& market, Outcome outcome)
{
    return venueName(market.venue) + QLatin1Char('/') + market.id + QLatin1Char('/') + outcomeName(outcome);
}

} // namespace orion
