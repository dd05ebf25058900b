#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "net/WsOptions.h"
#include "venues/kalshi/KalshiRestClient.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace orion {

class KalshiExecutionClient;
class KalshiMarketDataClient;
class KalshiMarketStream;

struct KalshiVenueConfig
{
    QUrl restBaseUrl{QStringLiteral("https://external-api.kalshi.com/trade-api/v2")};
    QUrl wsUrl{QStringLiteral("wss://external-api-ws.kalshi.com/trade-api/ws/v2")};
    QString keyId;
    KalshiRateTier tier;
    int requestTimeoutMs = 10'000;
    RetryOptions retry;
    WsOptions stream; // reconnect and ping tuning; url and signer are filled in
};

// The Kalshi venue adapter: one REST client, one WebSocket stream and the two Venue roles on top of them
// (marketData() and execution()). Built on the engine thread; the roles live as long as the venue.
class KalshiVenue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KalshiVenue)

public:
    // kalshi.auth when the key id is empty or the private key PEM is unusable (the message names the key id).
    [[nodiscard]] static Result<std::unique_ptr<KalshiVenue>> create(const KalshiVenueConfig& config,
                                                                     const SecretBytes& privateKeyPem,
                                                                     const Clock& clock, QObject* parent = nullptr);
    ~KalshiVenue() override;

    KalshiMarketDataClient& marketData() { return *m_marketData; }
    KalshiExecutionClient& execution() { return *m_execution; }
    KalshiRestClient& rest() { return *m_rest; }
    KalshiMarketStream& stream() { return *m_stream; }

private:
    explicit KalshiVenue(QObject* parent);

    KalshiRestClient* m_rest = nullptr;
    KalshiMarketStream* m_stream = nullptr;
    KalshiMarketDataClient* m_marketData = nullptr;
    KalshiExecutionClient* m_execution = nullptr;
};

} // namespace orion
