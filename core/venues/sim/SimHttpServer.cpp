#include "venues/sim/SimHttpServer.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace orion {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 425: return "Too Early";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

SimHttpResponse errorResponse(int status, const QByteArray& reason)
{
    return SimHttpResponse::text(status, reason + '\n');
}

} // namespace

SimHttpServer::SimHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
}

SimHttpServer::~SimHttpServer()
{
    for (auto& [socket, connection] : m_connections)
        disconnect(socket, nullptr, this, nullptr);
}

bool SimHttpServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 SimHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl SimHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    return url;
}

QString SimHttpServer::errorString() const
{
    return m_server->errorString();
}

void SimHttpServer::route(const QByteArray& method, const QString& pattern, Handler handler)
{
    m_routes.push_back(Route{method.toUpper(), pattern.split(QLatin1Char('/')), std::move(handler)});
}

void SimHttpServer::delayNext(int count, int ms)
{
    m_delayNext = {count, ms};
}

void SimHttpServer::failNext(int count, SimHttpResponse response)
{
    m_failNext = {count, std::move(response)};
}

void SimHttpServer::dropNext(int count)
{
    m_dropNext = count;
}

void SimHttpServer::sendRawNext(int count, QByteArray raw)
{
    m_rawNext = {count, std::move(raw)};
}

void SimHttpServer::clearFaults()
{
    m_delayAllMs = 0;
    m_delayNext = {};
    m_failNext = {};
    m_dropNext = 0;
    m_rawNext = {};
}

void SimHttpServer::closeAllConnections()
{
    std::vector<QTcpSocket*> sockets;
    for (const auto& [socket, connection] : m_connections)
        sockets.push_back(socket);
    for (QTcpSocket* socket : sockets)
        socket->abort(); // onDisconnected cleans up
}

void SimHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        m_connections.emplace(socket, Connection{static_cast<quint64>(m_connectionCount), {}, false, false});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    }
}

void SimHttpServer::onDisconnected(QTcpSocket* socket)
{
    disconnect(socket, nullptr, this, nullptr);
    m_connections.erase(socket);
    socket->deleteLater();
}

void SimHttpServer::onReadyRead(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->second.buffer += socket->readAll();
    processBuffer(socket);
}

void SimHttpServer::processBuffer(QTcpSocket* socket)
{
    for (;;) {
        // Looked up afresh each round: aborting a socket below removes its entry.
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->second.busy || it->second.closing)
            return;
        Connection& connection = it->second;
        SimHttpParser::Parsed parsed = SimHttpParser::parse(connection.buffer, m_limits);
        if (parsed.outcome == SimHttpParser::Outcome::Incomplete)
            return;
        if (parsed.outcome == SimHttpParser::Outcome::Invalid) {
            connection.closing = true;
            connection.buffer.clear();
            writeResponse(socket, errorResponse(parsed.errorStatus, parsed.errorReason), false);
            return;
        }
        connection.buffer.remove(0, parsed.consumed);
        parsed.request.connectionId = connection.id;
        ++m_requestCount;
        emit requestReceived(parsed.request);

        if (m_dropNext > 0) {
            --m_dropNext;
            socket->abort();
            return;
        }
        if (m_rawNext.remaining > 0) {
            --m_rawNext.remaining;
            connection.closing = true;
            socket->write(m_rawNext.value);
            socket->disconnectFromHost();
            return;
        }
        SimHttpResponse response = respond(parsed.request);
        int delay = m_delayAllMs;
        if (m_delayNext.remaining > 0) {
            --m_delayNext.remaining;
            delay = std::max(delay, m_delayNext.value);
        }
        if (delay <= 0) {
            writeResponse(socket, response, parsed.keepAlive);
            continue;
        }
        connection.busy = true;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [this, guard, response, keepAlive = parsed.keepAlive] {
            if (guard.isNull())
                return;
            auto found = m_connections.find(guard.data());
            if (found == m_connections.end())
                return;
            found->second.busy = false;
            writeResponse(guard.data(), response, keepAlive);
            processBuffer(guard.data());
        });
        return;
    }
}

SimHttpResponse SimHttpServer::respond(SimHttpRequest& request)
{
    if (m_failNext.remaining > 0) {
        --m_failNext.remaining;
        return m_failNext.value;
    }
    const QStringList segments = request.path.split(QLatin1Char('/'));
    QByteArrayList allowed;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString& pattern = route.segments[i];
            if (pattern.size() > 2 && pattern.startsWith(QLatin1Char('{')) && pattern.endsWith(QLatin1Char('}'))) {
                if (segments[i].isEmpty())
                    matches = false;
                else
                    params.insert(pattern.mid(1, pattern.size() - 2), QUrl::fromPercentEncoding(segments[i].toUtf8()));
            } else if (pattern != segments[i]) {
                matches = false;
            }
        }
        if (!matches)
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        request.params = std::move(params);
        return route.handler(request);
    }
    if (!allowed.isEmpty())
        return errorResponse(405, "Method Not Allowed").withHeader(QByteArrayLiteral("Allow"), allowed.join(", "));
    if (m_notFound)
        return m_notFound(request);
    return errorResponse(404, "Not Found");
}

void SimHttpServer::writeResponse(QTcpSocket* socket, const SimHttpResponse& response, bool keepAlive)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool haveDate = false;
    for (const auto& [name, value] : response.headers) {
        // The server owns framing: a handler cannot desynchronise the connection.
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 || name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        haveDate = haveDate || name.compare("Date", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!haveDate) {
        out += "Date: "
            + QLocale::c()
                  .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                  .toLatin1()
            + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    socket->write(out);
    if (!keepAlive) {
        if (auto it = m_connections.find(socket); it != m_connections.end())
            it->second.closing = true;
        socket->disconnectFromHost();
    }
}

} // namespace orion
