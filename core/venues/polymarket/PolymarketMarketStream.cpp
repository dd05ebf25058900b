#include "venues/polymarket/PolymarketMarketStream.h"

#include "common/Logging.h"
#include "net/WsConnection.h"
#include "venues/polymarket/PolymarketParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orion {

PolymarketMarketStream::PolymarketMarketStream(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
}

PolymarketMarketStream::~PolymarketMarketStream()
{
    stop();
}

void PolymarketMarketStream::setTokens(const QStringList& tokenIds)
{
    QStringList unique;
    for (const QString& token : tokenIds) {
        if (!token.isEmpty() && !unique.contains(token))
            unique.append(token);
    }
    if (unique == m_tokens)
        return;
    m_tokens = unique;
    if (m_running)
        rebuildShards();
}

void PolymarketMarketStream::start()
{
    if (m_running)
        return;
    m_running = true;
    rebuildShards();
}

void PolymarketMarketStream::stop()
{
    m_running = false;
    for (Shard& shard : m_shards) {
        shard.connection->disconnect(this);
        shard.connection->close();
        shard.connection->deleteLater();
    }
    m_shards.clear();
    m_synced.clear();
    if (m_connected) {
        m_connected = false;
        emit connectionChanged(false);
    }
}

bool PolymarketMarketStream::isConnected() const
{
    return m_connected;
}

void PolymarketMarketStream::rebuildShards()
{
    // Subscriptions are changed by reconnecting (the field-proven way): every shard is rebuilt.
    QStringList previous;
    for (Shard& shard : m_shards) {
        previous.append(shard.tokens);
        shard.connection->disconnect(this);
        shard.connection->close();
        shard.connection->deleteLater();
    }
    m_shards.clear();
    m_synced.clear();
    if (!previous.isEmpty())
        emit continuityLost(previous, QStringLiteral("subscription changed"));
    const int perConnection = qMax(1, m_options.maxTokensPerConnection);
    for (qsizetype start = 0; start < m_tokens.size(); start += perConnection) {
        Shard shard;
        shard.tokens = m_tokens.mid(start, perConnection);
        WsOptions options;
        options.url = m_options.url;
        options.pingText = QStringLiteral("PING");
        options.pongText = QStringLiteral("PONG");
        options.pingIntervalMs = m_options.pingIntervalMs;
        options.staleAfterMs = m_options.staleAfterMs;
        options.silentAfterMs = 3 * m_options.pingIntervalMs;
        options.reconnectBackoff = m_options.reconnectBackoff;
        shard.connection = new WsConnection(options, this);
        const std::size_t index = m_shards.size();
        connect(shard.connection, &WsConnection::connected, this, [this, index] { onShardConnected(index); });
        connect(shard.connection, &WsConnection::messageReceived, this,
                [this, index](const QString& message) { onMessage(index, message); });
        connect(shard.connection, &WsConnection::continuityLost, this,
                [this, index](const QString& reason) { onShardLost(index, reason); });
        m_shards.push_back(shard);
    }
    for (Shard& shard : m_shards)
        shard.connection->open();
}

void PolymarketMarketStream::onShardConnected(std::size_t index)
{
    if (index >= m_shards.size())
        return;
    QJsonArray assets;
    for (const QString& token : m_shards[index].tokens)
        assets.append(token);
    const QJsonObject subscribe{{QStringLiteral("assets_ids"), assets},
                                {QStringLiteral("type"), QStringLiteral("market")},
                                {QStringLiteral("initial_dump"), true}};
    m_shards[index].connection->sendText(QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
    bool all = true;
    for (const Shard& shard : m_shards)
        all = all && shard.connection->isConnected();
    if (all && !m_connected) {
        m_connected = true;
        emit connectionChanged(true);
    }
}

void PolymarketMarketStream::resync(std::size_t index, const QString& reason)
{
    if (index >= m_shards.size())
        return;
    QStringList lost;
    for (const QString& token : m_shards[index].tokens) {
        if (m_synced.remove(token))
            lost.append(token);
    }
    if (!lost.isEmpty())
        emit continuityLost(lost, reason);
    if (m_shards[index].connection->isConnected())
        onShardConnected(index); // the subscription's initial dump brings new books
}

void PolymarketMarketStream::onShardLost(std::size_t index, const QString& reason)
{
    if (index >= m_shards.size())
        return;
    for (const QString& token : m_shards[index].tokens)
        m_synced.remove(token);
    qCWarning(lcMarket) << "polymarket market stream: continuity lost on shard" << index << ":" << reason;
    emit continuityLost(m_shards[index].tokens, reason);
    if (m_connected) {
        m_connected = false;
        emit connectionChanged(false);
    }
}

void PolymarketMarketStream::onMessage(std::size_t index, const QString& message)
{
    int rejected = 0;
    const Result<QList<PolymarketWsEvent>> events = PolymarketParser::wsFrame(message.toUtf8(), &rejected);
    if (!events || rejected > 0) {
        m_badFrames += events ? rejected : 1;
        qCWarning(lcMarket) << "polymarket market stream: malformed frame dropped:"
                            << (events ? QStringLiteral("bad event") : events.error().message);
        // A dropped delta leaves the shard's books unknowable: resubscribe for fresh snapshots.
        resync(index, QStringLiteral("malformed market data"));
        if (!events)
            return;
    }
    for (const PolymarketWsEvent& event : *events) {
        switch (event.type) {
        case PolymarketWsEvent::Type::Book:
            if (!m_tokens.contains(event.book.assetId))
                break;
            m_synced.insert(event.book.assetId);
            emit bookReceived(event.book);
            break;
        case PolymarketWsEvent::Type::PriceChange:
            for (const PolymarketPriceChange& change : event.priceChanges) {
                if (m_synced.contains(change.assetId))
                    emit levelChanged(change.assetId, change.bid, change.price, change.size, event.timestampMs);
            }
            break;
        case PolymarketWsEvent::Type::TickSizeChange:
            if (m_tokens.contains(event.assetId))
                emit tickSizeChanged(event.assetId, event.price);
            break;
        case PolymarketWsEvent::Type::LastTradePrice:
            if (m_tokens.contains(event.assetId))
                emit lastTrade(event.assetId, event.price, event.size);
            break;
        default:
            break;
        }
    }
}

} // namespace orion
