#pragma once

#include "venues/Venue.h"
#include "venues/polymarket/PolymarketTypes.h"
#include "venues/polymarket/PolymarketUserStream.h"

#include <QHash>
#include <QSet>

class QTimer;

namespace orion {

class PolymarketClobClient;

// Polymarket as an ExecutionClient. start() syncs the clock, creates or derives the API key, reads /version and
// opens the user channel. Before the first order on a market it reads /clob-markets (tick, minimum size,
// neg-risk, fees); a market whose fee is unknown or that does not accept orders is refused locally. Orion's
// time in force maps to GTC, GTD, FAK (IOC) and FOK; a GTD order is sent with `expiration` = expiresAt + 60 s
// because the venue expires it 60 s before its expiration, and is reported Expired when it is cancelled at that
// time. An order answered `delayed` (sports taker delay) is working, never rejected nor filled, and is followed
// over the user channel and by polling until it rests, fills or dies. While any order may rest, heartbeats keep the
// venue's dead-man switch from cancelling them (the switch cancels everything if Orion goes silent). Fills are provisional while MATCHED/MINED and are polled by
// trade id until CONFIRMED or FAILED; a FAK/FOK answered `live` (nothing filled yet, a known venue quirk) is
// checked again and cancelled if it still rests. Each order is reported PendingSubmit with its hash (the venue's
// order id) before it is posted; when the answer is lost (transport failure, timeout, 5xx) the order is looked up
// by that hash, and again on every requestOrderStatusReports() until the venue knows it; it is never resent.
class PolymarketExecution final : public ExecutionClient
{
    Q_OBJECT

public:
    struct Options
    {
        PolymarketUserStream::Options userStream;
        quint64 apiKeyNonce = 0;
        int tradePollIntervalMs = 5'000;
        int liveTakerCheckMs = 1'000;
        int heartbeatIntervalMs = 5'000; // 0: never send heartbeats (the venue's switch stays disarmed)
    };

    // The client is not owned and must outlive this object.
    PolymarketExecution(PolymarketClobClient* clob, Options options, QObject* parent = nullptr);

    VenueId venue() const override { return VenueId::Polymarket; }
    bool isConnected() const override { return m_ready; }
    void start() override;
    void stop() override;

    void submitOrder(const SubmitOrder& command) override;
    void cancelOrder(const CancelOrder& command) override;
    void cancelAllOrders() override;
    void requestOrderStatusReports() override;
    void requestFillReports(const QDateTime& since) override;
    void requestPositionReports() override;
    void requestBalance() override;

    int provisionalFillCount() const { return static_cast<int>(m_provisional.size()); }
    bool heartbeatsRunning() const;
    // Whole seconds the venue needs in `expiration` for an order to rest until `expiresAt`.
    static quint64 venueExpiration(const QDateTime& expiresAt);

private:
    struct OrderInfo
    {
        SubmitOrder command;
        QString venueOrderId;
        QString tokenId;
    };

    void withMarket(const QString& conditionId, std::function<void(Result<PolymarketClobMarket>)> then);
    void place(const SubmitOrder& command, const PolymarketClobMarket& market);
    void reject(const SubmitOrder& command, const QString& reason);
    void report(const OrderInfo& info, OrderStatus status, Quantity filled, const QString& reason = {});
    void lookUp(const SubmitOrder& command, const Error& cause);
    void resolved(const PolymarketOpenOrder& order);
    void checkLiveTaker(const QString& venueOrderId);
    void onTrade(const PolymarketTrade& trade);
    void pollProvisional();
    std::optional<OrderStatusReport> statusReport(const PolymarketOpenOrder& order) const;
    QList<FillReport> fillsOf(const PolymarketTrade& trade) const;
    void track(const OrderStatusReport& report);
    void updateHeartbeats();
    void beat();
    void followDelayed(const QString& venueOrderId);
    void reportPositions(const QHash<QString, PolymarketPosition>& tokens);

    PolymarketClobClient* m_clob;
    Options m_options;
    PolymarketUserStream* m_user;
    QTimer* m_pollTimer;
    bool m_ready = false;
    int m_inFlight = 0; // order POSTs not yet answered
    QHash<QString, PolymarketClobMarket> m_markets;   // condition id -> trading parameters
    QHash<QString, OrderInfo> m_orders;               // venue order id -> ours
    QHash<QString, QString> m_venueIdByClient;        // client order id -> venue order id
    QHash<QString, SettlementState> m_fillStates;     // venue fill id -> last reported state
    QSet<QString> m_provisional;                      // trade ids not yet final
    QSet<QString> m_unresolved;                       // order hashes whose POST answer was lost
    QSet<QString> m_delayed;                          // orders in the venue's taker delay
    QSet<QString> m_working;                          // orders that may rest at the venue
    QTimer* m_heartbeatTimer;
    QString m_heartbeatId;
    bool m_heartbeatInFlight = false;
};

} // namespace orion
