#pragma once

#include "engine/EngineSnapshot.h"
#include "market/MarketKey.h"

#include <QHash>
#include <QString>

namespace orion {

// The venues' titles of the markets an engine snapshot mentions, for tables whose rows carry only a market key
// (orders, fills): the position legs' titles (from the catalogue) and the matched pairs' titles.
class MarketTitles final
{
public:
    MarketTitles() = delete;

    static QHash<MarketKey, QString> fromSnapshot(const EngineSnapshot& snapshot);
};

} // namespace orion
