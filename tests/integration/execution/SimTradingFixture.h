#pragma once

// Both venue simulators on loopback with the real venue clients talking to them (real HTTP, WebSockets and
// signatures), books fed into a BookStore by the real market-data clients, the real Detector over one pair, and
// a live Executor on a SQLite journal. One Kalshi market and one Polymarket market on the same event:
//   Kalshi KXORION-26DEC-T1: YES asks 0.40 x 10, 0.60 x 100; YES bids 0.38 x 50.
//   Polymarket: NO asks 0.48 x 10 (a NO sell), NO bids 0.47 x 50 (a YES sell at 0.53).
// Buying 10 YES on Kalshi and 10 NO on Polymarket costs $8.80 plus fees for a $10 payout.
#include "TestData.h"
#include "arbitrage/Detector.h"
#include "common/Clock.h"
#include "common/Notional.h"
#include "crypto/SecretBytes.h"
#include "crypto/Secp256k1Signer.h"
#include "execution/Executor.h"
#include "execution/Reconciler.h"
#include "market/BookStore.h"
#include "risk/CircuitBreaker.h"
#include "risk/HaltFlag.h"
#include "storage/Database.h"
#include "storage/SqlJournal.h"
#include "venues/kalshi/KalshiExecutionClient.h"
#include "venues/kalshi/KalshiMarketDataClient.h"
#include "venues/kalshi/KalshiVenue.h"
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/polymarket/PolymarketVenue.h"
#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimHttpServer.h"
#include "venues/sim/SimKalshiServer.h"
#include "venues/sim/SimPolymarketExchange.h"
#include "venues/sim/SimPolymarketVenue.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

namespace orion::test {

class SimTradingFixture final
{
public:
    static inline const QString kKeyId = QStringLiteral("key-a");
    static inline const QString kTicker = QStringLiteral("KXORION-26DEC-T1");
    static inline const QString kCondition = QStringLiteral("0x") + QString(64, QLatin1Char('c'));
    static inline const QString kYesToken = QStringLiteral("7001");
    static inline const QString kNoToken = QStringLiteral("7002");
    static inline const QString kPairId = QStringLiteral("orion-dec");
    static constexpr std::int64_t kKalshiStartMicros = 10'000'000'000;
    static constexpr std::int64_t kPolyStartMicros = 100'000'000;

    SimTradingFixture() = default;
    Q_DISABLE_COPY_MOVE(SimTradingFixture)

    ~SimTradingFixture() { tearDownClients(); }

    MarketKey kalshiKey() const { return MarketKey{VenueId::Kalshi, kTicker}; }
    MarketKey polyKey() const { return MarketKey{VenueId::Polymarket, kCondition}; }

