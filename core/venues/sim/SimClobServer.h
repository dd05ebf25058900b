#pragma once

#include "venues/sim/SimHttpServer.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <QHostAddress>
#include <QObject>

#include <optional>

namespace orion {

// Polymarket's CLOB REST API on loopback (reference polymarket.md sections 3-5, 8), in front of a
// SimPolymarketExchange. Verifies everything itself, sharing no code with the client beyond the crypto
// primitives: L1 headers by recovering the ClobAuth signer, L2 headers by recomputing the HMAC over the exact
// path and body, and each posted order by recomputing its EIP-712 digest from the JSON and recovering the signer.
// Errors are {"error": "..."} with the venue's statuses: 400 validation, 401 auth, 404, 425 while the engine
// "restarts", 503 {"code":"post_only_mode","retry_after_seconds":N} in post-only mode; 429 via server().failNext.
class SimClobServer final : public QObject
{
    Q_OBJECT

public:
    explicit SimClobServer(SimPolymarketExchange* exchange, QObject* parent = nullptr);

    [[nodiscard]] bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const { return m_http->baseUrl(); }
    SimHttpServer& server() { return *m_http; }

    void setChainId(quint64 chainId) { m_chainId = chainId; }
    // What GET /version answers and which exchange domain version orders must be signed for (2 or 3).
    void setExchangeVersion(int version) { m_version = version; }
    // The next `count` requests of any kind answer 425 (matching engine restarting).
    void setRestarting(int count) { m_restarting = count; }
    // Non-post-only orders answer 503 post_only_mode while on.
    void setPostOnlyMode(bool on, int retryAfterSeconds = 120)
    {
        m_postOnly = on;
        m_postOnlyRetryAfter = retryAfterSeconds;
    }
    void setPageSize(int size) { m_pageSize = size; }
    // How many token ids one POST /books may ask for (more: 400 "Payload exceeds the limit").
    void setBooksLimit(qsizetype limit) { m_booksLimit = limit; }
    // Accepted clock skew of POLY_TIMESTAMP against the server clock, seconds.
    void setMaxClockSkewSeconds(qint64 seconds) { m_maxSkew = seconds; }
    int ordersAccepted() const { return m_ordersAccepted; }
    // Of those, orders signed for a POLY_1271 deposit wallet (ERC-7739 wrapper verified against its owner).
    int depositWalletOrdersAccepted() const { return m_depositWalletOrdersAccepted; }

private:
    using Handler = SimHttpServer::Handler;
    // Wraps a handler with the engine-restart fault.
    void addRoute(const QByteArray& method, const QString& pattern, Handler handler);
    // The API key of a request with valid L2 headers, or the 401 to answer.
    std::optional<SimPolymarketExchange::ApiKey> verifyL2(const SimHttpRequest& request,
                                                         SimHttpResponse* failure) const;
    // The lower-case address of a request with valid L1 headers (and its nonce), or the 401 to answer.
    std::optional<QString> verifyL1(const SimHttpRequest& request, quint64* nonce, SimHttpResponse* failure) const;
    SimHttpResponse postOrder(const SimPolymarketExchange::ApiKey& key, const QJsonObject& payload);
    QJsonObject placeOne(const SimPolymarketExchange::ApiKey& key, const QJsonObject& payload, int* status);
    SimHttpResponse book(const QString& tokenId) const;
    QJsonObject bookJson(const QString& tokenId) const;
    QJsonObject orderJson(const SimPolymarketExchange::Order& order) const;
    QJsonObject tradeJson(const SimPolymarketExchange::Trade& trade, const QString& viewer) const;
    QJsonObject cancelResult(const QString& address, const QStringList& ids);
    SimHttpResponse page(const QJsonArray& items, const QString& cursor) const;

    SimPolymarketExchange* m_exchange;
    SimHttpServer* m_http;
    quint64 m_chainId = 137;
    int m_version = 2;
    int m_restarting = 0;
    bool m_postOnly = false;
    int m_postOnlyRetryAfter = 120;
    int m_pageSize = 100;
    qsizetype m_booksLimit = 500;
    qint64 m_maxSkew = 300;
    int m_ordersAccepted = 0;
    int m_depositWalletOrdersAccepted = 0;
};

} // namespace orion
