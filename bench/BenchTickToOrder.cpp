// Tick-to-order latency on loopback: from the simulator emitting a book update that opens an arbitrage gap to the
// simulator's HTTP server receiving the first signed order of the trade. The whole engine runs as in the app: the
// real venue clients (WebSockets, REST, RSA-PSS and EIP-712 signatures), BookStore, Detector, risk and capital,
// Executor and its SQLite journal, composed by TradingPipeline in live mode against the built-in demo world.
//
// The simulator runs on its own thread, as SimulatorHost does in `orion --demo`; the pipeline runs on the
// benchmark's thread (the engine thread). Both timestamps are taken on the simulator thread (steady clock): t0 right
// before the house order that opens the gap is placed (the exchange emits the book change synchronously into the
// WebSocket feed), t1 when the venue's HTTP server has read the complete order request.
//
// One pair (the first designed pair with the same polarity) is controlled by hand; the price driver is off:
//   Kalshi YES bid 0.30 / ask 0.51, Polymarket YES bid 0.49 / ask 0.70, 100,000 contracts each: no gap.
//   first_order_to_kalshi:     a house YES ask 0.40 x 10 appears on Kalshi (Kalshi YES + Polymarket NO < $1).
//   first_order_to_polymarket: a house YES bid 0.60 x 10 appears on Polymarket (its NO ask 0.40).
// The thin side goes first (LegPlan: less depth at the limit), so the first order goes to the venue that moved.
// After each trade is hedged the rest of the thin order is cancelled and the gap is seen closed before the next.
//
//   bench/benchticktoorder --benchmark_counters_tabular=true [--benchmark_format=json]
//
// Counters: p50_us, p90_us, p99_us, max_us over the measured iterations (after kWarmup unmeasured ones), and
// detected_p50_us / detected_p99_us: the part until the pipeline announces the opportunity. One run
// per process: every trade keeps its exposure (risk.max_total_exposure of the default $10,000 bankroll allows ~900).

#include "common/Clock.h"
#include "common/Result.h"
#include "config/SettingsLoader.h"
#include "crypto/Random.h"
#include "crypto/RsaKeyGenerator.h"
#include "crypto/RsaPssSigner.h"
#include "engine/TradingPipeline.h"
#include "engine/VenueAccess.h"
#include "execution/Journal.h"
#include "risk/HaltFlag.h"
#include "storage/Database.h"
#include "venues/sim/SimDemoWorld.h"
#include "venues/sim/SimHttpServer.h"
#include "venues/sim/SimKalshiExchange.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace orion;

