#include "models/MarketTitles.h"

namespace orion {

QHash<MarketKey, QString> MarketTitles::fromSnapshot(const EngineSnapshot& snapshot)
{
    QHash<MarketKey, QString> titles;
    const auto add = [&titles](const MarketKey& market, const QString& title) {
        if (!market.id.isEmpty() && !title.isEmpty()) {
            titles.insert(market, title);
        }
    };
    for (const DashboardPair& pair : snapshot.pairs) {
        add(MarketKey { VenueId::Kalshi, pair.match.kalshiTicker }, pair.match.kalshiTitle);
        add(MarketKey { VenueId::Polymarket, pair.match.polymarketKey }, pair.match.polymarketTitle);
    }
    // The legs last: the catalogue's current titles win over those stored with the pairs.
    for (const DashboardPosition& position : snapshot.positions) {
        add(position.kalshi.market, position.kalshi.title);
        add(position.polymarket.market, position.polymarket.title);
    }
    return titles;
}

} // namespace orion
