#include "venues/polymarket/PolymarketUserStream.h"

#include "common/Logging.h"
#include "net/WsConnection.h"
#include "venues/polymarket/PolymarketParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orion {

PolymarketUserStream::PolymarketUserStream(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
}

PolymarketUserStream::~PolymarketUserStream()
{
    stop();
}

void PolymarketUserStream::start(const PolymarketApiCredentials& credentials, const QStringList& markets)
{
    stop();
    QJsonArray marketArray;
    for (const QString& market : markets)
        marketArray.append(market);
    const QJsonObject auth{{QStringLiteral("apiKey"), credentials.apiKey},
                           {QStringLiteral("secret"), QString::fromUtf8(credentials.secret.reveal())},
                           {QStringLiteral("passphrase"), QString::fromUtf8(credentials.passphrase.reveal())}};
    m_authMessage = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth},
                                                                {QStringLiteral("type"), QStringLiteral("user")},
                                                                {QStringLiteral("markets"), marketArray}})
                                          .toJson(QJsonDocument::Compact));
    WsOptions options;
    options.url = m_options.url;
    options.pingText = QStringLiteral("PING");
    options.pongText = QStringLiteral("PONG");
    options.pingIntervalMs = m_options.pingIntervalMs;
    options.silentAfterMs = 3 * m_options.pingIntervalMs;
    options.reconnectBackoff = m_options.reconnectBackoff;
    m_connection = new WsConnection(options, this);
    connect(m_connection, &WsConnection::connected, this, &PolymarketUserStream::onConnected);
    connect(m_connection, &WsConnection::messageReceived, this, &PolymarketUserStream::onMessage);
    connect(m_connection, &WsConnection::continuityLost, this, [this](const QString& reason) {
        qCWarning(lcVenue) << "polymarket user stream: continuity lost:" << reason;
        emit continuityLost(reason);
    });
    connect(m_connection, &WsConnection::disconnected, this, [this] { emit connectionChanged(false); });
    m_connection->open();
}

void PolymarketUserStream::stop()
{
    if (!m_connection)
        return;
    m_connection->disconnect(this);
    m_connection->close();
    m_connection->deleteLater();
    m_connection = nullptr;
    m_authMessage.fill(u'\0');
    m_authMessage.clear();
}

bool PolymarketUserStream::isConnected() const
{
    return m_connection && m_connection->isConnected();
}

void PolymarketUserStream::onConnected()
{
    m_connection->sendText(m_authMessage);
    emit connectionChanged(true);
}

void PolymarketUserStream::onMessage(const QString& message)
{
    int rejected = 0;
    const Result<QList<PolymarketWsEvent>> events = PolymarketParser::wsFrame(message.toUtf8(), &rejected);
    if (!events || rejected > 0) {
        m_badFrames += events ? rejected : 1;
        qCWarning(lcVenue) << "polymarket user stream: malformed event dropped";
        // A missed order or trade event must be recovered over REST.
        emit continuityLost(QStringLiteral("malformed user event"));
        if (!events)
            return;
    }
    for (const PolymarketWsEvent& event : *events) {
        if (event.type == PolymarketWsEvent::Type::Order)
            emit orderUpdated(event.order);
        else if (event.type == PolymarketWsEvent::Type::Trade)
            emit tradeUpdated(event.trade);
    }
}

} // namespace orion
