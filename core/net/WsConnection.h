#pragma once

#include "net/Backoff.h"
#include "net/WsOptions.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTimer;
class QWebSocket;

namespace orion {

// One WebSocket stream that stays up: reconnects with jittered exponential backoff until close(), sends an
// application ping, and runs a data watchdog, because a venue feed can freeze while still answering pings.
// Whenever a live session ends for any reason but close(), continuityLost() fires first: consumers must drop
// the books fed by this stream and resubscribe on the next connected(). Lives on its creating thread.
class WsConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WsConnection)

public:
    enum class State { Idle, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    explicit WsConnection(WsOptions options, QObject* parent = nullptr);
    ~WsConnection() override;

    void open();  // connects now; keeps reconnecting until close()
    void close(); // no reconnect; emits disconnected() if a session was up
    // Queues a text frame; false when not connected (the message is dropped, not buffered).
    bool sendText(const QString& message);

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    const WsOptions& options() const { return m_options; }
    int reconnectCount() const { return m_reconnects; }         // sessions established after the first
    int reconnectAttempts() const { return m_reconnectAttempts; } // reconnects scheduled
    int staleCount() const { return m_staleCount; }
    int consecutiveFailures() const { return m_failures; }
    qint64 messagesReceived() const { return m_messages; }
    qint64 pingsSent() const { return m_pingsSent; }
    qint64 msSinceLastData() const;

signals:
    void connected();
    void disconnected(const QString& reason);
    void messageReceived(const QString& message);
    void binaryMessageReceived(const QByteArray& message);
    void stale(qint64 silentMs);
    void continuityLost(const QString& reason);
    void reconnectScheduled(int attempt, qint64 delayMs);
    void gaveUp(const QString& reason);

private:
    void connectNow();
    void onSocketConnected();
    void onSocketDisconnected();
    void onTextMessage(const QString& message);
    void onBinaryMessage(const QByteArray& message);
    void onPing();
    void onWatchdog();
    void onConnectTimeout();
    // Tears the current socket down; a live session ends with continuityLost + disconnected.
    void endSession(const QString& reason, bool reconnect);
    void scheduleReconnect(const QString& reason);
    void discardSocket();

    WsOptions m_options;
    Backoff m_backoff;
    State m_state = State::Idle;
    bool m_wanted = false;
    bool m_everConnected = false;
    QPointer<QWebSocket> m_socket;
    QString m_lastSocketError;
    QTimer* m_pingTimer = nullptr;
    QTimer* m_watchdogTimer = nullptr;
    QTimer* m_connectTimer = nullptr;
    QTimer* m_reconnectTimer = nullptr;
    QElapsedTimer m_lastData;
    QElapsedTimer m_lastAnything;
    int m_reconnects = 0;
    int m_reconnectAttempts = 0;
    int m_staleCount = 0;
    int m_failures = 0;
    qint64 m_messages = 0;
    qint64 m_pingsSent = 0;
};

} // namespace orion
