#pragma once

#include "common/Rounding.h"
#include "venues/sim/SimAccount.h"
#include "venues/sim/SimHttpRequest.h"
#include "venues/sim/SimHttpResponse.h"
#include "venues/sim/SimKalshiAuth.h"
#include "venues/sim/SimOrderMatcher.h"
#include "venues/sim/SimScenario.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace orion {

class SimHttpServer;

// The Kalshi exchange behind the simulator: markets from a scenario, one SimOrderMatcher per market, one
// SimAccount per registered key, orders, fills and settlements, answered over REST exactly as Trade API v2 does
// (paths under /trade-api/v2, dollar strings, *_fp counts, {"error":{code,message,details}} bodies, cursor
// pagination, V2 order writes on /portfolio/events/orders, deprecated_v1_order_endpoint on the legacy writes).
// Fees follow the series fee type: taker 0.07 x multiplier x C x P x (1 - P), maker 0.25x (0.5x for combo
// maker fees) on maker-fee series, accumulated per order and charged rounded up to the cent ("flat" series are
// charged as quadratic: their table is not published). Book, trade, fill and ticker changes are signalled for
// the WebSocket feed. Markets live on exchange shards (exchange_index, Aug 2026) and accounts hold cash per
// shard: an order needs collateral on its market's shard, GET /portfolio/balance reports balance_breakdown and
// honours exchange_index, and POST /portfolio/intra_exchange_instance_transfer moves cash between shards. Orders
// can be amended (new price / total count: loses time priority unless the price is unchanged and the size does
// not grow) and decreased (keeps priority); a good_till_canceled order with expiration_time is cancelled at that
// time (expireOrders(), run before every request and by SimKalshiServer's timer). Lives on one thread; everything
// is synchronous.
class SimKalshiExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimKalshiExchange)

public:
    static constexpr auto kRestPrefix = "/trade-api/v2";
    static inline const QString kMarketMakerAccount = QStringLiteral("sim-market-maker");
    static inline const QString kFlowAccount = QStringLiteral("sim-flow");

    explicit SimKalshiExchange(SimScenario scenario, QObject* parent = nullptr);
    ~SimKalshiExchange() override;

    SimKalshiAuth& auth() { return m_auth; }
    const SimScenario& scenario() const { return m_scenario; }
    // Registers the key and opens its account with the scenario's starting balance (per shard when the scenario
    // says, else all on shard 0).
    [[nodiscard]] Status registerKey(const QString& keyId, const QByteArray& publicKeyPem);
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    qint64 nowMs() const;

    void installRoutes(SimHttpServer& server);

    // Scenario and test control.
    [[nodiscard]] Status settle(const QString& ticker, bool yesWins);
    void setGhostMarket(const QString& ticker, bool ghost);
    // Another trader's order (the flow account), matched like any other. The matcher's result.
    [[nodiscard]] Result<SimOrderMatcher::OrderResult> placeFlowOrder(const QString& ticker, bool bid,
                                                                      std::int64_t priceMicros, std::int64_t hundredths,
                                                                      bool immediateOrCancel);
    // One step of random flow on every market that has it (driven by SimKalshiServer's timer or a test).
    void stepFlow();
    // Cancels resting orders whose expiration_time has passed (status canceled). Returns how many.
    int expireOrders();
    // The exchange shard a market lives on (0 for an unknown ticker).
    int exchangeIndexOf(const QString& ticker) const;
    // House liquidity of the market-maker account (a price driver re-quoting): a post-only good-till-cancelled
    // order (never trades on placement; a crossing price is refused) and its cancel. The order id, or why not.
    [[nodiscard]] Result<QString> placeMakerOrder(const QString& ticker, bool bid, std::int64_t priceMicros,
                                                  std::int64_t hundredths);
    [[nodiscard]] Status cancelMakerOrder(const QString& orderId);

    const SimAccount* account(const QString& keyId) const;
    QStringList tickers() const;
    bool hasMarket(const QString& ticker) const { return m_markets.count(ticker) > 0; }
    // YES bids and NO bids (NO prices), best last as the REST order book lists them.
    struct BookLevels
    {
        std::vector<SimOrderMatcher::Level> yes;
        std::vector<SimOrderMatcher::Level> no;
    };
    std::optional<BookLevels> bookLevels(const QString& ticker, int depth = 0) const;
    QJsonObject tickerMessage(const QString& ticker) const;

