#include "venues/sim/SimWebSocketServer.h"

#include <QWebSocket>
#include <QWebSocketServer>

#include <vector>

namespace orion {

SimWebSocketServer::SimWebSocketServer(QObject* parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("orion-sim"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &SimWebSocketServer::onNewConnection);
}

SimWebSocketServer::~SimWebSocketServer()
{
    for (auto& [id, client] : m_clients)
        disconnect(client.socket, nullptr, this, nullptr);
}

bool SimWebSocketServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server->listen(address, port))
        return false;
    m_address = address;
    m_port = m_server->serverPort();
    return true;
}

bool SimWebSocketServer::setAcceptingConnections(bool accepting)
{
    if (!accepting) {
        m_server->close();
        return true;
    }
    return m_server->isListening() || m_server->listen(m_address, m_port);
}

quint16 SimWebSocketServer::port() const
{
    return m_port;
}

QUrl SimWebSocketServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

QString SimWebSocketServer::errorString() const
{
    return m_server->errorString();
}

void SimWebSocketServer::setTextPingReply(QString ping, QString pong)
{
    m_pingText = std::move(ping);
    m_pongText = std::move(pong);
}

QList<SimWebSocketServer::ClientId> SimWebSocketServer::clientIds() const
{
    QList<ClientId> ids;
    for (const auto& [id, client] : m_clients)
        ids.append(id);
    return ids;
}

QNetworkRequest SimWebSocketServer::upgradeRequest(ClientId client) const
{
    auto it = m_clients.find(client);
    return it == m_clients.end() ? QNetworkRequest() : it->second.request;
}

QByteArray SimWebSocketServer::upgradeHeader(ClientId client, const QByteArray& name) const
{
    auto it = m_clients.find(client);
    if (it == m_clients.end())
        return {};
    // QNetworkRequest::rawHeader is case-sensitive; HTTP header names are not.
    for (const QByteArray& key : it->second.request.rawHeaderList()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return it->second.request.rawHeader(key);
    }
    return {};
}

void SimWebSocketServer::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        ++m_accepted;
        if (m_authenticator) {
            const QString refusal = m_authenticator(socket->request());
            if (!refusal.isEmpty()) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, refusal);
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
                continue;
            }
        }
        const ClientId id = m_nextId++;
        m_clients.emplace(id, Client{socket, socket->request(), false, 0});
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, id](const QString& message) { onTextMessage(id, message); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, id](const QByteArray& message) { emit binaryMessageReceived(id, message); });
        connect(socket, &QWebSocket::disconnected, this, [this, id] { onClientDisconnected(id); });
        emit clientConnected(id);
    }
}

void SimWebSocketServer::onTextMessage(ClientId client, const QString& message)
{
    auto it = m_clients.find(client);
    if (it == m_clients.end())
        return;
    if (!m_pingText.isEmpty() && message == m_pingText) {
        ++it->second.textPings;
        ++m_totalTextPings;
        it->second.socket->sendTextMessage(m_pongText);
        return;
    }
    emit textMessageReceived(client, message);
}

void SimWebSocketServer::onClientDisconnected(ClientId client)
{
    auto it = m_clients.find(client);
    if (it == m_clients.end())
        return;
    QWebSocket* socket = it->second.socket;
    m_clients.erase(it);
    disconnect(socket, nullptr, this, nullptr);
    socket->deleteLater();
    emit clientDisconnected(client);
}

bool SimWebSocketServer::sendText(ClientId client, const QString& message)
{
    auto it = m_clients.find(client);
    if (it == m_clients.end() || it->second.frozen)
        return false;
    return it->second.socket->sendTextMessage(message) >= 0;
}

bool SimWebSocketServer::sendBinary(ClientId client, const QByteArray& message)
{
    auto it = m_clients.find(client);
    if (it == m_clients.end() || it->second.frozen)
        return false;
    return it->second.socket->sendBinaryMessage(message) >= 0;
}

int SimWebSocketServer::broadcastText(const QString& message)
{
    int sent = 0;
    for (auto& [id, client] : m_clients) {
        if (!client.frozen && client.socket->sendTextMessage(message) >= 0)
            ++sent;
    }
    return sent;
}

void SimWebSocketServer::freeze(ClientId client, bool frozen)
{
    auto it = m_clients.find(client);
    if (it != m_clients.end())
        it->second.frozen = frozen;
}

bool SimWebSocketServer::isFrozen(ClientId client) const
{
    auto it = m_clients.find(client);
    return it != m_clients.end() && it->second.frozen;
}

void SimWebSocketServer::drop(ClientId client)
{
    auto it = m_clients.find(client);
    if (it != m_clients.end())
        it->second.socket->abort(); // disconnected() follows and cleans up
}

void SimWebSocketServer::closeClient(ClientId client, QWebSocketProtocol::CloseCode code, const QString& reason)
{
    auto it = m_clients.find(client);
    if (it != m_clients.end())
        it->second.socket->close(code, reason);
}

void SimWebSocketServer::dropAll()
{
    std::vector<ClientId> ids;
    for (const auto& [id, client] : m_clients)
        ids.push_back(id);
    for (ClientId id : ids)
        drop(id);
}

int SimWebSocketServer::textPingsReceived(ClientId client) const
{
    auto it = m_clients.find(client);
    return it == m_clients.end() ? 0 : it->second.textPings;
}

} // namespace orion
