#pragma once

#include "common/Result.h"
#include "crypto/PolymarketTypedData.h"
#include "crypto/Secp256k1Signer.h"
#include "net/HttpClient.h"
#include "venues/polymarket/PolymarketL2Auth.h"
#include "venues/polymarket/PolymarketOrderSigner.h"
#include "venues/polymarket/PolymarketTypes.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace orion {

// What to place: one V2 order on one token. GTC/GTD are limit orders (size x price); FOK/FAK are the venue's
// market orders: a BUY spends size x price pUSD (floored to the cent) for at least that many shares at no worse
// than `price`, a SELL sells `size` shares for at least size x price.
struct PolymarketOrderRequest
{
    QString tokenId;
    PolymarketSide side = PolymarketSide::Buy;
    Price price;
    Quantity size;
    QString orderType = QStringLiteral("GTC"); // GTC, GTD, FOK, FAK
    bool postOnly = false;
    quint64 expiration = 0; // GTD: unix seconds
    Price tickSize;
    bool negRisk = false;
};

// The CLOB REST API (reference polymarket.md 3-5) for one wallet: public market data, L1 key creation, L2
// trading. Timestamps for auth come from the server clock (GET /time). Errors carry codes the caller branches on:
// polymarket.auth (401), polymarket.rejected (400, the venue's words), polymarket.order_version_mismatch,
// polymarket.restarting (425), polymarket.rate_limited (429), polymarket.post_only_mode (503),
// polymarket.unavailable (other 503), polymarket.parse (a payload we could not read), net.* (transport).
class PolymarketClobClient final : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    // The key is not owned and must outlive the client.
    PolymarketClobClient(QUrl baseUrl, const Secp256k1Signer& key, quint64 chainId = PolymarketTypedData::kPolygonChainId,
                         QObject* parent = nullptr);
    ~PolymarketClobClient() override;

    HttpClient& http() { return *m_http; }
    // The key's address: the API key's owner (POLY_ADDRESS) and, for every type but POLY_1271, the order signer.
    const EthAddress& address() const { return m_key.address(); }
    // Whose funds orders use (the order maker, the positions' user): the key's address unless setWallet chose a
    // proxy, Safe or deposit wallet.
    const EthAddress& funder() const { return m_funder; }
    PolymarketSignatureType signatureType() const { return m_signatureType; }
    // How orders are signed, as the official clients' (signatureType, funderAddress): Eoa needs funder == address();
    // PolyProxy/PolyGnosisSafe sign with the key for that funder; Poly1271 makes the deposit wallet `funder` (owned
    // by the key) maker and signer and signs the ERC-7739 wrapper. Balance queries then carry this signature_type.
    // polymarket.order for an EOA funder that is not the key, or a proxy/safe/deposit wallet equal to the key.
    [[nodiscard]] Status setWallet(PolymarketSignatureType type, const EthAddress& funder);
    quint64 chainId() const { return m_chainId; }
    bool hasCredentials() const { return m_l2 != nullptr; }
    const PolymarketL2Auth* l2() const { return m_l2.get(); }
    void setCredentials(PolymarketApiCredentials credentials);
    qint64 badPayloads() const { return m_badPayloads; }
    int exchangeVersion() const { return m_version; }
    // Milliseconds, for order timestamps; server-corrected after syncTime().
    qint64 nowMs() const;
    // A 425 (matching engine restarting) means the order was not processed: it is re-signed and re-posted after
    // `delayMs`, at most `attempts` times.
    void setRestartRetry(int attempts, int delayMs)
    {
        m_restartAttempts = attempts;
        m_restartDelayMs = delayMs;
    }

    void syncTime(Callback<qint64> done);
    void fetchVersion(Callback<int> done);
    void getClobMarket(const QString& conditionId, Callback<PolymarketClobMarket> done);
    void getBook(const QString& tokenId, Callback<PolymarketBook> done);
    // Books of many tokens through POST /books, `booksBatchSize` per request (halved and retried when the venue
    // answers 400 "Payload exceeds the limit"). Tokens the venue has no book for are missing from the answer.
    void getBooks(const QStringList& tokenIds, Callback<QList<PolymarketBook>> done);
    void setBooksBatchSize(qsizetype size) { m_booksBatchSize = qMax<qsizetype>(1, size); }
    // POST /auth/api-key, and on refusal GET /auth/derive-api-key with the same nonce; stores the credentials.
    void createOrDeriveApiKey(quint64 nonce, Callback<bool> done);

    // Builds, signs and posts; re-reads /version and retries once on order_version_mismatch. `signedOrder` is told
    // each order hash (the venue's order id) before that order is posted, so an answer lost in transit can be looked
    // up by it (a re-post after 425 or a version mismatch is a new order with a new hash).
    using SignedCallback = std::function<void(const QString& orderHash)>;
    void placeOrder(const PolymarketOrderRequest& request, Callback<PolymarketOrderResponse> done,
                    SignedCallback signedOrder = {});
    // Builds and signs without sending (also used by the benchmark and the conformance test).
    [[nodiscard]] Result<PolymarketSignedOrder> buildSignedOrder(const PolymarketOrderRequest& request,
                                                                 int exchangeVersion) const;
    // POST /orders: up to kMaxBatchOrders orders signed and sent in one request. The answer has one entry per
    // request, in order: the venue's response, or the error for that order (a refused order: polymarket.rejected
    // with the venue's errorMsg). A failure of the whole request (transport, 4xx/5xx) is the outer error.
    static constexpr qsizetype kMaxBatchOrders = 15;
    void placeOrders(const QList<PolymarketOrderRequest>& requests,
                     Callback<QList<Result<PolymarketOrderResponse>>> done);
    // POST /v1/heartbeats with the last id ("" to start a chain); answers the id to send next. A stale id is
    // answered 400 with the current one: that id is adopted and the heartbeat re-sent once.
    void sendHeartbeat(const QString& heartbeatId, Callback<QString> done);
    // Every current position of this wallet from the Data API (/positions?user=, all pages).
    void getPositions(Callback<QList<PolymarketPosition>> done);
    // The Data API host (positions); the CLOB's base URL until set.
    void setDataApiUrl(const QUrl& url);
    void cancelOrder(const QString& orderId, Callback<PolymarketCancelResult> done);
    void cancelAll(Callback<PolymarketCancelResult> done);
    // Every page of the open orders (optionally of one market).
    void getOpenOrders(const QString& market, Callback<QList<PolymarketOpenOrder>> done);
    void getOrder(const QString& orderId, Callback<PolymarketOpenOrder> done);
    // Every page of /data/trades with these filters (id, market, after, ...).
    void getTrades(const QUrlQuery& filter, Callback<QList<PolymarketTrade>> done);
    void getBalance(Callback<Cash> done);
    // Shares of one outcome token held (CONDITIONAL balance, 6 decimals, floored to hundredths).
    void getTokenBalance(const QString& tokenId, Callback<Quantity> done);

    // The venue's error body as an Error (see the class comment for the codes).
    static Error toError(const HttpReply& reply);
    // The HTTP status of a complete answer, 0 for a transport failure.
    static int httpStatus(const HttpReply& reply);

