#pragma once

#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimGammaServer.h"
#include "venues/sim/SimPolymarketExchange.h"
#include "venues/sim/SimPolymarketWsServer.h"
#include "venues/sim/SimScenario.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

namespace orion {

// The whole Polymarket side of the simulator as separate services, like the real venue: CLOB REST, Gamma REST and
// the WebSocket channels (/ws/market, /ws/user), over one exchange. For `orion-venue-sim --polymarket-port N`:
// the CLOB listens on N, Gamma on N + 1, the WebSocket server on N + 2 (port 0: all kernel-chosen).
class SimPolymarketVenue final : public QObject
{
    Q_OBJECT

public:
    explicit SimPolymarketVenue(QObject* parent = nullptr);

    [[nodiscard]] bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 clobPort = 0);
    // "polymarket-clob URL", "polymarket-gamma URL", "polymarket-ws URL": one line per service.
    QStringList serviceLines() const;

    // Real markets from the reference (polymarket.md section 10) with two-sided books, for demos and smoke tests.
    void addDemoMarkets();
    // The scenario's `polymarket:` section: markets with their opening books (house orders), pUSD for new and
    // listed wallets, and its faults wired onto the CLOB, the WebSocket server and the exchange.
    void loadScenario(const SimScenarioPolymarket& scenario);

    SimPolymarketExchange& exchange() { return *m_exchange; }
    SimClobServer& clob() { return *m_clob; }
    SimGammaServer& gamma() { return *m_gamma; }
    SimPolymarketWsServer& webSocket() { return *m_ws; }

private:
    SimPolymarketExchange* m_exchange;
    SimClobServer* m_clob;
    SimGammaServer* m_gamma;
    SimPolymarketWsServer* m_ws;
    SimScenarioPolymarketFaults m_faults;
    int m_clobRequests = 0;
    int m_feedEvents = 0;
    bool m_wsDropped = false;
};

} // namespace orion
