#include "venues/sim/SimPolymarketVenue.h"

#include <QTimer>

namespace orion {

SimPolymarketVenue::SimPolymarketVenue(QObject* parent)
    : QObject(parent)
    , m_exchange(new SimPolymarketExchange(this))
    , m_clob(new SimClobServer(m_exchange, this))
    , m_gamma(new SimGammaServer(m_exchange, this))
    , m_ws(new SimPolymarketWsServer(m_exchange, this))
{
}

bool SimPolymarketVenue::listen(const QHostAddress& address, quint16 clobPort)
{
    const auto next = [clobPort](quint16 offset) {
        return clobPort == 0 ? quint16(0) : static_cast<quint16>(clobPort + offset);
    };
    return m_clob->listen(address, clobPort) && m_gamma->listen(address, next(1)) && m_ws->listen(address, next(2));
}

QStringList SimPolymarketVenue::serviceLines() const
{
    return {QStringLiteral("polymarket-clob ") + m_clob->baseUrl().toString(),
            QStringLiteral("polymarket-gamma ") + m_gamma->baseUrl().toString(),
            QStringLiteral("polymarket-ws ") + m_ws->url().toString()};
}

void SimPolymarketVenue::addDemoMarkets()
{
    SimPolymarketMarket trump;
    trump.gammaId = QStringLiteral("253591");
    trump.conditionId = QStringLiteral("0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917");
    trump.question = QStringLiteral("Will Donald Trump win the 2024 US Presidential Election?");
    trump.slug = QStringLiteral("will-donald-trump-win-the-2024-us-presidential-election");
    trump.description = QStringLiteral("This market will resolve to \"Yes\" if Donald J. Trump wins the 2024 US "
                                       "Presidential Election; the call of AP, Fox and NBC decides, else the "
                                       "inauguration.");
    trump.category = QStringLiteral("Politics");
    trump.eventId = QStringLiteral("903193");
    trump.eventSlug = QStringLiteral("presidential-election-winner-2024");
    trump.eventTitle = QStringLiteral("Presidential Election Winner 2024");
    trump.yesTokenId = QStringLiteral("21742633143463906290569050155826241533067272736897614950488156847949938836455");
    trump.noTokenId = QStringLiteral("48331043336612883890938759509493159234755048973500640148014422747788308965732");
    trump.endDate = QDateTime(QDate(2024, 11, 5), QTime(12, 0), Qt::UTC);
    trump.negRisk = true;
    trump.feeRatePpm = 40'000;
    m_exchange->addMarket(trump);

    SimPolymarketMarket mamdani;
    mamdani.gammaId = QStringLiteral("561200");
    mamdani.conditionId = QStringLiteral("0xebddfcf7b4401dade8b4031770a1ab942b01854f3bed453d5df9425cd9f211a9");
    mamdani.question = QStringLiteral("Will Zohran Mamdani win the 2025 NYC mayoral election?");
    mamdani.slug = QStringLiteral("will-zohran-mamdani-win-the-2025-nyc-mayoral-election");
    mamdani.description = QStringLiteral("Resolves \"Yes\" if Zohran Mamdani wins the 2025 New York City mayoral "
                                         "election.");
    mamdani.category = QStringLiteral("Politics");
    mamdani.eventId = QStringLiteral("new-york-city-mayoral-election");
    mamdani.eventSlug = QStringLiteral("new-york-city-mayoral-election");
    mamdani.eventTitle = QStringLiteral("New York City Mayoral Election");
    mamdani.yesTokenId = QStringLiteral("33945469250963963541781051637999677727672635213493648594066577298999471399137");
    mamdani.noTokenId = QStringLiteral("105832362350788616148612362642992403996714020918558917275151746177525518770551");
    mamdani.endDate = QDateTime(QDate(2025, 11, 4), QTime(12, 0), Qt::UTC);
    mamdani.negRisk = true;
    mamdani.feeRatePpm = 40'000;
    m_exchange->addMarket(mamdani);

    for (const SimPolymarketMarket* market : {&trump, &mamdani}) {
        for (int level = 0; level < 5; ++level) {
            const std::int64_t step = level * 10'000;
            m_exchange->seedOrder(market->yesTokenId, true, 550'000 - step, 10'000 + level * 5'000);
            m_exchange->seedOrder(market->yesTokenId, false, 570'000 + step, 10'000 + level * 5'000);
        }
    }
}

void SimPolymarketVenue::loadScenario(const SimScenarioPolymarket& scenario)
{
    m_exchange->setStartingCollateral(scenario.startingCollateralMicros);
    for (const SimScenarioPolymarketMarket& market : scenario.markets) {
        m_exchange->addMarket(market.spec);
        for (const SimScenarioLevel& level : market.yesBids)
            (void)m_exchange->seedOrder(market.spec.yesTokenId, true, level.priceMicros, level.hundredths);
        for (const SimScenarioLevel& level : market.yesAsks)
            (void)m_exchange->seedOrder(market.spec.yesTokenId, false, level.priceMicros, level.hundredths);
    }
    for (const SimScenarioWallet& wallet : scenario.wallets) {
        m_exchange->setCollateral(wallet.address, wallet.collateralMicros);
        for (const auto& [token, hundredths] : wallet.tokens)
            m_exchange->setTokens(wallet.address, token, hundredths);
    }

    m_faults = scenario.faults;
    const SimScenarioPolymarketFaults& faults = m_faults;
    m_clob->setPostOnlyMode(faults.postOnlyMode, faults.postOnlyRetryAfterSeconds);
    m_clob->server().setResponseDelayMs(faults.slowResponseMs);
    m_exchange->setFakLingerMs(faults.fakLingerMs);
    if (faults.ghostFillAfterMs >= 0) {
        // Ghost fills: the trade is reported MATCHED, then FAILED on chain and its balances reversed.
        m_exchange->setAutoConfirmMs(0);
        connect(m_exchange, &SimPolymarketExchange::tradePrinted, this, [this] {
            QTimer::singleShot(m_faults.ghostFillAfterMs, m_exchange, &SimPolymarketExchange::failTrades);
        });
    } else {
        m_exchange->setAutoConfirmMs(faults.confirmAfterMs);
    }
    if (faults.http429EveryN > 0 || faults.http5xxEveryN > 0 || faults.http425EveryN > 0 || faults.malformedEveryN > 0) {
        // Counted on arrival; the fault is armed for the very request that was just read.
        connect(&m_clob->server(), &SimHttpServer::requestReceived, this, [this] {
            const int n = ++m_clobRequests;
            const auto due = [n](int every) { return every > 0 && n % every == 0; };
            if (due(m_faults.http429EveryN)) {
                m_clob->server().failNext(1, SimHttpResponse::json(429, QJsonObject{{QStringLiteral("error"),
                                                                                   QStringLiteral("Too Many Requests")}})
                                                 .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")));
            } else if (due(m_faults.http5xxEveryN)) {
                m_clob->server().failNext(1, SimHttpResponse::json(503, QJsonObject{{QStringLiteral("error"),
                                                                                   QStringLiteral("Service Unavailable")}}));
            } else if (due(m_faults.http425EveryN)) {
                m_clob->setRestarting(1);
            } else if (due(m_faults.malformedEveryN)) {
                const QByteArray body = QByteArrayLiteral("{\"market\":\"0x");
                m_clob->server().sendRawNext(1, QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                                  "Connection: close\r\nContent-Length: ")
                                                    + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body);
            }
        });
    }
    if (faults.dropWsAfterMessages > 0) {
        // Every book or trade event becomes one message per subscriber; the drop comes after it has gone out.
        const auto count = [this] {
            if (m_wsDropped || ++m_feedEvents < m_faults.dropWsAfterMessages)
                return;
            m_wsDropped = true;
            QTimer::singleShot(0, m_ws, [this] { m_ws->server().dropAll(); });
        };
        connect(m_exchange, &SimPolymarketExchange::levelChanged, this, count);
        connect(m_exchange, &SimPolymarketExchange::tradePrinted, this, count);
    }
}

} // namespace orion
