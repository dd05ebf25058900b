#pragma once

#include "market/BookDelta.h"
#include "market/BookSnapshot.h"
#include "net/WsOptions.h"
#include "venues/kalshi/KalshiRequestSigner.h"
#include "venues/kalshi/KalshiTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace orion {

class WsConnection;

// Kalshi's WebSocket (Trade API v2) for live books and the account's fills. One authenticated connection (the
// upgrade is signed over GET /trade-api/ws/v2), one orderbook_delta subscription holding every wanted market
// (use_yes_price: NO levels arrive as YES asks), and optionally a fill subscription. Kalshi numbers messages per
// subscription (`seq`, +1 each, the snapshot included): a missing number means lost updates, so every market of
// that subscription is reported in continuityLost and a fresh snapshot is requested (update_subscription
// get_snapshot); deltas of a market waiting for its snapshot are dropped. A dropped connection reconnects with
// jittered exponential backoff (WsConnection), reports continuityLost and subscribes again. Snapshots and deltas
// are passed on renumbered per market (1 at the snapshot, +1 per delta), which is what OrderBook checks.
// Heartbeat: a connection that shows no sign of life (no message, no Pong to our Ping every pingIntervalMs) for
// silentAfterMs (default 2.5 x the 10 s interval) is dropped and handled like any other drop.
// Every message is validated; a bad one is counted and logged, never applied.
class KalshiMarketStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KalshiMarketStream)

public:
    static constexpr int kHeartbeatIntervalMs = 10'000; // Kalshi's server Ping period

    // wsUrl: "wss://.../trade-api/ws/v2". options: reconnect/ping tuning (url and signer are set here).
    KalshiMarketStream(QUrl wsUrl, KalshiRequestSigner signer, WsOptions options = {}, QObject* parent = nullptr);
    ~KalshiMarketStream() override;

    void start();
    void stop();
    bool isConnected() const;
    // Keeps books for exactly these tickers.
    void setMarkets(const QStringList& tickers);
    void setFillsEnabled(bool enabled);
    QStringList markets() const { return m_markets; }

    int gapsDetected() const { return m_gaps; }
    int snapshotRequests() const { return m_snapshotRequests; }
    qint64 parseErrors() const { return m_parseErrors; }
    WsConnection& connection() { return *m_connection; }

signals:
    void connectionChanged(bool connected);
    void snapshotReceived(const QString& ticker, const orion::BookSnapshot& snapshot, qint64 tsInitMs);
    void deltaReceived(const QString& ticker, const orion::BookDelta& delta, qint64 tsInitMs);
    void continuityLost(const QStringList& tickers, const QString& reason);
    void fillReceived(const orion::KalshiFill& fill);
    void streamError(int code, const QString& message);

private:
    void onConnected();
    void onDisconnected(const QString& reason);
    void onContinuityLost(const QString& reason);
    void onMessage(const QString& text);
    void subscribeBooks(const QStringList& tickers);
    void subscribeFills();
    void requestSnapshots(const QStringList& tickers, const QString& reason);
    void sendCommand(const QString& command, const QJsonObject& params);
    void resetSession();

    WsConnection* m_connection = nullptr;
    QStringList m_markets;
    bool m_fills = false;
    qint64 m_nextCommandId = 1;
    qint64 m_bookSid = 0;
    qint64 m_bookSeq = 0;           // last seq seen on the book subscription
    bool m_bookSubscribePending = false;
    QSet<QString> m_awaitingSnapshot;
    QHash<QString, qint64> m_marketSeq; // per-market renumbering
    int m_gaps = 0;
    int m_snapshotRequests = 0;
    qint64 m_parseErrors = 0;
};

} // namespace orion
