#pragma once

#include "net/WsOptions.h"
#include "venues/polymarket/PolymarketL2Auth.h"
#include "venues/polymarket/PolymarketTypes.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace orion {

class WsConnection;

// The authenticated user channel (reference polymarket.md 6): `order` (PLACEMENT/UPDATE/CANCELLATION) and
// `trade` (MATCHED ... CONFIRMED/FAILED) events of the API key's wallet. Sends the auth message on every connect
// and a text PING every 10 s. After continuityLost the owner must reconcile over REST (events may be missed).
class PolymarketUserStream final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl url; // .../ws/user
        int pingIntervalMs = 10'000;
        BackoffOptions reconnectBackoff{1'000, 60'000};
    };

    PolymarketUserStream(Options options, QObject* parent = nullptr);
    ~PolymarketUserStream() override;

    // The credentials are copied; the markets filter may be empty (all).
    void start(const PolymarketApiCredentials& credentials, const QStringList& markets = {});
    void stop();
    bool isConnected() const;
    qint64 badFrames() const { return m_badFrames; }

signals:
    void connectionChanged(bool connected);
    void orderUpdated(const orion::PolymarketOpenOrder& order); // status = PLACEMENT, UPDATE or CANCELLATION
    void tradeUpdated(const orion::PolymarketTrade& trade);
    void continuityLost(const QString& reason);

private:
    void onConnected();
    void onMessage(const QString& message);

    Options m_options;
    WsConnection* m_connection = nullptr;
    QString m_authMessage; // holds the secret: never logged
    qint64 m_badFrames = 0;
};

} // namespace orion
