#pragma once

#include "net/WsOptions.h"
#include "venues/polymarket/PolymarketTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace orion {

class WsConnection;

// The public market channel (reference polymarket.md 6): books of a set of tokens, sharded over as many
// connections as needed (about 500 tokens per connection at most), each sending a text PING every 10 s and
// watching for a frozen feed (no data for staleAfterMs while PONGs still arrive). A `book` event replaces a
// token's book; `price_change` sets one level's size; a delta for a token without a snapshot is dropped. When a
// connection ends or freezes, its tokens lose continuity until the resubscription's fresh `book`. Bad frames are
// counted and logged, never applied.
class PolymarketMarketStream final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl url;                     // .../ws/market
        int maxTokensPerConnection = 500;
        int pingIntervalMs = 10'000;
        int staleAfterMs = 120'000;   // no data at all for this long: frozen
        BackoffOptions reconnectBackoff{1'000, 60'000};
    };

    explicit PolymarketMarketStream(Options options, QObject* parent = nullptr);
    ~PolymarketMarketStream() override;

    // Replaces the subscribed tokens (reconnects the shards whose set changed).
    void setTokens(const QStringList& tokenIds);
    void start();
    void stop();

    bool isConnected() const;
    int connectionCount() const { return static_cast<int>(m_shards.size()); }
    qint64 badFrames() const { return m_badFrames; }
    bool hasBook(const QString& tokenId) const { return m_synced.contains(tokenId); }

signals:
    void connectionChanged(bool connected);
    void bookReceived(const orion::PolymarketBook& book);
    void levelChanged(const QString& tokenId, bool bid, orion::Price price, orion::Quantity size, qint64 timestampMs);
    void tickSizeChanged(const QString& tokenId, orion::Price tick);
    void lastTrade(const QString& tokenId, orion::Price price, orion::Quantity size);
    void continuityLost(const QStringList& tokenIds, const QString& reason);

private:
    struct Shard
    {
        WsConnection* connection = nullptr;
        QStringList tokens;
    };

    void rebuildShards();
    void onMessage(std::size_t index, const QString& message);
    void resync(std::size_t index, const QString& reason);
    void onShardConnected(std::size_t index);
    void onShardLost(std::size_t index, const QString& reason);

    Options m_options;
    QStringList m_tokens;
    std::vector<Shard> m_shards;
    QSet<QString> m_synced;
    bool m_running = false;
    bool m_connected = false;
    qint64 m_badFrames = 0;
};

} // namespace orion
