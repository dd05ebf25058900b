#pragma once

#include "common/Result.h"
#include "venues/sim/SimKalshiServer.h"
#include "venues/sim/SimPolymarketVenue.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTimer;

namespace orion {

class SimPriceDriver;

// The world `orion --demo` trades in: both simulated venues on loopback, listing the same six events (Fed decision,
// CPI, the French presidential election, the Super Bowl, Bitcoin, New York's temperature; the weather pair with
// inverse polarity), plus markets on each venue with no counterpart. Titles and rules are written so that the
// matcher pairs exactly the designed pairs automatically. A SimPriceDriver moves the house quotes every 250 ms and
// opens short-lived, real arbitrage gaps (see SimPriceDriver). Deterministic for a given seed.
class SimDemoWorld final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDemoWorld)

public:
    static constexpr int kStepMs = 250;
    static constexpr int kConfirmMs = 1'500;

    struct DemoPair
    {
        QString kalshiTicker;
        QString polymarketConditionId;
        bool inverse = false;
        QString title;
    };

    explicit SimDemoWorld(quint32 seed = 1, QObject* parent = nullptr);
    ~SimDemoWorld() override;

    // Kernel-chosen ports on `address`; starts the price driver.
    [[nodiscard]] Status listen(const QHostAddress& address = QHostAddress::LocalHost);
    QUrl kalshiRestUrl() const;     // http://127.0.0.1:N/trade-api/v2
    QUrl kalshiWsUrl() const;       // ws://127.0.0.1:M/trade-api/ws/v2
    QUrl polymarketClobUrl() const;
    QUrl polymarketGammaUrl() const;
    QUrl polymarketWsUrl() const;   // the base PolymarketVenue::Endpoints::webSocket expects (+ /ws/market)
    // "kalshi-rest URL", "kalshi-ws URL", "polymarket-clob URL", "polymarket-gamma URL", "polymarket-ws URL".
    QStringList serviceLines() const;

    [[nodiscard]] Status registerKalshiKey(const QString& keyId, const QByteArray& publicKeyPem);

    void setDriving(bool on);
    bool isDriving() const;
    void step();
    int gapsOpened() const;
    int stepsTaken() const;

    static QList<DemoPair> designedPairs();

    SimKalshiServer& kalshi() { return *m_kalshi; }
    SimPolymarketVenue& polymarket() { return *m_polymarket; }

private:
    void addPolymarketMarkets();

    SimKalshiServer* m_kalshi;
    SimPolymarketVenue* m_polymarket;
    std::unique_ptr<SimPriceDriver> m_driver;
    QTimer* m_timer;
};

} // namespace orion
