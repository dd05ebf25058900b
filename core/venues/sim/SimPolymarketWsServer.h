#pragma once

#include "venues/sim/SimPolymarketExchange.h"
#include "venues/sim/SimWebSocketServer.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace orion {

// Polymarket's WebSocket channels on loopback (reference polymarket.md section 6), one server for both paths:
// /ws/market: {"assets_ids":[...],"type":"market"} subscribes (a `book` snapshot per asset when initial_dump is
//   not false), {"operation":"subscribe"|"unsubscribe","assets_ids":[...]} changes it; then price_change,
//   last_trade_price and tick_size_change events as the exchange changes. At most maxAssetsPerConnection assets
//   per connection (further subscribe messages are ignored beyond it).
// /ws/user: {"auth":{apiKey,secret,passphrase},"type":"user","markets":[...]} then `order` and `trade` events
//   of that key's wallet; bad credentials close the socket.
// Text "PING" is answered "PONG", also on a frozen client (server().freeze), as on the real feed.
class SimPolymarketWsServer final : public QObject
{
    Q_OBJECT

public:
    explicit SimPolymarketWsServer(SimPolymarketExchange* exchange, QObject* parent = nullptr);

    [[nodiscard]] bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const { return m_ws->url(); }
    SimWebSocketServer& server() { return *m_ws; }
    void setMaxAssetsPerConnection(int count) { m_maxAssets = count; }
    // Clients subscribed to the market channel / authenticated on the user channel.
    int marketClientCount() const;
    int userClientCount() const;

private:
    struct Client
    {
        bool user = false;
        QSet<QString> assets;
        QString address;
        QSet<QString> markets; // user channel filter; empty = all
    };

    void onText(SimWebSocketServer::ClientId id, const QString& message);
    void sendBook(SimWebSocketServer::ClientId id, const QString& assetId);
    void onLevel(const QString& conditionId, const QString& assetId, bool bid, std::int64_t priceMicros,
                 std::int64_t sizeHundredths);
    void onTrade(const QString& conditionId, const QString& assetId, std::int64_t priceMicros,
                 std::int64_t sizeHundredths, bool takerBuy);
    void onTick(const QString& conditionId, std::int64_t oldTick, std::int64_t newTick);
    void onOrder(const QString& address, const QString& orderId, const QString& type);
    void onTradeEvent(const QString& address, const QString& tradeId);
    void toAssetSubscribers(const QString& assetId, const QJsonObject& event);

    SimPolymarketExchange* m_exchange;
    SimWebSocketServer* m_ws;
    QHash<SimWebSocketServer::ClientId, Client> m_clients;
    int m_maxAssets = 500;
};

} // namespace orion
