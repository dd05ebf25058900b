#include "venues/polymarket/PolymarketVenue.h"

#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/polymarket/PolymarketGammaClient.h"

namespace orion {

namespace {

QUrl withPath(QUrl base, const QString& path)
{
    QString basePath = base.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    base.setPath(basePath + path);
    return base;
}

} // namespace

PolymarketVenue::PolymarketVenue(Endpoints endpoints, Secp256k1Signer walletKey, Tuning tuning, QObject* parent)
    : QObject(parent)
    , m_key(std::move(walletKey))
    , m_clob(new PolymarketClobClient(endpoints.clob, m_key, endpoints.chainId, this))
    , m_gamma(new PolymarketGammaClient(endpoints.gamma, this))
{
    PolymarketMarketStream::Options stream;
    stream.url = withPath(endpoints.webSocket, QStringLiteral("/ws/market"));
    stream.maxTokensPerConnection = tuning.maxTokensPerConnection;
    stream.pingIntervalMs = tuning.pingIntervalMs;
    stream.staleAfterMs = tuning.staleAfterMs;
    stream.reconnectBackoff = tuning.reconnectBackoff;
    m_marketData = new PolymarketMarketData(m_gamma, m_clob, stream, this);

    PolymarketExecution::Options execution;
    execution.userStream.url = withPath(endpoints.webSocket, QStringLiteral("/ws/user"));
    execution.userStream.pingIntervalMs = tuning.pingIntervalMs;
    execution.userStream.reconnectBackoff = tuning.reconnectBackoff;
    execution.tradePollIntervalMs = tuning.tradePollIntervalMs;
    execution.liveTakerCheckMs = tuning.liveTakerCheckMs;
    execution.heartbeatIntervalMs = tuning.heartbeatIntervalMs;
    // Positions come from the Data API: the real one beside the real CLOB, else the CLOB's own host (the simulator
    // serves /positions there), so a simulated session never reaches the real service. clob().setDataApiUrl overrides.
    m_clob->setDataApiUrl(endpoints.clob.host() == QStringLiteral("clob.polymarket.com")
                              ? QUrl(QStringLiteral("https://data-api.polymarket.com"))
                              : endpoints.clob);
    m_execution = new PolymarketExecution(m_clob, execution, this);
}

PolymarketVenue::~PolymarketVenue()
{
    m_execution->stop();
    m_marketData->stop();
}

} // namespace orion