    // Simulators, clients, books and journal; false (with a warning) when anything did not come up in time.
    bool start()
    {
        if (!m_dir.isValid())
            return fail("no temporary directory");
        m_journalPath = m_dir.path() + QStringLiteral("/journal.db");
        if (!openJournal())
            return false;

        m_kalshiSim = std::make_unique<SimKalshiServer>(kalshiScenario());
        if (!m_kalshiSim->listen().ok()
            || !m_kalshiSim->registerKey(kKeyId, readData(QStringLiteral("keys/test-only-rsa2048-a-public.pem"))).ok())
            return fail("kalshi simulator did not start");

        m_polySim = std::make_unique<SimPolymarketVenue>();
        polyExchange().addMarket(polyMarket());
        polyExchange().setStartingCollateral(kPolyStartMicros);
        polyExchange().setAutoConfirmMs(30);
        polyExchange().seedOrder(kNoToken, false, 480'000, 1'000);  // NO ask 0.48 x 10
        polyExchange().seedOrder(kYesToken, false, 530'000, 5'000); // YES ask 0.53 = NO bid 0.47 x 50
        if (!m_polySim->listen())
            return fail("polymarket simulator did not start");

        CircuitBreakerParams breaker;
        breaker.bankroll = Cash::fromMicros(1'000'000'000);
        breaker.maxDailyLossPct = Ratio::fromPpm(50'000);
        breaker.maxConsecutiveOrderFailures = 3;
        breaker.maxUnhedgedAgeMs = 60'000;
        m_breaker = std::make_unique<CircuitBreaker>(m_clock, breaker);
        QObject::connect(&m_kalshiSim->http(), &SimHttpServer::requestReceived, m_kalshiSim.get(),
                         [this](const SimHttpRequest& request) {
                             if (request.method == "POST"
                                 && request.path.endsWith(QLatin1String("/portfolio/events/orders"))) {
                                 ++m_kalshiCreates;
                                 if (m_onKalshiCreate)
                                     m_onKalshiCreate(m_kalshiCreates);
                             }
                         });
        QObject::connect(&m_polySim->clob().server(), &SimHttpServer::requestReceived, m_polySim.get(),
                         [this](const SimHttpRequest& request) {
                             if (request.method == "POST" && request.path == QLatin1String("/order")) {
                                 ++m_polyPosts;
                                 if (m_onPolyPost)
                                     m_onPolyPost(m_polyPosts);
                             }
                         });
        return startClients();
    }

    // The venue clients (new ones after a simulated restart) connected, with catalogues and live books.
    bool startClients()
    {
        KalshiVenueConfig config;
        config.restBaseUrl = m_kalshiSim->restBaseUrl();
        config.wsUrl = m_kalshiSim->wsUrl();
        config.keyId = kKeyId;
        config.requestTimeoutMs = 500;
        config.retry = RetryOptions{4, BackoffOptions{20, 100}, 3'000};
        config.stream.reconnectBackoff = BackoffOptions{20, 100};
        auto kalshi = KalshiVenue::create(
            config, SecretBytes(readData(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"))), m_clock);
        if (!kalshi.ok())
            return fail("kalshi venue not created");
        m_kalshi = std::move(kalshi).value();

        PolymarketVenue::Endpoints endpoints{m_polySim->clob().baseUrl(), m_polySim->gamma().baseUrl(),
                                             m_polySim->webSocket().url(), 137};
        PolymarketVenue::Tuning tuning;
        tuning.pingIntervalMs = 100;
        tuning.staleAfterMs = 2'000;
        tuning.tradePollIntervalMs = 100;
        tuning.liveTakerCheckMs = 200;
        tuning.reconnectBackoff = {50, 200};
        m_poly = std::make_unique<PolymarketVenue>(
            endpoints,
            Secp256k1Signer::fromHex("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a").value(),
            tuning);
        m_poly->clob().setRestartRetry(1, 50);
        m_poly->clob().http().setDefaultTimeoutMs(500);

        m_books = std::make_unique<BookStore>();
        const std::initializer_list<MarketDataClient*> feeds{&m_kalshi->marketData(), &m_poly->marketData()};
        for (MarketDataClient* data : feeds) {
            QObject::connect(data, &MarketDataClient::bookSnapshotReceived, data,
                             [this](const MarketKey& key, const BookSnapshot& snapshot, qint64) {
                                 m_books->applySnapshot(m_books->ensure(key), snapshot, m_clock.nowMs());
                             });
            QObject::connect(data, &MarketDataClient::bookDeltaReceived, data,
                             [this](const MarketKey& key, const BookDelta& delta, qint64) {
                                 (void)m_books->applyDelta(m_books->ensure(key), delta, m_clock.nowMs());
                             });
            QObject::connect(data, &MarketDataClient::continuityLost, data,
                             [this](const QList<MarketKey>& keys, const QString&) {
                                 for (const MarketKey& key : keys)
                                     m_books->book(m_books->ensure(key)).markGapped();
                             });
        }
        if (!loadCatalogue(m_kalshi->marketData(), kalshiKey()) || !loadCatalogue(m_poly->marketData(), polyKey()))
            return false;

        QSignalSpy polyUp(&m_poly->execution(), &ExecutionClient::connectionChanged);
        m_kalshi->execution().start();
        m_poly->execution().start();
        m_kalshi->marketData().start();
        m_poly->marketData().start();
        m_kalshi->marketData().setSubscriptions({kalshiKey()});
        m_poly->marketData().setSubscriptions({polyKey()});
        if (!waitFor([&] { return !polyUp.isEmpty() && m_kalshi->execution().isConnected(); }))
            return fail("execution clients did not connect");
        if (!waitFor([&] { return booksAreLive(); }))
            return fail("books did not arrive");
        return true;
    }

    // Stops and deletes the venue clients (a crash or a restart of Orion; the venues keep their state).
    void tearDownClients()
    {
        m_executor.reset();
        if (m_kalshi) {
            m_kalshi->execution().stop();
            m_kalshi->marketData().stop();
        }
        if (m_poly) {
            m_poly->execution().stop();
            m_poly->marketData().stop();
        }
        m_kalshi.reset();
        m_poly.reset();
    }

    // A live executor on the journal with the real clients; kalshiFirst makes Kalshi look slower so it goes first.
    Executor& makeExecutor(bool kalshiFirst = false)
    {
        m_executor = std::make_unique<Executor>(*m_journal, m_halt, m_clock);
        ExecutorParams params;
        params.ackTimeoutMs = 700;
        params.orderDeadlineMs = 5'000;
        params.repairDeadlineMs = 6'000;
        params.settlementDeadlineMs = 6'000;
        params.pollIntervalMs = 50;
        if (kalshiFirst) {
            params.kalshiLatencyMs = 400;
            params.polymarketLatencyMs = 10;
        }
        m_executor->setParams(params);
        m_executor->setBookStore(m_books.get());
        m_executor->setCircuitBreaker(m_breaker.get());
        m_executor->setClients(&m_kalshi->execution(), &m_poly->execution());
        (void)m_executor->setMode(ExecutionMode::Live);
        m_executor->setReady(true);
        return *m_executor;
    }

    // What the detector finds on the live books (KalshiYes: buy YES on Kalshi, NO on Polymarket).
    std::optional<Opportunity> detect()
    {
        Detector detector(*m_books);
        DetectorParams params;
        params.thresholdSpread = Price::fromMicros(10'000);
        params.slippageTolerance = Ratio::fromPpm(0);
        params.minTradeSize = Cash::fromMicros(1'000'000);
        params.maxBookAgeMs = 600'000;
        const qint64 now = m_clock.nowMs();
        detector.setParams(params, now);
        detector.setPairs({TradablePair{kPairId, kTicker, kCondition, Polarity::Same}}, now);
        detector.reevaluateAll(now);
        for (const Opportunity& opportunity : detector.openOpportunities()) {
            if (opportunity.direction == ArbDirection::KalshiYes)
                return opportunity;
        }
        return std::nullopt;
    }

    // Waits (spinning the event loop) until the trade reached a final or a person-decides state.
    std::optional<TradeState> settledState(qint64 tradeId, int timeoutMs = 8'000)
    {
        std::optional<TradeState> state;
        waitFor([&] {
            state = m_executor->tradeState(tradeId);
            return state && (isFinal(*state) || *state == TradeState::NeedsAttention || *state == TradeState::Halted);
        }, timeoutMs);
        return state;
    }

    // Journal-side sums of a trade per venue: contracts held per outcome and cash spent (fills + fees).
    struct Booked
    {
        Quantity yes; // Kalshi YES, net
        Quantity no;  // Polymarket NO, net
        Cash kalshiSpent;
        Cash polySpent;
        int kalshiOrders = 0;
        int polyOrders = 0;
    };
    Booked booked(qint64 tradeId)
    {
        Booked sum;
        const auto orders = m_journal->orders(tradeId);
        if (!orders.ok())
            return sum;
        for (const JournalOrder& order : orders.value()) {
            const bool kalshi = order.command.market.venue == VenueId::Kalshi;
            (kalshi ? sum.kalshiOrders : sum.polyOrders) += 1;
            const auto fills = m_journal->fills(order.clientOrderId);
            if (!fills.ok())
                continue;
            for (const FillReport& fill : fills.value()) {
                if (fill.settlement == SettlementState::Failed)
                    continue;
                const bool buy = fill.side == OrderSide::Buy;
                const Cash value = notional(fill.price, fill.quantity, Rounding::Up).valueOr(Cash::zero());
                Cash& spent = kalshi ? sum.kalshiSpent : sum.polySpent;
                spent += (buy ? value : -value) + fill.fee;
                Quantity& held = kalshi ? sum.yes : sum.no;
                held += buy ? fill.quantity : -fill.quantity;
            }
        }
        return sum;
    }

    // The venues' own account state.
    const SimAccount* kalshiAccount() { return m_kalshiSim->exchange().account(kKeyId); }
    Cash kalshiCash() { return Cash::fromMicros(kalshiAccount()->cashMicros()); }
    Quantity kalshiYes() { return Quantity::fromHundredths(kalshiAccount()->position(kTicker).positionHundredths); }
    QString wallet() const { return m_poly->walletAddress().toLowerHex(); }
    Cash polyCash() { return Cash::fromMicros(polyExchange().collateral(wallet())); }
    Quantity polyNo() { return Quantity::fromHundredths(polyExchange().tokens(wallet(), kNoToken)); }
    Quantity polyYes() { return Quantity::fromHundredths(polyExchange().tokens(wallet(), kYesToken)); }

    // Order creations that reached each venue (retries included), and hooks run as each arrives (before the venue
    // answers it: a fault set there applies to that very request).
    int kalshiCreates() const { return m_kalshiCreates; }
    int polyPosts() const { return m_polyPosts; }
    void onKalshiCreate(std::function<void(int)> hook) { m_onKalshiCreate = std::move(hook); }
    void onPolyPost(std::function<void(int)> hook) { m_onPolyPost = std::move(hook); }

    bool reopenJournal()
    {
        m_journal.reset();
        m_db.reset();
        return openJournal();
    }

    template <typename Predicate>
    static bool waitFor(Predicate done, int timeoutMs = 5'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QTest::qWait(5);
        }
        return true;
    }

    SystemClock& clock() { return m_clock; }
    HaltFlag& halt() { return m_halt; }
    CircuitBreaker& breaker() { return *m_breaker; }
    SqlJournal& journal() { return *m_journal; }
    BookStore& books() { return *m_books; }
    Executor& executor() { return *m_executor; }
    void resetExecutor() { m_executor.reset(); }
    SimKalshiServer& kalshiSim() { return *m_kalshiSim; }
    SimPolymarketVenue& polySim() { return *m_polySim; }
    SimPolymarketExchange& polyExchange() { return m_polySim->exchange(); }
    KalshiVenue& kalshi() { return *m_kalshi; }
    PolymarketVenue& poly() { return *m_poly; }

private:
    static bool fail(const char* why)
    {
        qWarning("SimTradingFixture: %s", why);
        return false;
    }

    bool openJournal()
    {
        auto opened = Database::open(QStringLiteral("sqlite:///") + m_journalPath);
        if (!opened.ok())
            return fail("journal not opened");
        m_db = std::move(opened).value();
        if (!m_db->migrate().ok())
            return fail("journal not migrated");
        m_journal = std::make_unique<SqlJournal>(*m_db);
        return true;
    }

    bool loadCatalogue(MarketDataClient& data, const MarketKey& key)
    {
        QSignalSpy loaded(&data, &MarketDataClient::catalogueLoaded);
        data.requestCatalogue();
        if (!waitFor([&] { return !loaded.isEmpty(); }))
            return fail("catalogue not loaded");
        for (const VenueMarket& listed : loaded.first().first().value<QList<VenueMarket>>()) {
            if (listed.key != key)
                continue;
            Market market;
            market.key = listed.key;
            market.title = listed.title;
            market.fees = listed.fees;
            market.minOrderSize = listed.minimumOrderSize;
            m_books->upsert(market);
            return true;
        }
        return fail("market missing from the catalogue");
    }

    bool booksAreLive() const
    {
        for (const MarketKey& key : {kalshiKey(), polyKey()}) {
            const auto handle = m_books->find(key);
            if (!handle || !m_books->book(*handle).isLive())
                return false;
        }
        return true;
    }

    static SimScenario kalshiScenario()
    {
        SimScenario scenario;
        scenario.name = QStringLiteral("orion-executor");
        scenario.startingBalanceMicros = kKalshiStartMicros;
        scenario.series = {SimScenarioSeries{QStringLiteral("KXORION"), QStringLiteral("Orion test"),
                                             QStringLiteral("Economics"), QStringLiteral("quadratic"), 1'000'000}};
        scenario.events = {SimScenarioEvent{QStringLiteral("KXORION-26DEC"), QStringLiteral("KXORION"),
                                            QStringLiteral("Orion test event"), QStringLiteral("Dec 2026"), true}};
        SimScenarioMarket market;
        market.ticker = kTicker;
        market.eventTicker = QStringLiteral("KXORION-26DEC");
        market.title = QStringLiteral("Orion test event happens");
        market.yesSubTitle = market.title;
        market.noSubTitle = QStringLiteral("Not ") + market.title;
        market.rulesPrimary = QStringLiteral("If the Orion test event happens, the market resolves to Yes.");
        market.openTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        market.closeTime = QDateTime(QDate(2026, 12, 31), QTime(20, 0), Qt::UTC);
        market.yesBids = {{380'000, 5'000}};
        market.yesAsks = {{400'000, 1'000}, {600'000, 10'000}};
        scenario.markets = {market};
        return scenario;
    }

    static SimPolymarketMarket polyMarket()
    {
        SimPolymarketMarket market;
        market.gammaId = QStringLiteral("7000");
        market.conditionId = kCondition;
        market.question = QStringLiteral("Will the Orion test event happen?");
        market.description = QStringLiteral("Resolves YES if the Orion test event happens by the end date.");
        market.eventId = QStringLiteral("ev-orion");
        market.endDate = QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC);
        market.yesTokenId = kYesToken;
        market.noTokenId = kNoToken;
        market.feeRatePpm = 40'000;
        return market;
    }

    QTemporaryDir m_dir;
    QString m_journalPath;
    SystemClock m_clock;
    HaltFlag m_halt;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlJournal> m_journal;
    std::unique_ptr<CircuitBreaker> m_breaker;
    std::unique_ptr<SimKalshiServer> m_kalshiSim;
    std::unique_ptr<SimPolymarketVenue> m_polySim;
    std::unique_ptr<KalshiVenue> m_kalshi;
    std::unique_ptr<PolymarketVenue> m_poly;
    std::unique_ptr<BookStore> m_books;
    std::unique_ptr<Executor> m_executor;
    int m_kalshiCreates = 0;
    int m_polyPosts = 0;
    std::function<void(int)> m_onKalshiCreate;
    std::function<void(int)> m_onPolyPost;
};

} // namespace orion::test
