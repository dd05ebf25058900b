#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "net/HttpClient.h"
#include "net/RateLimiter.h"
#include "venues/kalshi/KalshiRequestSigner.h"
#include "venues/kalshi/KalshiTypes.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace orion {

// Kalshi's account tier budgets (reference section 6): tokens refilled per second; a GET costs 10, a V2 create
// 10 per order, a cancel 2 per order. Basic tier by default.
struct KalshiRateTier
{
    qint64 readPerSecond = 200;
    qint64 writePerSecond = 100;
    int readBurstSeconds = 2;
    int writeBurstSeconds = 1;
};

// The Kalshi Trade API v2 over REST: discovery (markets, events, series, with every page), order books, portfolio
// (balance, positions, fills), V2 order writes (create, cancel, batches) and order reads. Every request has a
// timeout, draws from the read or write token bucket, and is retried on transport errors, 429 and 5xx by the
// HttpClient's RetryPolicy; an order create is retried only because it carries a client_order_id that Kalshi
// deduplicates (a retry that meets the first attempt's order answers 409, never a second order). Failures arrive
// as Errors: "kalshi.auth" (401, naming the key id), "kalshi.rate_limited", "kalshi.<venue code>", "kalshi.parse",
// "net.*". Payload problems are counted in parseErrors() and logged, never a crash. Lives on its creating thread.
//
// Exchange shards (Aug 2026): every market lives on a shard (exchange_index) and collateral is held per shard.
// The client remembers each market's shard from every market it reads and the per-shard cash from the last
// GET /portfolio/balance (less the collateral of orders sent since). An order whose shard cannot fund it is
// refused locally with "kalshi.shard_collateral" naming the shard and the amounts, after one balance refresh
// to rule out stale numbers, instead of being sent. Unknown shard or no balance read yet: the venue decides.
class KalshiRestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KalshiRestClient)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;
    using Progress = std::function<void(int pages, int records)>;

    static constexpr qint64 kReadCost = 10;
    static constexpr qint64 kCreateCost = 10;
    static constexpr qint64 kCancelCost = 2;

    // baseUrl: ".../trade-api/v2". Without a signer only public endpoints work.
    KalshiRestClient(QUrl baseUrl, std::optional<KalshiRequestSigner> signer, const Clock& clock,
                     QObject* parent = nullptr);
    ~KalshiRestClient() override;

    void setRateTier(const KalshiRateTier& tier);
    void setRetryPolicy(RetryPolicy policy) { m_http->setRetryPolicy(std::move(policy)); }
    void setTimeoutMs(int ms) { m_http->setDefaultTimeoutMs(ms); }
    HttpClient& http() { return *m_http; }
    QString keyId() const { return m_signer ? m_signer->keyId() : QString(); }
    qint64 parseErrors() const { return m_parseErrors; }

    // Discovery. Filters are the API's query parameters (status, event_ticker, series_ticker, ...).
    void getMarketsPage(QUrlQuery filters, const QString& cursor, Callback<KalshiPage<KalshiMarket>> done);
    void getAllMarkets(QUrlQuery filters, Callback<QList<KalshiMarket>> done, Progress progress = {});
    void getAllEvents(QUrlQuery filters, Callback<QList<KalshiEvent>> done, Progress progress = {});
    void getMarket(const QString& ticker, Callback<KalshiMarket> done);
    void getSeries(const QString& seriesTicker, Callback<KalshiSeries> done);
    void getOrderbook(const QString& ticker, int depth, Callback<BookSnapshot> done);

    // Portfolio (signed).
    void getBalance(Callback<KalshiBalance> done);
    // Moves available cash between shards (POST /portfolio/intra_exchange_instance_transfer); the transfer id.
    // The amount must be whole centicents ($0.0001). Not retried: the API has no idempotency key for it.
    void transferBetweenShards(int fromExchangeIndex, int toExchangeIndex, Cash amount, Callback<QString> done);
    void getAllPositions(Callback<QList<KalshiPosition>> done);
    void getFills(QUrlQuery filters, Callback<QList<KalshiFill>> done);
    void getOrders(QUrlQuery filters, Callback<QList<KalshiOrder>> done);
    void getOrder(const QString& orderId, Callback<KalshiOrder> done);

    // V2 order writes.
    void createOrder(const KalshiOrderRequest& request, Callback<KalshiCreateOrderAck> done);
    void batchCreateOrders(const QList<KalshiOrderRequest>& requests, Callback<QList<KalshiBatchCreateResult>> done);
    void cancelOrder(const QString& orderId, Callback<KalshiCancelAck> done);
    void batchCancelOrders(const QStringList& orderIds, Callback<QList<KalshiBatchCancelResult>> done);
    // New price and/or total count for a resting order (the answer has the create ack's fields).
    void amendOrder(const QString& orderId, const KalshiAmendRequest& request, Callback<KalshiCreateOrderAck> done);
    // Shrinks a resting order to `remaining` contracts (zero cancels it); it keeps its time priority.
    void decreaseOrder(const QString& orderId, Quantity remaining, Callback<KalshiDecreaseAck> done);

    // Sharding.
    std::optional<int> exchangeIndexOf(const QString& ticker) const;
    void setExchangeIndex(const QString& ticker, int exchangeIndex);
    // The last balance read, with its per-shard cash less the collateral of orders sent since.
    std::optional<KalshiBalance> lastBalance() const { return m_balance; }
    // What an order locks on its shard: YES price x count for a bid, (1 - price) x count for an ask, rounded up.
    [[nodiscard]] static Result<Cash> collateralFor(const KalshiOrderRequest& order);

private:
    using BodyCallback = std::function<void(Result<QByteArray>)>;
    void send(HttpRequest request, BodyCallback done);
    Error errorFor(const HttpReply& reply) const;
    template <typename T>
    void collectPages(const QString& path, QUrlQuery filters, QString cursor, QList<T> collected, int pages,
                      std::function<Result<KalshiPage<T>>(const QByteArray&)> parse, Callback<QList<T>> done,
                      Progress progress);
    template <typename T>
    Result<T> counted(Result<T> parsed, const char* what);
    void rememberMarkets(const QList<KalshiMarket>& markets);
    // Orders (by index) that the known shard cash cannot fund, with the reason.
    QHash<int, Error> shortfalls(const QList<KalshiOrderRequest>& orders) const;
    // Calls `then` with the shortfalls, re-reading the balance first when the cached numbers show one.
    void checkCollateral(const QList<KalshiOrderRequest>& orders, std::function<void(QHash<int, Error>)> then);
    void commitCollateral(const KalshiOrderRequest& order);
    void sendCreate(const KalshiOrderRequest& order, Callback<KalshiCreateOrderAck> done);
    void sendBatchCreate(const QList<KalshiOrderRequest>& requests, Callback<QList<KalshiBatchCreateResult>> done);

    HttpClient* m_http = nullptr;
    RateLimiter m_limiter;
    std::optional<KalshiRequestSigner> m_signer;
    qint64 m_parseErrors = 0;
    QHash<QString, int> m_marketShards;
    std::optional<KalshiBalance> m_balance;
};

} // namespace orion
