#pragma once

#include "market/VenueId.h"

#include <QHashFunctions>
#include <QString>

namespace orion {

// A market as the venue names it: a Kalshi ticker ("KXFED-26DEC-T4.50") or a Polymarket condition id.
struct MarketKey
{
    VenueId venue = VenueId::Kalshi;
    QString id;

    friend bool operator==(const MarketKey&, const MarketKey&) = default;
};

inline size_t qHash(const MarketKey& key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, static_cast<int>(key.venue), key.id);
}

} // namespace orion
