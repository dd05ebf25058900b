#pragma once

#include <QString>
#include <QtGlobal>

namespace orion {

// The venues Orion trades on. Used as part of a market's key and to pick a fee model.
enum class VenueId : quint8 {
    Kalshi,
    Polymarket,
};

inline QString venueName(VenueId venue)
{
    switch (venue) {
    case VenueId::Kalshi:
        return QStringLiteral("kalshi");
    case VenueId::Polymarket:
        return QStringLiteral("polymarket");
    }
    return QStringLiteral("?");
}

} // namespace orion
