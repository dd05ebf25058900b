#include "matching/CatalogueMatching.h"

#include "matching/CatalogueReader.h"
#include "matching/EventMatcher.h"

namespace orion {

Result<QList<MatchResult>> matchCatalogues(const QByteArray& kalshiBytes, const QByteArray& polymarketBytes,
                                           const MatcherOptions& options)
{
    const Result<QList<CatalogueMarket>> kalshi = CatalogueReader::readKalshi(kalshiBytes);
    if (!kalshi.ok())
        return makeError(kalshi.error().code, QStringLiteral("Kalshi catalogue: ") + kalshi.error().message);
    const Result<QList<CatalogueMarket>> polymarket = CatalogueReader::readPolymarket(polymarketBytes);
    if (!polymarket.ok())
        return makeError(polymarket.error().code,
                         QStringLiteral("Polymarket catalogue: ") + polymarket.error().message);
    return EventMatcher(options).match(kalshi.value(), polymarket.value());
}

} // namespace orion
