#include "net/WsConnection.h"

#include "net/NetLogging.h"

#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <climits>

namespace orion {

WsConnection::WsConnection(WsOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_backoff(m_options.reconnectBackoff, m_options.seed)
    , m_pingTimer(new QTimer(this))
    , m_watchdogTimer(new QTimer(this))
    , m_connectTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    m_reconnectTimer->setSingleShot(true);
    m_reconnectTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pingTimer, &QTimer::timeout, this, &WsConnection::onPing);
    connect(m_watchdogTimer, &QTimer::timeout, this, &WsConnection::onWatchdog);
    connect(m_connectTimer, &QTimer::timeout, this, &WsConnection::onConnectTimeout);
    connect(m_reconnectTimer, &QTimer::timeout, this, &WsConnection::connectNow);
}

WsConnection::~WsConnection()
{
    m_wanted = false;
    discardSocket();
}

qint64 WsConnection::msSinceLastData() const
{
    return m_lastData.isValid() ? m_lastData.elapsed() : -1;
}

void WsConnection::open()
{
    m_wanted = true;
    if (m_state == State::Idle || m_state == State::WaitingToReconnect) {
        m_reconnectTimer->stop();
        connectNow();
    }
}

void WsConnection::close()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    endSession(QStringLiteral("closed by client"), false);
}

bool WsConnection::sendText(const QString& message)
{
    if (m_state != State::Connected || m_socket.isNull())
        return false;
    return m_socket->sendTextMessage(message) >= 0;
}

void WsConnection::connectNow()
{
    if (!m_wanted)
        return;
    discardSocket();
    m_state = State::Connecting;
    m_lastSocketError.clear();

    QNetworkRequest request(m_options.url);
    for (const auto& [name, value] : m_options.headers)
        request.setRawHeader(name, value);
    if (m_options.handshakeSigner) {
        const Result<HttpHeaders> signedHeaders = m_options.handshakeSigner();
        if (!signedHeaders.ok()) {
            m_state = State::Idle;
            scheduleReconnect(QStringLiteral("handshake signing failed: ") + signedHeaders.error().toString());
            return;
        }
        for (const auto& [name, value] : *signedHeaders)
            request.setRawHeader(name, value);
    }

    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &WsConnection::onSocketConnected);
    connect(socket, &QWebSocket::disconnected, this, &WsConnection::onSocketDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &WsConnection::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &WsConnection::onBinaryMessage);
    connect(socket, &QWebSocket::pong, this, [this] { m_lastAnything.start(); });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, // errorOccurred from Qt 6.5
            [this, socket](QAbstractSocket::SocketError) { m_lastSocketError = socket->errorString(); });
    if (m_options.connectTimeoutMs > 0)
        m_connectTimer->start(m_options.connectTimeoutMs);
    qCDebug(lcNet) << "ws connecting to" << m_options.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    socket->open(request);
}

void WsConnection::onSocketConnected()
{
    if (sender() != m_socket.data())
        return;
    m_connectTimer->stop();
    m_state = State::Connected;
    if (m_everConnected)
        ++m_reconnects;
    m_everConnected = true;
    m_lastData.start();
    m_lastAnything.start();
    if ((!m_options.pingText.isEmpty() || m_options.controlPing) && m_options.pingIntervalMs > 0)
        m_pingTimer->start(m_options.pingIntervalMs);
    const int watched = std::min(m_options.staleAfterMs > 0 ? m_options.staleAfterMs : INT_MAX,
                                 m_options.silentAfterMs > 0 ? m_options.silentAfterMs : INT_MAX);
    if (watched != INT_MAX) {
        // Check often enough that staleness is noticed within about a fifth of the bound.
        m_watchdogTimer->start(std::clamp(watched / 5, 5, 1000));
    }
    qCInfo(lcNet) << "ws connected to" << m_options.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    emit connected();
}

