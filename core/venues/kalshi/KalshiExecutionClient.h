#pragma once

#include "venues/Venue.h"
#include "venues/kalshi/KalshiPriceGrid.h"
#include "venues/kalshi/KalshiTypes.h"

#include <QHash>
#include <QMap>

#include <functional>
#include <optional>

namespace orion {

class KalshiMarketStream;
class KalshiRestClient;

// Kalshi as an ExecutionClient, on V2 orders (one YES book): buy YES at p = bid p, sell YES at p = ask p, buy NO
// at q = ask 1 - q, sell NO at q = bid 1 - q, each snapped to the market's price grid against us. Every order
// carries the journal's client order id; when the answer to a create is lost (timeout, 5xx, 409 after a retry)
// the order is looked up by that id instead of being sent again. Fills arrive live from the stream's fill
// channel (and, after the stream dropped, from REST: fills sent meanwhile are lost with it) and on request from
// REST. The REST client and the stream are shared and not owned.
class KalshiExecutionClient final : public ExecutionClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KalshiExecutionClient)

public:
    using GridLookup = std::function<KalshiPriceGrid(const QString& ticker)>;

    KalshiExecutionClient(KalshiRestClient& rest, KalshiMarketStream& stream, GridLookup grids,
                          QObject* parent = nullptr);

    VenueId venue() const override { return VenueId::Kalshi; }
    bool isConnected() const override;
    void start() override;
    void stop() override;

    void submitOrder(const SubmitOrder& command) override;
    void cancelOrder(const CancelOrder& command) override;
    void cancelAllOrders() override;
    void requestOrderStatusReports() override;
    void requestFillReports(const QDateTime& since) override;
    void requestPositionReports() override;
    void requestBalance() override;

    // Kalshi-only order changes (ExecutionClient has none), for an order this client submitted. Amend: a new
    // limit (in the order's own outcome, snapped to the grid against us like a new order) and a new TOTAL
    // quantity (filled + wanted resting); it loses time priority unless the price stays and the size does not
    // grow, and may trade at once. Decrease: shrink the resting rest to `remaining` (zero cancels), keeping
    // priority. The venue's order afterwards arrives as orderStatusReported; a failure as requestFailed.
    void amendOrder(const QString& clientOrderId, Price limitPrice, Quantity totalQuantity);
    void decreaseOrder(const QString& clientOrderId, Quantity remaining);

    // The V2 request for a command (exposed for tests and the audit trail).
    [[nodiscard]] Result<KalshiOrderRequest> toRequest(const SubmitOrder& command) const;

signals:
    // With every balanceReported: the available cash per exchange shard (exchange_index -> cash). Kalshi holds
    // collateral per shard, so an order can only use the cash on its market's shard (KalshiMarket::exchangeIndex,
    // KalshiRestClient::exchangeIndexOf); BalanceReport::available is the sum over all shards.
    void shardBalancesReported(const QMap<int, orion::Cash>& availableByShard);

private:
    struct Known
    {
        SubmitOrder command;
        QString venueOrderId;
    };
    void onStreamConnection(bool connected);
    OrderStatusReport reportFor(const KalshiOrder& order) const;
    FillReport fillFor(const KalshiFill& fill) const;
    void reportByClientOrderId(const SubmitOrder& command, const Error& cause);
    void reject(const SubmitOrder& command, const QString& reason);
    // The order this client submitted and the venue acknowledged; otherwise requestFailed(what) and nullopt.
    std::optional<Known> acknowledged(const QString& clientOrderId, const QString& what);
    void reportCurrent(const QString& venueOrderId, const QString& what);

    KalshiRestClient& m_rest;
    KalshiMarketStream& m_stream;
    GridLookup m_grids;
    QHash<QString, Known> m_byClientId;
    QHash<QString, QString> m_clientIdByVenueId;
    bool m_started = false;
    QDateTime m_disconnectedAt; // the stream dropped while started: fills are read back from REST on reconnect
};

} // namespace orion
