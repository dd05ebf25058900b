#include "venues/kalshi/KalshiVenue.h"

#include "venues/kalshi/KalshiExecutionClient.h"
#include "venues/kalshi/KalshiMarketDataClient.h"
#include "venues/kalshi/KalshiMarketStream.h"
#include "venues/kalshi/KalshiRequestSigner.h"

namespace orion {

KalshiVenue::KalshiVenue(QObject* parent) : QObject(parent) {}

KalshiVenue::~KalshiVenue() = default;

Result<std::unique_ptr<KalshiVenue>> KalshiVenue::create(const KalshiVenueConfig& config,
                                                         const SecretBytes& privateKeyPem, const Clock& clock,
                                                         QObject* parent)
{
    auto signer = KalshiRequestSigner::fromPem(config.keyId, privateKeyPem, clock);
    if (!signer.ok())
        return signer.error();
    std::unique_ptr<KalshiVenue> venue(new KalshiVenue(parent));
    venue->m_rest = new KalshiRestClient(config.restBaseUrl, signer.value(), clock, venue.get());
    venue->m_rest->setRateTier(config.tier);
    venue->m_rest->setTimeoutMs(config.requestTimeoutMs);
    venue->m_rest->setRetryPolicy(RetryPolicy(config.retry));
    venue->m_stream = new KalshiMarketStream(config.wsUrl, signer.value(), config.stream, venue.get());
    venue->m_marketData = new KalshiMarketDataClient(*venue->m_rest, *venue->m_stream, venue.get());
    KalshiMarketDataClient* marketData = venue->m_marketData;
    venue->m_execution = new KalshiExecutionClient(
        *venue->m_rest, *venue->m_stream, [marketData](const QString& ticker) { return marketData->priceGrid(ticker); },
        venue.get());
    return venue;
}

} // namespace orion
