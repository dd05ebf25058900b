#pragma once

#include <QString>
#include <QtGlobal>

namespace orion {

// Whether YES on the Kalshi market means the same outcome as YES on the Polymarket market ("Fed cuts" / "Fed
// cuts") or the opposite ("Fed cuts" / "Fed holds"): for an Inverse pair, Polymarket YES is Kalshi NO.
enum class Polarity : quint8 {
    Same,
    Inverse,
};

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