signals:
    // A change of resting size on the YES-bid ladder (yesSide) or the NO-bid ladder (NO price), for orderbook_delta.
    void levelChanged(const QString& ticker, bool yesSide, qint64 priceMicros, qint64 deltaHundredths,
                      const QString& clientOrderId, const QString& accountId);
    void tradeExecuted(const QJsonObject& trade);
    void fillExecuted(const QString& accountId, const QJsonObject& fill);
    void tickerChanged(const QString& ticker);

private:
    struct Market
    {
        SimScenarioMarket def;
        SimScenarioSeries series;
        std::unique_ptr<SimOrderMatcher> matcher;
        QString result;            // "", "yes", "no"
        std::int64_t lastPriceMicros = 0;
        std::int64_t volumeHundredths = 0;
        bool ghost = false;
    };
    struct Order
    {
        QString orderId;
        QString clientOrderId;
        QString accountId;
        QString ticker;
        bool bid = true;
        std::int64_t priceMicros = 0;
        std::int64_t initial = 0;
        std::int64_t filled = 0;
        std::int64_t remaining = 0;
        QString status = QStringLiteral("resting"); // resting | canceled | executed
        QString timeInForce;
        QString selfTrade;
        bool postOnly = false;
        bool reduceOnly = false;
        std::int64_t takerFillCost = 0;
        std::int64_t makerFillCost = 0;
        std::int64_t takerFees = 0;
        std::int64_t makerFees = 0;
        detail::MoneyInt128 feeExact = 0;       // sum of fee numerators (see feeNumerator)
        std::int64_t feeCharged = 0; // micro-dollars charged so far (whole cents)
        std::int64_t held = 0;
        std::int64_t fillValue = 0;  // sum of price x count (for the average fill price)
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        qint64 expirationMs = 0; // good-till-date: cancelled at this time; 0 = none
        int exchangeIndex = 0;
    };
    struct Transfer
    {
        QString transferId;
        QString accountId;
        int fromShard = 0;
        int toShard = 0;
        std::int64_t micros = 0;
        qint64 tsMs = 0;
    };
    struct FillRecord
    {
        QString fillId;
        QString tradeId;
        QString orderId;
        QString clientOrderId;
        QString accountId;
        QString ticker;
        bool bid = true;
        std::int64_t priceMicros = 0;
        std::int64_t hundredths = 0;
        bool isTaker = true;
        std::int64_t feeMicros = 0;
        std::int64_t postPosition = 0;
        qint64 tsMs = 0;
        int exchangeIndex = 0;
    };
    struct Settlement
    {
        QString accountId;
        QString ticker;
        QString eventTicker;
        QString result;
        std::int64_t yesCount = 0;
        std::int64_t noCount = 0;
        std::int64_t yesCost = 0;
        std::int64_t noCost = 0;
        std::int64_t revenueMicros = 0;
        qint64 tsMs = 0;
        int exchangeIndex = 0;
    };
    struct CreateOutcome
    {
        int status = 201;
        QJsonObject body;
    };

    using Handler = std::function<SimHttpResponse(const SimHttpRequest&, const QString& accountId)>;
    std::function<SimHttpResponse(const SimHttpRequest&)> authed(Handler handler, bool required);

    SimHttpResponse exchangeStatus() const;
    SimHttpResponse listSeries(const SimHttpRequest& request) const;
    SimHttpResponse getSeries(const SimHttpRequest& request) const;
    SimHttpResponse listEvents(const SimHttpRequest& request) const;
    SimHttpResponse getEvent(const SimHttpRequest& request) const;
    SimHttpResponse listMarkets(const SimHttpRequest& request) const;
    SimHttpResponse getMarket(const SimHttpRequest& request) const;
    SimHttpResponse getOrderbook(const SimHttpRequest& request) const;
    SimHttpResponse getOrderbooks(const SimHttpRequest& request) const;
    SimHttpResponse getBalance(const SimHttpRequest& request, const QString& accountId) const;
    SimHttpResponse transferCash(const SimHttpRequest& request, const QString& accountId);
    SimHttpResponse getTransfer(const SimHttpRequest& request, const QString& accountId) const;
    SimHttpResponse listTransfers(const SimHttpRequest& request, const QString& accountId) const;
    // The JSON body of a change to one of the account's own orders, and that order; or the venue's 400 / 404.
    struct OrderChange
    {
        QJsonObject body;
        Order* order = nullptr;
        std::optional<SimHttpResponse> refusal;
    };
    OrderChange orderChange(const SimHttpRequest& request, const QString& accountId);
    SimHttpResponse amendOrder(const SimHttpRequest& request, const QString& accountId);
    SimHttpResponse decreaseOrder(const SimHttpRequest& request, const QString& accountId);
    SimHttpResponse getPositions(const SimHttpRequest& request, const QString& accountId) const;
    SimHttpResponse createOrder(const SimHttpRequest& request, const QString& accountId);
    SimHttpResponse batchCreate(const SimHttpRequest& request, const QString& accountId);
    SimHttpResponse cancelOrder(const SimHttpRequest& request, const QString& accountId);
    SimHttpResponse batchCancel(const SimHttpRequest& request, const QString& accountId);
    SimHttpResponse listOrders(const SimHttpRequest& request, const QString& accountId) const;
    SimHttpResponse getOrder(const SimHttpRequest& request, const QString& accountId) const;
    SimHttpResponse listFills(const SimHttpRequest& request, const QString& accountId) const;
    SimHttpResponse listSettlements(const SimHttpRequest& request, const QString& accountId) const;

    CreateOutcome create(const QJsonObject& body, const QString& accountId);
    CreateOutcome cancel(const QString& orderId, const QString& accountId);
    void applyMatch(Market& market, Order& taker, const SimOrderMatcher::OrderResult& result);
    void emitLevelChanges(Market& market, const QString& clientOrderId, const QString& accountId);
    void releaseHold(Order& order);
    // Holds what the order's resting rest needs beyond what it already holds, if its shard has it.
    bool topUpHold(Order& order);
    QJsonObject transferJson(const Transfer& transfer) const;
    QJsonObject fillSummary(const Order& order) const; // fill_count, average_fill_price, average_fee_paid
    std::map<int, std::int64_t> startingCash() const;
    std::int64_t chargeFee(Order& order, const Market& market, std::int64_t priceMicros, std::int64_t hundredths,
                           bool maker);
    QJsonObject marketJson(const Market& market) const;
    QJsonObject eventJson(const SimScenarioEvent& event, bool withMarkets) const;
    QJsonObject seriesJson(const SimScenarioSeries& series) const;
    QJsonObject orderJson(const Order& order) const;
    QJsonObject fillJson(const FillRecord& fill) const;
    QString restStatus(const Market& market) const;
    SimAccount& accountFor(const QString& accountId);

    SimScenario m_scenario;
    SimKalshiAuth m_auth;
    std::function<qint64()> m_nowMs;
    std::map<QString, Market> m_markets;
    std::map<QString, SimAccount> m_accounts;
    std::map<QString, Order> m_orders;
    std::vector<QString> m_orderSequence;
    QHash<QString, QString> m_clientOrderIds; // account + '\n' + client order id -> order id
    std::vector<FillRecord> m_fills;
    std::vector<Settlement> m_settlements;
    std::vector<Transfer> m_transfers;
    std::int64_t m_nextOrder = 1;
    std::int64_t m_nextTrade = 1;
    quint32 m_flowState = 1;
};

} // namespace orion