void WsConnection::onSocketDisconnected()
{
    if (sender() != m_socket.data())
        return;
    QString reason = QStringLiteral("connection closed (code %1").arg(static_cast<int>(m_socket->closeCode()));
    if (!m_socket->closeReason().isEmpty())
        reason += QStringLiteral(", ") + m_socket->closeReason();
    reason += QLatin1Char(')');
    // The error signal may come after disconnected, so ask the socket as well.
    const QString socketError =
        m_socket->error() != QAbstractSocket::UnknownSocketError ? m_socket->errorString() : m_lastSocketError;
    if (!socketError.isEmpty())
        reason += QStringLiteral(": ") + socketError;
    endSession(reason, true);
}

void WsConnection::onTextMessage(const QString& message)
{
    m_lastAnything.start();
    if (!m_options.pongText.isEmpty() && message == m_options.pongText)
        return;
    m_lastData.start();
    ++m_messages;
    m_failures = 0; // data flows again: the next failure starts the backoff from the bottom
    emit messageReceived(message);
}

void WsConnection::onBinaryMessage(const QByteArray& message)
{
    m_lastAnything.start();
    m_lastData.start();
    ++m_messages;
    m_failures = 0;
    emit binaryMessageReceived(message);
}

void WsConnection::onPing()
{
    if (m_state != State::Connected || m_socket.isNull())
        return;
    if (!m_options.pingText.isEmpty())
        m_socket->sendTextMessage(m_options.pingText);
    if (m_options.controlPing)
        m_socket->ping();
    ++m_pingsSent;
}

void WsConnection::onWatchdog()
{
    if (m_state != State::Connected)
        return;
    if (m_options.staleAfterMs > 0 && m_lastData.elapsed() >= m_options.staleAfterMs) {
        const qint64 silent = m_lastData.elapsed();
        ++m_staleCount;
        qCWarning(lcNet) << "ws stream stale: no data for" << silent << "ms; reconnecting";
        emit stale(silent);
        endSession(QStringLiteral("stale: no data for %1 ms").arg(silent), true);
        return;
    }
    if (m_options.silentAfterMs > 0 && m_lastAnything.elapsed() >= m_options.silentAfterMs) {
        qCWarning(lcNet) << "ws connection silent for" << m_lastAnything.elapsed() << "ms; reconnecting";
        endSession(QStringLiteral("silent: nothing received for %1 ms").arg(m_lastAnything.elapsed()), true);
    }
}

void WsConnection::onConnectTimeout()
{
    if (m_state != State::Connecting)
        return;
    endSession(QStringLiteral("connect timed out after %1 ms").arg(m_options.connectTimeoutMs), true);
}

void WsConnection::discardSocket()
{
    m_connectTimer->stop();
    m_pingTimer->stop();
    m_watchdogTimer->stop();
    if (m_socket.isNull())
        return;
    QWebSocket* socket = m_socket.data();
    m_socket.clear();
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater(); // we may be inside one of its signals
}

void WsConnection::endSession(const QString& reason, bool reconnect)
{
    const bool wasLive = m_state == State::Connected;
    discardSocket();
    m_state = State::Idle;
    if (wasLive) {
        qCInfo(lcNet) << "ws session ended:" << reason;
        if (reconnect)
            emit continuityLost(reason);
        emit disconnected(reason);
    }
    if (reconnect && m_wanted)
        scheduleReconnect(reason);
}

void WsConnection::scheduleReconnect(const QString& reason)
{
    ++m_failures;
    if (m_options.maxReconnectAttempts > 0 && m_failures > m_options.maxReconnectAttempts) {
        m_wanted = false;
        m_state = State::Idle;
        qCWarning(lcNet) << "ws giving up after" << m_options.maxReconnectAttempts << "attempts:" << reason;
        emit gaveUp(reason);
        return;
    }
    const qint64 delay = m_backoff.delayMs(m_failures - 1);
    ++m_reconnectAttempts;
    m_state = State::WaitingToReconnect;
    qCDebug(lcNet) << "ws reconnect" << m_failures << "in" << delay << "ms:" << reason;
    emit reconnectScheduled(m_failures, delay);
    if (m_state == State::WaitingToReconnect && m_wanted) // a slot may have called close() or open()
        m_reconnectTimer->start(static_cast<int>(delay));
}

} // namespace orion
