#pragma once

#include "venues/Venue.h"
#include "venues/polymarket/PolymarketMarketStream.h"

#include <QHash>

namespace orion {

class PolymarketClobClient;
class PolymarketGammaClient;

// Polymarket as a MarketDataClient: the catalogue from Gamma (every keyset page of open markets), live books of
// the subscribed markets from the market channel. Only the YES token is streamed: Orion's book of a market is the
// YES token's book (the NO token's is its mirror). Unknown markets are resolved through /clob-markets first.
class PolymarketMarketData final : public MarketDataClient
{
    Q_OBJECT

public:
    // The clients are not owned and must outlive this object.
    PolymarketMarketData(PolymarketGammaClient* gamma, PolymarketClobClient* clob,
                         PolymarketMarketStream::Options streamOptions, QObject* parent = nullptr);

    VenueId venue() const override { return VenueId::Polymarket; }
    bool isConnected() const override;
    void start() override;
    void stop() override;
    void setSubscriptions(const QList<MarketKey>& markets) override;
    void requestCatalogue() override;

    PolymarketMarketStream& stream() { return *m_stream; }
    QString yesTokenOf(const QString& conditionId) const { return m_yesToken.value(conditionId); }

private:
    void applySubscriptions();
    void onBook(const PolymarketBook& book);
    void onLevel(const QString& tokenId, bool bid, Price price, Quantity size, qint64 timestampMs);
    void onContinuityLost(const QStringList& tokenIds, const QString& reason);

    PolymarketGammaClient* m_gamma;
    PolymarketClobClient* m_clob;
    PolymarketMarketStream* m_stream;
    QHash<QString, QString> m_yesToken;  // condition id -> YES token id
    QHash<QString, QString> m_condition; // YES token id -> condition id
    QList<MarketKey> m_subscriptions;
    bool m_started = false;
};

} // namespace orion