private:
    void send(HttpRequest request, std::function<void(const HttpReply&)> done);
    void postSigned(const PolymarketOrderRequest& request, bool versionRetried, int restartRetries,
                    Callback<PolymarketOrderResponse> done, SignedCallback signedOrder);
    template <typename T>
    void collectPages(const QString& path, QUrlQuery filter, const QString& cursor, QList<T> acc,
                      std::function<Result<PolymarketPage<T>>(const QByteArray&)> parse, Callback<QList<T>> done);
    void countBad(const Error& error);
    void getBooksChunk(QStringList remaining, qsizetype chunk, QList<PolymarketBook> acc,
                       Callback<QList<PolymarketBook>> done);
    void heartbeat(const QString& heartbeatId, bool adopted, Callback<QString> done);
    void getPositionsPage(int offset, QList<PolymarketPosition> acc, Callback<QList<PolymarketPosition>> done);

    const Secp256k1Signer& m_key;
    quint64 m_chainId;
    HttpClient* m_http;
    HttpClient* m_data = nullptr; // Data API; null: the CLOB host
    qsizetype m_booksBatchSize = 100;
    std::unique_ptr<PolymarketL2Auth> m_l2;
    PolymarketSignatureType m_signatureType = PolymarketSignatureType::Eoa;
    EthAddress m_funder;
    qint64 m_clockOffsetMs = 0;
    int m_version = 0; // 0: not read yet
    qint64 m_badPayloads = 0;
    int m_restartAttempts = 2;
    int m_restartDelayMs = 1'500;
};

} // namespace orion
