#pragma once

#include <QHostAddress>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QWebSocketProtocol>

#include <functional>
#include <map>

class QWebSocket;
class QWebSocketServer;

namespace orion {

// A loopback WebSocket server (no TLS) for the venue simulator. Gives handlers the upgrade request (auth
// headers), per-client and broadcast sends, an application-level text ping answer, and the faults a feed
// suffers in the field: a frozen client (data silently dropped while pings are still answered) and a dropped
// client (TCP reset, no close frame).
class SimWebSocketServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimWebSocketServer)

public:
    using ClientId = quint64;
    // Returns an empty string to accept, or the reason for refusing the client.
    using Authenticator = std::function<QString(const QNetworkRequest& upgrade)>;

    explicit SimWebSocketServer(QObject* parent = nullptr);
    ~SimWebSocketServer() override;

    [[nodiscard]] bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // ws://127.0.0.1:<port>
    QString errorString() const;

    // A refused client is closed with code 1008 (policy violation) and the reason, right after the upgrade.
    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }
    // A text frame equal to `ping` is answered with `pong`, also while the client is frozen, and not emitted.
    void setTextPingReply(QString ping, QString pong);
    // While false the listening port is closed, so connects are refused (a venue that is down); clients already
    // connected stay. True listens again on the same port.
    [[nodiscard]] bool setAcceptingConnections(bool accepting);

    QList<ClientId> clientIds() const;
    int clientCount() const { return static_cast<int>(m_clients.size()); }
    int connectionsAccepted() const { return m_accepted; }
    QNetworkRequest upgradeRequest(ClientId client) const;
    QByteArray upgradeHeader(ClientId client, const QByteArray& name) const;

    bool sendText(ClientId client, const QString& message);     // false if unknown or frozen (dropped)
    bool sendBinary(ClientId client, const QByteArray& message);
    int broadcastText(const QString& message);                  // clients that were sent it
    void freeze(ClientId client, bool frozen = true);
    bool isFrozen(ClientId client) const;
    void drop(ClientId client);
    void closeClient(ClientId client, QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeNormal,
                     const QString& reason = {});
    void dropAll();

    int textPingsReceived(ClientId client) const;
    int textPingsReceived() const { return m_totalTextPings; }

signals:
    void clientConnected(ClientId client);
    void clientDisconnected(ClientId client);
    void textMessageReceived(ClientId client, const QString& message);
    void binaryMessageReceived(ClientId client, const QByteArray& message);

private:
    struct Client
    {
        QWebSocket* socket = nullptr;
        QNetworkRequest request;
        bool frozen = false;
        int textPings = 0;
    };

    void onNewConnection();
    void onTextMessage(ClientId client, const QString& message);
    void onClientDisconnected(ClientId client);

    QWebSocketServer* m_server = nullptr;
    std::map<ClientId, Client> m_clients;
    Authenticator m_authenticator;
    QString m_pingText;
    QString m_pongText;
    QHostAddress m_address;
    quint16 m_port = 0;
    ClientId m_nextId = 1;
    int m_accepted = 0;
    int m_totalTextPings = 0;
};

} // namespace orion
