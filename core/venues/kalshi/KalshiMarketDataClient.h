#pragma once

#include "venues/Venue.h"
#include "venues/kalshi/KalshiPriceGrid.h"

#include <QHash>
#include <QPointer>

namespace orion {

class KalshiMarketStream;
class KalshiRestClient;

// Kalshi as a MarketDataClient: the catalogue from REST (open events with their markets, every page, plus each
// series' fee model; a series whose fees cannot be read gives FeeSchedule::unknown(), never tradable), live books
// from KalshiMarketStream. The REST client and the stream are shared with the execution client and not owned.
class KalshiMarketDataClient final : public MarketDataClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KalshiMarketDataClient)

public:
    KalshiMarketDataClient(KalshiRestClient& rest, KalshiMarketStream& stream, QObject* parent = nullptr);

    VenueId venue() const override { return VenueId::Kalshi; }
    bool isConnected() const override;
    void start() override;
    void stop() override;
    void setSubscriptions(const QList<MarketKey>& markets) override;
    void requestCatalogue() override;

    // The price grid of a market seen in the last catalogue (whole cents when unknown).
    KalshiPriceGrid priceGrid(const QString& ticker) const { return m_grids.value(ticker); }

signals:
    void catalogueProgress(int pages, int markets);

private:
    void finishCatalogue(const QList<KalshiEvent>& events);

    KalshiRestClient& m_rest;
    KalshiMarketStream& m_stream;
    QHash<QString, KalshiPriceGrid> m_grids;
    bool m_started = false;
};

} // namespace orion
