#pragma once

#include "venues/sim/SimHttpParser.h"
#include "venues/sim/SimHttpRequest.h"
#include "venues/sim/SimHttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <deque>
#include <functional>
#include <unordered_map>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace orion {

// A small HTTP/1.1 server for the venue simulator: loopback, keep-alive, Content-Length bodies, size limits,
// malformed requests answered 400 (then the connection is closed, since its framing can no longer be trusted).
// Routes are method + path pattern with {params}; requests are answered in order per connection. Fault
// injection (delay, drop, fixed status, raw bytes) applies to the next N requests, in that order of precedence.
class SimHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)

public:
    using Handler = std::function<SimHttpResponse(const SimHttpRequest&)>;

    explicit SimHttpServer(QObject* parent = nullptr);
    ~SimHttpServer() override;

    // Port 0: the kernel picks a free port, so parallel tests never collide.
    [[nodiscard]] bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString errorString() const;

    // Pattern segments in braces capture: "/trade-api/v2/markets/{ticker}/orderbook". A path matched by a
    // pattern under another method answers 405; an unmatched path 404 (or the not-found handler).
    void route(const QByteArray& method, const QString& pattern, Handler handler);
    void setNotFoundHandler(Handler handler) { m_notFound = std::move(handler); }
    void setLimits(SimHttpLimits limits) { m_limits = limits; }

    // Fault injection.
    void setResponseDelayMs(int ms) { m_delayAllMs = ms; }            // every response, until reset to 0
    void delayNext(int count, int ms);                                 // the next `count` responses only
    void failNext(int count, SimHttpResponse response);                // answered without running the handler
    void dropNext(int count);                                          // request read, connection closed, no answer
    void sendRawNext(int count, QByteArray raw);                       // these bytes instead of a response, then close
    void clearFaults();

    int requestCount() const { return m_requestCount; }
    int connectionCount() const { return m_connectionCount; }          // accepted since start
    int openConnectionCount() const { return static_cast<int>(m_connections.size()); }
    void closeAllConnections();

signals:
    // Every complete request, before faults and handlers: what arrived on the wire.
    void requestReceived(const SimHttpRequest& request);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    struct Connection
    {
        quint64 id = 0;
        QByteArray buffer;
        bool busy = false;   // a delayed response is pending; later requests wait behind it
        bool closing = false;
    };
    template <typename T>
    struct Fault
    {
        int remaining = 0;
        T value{};
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void onDisconnected(QTcpSocket* socket);
    void processBuffer(QTcpSocket* socket);
    SimHttpResponse respond(SimHttpRequest& request);
    void writeResponse(QTcpSocket* socket, const SimHttpResponse& response, bool keepAlive);

    QTcpServer* m_server = nullptr;
    SimHttpLimits m_limits;
    std::vector<Route> m_routes;
    Handler m_notFound;
    std::unordered_map<QTcpSocket*, Connection> m_connections;
    int m_delayAllMs = 0;
    Fault<int> m_delayNext;
    Fault<SimHttpResponse> m_failNext;
    int m_dropNext = 0;
    Fault<QByteArray> m_rawNext;
    int m_requestCount = 0;
    int m_connectionCount = 0;
};

} // namespace orion
