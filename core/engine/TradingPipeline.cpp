#include "engine/TradingPipeline.h"

#include "common/Logging.h"
#include "common/Notional.h"
#include "crypto/EthAddress.h"
#include "crypto/Random.h"
#include "crypto/Secp256k1Signer.h"
#include "execution/Executor.h"
#include "execution/PaperVenue.h"
#include "execution/Reconciler.h"
#include "matching/CatalogueMatching.h"
#include "portfolio/PerformanceMetrics.h"
#include "portfolio/PositionKey.h"
#include "risk/CapitalManager.h"
#include "risk/CircuitBreaker.h"
#include "risk/HaltFlag.h"
#include "risk/RiskManager.h"
#include "storage/LedgerRepository.h"
#include "storage/MatchRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/SqlJournal.h"
#include "venues/kalshi/KalshiExecutionClient.h"
#include "venues/kalshi/KalshiMarketDataClient.h"
#include "venues/kalshi/KalshiVenue.h"
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/polymarket/PolymarketVenue.h"

#include <QUuid>

namespace orion {
namespace {

constexpr int kMaxOrdersShown = 200;
constexpr int kMaxFillsShown = 500;
constexpr qint64 kBalanceRefreshMs = 30'000;
constexpr qint64 kHistoryIntervalMs = 5'000;
constexpr int kMaxHistoryPoints = 2'000;

ExecutionMode executionModeOf(TradingMode mode)
{
    switch (mode) {
    case TradingMode::DryRun:
        return ExecutionMode::DryRun;
    case TradingMode::AlertOnly:
        return ExecutionMode::AlertOnly;
    case TradingMode::Paper:
        return ExecutionMode::Paper;
    case TradingMode::Live:
        break;
    }
    return ExecutionMode::Live;
}

QString pairIdOf(const QString& kalshiTicker, const QString& polymarketKey)
{
    return kalshiTicker + QLatin1Char('|') + polymarketKey;
}

CapitalParams capitalParamsOf(const Settings& settings)
{
    CapitalParams params;
    params.bankroll = settings.capital.initialBankroll;
    params.kalshiAllocation = settings.capital.kalshiAllocationPct;
    params.polymarketAllocation = settings.capital.polymarketAllocationPct;
    params.reserve = settings.capital.reservePct;
    params.maxTradeSize = settings.trading.maxTradeSizePct;
    params.rebalanceIntervalHr = settings.capital.rebalanceIntervalHr;
    return params;
}

DetectorParams detectorParamsOf(const Settings& settings)
{
    DetectorParams params;
    params.thresholdSpread = settings.trading.thresholdSpread;
    params.slippageTolerance = settings.trading.slippageTolerance;
    params.minTradeSize = settings.trading.minTradeSizeUsd;
    params.targetLiquidityDepth = settings.trading.targetLiquidityDepth;
    params.maxBookAgeMs = settings.engine.maxBookAgeMs;
    return params;
}

// Records of one venue's catalogue as JSON lines, the form the matcher's CatalogueReader takes.
QByteArray jsonLinesOf(const QList<VenueMarket>& markets)
{
    QByteArray bytes;
    for (const VenueMarket& market : markets) {
        if (!market.rawJson.isEmpty()) {
            bytes += market.rawJson;
            bytes += '\n';
        }
    }
    return bytes;
}

LedgerFill ledgerFillOf(const FillReport& fill)
{
    return LedgerFill{fill.market, fill.outcome, fill.side == OrderSide::Buy, fill.price, fill.quantity, fill.fee,
                      fill.tsEvent.toMSecsSinceEpoch()};
}

} // namespace

TradingPipeline::TradingPipeline(Database& database, VenueAccess access, const Settings& settings, HaltFlag& halt,
                                 const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_access(std::move(access))
    , m_settings(settings)
    , m_halt(halt)
    , m_clock(clock)
    , m_detector(m_books, &m_feed)
{
    m_journal = std::make_unique<SqlJournal>(m_database);
    m_matchRepository = std::make_unique<MatchRepository>(m_database);
    m_ledgerRepository = std::make_unique<LedgerRepository>(m_database);
    m_opportunityRepository = std::make_unique<OpportunityRepository>(
        m_database, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
    m_risk = std::make_unique<RiskManager>();
    m_capital = std::make_unique<CapitalManager>();
    m_breaker = new CircuitBreaker(m_clock, {}, this);
    connect(m_breaker, &CircuitBreaker::tripped, this, &TradingPipeline::circuitBreakerTripped);
    connect(&m_feed, &OpportunityFeed::eventOccurred, this, &TradingPipeline::onOpportunity);

    m_executor = new Executor(*m_journal, m_halt, m_clock, this);
    m_executor->setBookStore(&m_books);
    m_executor->setCircuitBreaker(m_breaker);
    m_executor->setRiskManager(m_risk.get());
    m_executor->setCapitalManager(m_capital.get());
    connect(m_executor, &Executor::tradeStateChanged, this, &TradingPipeline::onTradeState);
    connect(m_executor, &Executor::fillConfirmed, this, [this](const FillReport& fill) {
        const Status booked = m_ledger.applyFill(ledgerFillOf(fill));
        if (!booked.ok()) {
            qCCritical(lcEngine).noquote() << "ledger:" << booked.error().message;
            emit problem(booked.error().message);
        }
        publishPositions();
        publishPerformance();
    });
    connect(m_executor, &Executor::alertRaised, this, &TradingPipeline::problem);

    m_reconciler = new Reconciler(*m_journal, m_clock, this);
    connect(m_reconciler, &Reconciler::finished, this, &TradingPipeline::onReconciled);

    // The paper venues start with the bankroll split as configured; they fill against the live books.
    const Cash bankroll = settings.capital.initialBankroll;
    const Cash kalshiCash = settings.capital.kalshiAllocationPct.applyTo(bankroll, Rounding::Down).valueOr(Cash::zero());
    const Cash polymarketCash =
        settings.capital.polymarketAllocationPct.applyTo(bankroll, Rounding::Down).valueOr(Cash::zero());
    m_paperKalshi = new PaperVenue(VenueId::Kalshi, m_books, m_clock, kalshiCash, this);
    m_paperPolymarket = new PaperVenue(VenueId::Polymarket, m_books, m_clock, polymarketCash, this);
    connectExecution(*m_paperKalshi);
    connectExecution(*m_paperPolymarket);
    setSettings(settings);
}

TradingPipeline::~TradingPipeline()
{
    stop();
}

Status TradingPipeline::start()
{
    if (m_started) {
        return {};
    }
    m_startedAtMs = m_clock.nowMs();
    buildVenues();
    m_started = true;
    m_paperKalshi->start();
    m_paperPolymarket->start();
    restorePaperState();
    if (m_kalshi != nullptr) {
        m_kalshi->marketData().start();
        m_kalshi->execution().start();
        m_kalshi->marketData().requestCatalogue();
    }
    if (m_polymarket != nullptr) {
        m_polymarket->marketData().start();
        if (m_access.hasPolymarketKey()) {
            m_polymarket->execution().start();
        }
        m_polymarket->marketData().requestCatalogue();
    }
    applyExecutionMode();
    startReconciliation();
    requestBalances();
    return {};
}

void TradingPipeline::stop()
{
    if (!m_started) {
        return;
    }
    m_started = false;
    persistLedger();
    if (m_kalshi != nullptr) {
        m_kalshi->marketData().stop();
        m_kalshi->execution().stop();
    }
    if (m_polymarket != nullptr) {
        m_polymarket->marketData().stop();
        m_polymarket->execution().stop();
    }
    m_paperKalshi->stop();
    m_paperPolymarket->stop();
}

void TradingPipeline::buildVenues()
{
    if (m_access.hasKalshiKey()) {
        KalshiVenueConfig config;
        config.restBaseUrl = m_access.kalshiRestUrl;
        config.wsUrl = m_access.kalshiWsUrl;
        config.keyId = m_access.kalshiKeyId;
        auto venue = KalshiVenue::create(config, m_access.kalshiPrivateKeyPem, m_clock, this);
        if (venue.ok()) {
            m_kalshi = std::move(venue).value().release();
            connectMarketData(m_kalshi->marketData());
            connectExecution(m_kalshi->execution());
            // Kalshi holds collateral per exchange shard: size each Kalshi leg by its market's shard.
            connect(&m_kalshi->execution(), &KalshiExecutionClient::shardBalancesReported, this,
                    [this](const QMap<int, Cash>& availableByShard) {
                        if (m_settings.engine.mode == TradingMode::Live) {
                            m_capital->setKalshiShardCash(availableByShard);
                        }
                    });
        } else {
            qCCritical(lcEngine).noquote() << "Kalshi:" << venue.error().message;
            emit problem(tr("Kalshi cannot be used: %1").arg(venue.error().message));
        }
    } else {
        const QString text = tr("Kalshi credentials are missing (kalshi.key_id, kalshi.private_key): Kalshi's "
                                "market feed needs them. Store them with `orion credentials set`.");
        qCWarning(lcEngine).noquote() << text;
        emit problem(text);
    }

    // Polymarket's market data is public; without a wallet key a throw-away key stands in and nothing is traded
    // live there (missingForLive says so).
    Result<Secp256k1Signer> wallet = m_access.hasPolymarketKey()
        ? Secp256k1Signer::fromPrivateKey(m_access.polymarketWalletKey.clone())
        : [] () -> Result<Secp256k1Signer> {
              auto bytes = Random::secretBytes(Secp256k1Signer::kPrivateKeySize);
              if (!bytes.ok()) {
                  return bytes.error();
              }
              return Secp256k1Signer::fromPrivateKey(std::move(bytes).value());
          }();
    if (!wallet.ok()) {
        qCCritical(lcEngine).noquote() << "Polymarket:" << wallet.error().message;
        emit problem(tr("Polymarket cannot be used: %1").arg(wallet.error().message));
        return;
    }
    PolymarketVenue::Endpoints endpoints;
    endpoints.clob = m_access.polymarketClobUrl;
    endpoints.gamma = m_access.polymarketGammaUrl;
    endpoints.webSocket = m_access.polymarketWsUrl;
    m_polymarket = new PolymarketVenue(endpoints, std::move(wallet).value(), this);
    if (!m_access.polymarketDepositWallet.isEmpty()) {
        // The funds sit in a deposit wallet: orders name it as maker and signer, signed for it by the key. A wallet
        // that cannot be used stops Polymarket rather than trading from the key's own (empty) address.
        const Result<EthAddress> depositWallet = EthAddress::fromHex(m_access.polymarketDepositWallet);
        const Status chosen = depositWallet.ok()
            ? m_polymarket->clob().setWallet(PolymarketSignatureType::Poly1271, depositWallet.value())
            : Status(depositWallet.error());
        if (!chosen.ok()) {
            qCCritical(lcEngine).noquote() << "Polymarket deposit wallet:" << chosen.error().message;
            emit problem(tr("Polymarket cannot be used: %1").arg(chosen.error().message));
            delete m_polymarket;
            m_polymarket = nullptr;
            return;
        }
        qCInfo(lcEngine).noquote() << "Polymarket orders are signed for deposit wallet"
                                   << depositWallet.value().toChecksumHex();
    }
    connectMarketData(m_polymarket->marketData());
    connectExecution(m_polymarket->execution());
}

void TradingPipeline::connectMarketData(MarketDataClient& client)
{
    const VenueId venue = client.venue();
    connect(&client, &MarketDataClient::catalogueLoaded, this,
            [this, venue](const QList<VenueMarket>& markets) { onCatalogue(venue, markets); });
    connect(&client, &MarketDataClient::bookSnapshotReceived, this,
            [this](const MarketKey& market, const BookSnapshot& snapshot, qint64) { onSnapshot(market, snapshot); });
    connect(&client, &MarketDataClient::bookDeltaReceived, this,
            [this](const MarketKey& market, const BookDelta& delta, qint64) { onDelta(market, delta); });
    connect(&client, &MarketDataClient::continuityLost, this, &TradingPipeline::onContinuityLost);
    connect(&client, &MarketDataClient::requestFailed, this, [this, venue](const QString& what, const Error& error) {
        const QString text = tr("%1 %2 failed: %3").arg(venueName(venue), what, error.message);
        qCWarning(lcEngine).noquote() << text;
        emit problem(text);
    });
    connect(&client, &MarketDataClient::connectionChanged, this, [this, venue](bool connected) {
        qCInfo(lcEngine).noquote() << venueName(venue) << "market data" << (connected ? "connected" : "disconnected");
        if (!connected) {
            m_books.markVenueDisconnected(venue);
            m_detector.reevaluateAll(m_clock.nowMs());
        }
    });
}

void TradingPipeline::connectExecution(ExecutionClient& client)
{
    connect(&client, &ExecutionClient::connectionChanged, this, [this, &client](bool connected) {
        if (!connected) {
            return;
        }
        // A venue's session is up (Polymarket's API key derived): its balance can be read now, not at the next
        // refresh; sizing has nothing to spend until it is.
        if (m_settings.engine.mode == TradingMode::Live && qobject_cast<PaperVenue*>(&client) == nullptr) {
            client.requestBalance();
        }
        if (m_reconcileWhenConnected) {
            startReconciliation();
        }
    });
    connect(&client, &ExecutionClient::requestFailed, this, [this, &client](const QString& what, const Error& error) {
        qCWarning(lcEngine).noquote() << venueName(client.venue()) << what << "failed:" << error.message;
    });
    connect(&client, &ExecutionClient::orderStatusReported, this, &TradingPipeline::onOrderStatus);
    connect(&client, &ExecutionClient::fillReported, this, &TradingPipeline::onFill);
    connect(&client, &ExecutionClient::balanceReported, this, &TradingPipeline::onBalance);
}

const MarketDataClient* TradingPipeline::marketData(VenueId venue) const
{
    if (venue == VenueId::Kalshi) {
        return m_kalshi != nullptr ? &m_kalshi->marketData() : nullptr;
    }
    return m_polymarket != nullptr ? &m_polymarket->marketData() : nullptr;
}

ExecutionClient* TradingPipeline::liveClient(VenueId venue) const
{
    if (venue == VenueId::Kalshi) {
        return m_kalshi != nullptr ? &m_kalshi->execution() : nullptr;
    }
    return m_polymarket != nullptr && m_access.hasPolymarketKey() ? &m_polymarket->execution() : nullptr;
}

QStringList TradingPipeline::missingForLive() const
{
    QStringList missing;
    if (!m_access.hasKalshiKey()) {
        missing << QStringLiteral("kalshi.key_id") << QStringLiteral("kalshi.private_key");
    }
    if (!m_access.hasPolymarketKey()) {
        missing << QStringLiteral("polymarket.private_key");
    }
    return missing;
}

void TradingPipeline::setSettings(const Settings& settings)
{
    m_settings = settings;
    m_detector.setParams(detectorParamsOf(settings), m_clock.nowMs());
    m_capital->setParams(capitalParamsOf(settings));
    m_risk->setLimits(RiskLimits{settings.risk.maxOpenPositions, settings.risk.maxExposurePerEvent,
                                 m_capital->tradableBankroll()});
    CircuitBreakerParams breaker = m_breaker->params();
    breaker.bankroll = settings.capital.initialBankroll;
    breaker.maxDailyLossPct = settings.risk.maxDailyLossPct;
    m_breaker->setParams(breaker);
    if (m_started) {
        applyExecutionMode();
    }
}

void TradingPipeline::applyExecutionMode()
{
    const ExecutionMode mode = executionModeOf(m_settings.engine.mode);
    if (mode == ExecutionMode::Live) {
        m_executor->setClients(liveClient(VenueId::Kalshi), liveClient(VenueId::Polymarket));
        m_reconciler->setClients(liveClient(VenueId::Kalshi), liveClient(VenueId::Polymarket));
    } else {
        m_executor->setClients(m_paperKalshi, m_paperPolymarket);
        m_reconciler->setClients(m_paperKalshi, m_paperPolymarket);
        m_capital->setKalshiShardCash({}); // paper money is not split by shard; live figures must not bound it
    }
    m_reconciler->setMode(mode);
    if (mode == m_executor->mode()) {
        return;
    }
    const Status set = m_executor->setMode(mode);
    if (!set.ok()) {
        emit problem(tr("The execution mode stays %1: %2").arg(executionModeName(m_executor->mode()),
                                                               set.error().message));
        return;
    }
    // A different venue set (paper <-> live) has its own open orders: reconcile before trading on it.
    if (m_started && sendsOrders(mode)) {
        startReconciliation();
    }
    publishBalances();
}

void TradingPipeline::startReconciliation()
{
    if (!sendsOrders(m_executor->mode())) {
        // Nothing is sent in dry-run and alert-only; their journal holds no orders to reconcile.
        m_executor->setReady(true);
        m_ready = true;
        emit readyChanged(true);
        return;
    }
    m_executor->setReady(false);
    m_ready = false;
    emit readyChanged(false);
    if (m_executor->mode() == ExecutionMode::Live) {
        ExecutionClient* kalshi = liveClient(VenueId::Kalshi);
        ExecutionClient* polymarket = liveClient(VenueId::Polymarket);
        if (kalshi == nullptr || polymarket == nullptr) {
            emit problem(tr("Live trading cannot start: missing %1").arg(missingForLive().join(QStringLiteral(", "))));
            return;
        }
        // Their sessions (Polymarket's API key, the WebSockets) come up asynchronously; asking them about orders
        // before that would fail and leave the journal unreconciled.
        if (!kalshi->isConnected() || !polymarket->isConnected()) {
            m_reconcileWhenConnected = true;
            return;
        }
    }
    m_reconcileWhenConnected = false;
    if (m_reconciler->isRunning()) {
        return;
    }
    m_reconciler->setExpectedPositions(expectedVenuePositions());
    m_reconciler->start(10'000);
}

void TradingPipeline::onReconciled(const ReconcileReport& report)
{
    qCInfo(lcEngine).noquote() << "reconciliation" << (report.complete ? "complete:" : "INCOMPLETE:")
                               << report.ordersUpdated << "orders updated," << report.ordersNeverSent
                               << "never sent," << report.fillsRecorded << "fills recorded";
    for (const QString& discrepancy : report.discrepancies) {
        qCWarning(lcEngine).noquote() << "reconciliation:" << discrepancy;
        emit problem(tr("Reconciliation: %1").arg(discrepancy));
    }
    if (!report.complete) {
        // Trading on a journal that disagrees with the venues could send a duplicate order: stay not ready.
        const QString text = tr("the journal could not be reconciled with the venues; nothing is traded until "
                                "it is (restart once the venues answer)");
        m_breaker->trip(text);
        return;
    }
    if (report.fillsRecorded > 0) {
        rebuildLedger(); // fills the venues had and the journal lacked are Orion's now
        publishPositions();
    }
    const Status resumed = m_executor->resumeOpenTrades();
    if (!resumed.ok()) {
        emit problem(tr("Unfinished trades could not be resumed: %1").arg(resumed.error().message));
        m_breaker->trip(resumed.error().message);
        return;
    }
    m_executor->setReady(true);
    m_ready = true;
    emit readyChanged(true);
}

void TradingPipeline::restorePaperState()
{
    // Paper money is only ever in the journal: the paper venues and the ledger are rebuilt from its paper fills,
    // so a restart (or a crash) continues with the same cash and positions.
    const Result<QList<FillReport>> fills = m_journal->fillsOfMode(ExecutionMode::Paper);
    if (!fills.ok()) {
        emit problem(tr("Paper positions could not be restored: %1").arg(fills.error().message));
        return;
    }
    for (const FillReport& fill : fills.value()) {
        PaperVenue* venue = fill.market.venue == VenueId::Kalshi ? m_paperKalshi : m_paperPolymarket;
        venue->restoreFill(fill);
    }
    if (!fills.value().isEmpty()) {
        qCInfo(lcEngine) << "paper state restored from" << fills.value().size() << "journalled fills";
    }
    rebuildLedger();
}

void TradingPipeline::rebuildLedger()
{
    // The ledger is the journal's confirmed fills of the mode being traded, replayed; it is rebuilt at start and
    // after every reconciliation (which may have recorded fills the previous session never saw).
    const ExecutionMode mode = m_settings.engine.mode == TradingMode::Live ? ExecutionMode::Live : ExecutionMode::Paper;
    const Result<QList<FillReport>> fills = m_journal->fillsOfMode(mode);
    if (!fills.ok()) {
        emit problem(tr("The ledger could not be rebuilt: %1").arg(fills.error().message));
        return;
    }
    Ledger rebuilt;
    for (const TradeResult& result : m_ledger.tradeResults()) {
        rebuilt.recordTradeResult(result);
    }
    for (const FillReport& fill : fills.value()) {
        if (fill.settlement == SettlementState::Confirmed) {
            (void)rebuilt.applyFill(ledgerFillOf(fill));
        }
    }
    for (VenueId venue : {VenueId::Kalshi, VenueId::Polymarket}) {
        if (const std::optional<Balance> balance = m_ledger.balance(venue)) {
            rebuilt.setBalance(*balance);
        }
    }
    m_ledger = std::move(rebuilt);
}

QList<PositionReport> TradingPipeline::expectedVenuePositions() const
{
    // What the venues should hold by the ledger, in the form they report it. Kalshi nets YES against NO per market
    // (a YES and a NO contract are $1 at once). Polymarket reports only the markets a session has loaded, none at
    // start, so its positions are not compared here (its orders and fills are).
    QList<PositionReport> expected;
    if (m_settings.engine.mode != TradingMode::Live) {
        // The paper venues report every holding as it is, per outcome, on both venues.
        for (const Position& position : m_ledger.openPositions()) {
            PositionReport report;
            report.market = position.market;
            report.outcome = position.outcome;
            report.quantity = position.quantity;
            expected.append(report);
        }
        return expected;
    }
    QHash<QString, Quantity> net;
    for (const Position& position : m_ledger.openPositions()) {
        if (position.market.venue == VenueId::Kalshi) {
            net[position.market.id] += position.outcome == Outcome::Yes ? position.quantity : -position.quantity;
        }
    }
    for (auto it = net.cbegin(); it != net.cend(); ++it) {
        if (it.value().isZero()) {
            continue;
        }
        PositionReport report;
        report.market = MarketKey{VenueId::Kalshi, it.key()};
        report.outcome = it.value() < Quantity::zero() ? Outcome::No : Outcome::Yes;
        report.quantity = it.value() < Quantity::zero() ? -it.value() : it.value();
        expected.append(report);
    }
    return expected;
}

void TradingPipeline::onCatalogue(VenueId venue, const QList<VenueMarket>& markets)
{
    qCInfo(lcEngine).noquote() << venueName(venue) << "catalogue:" << markets.size() << "open markets";
    for (const VenueMarket& market : markets) {
        m_catalogue.insert(market.key, market);
    }
    if (venue == VenueId::Kalshi) {
        m_kalshiMarkets = markets;
        m_kalshiCatalogue = true;
        for (const VenueMarket& market : markets) {
            if (m_kalshi == nullptr) {
                break;
            }
            if (const std::optional<int> shard = m_kalshi->rest().exchangeIndexOf(market.key.id)) {
                m_capital->setKalshiMarketShard(market.key.id, *shard);
            }
        }
    } else {
        m_polymarketMarkets = markets;
        m_polymarketCatalogue = true;
    }
    if (m_kalshiCatalogue && m_polymarketCatalogue) {
        matchCatalogues();
    }
}

void TradingPipeline::matchCatalogues()
{
    const Result<QList<MatchResult>> matched =
        orion::matchCatalogues(jsonLinesOf(m_kalshiMarkets), jsonLinesOf(m_polymarketMarkets));
    if (!matched.ok()) {
        emit problem(tr("Matching failed: %1").arg(matched.error().message));
        return;
    }
    QList<MatchResult> results = matched.value();
    for (MatchResult& result : results) {
        result.kalshiTitle = m_catalogue.value(MarketKey{VenueId::Kalshi, result.kalshiTicker}).title;
        result.polymarketTitle = m_catalogue.value(MarketKey{VenueId::Polymarket, result.polymarketKey}).title;
    }
    const Status saved = m_matchRepository->save(results, m_clock.now());
    if (!saved.ok()) {
        emit problem(tr("The matched pairs were not stored: %1").arg(saved.error().message));
    }
    int automatic = 0;
    for (const MatchResult& result : std::as_const(results)) {
        automatic += result.decision == MatchDecision::Auto ? 1 : 0;
    }
    qCInfo(lcEngine).noquote() << "matching:" << results.size() << "candidate pairs," << automatic << "auto";
    emit catalogueMatched(results);
}

void TradingPipeline::setTradablePairs(const QList<MatchResult>& pairs)
{
    QList<TradablePair> tradable;
    QList<MarketKey> kalshiMarkets;
    QList<MarketKey> polymarketMarkets;
    m_pairTitles.clear();
    m_pairByMarket.clear();
    for (const MatchResult& match : pairs) {
        const MarketKey kalshiKey{VenueId::Kalshi, match.kalshiTicker};
        const MarketKey polymarketKey{VenueId::Polymarket, match.polymarketKey};
        const auto kalshi = m_catalogue.constFind(kalshiKey);
        const auto polymarket = m_catalogue.constFind(polymarketKey);
        if (kalshi == m_catalogue.cend() || polymarket == m_catalogue.cend()) {
            continue; // not listed (closed, or not loaded yet): nothing to watch
        }
        for (const VenueMarket* listed : {&kalshi.value(), &polymarket.value()}) {
            Market market;
            market.key = listed->key;
            market.title = listed->title;
            market.fees = listed->fees;
            market.minOrderSize = listed->minimumOrderSize;
            if (const std::optional<MarketHandle> known = m_books.find(listed->key)) {
                market.lotSize = m_books.market(*known).lotSize;
            }
            m_books.upsert(market);
        }
        const QString pairId = pairIdOf(match.kalshiTicker, match.polymarketKey);
        tradable.append(TradablePair{pairId, match.kalshiTicker, match.polymarketKey, match.polarity});
        m_pairTitles.insert(pairId, kalshi->title);
        m_pairByMarket.insert(kalshiKey, pairId);
        m_pairByMarket.insert(polymarketKey, pairId);
        kalshiMarkets.append(kalshiKey);
        polymarketMarkets.append(polymarketKey);
    }
    m_detector.setPairs(tradable, m_clock.nowMs());
    m_watched.clear();
    for (const QList<MarketKey>* keys : {&kalshiMarkets, &polymarketMarkets}) {
        for (const MarketKey& key : *keys) {
            if (const std::optional<MarketHandle> handle = m_books.find(key)) {
                m_watched.push_back(*handle);
            }
        }
    }
    if (m_kalshi != nullptr) {
        m_kalshi->marketData().setSubscriptions(kalshiMarkets);
    }
    if (m_polymarket != nullptr) {
        m_polymarket->marketData().setSubscriptions(polymarketMarkets);
    }
    qCInfo(lcEngine) << "watching" << tradable.size() << "tradable pairs";
}

void TradingPipeline::onSnapshot(const MarketKey& market, const BookSnapshot& snapshot)
{
    const std::optional<MarketHandle> handle = m_books.find(market);
    if (!handle) {
        return;
    }
    const qint64 now = m_clock.nowMs();
    m_lastStreamMs.insert(static_cast<int>(market.venue), now);
    m_books.applySnapshot(*handle, snapshot, now);
    m_detector.reevaluate(*handle, now);
}

void TradingPipeline::onDelta(const MarketKey& market, const BookDelta& delta)
{
    const std::optional<MarketHandle> handle = m_books.find(market);
    if (!handle) {
        return;
    }
    const qint64 now = m_clock.nowMs();
    m_lastStreamMs.insert(static_cast<int>(market.venue), now);
    // Applies and re-evaluates, starting to load the pair's other book first; a gap leaves the book not Live.
    (void)m_detector.applyDelta(*handle, delta, now);
}

void TradingPipeline::onContinuityLost(const QList<MarketKey>& markets, const QString& reason)
{
    const qint64 now = m_clock.nowMs();
    for (const MarketKey& market : markets) {
        if (const std::optional<MarketHandle> handle = m_books.find(market)) {
            m_books.book(*handle).markGapped();
            m_detector.reevaluate(*handle, now);
        }
    }
    qCInfo(lcEngine).noquote() << markets.size() << "books unusable until their next snapshot:" << reason;
}

void TradingPipeline::onOpportunity(const OpportunityEvent& event)
{
    const QString title = m_pairTitles.value(event.opportunity.pairId);
    const Status recorded = m_opportunityRepository->record(event);
    if (!recorded.ok()) {
        qCWarning(lcEngine).noquote() << "opportunity not recorded:" << recorded.error().message;
    }
    emit opportunityEvent(event, title);
    if (event.kind == OpportunityEvent::Kind::Closed || !m_gate) {
        return;
    }
    if (m_traded.contains(event.opportunity.id)) {
        return; // the books still show what was just taken; a new gap is a new opportunity
    }
    const QString blocked = m_gate(event.opportunity);
    if (!blocked.isEmpty()) {
        return;
    }
    const Result<qint64> trade = m_executor->execute(event.opportunity);
    if (trade.ok()) {
        m_traded.insert(event.opportunity.id);
        m_opportunityOfTrade.insert(trade.value(), event.opportunity.id);
        ++m_tradesStarted;
        qCInfo(lcEngine).noquote() << "trading opportunity" << event.opportunity.id << "on" << title << "as trade"
                                   << trade.value();
        return;
    }
    // A pair already under way is the common, harmless refusal; the rest are worth a line in the log.
    if (trade.error().code != QLatin1String("execution.busy")) {
        qCInfo(lcEngine).noquote() << "opportunity" << event.opportunity.id << "not traded:" << trade.error().message;
        (void)m_opportunityRepository->markBlocked(event.opportunity.id, trade.error().message);
    }
}

void TradingPipeline::onOrderStatus(const OrderStatusReport& report)
{
    if (!m_orders.contains(report.clientOrderId)) {
        m_orderSequence.append(report.clientOrderId);
        while (m_orderSequence.size() > kMaxOrdersShown) {
            m_orders.remove(m_orderSequence.takeFirst());
        }
    }
    m_orders.insert(report.clientOrderId, report);
    publishOrders();
}

void TradingPipeline::onFill(const FillReport& fill)
{
    m_fills.append(fill);
    while (m_fills.size() > kMaxFillsShown) {
        m_fills.removeFirst();
    }
    publishOrders();
}

void TradingPipeline::onBalance(const BalanceReport& report)
{
    const bool paper = qobject_cast<PaperVenue*>(sender()) != nullptr;
    if (paper != (m_settings.engine.mode != TradingMode::Live)) {
        return; // the other venue set's money: not what this mode trades with
    }
    const Balance balance{report.venue, report.available, report.portfolioValue,
                          report.tsEvent.isValid() ? report.tsEvent : m_clock.now()};
    m_capital->setBalance(balance);
    m_ledger.setBalance(balance);
    const Status recorded = m_ledgerRepository->recordBalance(paper ? QStringLiteral("paper") : QStringLiteral("live"),
                                                              balance);
    if (!recorded.ok()) {
        qCWarning(lcEngine).noquote() << "balance not stored:" << recorded.error().message;
    }
    DashboardBalance& shown = m_balances[venueName(report.venue)];
    const bool firstToday = !shown.updatedAt.isValid() || shown.updatedAt.date() != balance.at.date();
    shown.venue = report.venue;
    shown.available = report.available;
    shown.portfolioValue = report.portfolioValue;
    shown.updatedAt = balance.at;
    if (firstToday) {
        const Cash positions = report.portfolioValue.isZero() ? markedValueByVenue().value(venueName(report.venue))
                                                              : report.portfolioValue;
        shown.startOfDay = report.available + positions;
    }
    publishBalances();
}

void TradingPipeline::onTradeState(qint64 tradeId, TradeState state, const QString& note)
{
    emit tradeStateChanged(tradeId, state, note);
    if (isFinal(state)) {
        if (const auto taken = m_opportunityOfTrade.constFind(tradeId); taken != m_opportunityOfTrade.cend()) {
            m_tradeFinished.insert(taken.value());
        }
        const Result<QList<JournalOrder>> orders = m_journal->orders(tradeId);
        if (orders.ok()) {
            // What the trade holds hedged pays $1 per contract pair at resolution; what it cost and got back from
            // unwinding is in its fills.
            Cash spent;
            Cash received;
            Quantity kalshiHeld;
            Quantity polymarketHeld;
            for (const JournalOrder& order : orders.value()) {
                const Result<QList<FillReport>> fills = m_journal->fills(order.command.clientOrderId);
                if (!fills.ok()) {
                    continue;
                }
                for (const FillReport& fill : fills.value()) {
                    if (fill.settlement == SettlementState::Failed) {
                        continue;
                    }
                    const bool buy = fill.side == OrderSide::Buy;
                    const Cash value = notional(fill.price, fill.quantity, buy ? Rounding::Up : Rounding::Down)
                                           .valueOr(Cash::zero());
                    Quantity& held = fill.market.venue == VenueId::Kalshi ? kalshiHeld : polymarketHeld;
                    if (buy) {
                        spent += value + fill.fee;
                        held += fill.quantity;
                    } else {
                        received += value - fill.fee;
                        held -= fill.quantity;
                    }
                }
            }
            const Quantity hedged = std::min(kalshiHeld, polymarketHeld);
            const Cash payout = notional(Price::one(), hedged, Rounding::Down).valueOr(Cash::zero());
            if (!spent.isZero()) {
                m_ledger.recordTradeResult(
                    TradeResult{QString::number(tradeId), payout + received - spent, spent, m_clock.nowMs()});
            }
        }
        publishPerformance();
    }
    publishPositions();
}

void TradingPipeline::kill(const QString& reason)
{
    m_executor->kill(reason);
    // Both venue sets: orders may rest on the other one from before a mode switch.
    for (ExecutionClient* client : {static_cast<ExecutionClient*>(m_paperKalshi),
                                    static_cast<ExecutionClient*>(m_paperPolymarket), liveClient(VenueId::Kalshi),
                                    liveClient(VenueId::Polymarket)}) {
        if (client != nullptr && client->isConnected()) {
            client->cancelAllOrders();
        }
    }
}

void TradingPipeline::tripCircuitBreaker(const QString& reason)
{
    m_breaker->trip(reason);
}

Status TradingPipeline::resetCircuitBreaker(const QString& person, const QString& why)
{
    return m_breaker->reset(person, why);
}

void TradingPipeline::requestBalances()
{
    m_lastBalanceRequestMs = m_clock.nowMs();
    if (m_settings.engine.mode == TradingMode::Live) {
        for (VenueId venue : {VenueId::Kalshi, VenueId::Polymarket}) {
            if (ExecutionClient* client = liveClient(venue)) {
                client->requestBalance();
            }
        }
        return;
    }
    for (PaperVenue* venue : {m_paperKalshi, m_paperPolymarket}) {
        venue->requestBalance();
    }
}

void TradingPipeline::confirmQuietBooks(qint64 nowMs)
{
    // A quiet market sends nothing, yet its book is current while its venue's stream is demonstrably flowing: the
    // stream is connected, and messages for other markets keep arriving without a gap (a gap or a drop marks the
    // books unusable instead). A frozen or silent stream confirms nothing, so its books still age out.
    const qint64 maxAge = m_settings.engine.maxBookAgeMs;
    for (const MarketHandle handle : m_watched) {
        OrderBook& book = m_books.book(handle);
        const VenueId venue = m_books.market(handle).key.venue;
        const MarketDataClient* client = marketData(venue);
        const qint64 streamAge = nowMs - m_lastStreamMs.value(static_cast<int>(venue), 0);
        if (client == nullptr || !client->isConnected() || !book.isLive() || streamAge > maxAge / 2
            || book.ageMs(nowMs) <= maxAge / 2) {
            continue;
        }
        book.confirmCurrent(nowMs);
        m_detector.reevaluate(handle, nowMs);
    }
}

void TradingPipeline::persistLedger()
{
    const QString mode = m_settings.engine.mode == TradingMode::Live ? QStringLiteral("live") : QStringLiteral("paper");
    QHash<QString, Price> marks;
    const QList<Position> open = m_ledger.openPositions();
    for (const Position& position : open) {
        if (const std::optional<Price> mark = markOf(position.market, position.outcome)) {
            marks.insert(positionKey(position.market, position.outcome), *mark);
        }
    }
    const Status saved = m_ledgerRepository->savePositions(mode, open, marks, m_clock.now());
    if (!saved.ok()) {
        qCWarning(lcEngine).noquote() << "positions not stored:" << saved.error().message;
    }
}

void TradingPipeline::tick()
{
    const qint64 now = m_clock.nowMs();
    confirmQuietBooks(now);
    m_detector.expireStale(now);
    if (now - m_lastBalanceRequestMs >= kBalanceRefreshMs) {
        requestBalances();
    }
    if (m_capital->isRebalanceDue(now)) {
        if (const std::optional<RebalanceAdvice> advice = m_capital->checkRebalance(now)) {
            emit rebalanceAdvised(tr("Rebalance suggested: move $%1 from %2 to %3 (%4)")
                                      .arg(advice->amount.toDollarString(), venueName(advice->from),
                                           venueName(advice->to), advice->reason));
        }
    }
    // A venue whose feed is down leaves its books unusable; down for longer than the breaker's bound, it trips.
    for (VenueId venue : {VenueId::Kalshi, VenueId::Polymarket}) {
        const MarketDataClient* client = marketData(venue);
        const qint64 lastMs = m_lastStreamMs.value(static_cast<int>(venue), m_startedAtMs);
        if (client != nullptr && !client->isConnected() && !m_watched.empty()) {
            m_breaker->checkDataAge(venueName(venue) + QStringLiteral(" market data"), now - lastMs);
        }
    }
    const QDateTime midnight(m_clock.now().date(), QTime(0, 0), Qt::UTC);
    m_breaker->updateDailyPnl(m_ledger.realizedPnlSince(midnight.toMSecsSinceEpoch()), unhedgedMarkedPnl());
    if (now - m_lastHistoryMs >= kHistoryIntervalMs) {
        m_lastHistoryMs = now;
        persistLedger();
        publishBalances();
        publishPositions();
        publishPerformance();
    }
}

std::optional<Price> TradingPipeline::markOf(const MarketKey& market, Outcome outcome) const
{
    const std::optional<MarketHandle> handle = m_books.find(market);
    if (!handle || !m_books.book(*handle).isLive()) {
        return std::nullopt;
    }
    const std::optional<PriceLevel> bid = m_books.book(*handle).bestBid(outcome);
    return bid ? std::optional<Price>(bid->price) : std::nullopt;
}

QString TradingPipeline::pairOf(const MarketKey& market) const
{
    // A position on a market no longer watched is shown on its own.
    return m_pairByMarket.value(market, market.id);
}

QHash<QString, Cash> TradingPipeline::markedValueByVenue() const
{
    QHash<QString, Cash> values;
    for (const Position& position : m_ledger.openPositions()) {
        const Price mark = markOf(position.market, position.outcome).value_or(Price::zero());
        values[venueName(position.market.venue)] += notional(mark, position.quantity, Rounding::Down).valueOr(Cash::zero());
    }
    return values;
}

Cash TradingPipeline::unhedgedMarkedPnl() const
{
    // Per market pair: the contracts one leg holds beyond the other, at their mark, less their share of the cost.
    struct Leg
    {
        Quantity quantity;
        Cash cost;
        Price mark;
    };
    QHash<QString, std::array<Leg, 2>> byPair;
    for (const Position& position : m_ledger.openPositions()) {
        const QString pairId = pairOf(position.market);
        Leg& leg = byPair[pairId][position.market.venue == VenueId::Kalshi ? 0 : 1];
        leg.quantity += position.quantity;
        leg.cost += position.cost;
        leg.mark = markOf(position.market, position.outcome).value_or(Price::zero());
    }
    Cash pnl;
    for (const auto& legs : std::as_const(byPair)) {
        const Quantity hedged = std::min(legs[0].quantity, legs[1].quantity);
        for (const Leg& leg : legs) {
            const Quantity excess = leg.quantity - hedged;
            if (excess.isZero()) {
                continue;
            }
            const RoundedValue costShare = multiplyDivideRounded(leg.cost.micros(), excess.hundredths(),
                                                                 leg.quantity.hundredths(), Rounding::Up);
            pnl += notional(leg.mark, excess, Rounding::Down).valueOr(Cash::zero())
                - Cash::fromMicros(costShare.ok() ? costShare.value : leg.cost.micros());
        }
    }
    return pnl;
}

void TradingPipeline::publishBalances()
{
    QList<DashboardBalance> balances;
    const QHash<QString, Cash> marked = markedValueByVenue();
    for (VenueId venue : {VenueId::Kalshi, VenueId::Polymarket}) {
        const auto it = m_balances.constFind(venueName(venue));
        if (it != m_balances.cend()) {
            DashboardBalance shown = it.value();
            // The paper venues keep no marks; a live venue that does not value positions gets Orion's marks.
            if (shown.portfolioValue.isZero()) {
                shown.portfolioValue = marked.value(venueName(venue));
            }
            balances.append(shown);
        }
    }
    emit balancesChanged(balances);
}

DashboardOpportunity::Execution TradingPipeline::executionOf(OpportunityId id) const
{
    if (!m_traded.contains(id)) {
        return DashboardOpportunity::Execution::None;
    }
    return m_tradeFinished.contains(id) ? DashboardOpportunity::Execution::Traded
                                        : DashboardOpportunity::Execution::Executing;
}

void TradingPipeline::publishPositions()
{
    // One row per watched pair that holds anything on either venue, legs from the ledger.
    QList<DashboardPosition> positions;
    const QList<Position> open = m_ledger.openPositions();
    QHash<QString, DashboardPosition> byPair;
    for (const Position& position : open) {
        const QString pairId = pairOf(position.market);
        DashboardPosition& shown = byPair[pairId];
        shown.positionId = pairId;
        shown.pairId = pairId;
        const auto listed = m_catalogue.constFind(position.market);
        DashboardPositionLeg& leg = position.market.venue == VenueId::Kalshi ? shown.kalshi : shown.polymarket;
        leg.market = position.market;
        leg.title = listed != m_catalogue.cend() ? listed->title : QString();
        leg.outcome = position.outcome;
        leg.quantity = position.quantity;
        leg.cost = position.cost;
        leg.mark = markOf(position.market, position.outcome).value_or(Price::zero());
        const Cash legValue = notional(leg.mark, leg.quantity, Rounding::Down).valueOr(Cash::zero());
        shown.cost += position.cost;
        shown.markValue += legValue;
        if (listed != m_catalogue.cend()) {
            shown.resolvesAt = listed->closeTime;
        }
    }
    for (auto it = byPair.begin(); it != byPair.end(); ++it) {
        DashboardPosition& shown = it.value();
        // The pair's event title; a position outside the watched pairs (restored from the ledger) takes its legs'
        // own titles, and only a market the catalogue does not list falls back to its id.
        shown.title = m_pairTitles.value(shown.pairId);
        for (const DashboardPositionLeg* leg : {&shown.kalshi, &shown.polymarket}) {
            if (shown.title.isEmpty()) {
                shown.title = leg->title;
            }
        }
        if (shown.title.isEmpty()) {
            shown.title = shown.kalshi.market.id; // a ticker reads; a bare condition id is left to the dashboard
        }
        shown.unrealizedPnl = shown.markValue - shown.cost;
        const Quantity hedged = std::min(shown.kalshi.quantity, shown.polymarket.quantity);
        shown.lockedInProfit = notional(Price::one(), hedged, Rounding::Down).valueOr(Cash::zero()) - shown.cost;
        positions.append(shown);
    }
    std::sort(positions.begin(), positions.end(),
              [](const DashboardPosition& a, const DashboardPosition& b) { return a.pairId < b.pairId; });
    emit positionsChanged(positions);
}

void TradingPipeline::publishOrders()
{
    QList<OrderStatusReport> orders;
    orders.reserve(m_orderSequence.size());
    for (auto it = m_orderSequence.crbegin(); it != m_orderSequence.crend(); ++it) {
        orders.append(m_orders.value(*it));
    }
    QList<FillReport> fills(m_fills.crbegin(), m_fills.crend());
    emit ordersChanged(orders, fills);
}

void TradingPipeline::publishPerformance()
{
    const PerformanceSummary summary =
        PerformanceMetrics::fromLedger(m_ledger, unhedgedMarkedPnl(), m_settings.capital.initialBankroll);
    DashboardPerformance performance;
    performance.realizedPnl = summary.realizedPnl;
    performance.unrealizedPnl = summary.markedPnl;
    performance.volume = summary.volume;
    performance.maxDrawdown = summary.maxDrawdown;
    performance.capitalBase = m_settings.capital.initialBankroll;
    performance.trades = summary.trades;
    performance.wins = summary.wins;
    performance.sharpe = summary.sharpe;
    performance.sharpeValid = summary.trades >= 2;
    const qint64 now = m_clock.nowMs();
    Cash total;
    for (const DashboardBalance& balance : std::as_const(m_balances)) {
        total += balance.total();
    }
    if (m_pnlHistory.isEmpty() || m_pnlHistory.constLast().value != summary.totalPnl) {
        m_pnlHistory.append(DashboardPoint{now, summary.totalPnl});
    }
    if (m_balanceHistory.isEmpty() || m_balanceHistory.constLast().value != total) {
        m_balanceHistory.append(DashboardPoint{now, total});
    }
    while (m_pnlHistory.size() > kMaxHistoryPoints) {
        m_pnlHistory.removeFirst();
    }
    while (m_balanceHistory.size() > kMaxHistoryPoints) {
        m_balanceHistory.removeFirst();
    }
    performance.cumulativePnl = m_pnlHistory;
    performance.balanceHistory = m_balanceHistory;
    emit performanceChanged(performance);
}

} // namespace orion