namespace {

constexpr std::int64_t kDeepHundredths = 10'000'000; // 100,000 contracts: never used up by the second legs
constexpr std::int64_t kThinHundredths = 1'000;      // 10 contracts: the gap, and the trade's size
constexpr std::int64_t kKalshiBid = 300'000;
constexpr std::int64_t kKalshiAsk = 510'000;
constexpr std::int64_t kPolymarketBid = 490'000;
constexpr std::int64_t kPolymarketAsk = 700'000;
constexpr std::int64_t kKalshiGapAsk = 400'000;      // YES 0.40 + NO 0.51 + fees ~ $0.947
constexpr std::int64_t kPolymarketGapBid = 600'000;  // NO 0.40 + YES 0.51 + fees ~ $0.944
constexpr int kWarmup = 10;
constexpr int kIterations = 300;
constexpr int kPaceMs = 250;
constexpr int kStartTimeoutMs = 90'000;
constexpr int kStepTimeoutMs = 10'000;
const QString kHouse = QStringLiteral("house"); // the address SimPolymarketExchange::seedOrder rests orders under

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Runs this thread's events until `done` holds; false after timeoutMs.
bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer wake; // only so that the deadline is noticed while nothing else happens
    wake.start(10);
    while (!done()) {
        if (elapsed.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool isOrderPost(VenueId venue, const SimHttpRequest& request)
{
    if (request.method != "POST") {
        return false;
    }
    if (venue == VenueId::Kalshi) {
        return request.path.endsWith(QLatin1String("/portfolio/events/orders"))
            || request.path.endsWith(QLatin1String("/portfolio/events/orders/batched"));
    }
    return request.path == QLatin1String("/order") || request.path == QLatin1String("/orders");
}

struct Sample
{
    std::int64_t toOrderNs = 0;    // book update emitted -> first order request read by the venue
    std::int64_t toDetectedNs = 0; // book update emitted -> the pipeline announces the opportunity (recorded)
};

class Harness final
{
public:
    Harness() = default;
    Q_DISABLE_COPY_MOVE(Harness)

    ~Harness()
    {
        m_pipeline.reset(); // its clients and sockets live on this thread; the simulator's on its own
        if (m_simThread.isRunning()) {
            m_simThread.quit();
            m_simThread.wait();
        }
    }

    [[nodiscard]] Status start()
    {
        if (!m_dir.isValid()) {
            return makeError(QStringLiteral("bench.dir"), QStringLiteral("no temporary directory"));
        }
        const LoadOutcome defaults = SettingsLoader::loadDefault();
        if (!defaults.ok()) {
            return makeError(QStringLiteral("bench.settings"), QStringLiteral("the default settings do not load"));
        }
        Settings settings = *defaults.settings;
        settings.engine.mode = TradingMode::Live;
        // With the price driver off the feeds are silent between iterations, so the quiet-book confirmation in
        // tick() (which needs a flowing stream) cannot keep the books younger than the default 2 s.
        settings.engine.maxBookAgeMs = 3'600'000;
        // Positions are marked at the wide baseline bids (0.30 + 0.30 against ~$0.95 paid): a paper loss per trade
        // that would trip the daily-loss breaker long before the run ends.
        settings.risk.maxDailyLossPct = Ratio::one();
        // Every hedged trade keeps its exposure until its markets resolve: room for the whole run on one pair.
        settings.risk.maxOpenPositions = 1'000'000;
        settings.risk.maxExposurePerEvent = Cash::fromMicros(1'000'000'000'000);
        settings.trading.minTradeSizeUsd = Cash::fromMicros(1'000'000); // a 10-contract trade costs ~$9.50

        Status keys = makeKeys();
        if (!keys.ok()) {
            return keys;
        }
        Status world = startWorld();
        if (!world.ok()) {
            return world;
        }

        auto database = Database::open(QStringLiteral("sqlite:///") + m_dir.path() + QStringLiteral("/bench.db"));
        if (!database.ok()) {
            return database.error();
        }
        m_database = std::move(database).value();
        const Result<int> migrated = m_database->migrate();
        if (!migrated.ok()) {
            return migrated.error();
        }

        m_pipeline =
            std::make_unique<TradingPipeline>(*m_database, std::move(m_access), settings, m_halt, m_clock);
        m_pipeline->setGate([](const Opportunity&) { return QString(); });
        QObject::connect(m_pipeline.get(), &TradingPipeline::catalogueMatched, m_pipeline.get(),
                         [this](const QList<MatchResult>& results) {
                             QList<MatchResult> automatic;
                             for (const MatchResult& result : results) {
                                 if (result.decision == MatchDecision::Auto) {
                                     automatic.append(result);
                                 }
                             }
                             m_pipeline->setTradablePairs(automatic); // what the Engine does without a registry
                             m_matched = true;
                         });
        QObject::connect(m_pipeline.get(), &TradingPipeline::balancesChanged, m_pipeline.get(),
                         [this](const QList<DashboardBalance>& balances) {
                             m_balances = static_cast<int>(balances.size());
                         });
        QObject::connect(m_pipeline.get(), &TradingPipeline::opportunityEvent, m_pipeline.get(),
                         [this](const OpportunityEvent& event, const QString&) {
                             if (event.kind == OpportunityEvent::Kind::Closed) {
                                 m_open.remove(event.opportunity.id);
                             } else {
                                 if (event.kind == OpportunityEvent::Kind::Opened && m_openedNs == 0) {
                                     m_openedNs = steadyNs();
                                 }
                                 m_open.insert(event.opportunity.id);
                             }
                         });
        QObject::connect(m_pipeline.get(), &TradingPipeline::tradeStateChanged, m_pipeline.get(),
                         [this](qint64, TradeState state, const QString& note) {
                             if (isFinal(state)) {
                                 ++m_tradesFinished;
                             } else if (state == TradeState::NeedsAttention || state == TradeState::Halted) {
                                 m_problem = tradeStateName(state) + QStringLiteral(": ") + note;
                             }
                         });
        QObject::connect(m_pipeline.get(), &TradingPipeline::problem, m_pipeline.get(),
                         [this](const QString& text) { m_problem = text; });

        const Status started = m_pipeline->start();
        if (!started.ok()) {
            return started;
        }
        // The engine cycle's periodic work. Besides realism it is what fetches Polymarket's balance: the request
        // at start() fails while the wallet's API key is still being derived, and the next is tick()'s 30 s
        // refresh, so start-up takes about 30 s.
        m_cycle = new QTimer(m_pipeline.get());
        QObject::connect(m_cycle, &QTimer::timeout, m_pipeline.get(), &TradingPipeline::tick);
        m_cycle->start(settings.engine.pollIntervalMs);
        const bool up = spinUntil(
            [this] {
                return m_matched && m_pipeline->isReady() && m_balances >= 2
                    && bookShows(VenueId::Kalshi, false, kKalshiAsk)
                    && bookShows(VenueId::Polymarket, true, kPolymarketBid);
            },
            kStartTimeoutMs);
        if (!up) {
            return makeError(QStringLiteral("bench.start"),
                             QStringLiteral("the pipeline did not come up (matched %1, ready %2, balances %3): %4")
                                 .arg(m_matched)
                                 .arg(m_pipeline->isReady())
                                 .arg(m_balances)
                                 .arg(m_problem));
        }
        return {};
    }

    // One gap opened on `venue`, traded and closed again.
    [[nodiscard]] Result<Sample> tick(VenueId venue)
    {
        if (!spinUntil([this] { return m_open.isEmpty(); }, kStepTimeoutMs)) {
            return makeError(QStringLiteral("bench.open"), QStringLiteral("an opportunity stayed open"));
        }
        // Gaps no closer than kPaceMs: Kalshi's basic-tier write budget (KalshiRateTier: 100 tokens a second, 10
        // per create, a one-second burst) queues each create for ~100 ms once back-to-back trades have spent the
        // burst, and that queueing is not the engine's latency.
        const std::int64_t dueNs = m_lastGapNs + std::int64_t{kPaceMs} * 1'000'000;
        spinUntil([dueNs] { return steadyNs() >= dueNs; }, kPaceMs + kStepTimeoutMs);
        const int finishedBefore = m_tradesFinished;
        m_openedNs = 0;
        const int startedBefore = m_pipeline->tradesStarted();
        std::int64_t sentNs = 0;
        QString orderId;
        QString refused;
        QMetaObject::invokeMethod(
            m_world,
            [&] {
                m_orderNs.store(0);
                m_orderVenue.store(-1);
                m_armed.store(true);
                sentNs = steadyNs();
                m_lastGapNs = sentNs;
                if (venue == VenueId::Kalshi) {
                    const Result<QString> placed = m_world->kalshi().exchange().placeMakerOrder(
                        m_kalshiTicker, false, kKalshiGapAsk, kThinHundredths);
                    orderId = placed.ok() ? placed.value() : QString();
                    refused = placed.ok() ? QString() : placed.error().message;
                } else {
                    orderId = m_world->polymarket().exchange().seedOrder(m_yesToken, true, kPolymarketGapBid,
                                                                         kThinHundredths);
                    refused = orderId.isEmpty() ? QStringLiteral("seed order refused") : QString();
                }
            },
            Qt::BlockingQueuedConnection);
        if (!refused.isEmpty()) {
            return makeError(QStringLiteral("bench.gap"), refused);
        }
        const bool traded = spinUntil([&] { return m_tradesFinished > finishedBefore; }, kStepTimeoutMs);
        const std::int64_t orderNs = m_orderNs.load();
        const int orderVenue = m_orderVenue.load();
        m_armed.store(false);

        // Close the gap: what the trade did not take of the thin order is cancelled (a filled one is already gone).
        QMetaObject::invokeMethod(
            m_world,
            [&] {
                if (venue == VenueId::Kalshi) {
                    (void)m_world->kalshi().exchange().cancelMakerOrder(orderId);
                } else {
                    (void)m_world->polymarket().exchange().cancel(kHouse, orderId);
                }
            },
            Qt::BlockingQueuedConnection);
        if (!traded) {
            return makeError(QStringLiteral("bench.trade"),
                             QStringLiteral("no trade finished (%1 started): %2")
                                 .arg(m_pipeline->tradesStarted() - startedBefore)
                                 .arg(m_problem));
        }
        if (m_pipeline->tradesStarted() != startedBefore + 1) {
            return makeError(QStringLiteral("bench.trade"), QStringLiteral("one gap started %1 trades")
                                                                .arg(m_pipeline->tradesStarted() - startedBefore));
        }
        if (orderNs == 0 || orderVenue != static_cast<int>(venue)) {
            return makeError(QStringLiteral("bench.order"),
                             QStringLiteral("the first order did not reach %1").arg(venueName(venue)));
        }
        if (!spinUntil([this] { return m_open.isEmpty(); }, kStepTimeoutMs)) {
            return makeError(QStringLiteral("bench.close"), QStringLiteral("the gap did not close"));
        }
        if (m_openedNs == 0) {
            return makeError(QStringLiteral("bench.detect"), QStringLiteral("the trade had no Opened event"));
        }
        return Sample{orderNs - sentNs, m_openedNs - sentNs};
    }

private:
    Status makeKeys()
    {
        auto keys = RsaKeyGenerator::generateKeyPair();
        if (!keys.ok()) {
            return keys.error();
        }
        auto wallet = Random::secretBytes(32);
        if (!wallet.ok()) {
            return wallet.error();
        }
        m_publicKeyPem = keys.value().publicKeyPem;
        m_access.kalshiKeyId = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_access.kalshiPrivateKeyPem = std::move(keys.value().privateKeyPem);
        m_access.polymarketWalletKey = std::move(wallet).value();
        m_access.simulator = true;
        return {};
    }

    // The demo world with the driver off and one pair's books replaced by the hand-made quotes, then moved to its
    // thread before it owns a socket (as SimulatorHost does).
    Status startWorld()
    {
        m_world = new SimDemoWorld(1);
        for (const SimDemoWorld::DemoPair& pair : SimDemoWorld::designedPairs()) {
            if (!pair.inverse) {
                m_kalshiTicker = pair.kalshiTicker;
                m_condition = pair.polymarketConditionId;
                break;
            }
        }
        SimKalshiExchange& kalshi = m_world->kalshi().exchange();
        SimPolymarketExchange& polymarket = m_world->polymarket().exchange();
        const SimPolymarketMarket* market = polymarket.marketByCondition(m_condition);
        if (market == nullptr) {
            delete m_world;
            m_world = nullptr;
            return makeError(QStringLiteral("bench.world"), QStringLiteral("no Polymarket market ") + m_condition);
        }
        m_yesToken = market->yesTokenId;
        polymarket.setStartingCollateral(1'000'000'000'000); // $1,000,000 for the wallet's API key
        polymarket.setAutoConfirmMs(1);                       // trades settle on chain at once
        // The price driver's house quotes on this pair: Kalshi's are taken out by flow, Polymarket's cancelled.
        (void)kalshi.placeFlowOrder(m_kalshiTicker, false, 10'000, kDeepHundredths * 10, true);
        (void)kalshi.placeFlowOrder(m_kalshiTicker, true, 990'000, kDeepHundredths * 10, true);
        for (const QString& id : polymarket.openOrderIds(kHouse, m_condition)) {
            (void)polymarket.cancel(kHouse, id);
        }
        const auto levels = kalshi.bookLevels(m_kalshiTicker);
        if (!levels || !levels->yes.empty() || !levels->no.empty() || !polymarket.bids(m_yesToken).isEmpty()
            || !polymarket.asks(m_yesToken).isEmpty()) {
            delete m_world;
            m_world = nullptr;
            return makeError(QStringLiteral("bench.world"), QStringLiteral("the pair's books did not clear"));
        }
        const bool quoted = kalshi.placeMakerOrder(m_kalshiTicker, true, kKalshiBid, kDeepHundredths).ok()
            && kalshi.placeMakerOrder(m_kalshiTicker, false, kKalshiAsk, kDeepHundredths).ok()
            && !polymarket.seedOrder(m_yesToken, true, kPolymarketBid, kDeepHundredths).isEmpty()
            && !polymarket.seedOrder(m_yesToken, false, kPolymarketAsk, kDeepHundredths).isEmpty();
        if (!quoted) {
            delete m_world;
            m_world = nullptr;
            return makeError(QStringLiteral("bench.world"), QStringLiteral("the pair's quotes were refused"));
        }

        m_world->moveToThread(&m_simThread);
        QObject::connect(&m_simThread, &QThread::finished, m_world, &QObject::deleteLater);
        m_simThread.setObjectName(QStringLiteral("bench-simulator"));
        m_simThread.start();

        // Stamped on the simulator thread as each request is read, before its handler runs.
        QObject::connect(&m_world->kalshi().http(), &SimHttpServer::requestReceived, m_world,
                         [this](const SimHttpRequest& request) { onRequest(VenueId::Kalshi, request); });
        QObject::connect(&m_world->polymarket().clob().server(), &SimHttpServer::requestReceived, m_world,
                         [this](const SimHttpRequest& request) { onRequest(VenueId::Polymarket, request); });

        Status listening;
        Status registered;
        QMetaObject::invokeMethod(
            m_world,
            [&] {
                listening = m_world->listen();
                m_world->setDriving(false); // every book change comes from this benchmark
                if (!listening.ok()) {
                    return;
                }
                registered = m_world->registerKalshiKey(m_access.kalshiKeyId, m_publicKeyPem);
                m_access.kalshiRestUrl = m_world->kalshiRestUrl();
                m_access.kalshiWsUrl = m_world->kalshiWsUrl();
                m_access.polymarketClobUrl = m_world->polymarketClobUrl();
                m_access.polymarketGammaUrl = m_world->polymarketGammaUrl();
                m_access.polymarketWsUrl = m_world->polymarketWsUrl();
            },
            Qt::BlockingQueuedConnection);
        if (!listening.ok()) {
            return listening;
        }
        return registered;
    }

    // Simulator thread.
    void onRequest(VenueId venue, const SimHttpRequest& request)
    {
        const std::int64_t now = steadyNs();
        if (!isOrderPost(venue, request)) {
            return;
        }
        bool armed = true;
        if (m_armed.compare_exchange_strong(armed, false)) {
            m_orderNs.store(now);
            m_orderVenue.store(static_cast<int>(venue));
        }
    }

    // The pipeline's book of one side of the pair shows `priceMicros` as its best YES bid (bid) or ask.
    bool bookShows(VenueId venue, bool bid, std::int64_t priceMicros) const
    {
        const MarketKey key{venue, venue == VenueId::Kalshi ? m_kalshiTicker : m_condition};
        const std::optional<MarketHandle> handle = m_pipeline->books().find(key);
        if (!handle || !m_pipeline->books().book(*handle).isLive()) {
            return false;
        }
        const OrderBook& book = m_pipeline->books().book(*handle);
        const std::optional<PriceLevel> best = bid ? book.bestBid(Outcome::Yes) : book.bestAsk(Outcome::Yes);
        return best && best->price.micros() == priceMicros;
    }

    QTemporaryDir m_dir;
    QThread m_simThread;
    SimDemoWorld* m_world = nullptr; // deleted on its thread when the thread finishes
    QString m_kalshiTicker;
    QString m_condition;
    QString m_yesToken;
    QByteArray m_publicKeyPem;
    VenueAccess m_access;
    std::unique_ptr<Database> m_database;
    HaltFlag m_halt;
    SystemClock m_clock;
    std::unique_ptr<TradingPipeline> m_pipeline;
    QTimer* m_cycle = nullptr; // owned by the pipeline

    // Written on the simulator thread.
    std::atomic<bool> m_armed{false};
    std::atomic<std::int64_t> m_orderNs{0};
    std::atomic<int> m_orderVenue{-1};

    // The benchmark's thread.
    bool m_matched = false;
    int m_balances = 0;
    int m_tradesFinished = 0;
    std::int64_t m_openedNs = 0;  // the first Opened event since the gap, as the pipeline announces it
    std::int64_t m_lastGapNs = 0; // written inside the blocking call on the simulator thread, read after it
    QSet<OpportunityId> m_open;
    QString m_problem;
};

std::unique_ptr<Harness> g_harness;
QString g_harnessError;

Harness* harness()
{
    if (!g_harness && g_harnessError.isEmpty()) {
        auto made = std::make_unique<Harness>();
        const Status started = made->start();
        if (started.ok()) {
            g_harness = std::move(made);
        } else {
            g_harnessError = started.error().message;
        }
    }
    return g_harness.get();
}

double percentileUs(const std::vector<std::int64_t>& sorted, double q)
{
    if (sorted.empty()) {
        return 0.0;
    }
    const auto k = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1));
    return static_cast<double>(sorted[k]) / 1000.0;
}

void BM_TickToOrder(benchmark::State& state, VenueId venue)
{
    Harness* h = harness();
    if (h == nullptr) {
        state.SkipWithError(g_harnessError.toStdString().c_str());
        return;
    }
    for (int i = 0; i < kWarmup; ++i) {
        const Result<Sample> warm = h->tick(venue);
        if (!warm.ok()) {
            state.SkipWithError(warm.error().message.toStdString().c_str());
            return;
        }
    }
    std::vector<std::int64_t> toOrder;
    std::vector<std::int64_t> toDetected;
    toOrder.reserve(kIterations);
    toDetected.reserve(kIterations);
    for (auto _ : state) {
        const Result<Sample> sample = h->tick(venue);
        if (!sample.ok()) {
            state.SkipWithError(sample.error().message.toStdString().c_str());
            break;
        }
        toOrder.push_back(sample.value().toOrderNs);
        toDetected.push_back(sample.value().toDetectedNs);
        state.SetIterationTime(static_cast<double>(sample.value().toOrderNs) / 1e9);
    }
    std::sort(toOrder.begin(), toOrder.end());
    std::sort(toDetected.begin(), toDetected.end());
    state.counters["p50_us"] = percentileUs(toOrder, 0.50);
    state.counters["p90_us"] = percentileUs(toOrder, 0.90);
    state.counters["p99_us"] = percentileUs(toOrder, 0.99);
    state.counters["max_us"] = toOrder.empty() ? 0.0 : static_cast<double>(toOrder.back()) / 1000.0;
    // The share before the executor runs: feed, parsing, book, detector and the opportunity's SQLite record.
    state.counters["detected_p50_us"] = percentileUs(toDetected, 0.50);
    state.counters["detected_p99_us"] = percentileUs(toDetected, 0.99);
}

} // namespace

BENCHMARK_CAPTURE(BM_TickToOrder, first_order_to_kalshi, VenueId::Kalshi)
    ->Iterations(kIterations)
    ->UseManualTime()
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_TickToOrder, first_order_to_polymarket, VenueId::Polymarket)
    ->Iterations(kIterations)
    ->UseManualTime()
    ->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The engine's info lines (several per trade) would go to this terminal, where the app writes them to its log
    // file; warnings and errors still show.
    QLoggingCategory::setFilterRules(QStringLiteral("orion.*.info=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_harness.reset(); // before the application object goes
    return 0;
}
