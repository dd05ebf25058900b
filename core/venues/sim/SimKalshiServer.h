#pragma once

#include "common/Result.h"
#include "venues/sim/SimKalshiExchange.h"
#include "venues/sim/SimScenario.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <map>

class QTimer;

namespace orion {

class SimHttpServer;
class SimWebSocketServer;

// The Kalshi side of the venue simulator: the REST API (SimKalshiExchange on a SimHttpServer) and the WebSocket
// feed (on a SimWebSocketServer), on loopback ports. The WebSocket speaks Trade API v2: the upgrade must carry the
// KALSHI-ACCESS-* headers signed over timestamp + "GET" + "/trade-api/ws/v2" (refused with close code 1008
// otherwise); commands subscribe / unsubscribe / update_subscription (get_snapshot, add_markets, delete_markets);
// channels orderbook_delta (orderbook_snapshot then orderbook_delta, `seq` per subscription starting at 1),
// ticker, trade and fill (the connected key's own fills). Like the real server it sends a WebSocket Ping frame
// with body "heartbeat" to every client every 10 s (setHeartbeatIntervalMs). Good-till-date orders are expired
// on a 100 ms timer so their book deltas go out on time. Faults: 429 / 5xx / malformed JSON / slow REST answers,
// dropped WebSocket clients and skipped sequence numbers, from the scenario or from a test.
class SimKalshiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimKalshiServer)

public:
    static constexpr auto kWsPath = "/trade-api/ws/v2";

    explicit SimKalshiServer(SimScenario scenario = SimScenario::demo(), QObject* parent = nullptr);
    ~SimKalshiServer() override;

    // Port 0 picks a free port. Starts the scenario's random flow, if any.
    [[nodiscard]] Status listen(quint16 restPort = 0, quint16 wsPort = 0,
                                const QHostAddress& address = QHostAddress::LocalHost);
    QUrl restBaseUrl() const; // http://127.0.0.1:N/trade-api/v2
    QUrl wsUrl() const;       // ws://127.0.0.1:M/trade-api/ws/v2

    [[nodiscard]] Status registerKey(const QString& keyId, const QByteArray& publicKeyPem);

    SimKalshiExchange& exchange() { return *m_exchange; }
    SimHttpServer& http() { return *m_http; }
    SimWebSocketServer& ws() { return *m_ws; }

    // Faults, for tests (the scenario's faults apply as well).
    void fail429Next(int count);         // {"error":"too many requests"}, no Retry-After, as the real API
    void fail5xxNext(int count, int status = 503);
    void malformedJsonNext(int count);   // a 200 with truncated JSON
    void skipNextDeltas(int count);      // the next orderbook_delta messages are not sent; their seq is used up
    void dropWebSocketClients();         // TCP reset, no close frame
    // The connections open now go dead without closing (a black-holed route, a hung server): no heartbeat, no
    // feed, no replies, and nothing they send is read, so their own pings go unanswered. New connections work.
    void stallWebSocketClients();
    void setHeartbeatIntervalMs(int ms); // 0: no heartbeat pings
    int heartbeatsSent() const { return m_heartbeats; }
    int subscriptionCount() const;
    int snapshotsSent() const { return m_snapshotsSent; }
    int feedMessagesSent() const { return m_feedMessages; }

signals:
    void commandReceived(const QJsonObject& command);

private:
    struct Subscription
    {
        QString channel;
        QSet<QString> tickers; // empty: all markets (not for orderbook_delta)
        qint64 seq = 0;
        bool useYesPrice = false;
    };
    struct Client
    {
        QString accountId;
        std::map<qint64, Subscription> subscriptions; // by sid
    };

    void onClientConnected(quint64 client);
    void onClientDisconnected(quint64 client);
    void onText(quint64 client, const QString& text);
    void onLevelChanged(const QString& ticker, bool yesSide, qint64 priceMicros, qint64 deltaHundredths,
                        const QString& clientOrderId, const QString& accountId);
    void onTrade(const QJsonObject& trade);
    void onFill(const QString& accountId, const QJsonObject& fill);
    void onTickerChanged(const QString& ticker);
    void subscribe(quint64 client, qint64 id, const QJsonObject& params);
    void unsubscribe(quint64 client, qint64 id, const QJsonObject& params);
    void updateSubscription(quint64 client, qint64 id, const QJsonObject& params);
    void sendSnapshot(quint64 client, qint64 sid, Subscription& subscription, const QString& ticker);
    void sendError(quint64 client, qint64 id, int code, const QString& message);
    void send(quint64 client, const QJsonObject& message, bool feed);
    void onHttpRequest();
    void sendHeartbeats();

    SimKalshiExchange* m_exchange = nullptr;
    SimHttpServer* m_http = nullptr;
    SimWebSocketServer* m_ws = nullptr;
    QTimer* m_flowTimer = nullptr;
    QTimer* m_heartbeatTimer = nullptr;
    QTimer* m_expiryTimer = nullptr;
    QSet<quint64> m_stalledClients;
    QList<QObject*> m_stalledSockets;
    int m_heartbeats = 0;
    std::map<quint64, Client> m_clients;
    qint64 m_nextSid = 1;
    int m_skipDeltas = 0;
    int m_snapshotsSent = 0;
    int m_feedMessages = 0;
    int m_deltaCount = 0;
    int m_httpCount = 0;
    bool m_dropDone = false;
};

} // namespace orion
