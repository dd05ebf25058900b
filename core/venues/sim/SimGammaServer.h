#pragma once

#include "venues/sim/SimHttpServer.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <QJsonObject>
#include <QObject>

namespace orion {

// Polymarket's Gamma metadata API on loopback (reference polymarket.md section 2): /markets and /events with
// offset paging, /markets/keyset and /events/keyset with an opaque after_cursor ({"markets": [...],
// "next_cursor": "..."}; no next_cursor on the last page). Market records use the real camelCase names, with
// clobTokenIds, outcomes and outcomePrices as JSON-encoded strings. `closed` defaults to false.
class SimGammaServer final : public QObject
{
    Q_OBJECT

public:
    explicit SimGammaServer(const SimPolymarketExchange* exchange, QObject* parent = nullptr);

    [[nodiscard]] bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const { return m_http->baseUrl(); }
    SimHttpServer& server() { return *m_http; }

    // Extra raw records appended to /markets/keyset answers (malformed-record tests).
    void addRawMarket(const QJsonObject& record) { m_raw.append(record); }

    QJsonObject marketJson(const SimPolymarketMarket& market) const;

private:
    QList<QJsonObject> filteredMarkets(const SimHttpRequest& request) const;
    QList<QJsonObject> events(const SimHttpRequest& request) const;

    const SimPolymarketExchange* m_exchange;
    SimHttpServer* m_http;
    QList<QJsonObject> m_raw;
};

} // namespace orion
