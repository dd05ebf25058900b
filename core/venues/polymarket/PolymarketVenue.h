#pragma once

#include "crypto/PolymarketTypedData.h"
#include "crypto/Secp256k1Signer.h"
#include "venues/polymarket/PolymarketExecution.h"
#include "venues/polymarket/PolymarketMarketData.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace orion {

class PolymarketClobClient;
class PolymarketGammaClient;

// The Polymarket venue: one wallet key, the CLOB and Gamma services and the two WebSocket channels, exposed as
// Orion's MarketDataClient and ExecutionClient. (Two objects, since a QObject cannot derive from both roles.)
class PolymarketVenue final : public QObject
{
    Q_OBJECT

public:
    struct Endpoints
    {
        QUrl clob = QUrl(QStringLiteral("https://clob.polymarket.com"));
        QUrl gamma = QUrl(QStringLiteral("https://gamma-api.polymarket.com"));
        QUrl webSocket = QUrl(QStringLiteral("wss://ws-subscriptions-clob.polymarket.com")); // + /ws/market, /ws/user
        quint64 chainId = PolymarketTypedData::kPolygonChainId;
    };
    struct Tuning
    {
        int pingIntervalMs = 10'000;
        int staleAfterMs = 120'000;
        int maxTokensPerConnection = 500;
        int tradePollIntervalMs = 5'000;
        int liveTakerCheckMs = 1'000;
        int heartbeatIntervalMs = 5'000; // 0: no heartbeats (the venue's dead-man switch stays disarmed)
        BackoffOptions reconnectBackoff{1'000, 60'000};
    };

    PolymarketVenue(Endpoints endpoints, Secp256k1Signer walletKey, Tuning tuning, QObject* parent = nullptr);
    PolymarketVenue(Endpoints endpoints, Secp256k1Signer walletKey, QObject* parent = nullptr)
        : PolymarketVenue(std::move(endpoints), std::move(walletKey), Tuning{}, parent)
    {
    }
    ~PolymarketVenue() override;

    MarketDataClient& marketData() { return *m_marketData; }
    ExecutionClient& execution() { return *m_execution; }
    PolymarketClobClient& clob() { return *m_clob; }
    PolymarketGammaClient& gamma() { return *m_gamma; }
    const EthAddress& walletAddress() const { return m_key.address(); }

private:
    Secp256k1Signer m_key; // declared first: the clients hold a reference to it
    PolymarketClobClient* m_clob;
    PolymarketGammaClient* m_gamma;
    PolymarketMarketData* m_marketData;
    PolymarketExecution* m_execution;
};

} // namespace orion
