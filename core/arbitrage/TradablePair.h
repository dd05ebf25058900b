#pragma once

#include "market/Polarity.h"

#include <QString>
#include <QtGlobal>

namespace orion {

// One confirmed pair as the detector needs it. The engine fills these from the matcher's pair registry; the
// detector does not depend on matching.
struct TradablePair
{
    QString pairId;           // stable across restarts; opportunities and storage refer to it
    QString kalshiMarket;     // Kalshi market ticker
    QString polymarketMarket; // Polymarket condition id
    Polarity polarity = Polarity::Same;

    friend bool operator==(const TradablePair&, const TradablePair&) = default;
};

} // namespace orion
