#include "engine/Engine.h"

#include "common/Logging.h"
#include "config/SettingsDiff.h"
#include "config/SettingsLoader.h"
#include "config/SettingsSchema.h"
#include "config/SettingsWriter.h"
#include "alerts/AlertService.h"
#include "alerts/TelegramClient.h"
#include "engine/TradingPipeline.h"
#include "matching/PairRegistry.h"
#include "risk/HaltFlag.h"
#include "storage/AuditLog.h"
#include "storage/ConfigChangeRepository.h"
#include "storage/Database.h"
#include "storage/SqlPairDecisionStore.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <QJsonDocument>
#include <QJsonObject>

namespace orion {
namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Engine::Engine(Settings settings, QString configSource, HaltFlag& haltFlag, const Clock& clock)
    : m_settings(std::move(settings))
    , m_configSource(std::move(configSource))
    , m_haltFlag(haltFlag)
    , m_clock(clock)
{
    m_snapshot.settings = m_settings;
    m_snapshot.configSource = m_configSource;
}

Engine::~Engine() = default;

void Engine::setVenueAccess(VenueAccess access)
{
    m_access = std::move(access);
}

void Engine::initialize()
{
    // Timers are created here, on the engine thread, so that they belong to it.
    m_cycleTimer = new QTimer(this);
    connect(m_cycleTimer, &QTimer::timeout, this, &Engine::runCycle);
    m_snapshotTimer = new QTimer(this);
    m_snapshotTimer->setInterval(kSnapshotIntervalMs);
    connect(m_snapshotTimer, &QTimer::timeout, this, &Engine::publishIfDirty);
    m_snapshotTimer->start();

    auto database = Database::open(m_settings.database.url);
    if (!database.ok()) {
        m_snapshot.lastError = database.error().message;
        qCCritical(lcEngine).noquote() << "cannot open the database:" << database.error().message;
        enterRunState(EngineRunState::Failed);
        publishNow();
        return;
    }
    m_database = std::move(database).value();
    const auto version = m_database->migrate();
    if (!version.ok()) {
        m_snapshot.lastError = version.error().message;
        qCCritical(lcEngine).noquote() << "cannot migrate the database:" << version.error().message;
        m_database.reset();
        enterRunState(EngineRunState::Failed);
        publishNow();
        return;
    }
    m_snapshot.schemaVersion = version.value();
    m_snapshot.databasePath = m_database->filePath();
    m_auditLog = std::make_unique<AuditLog>(*m_database);
    m_configChanges = std::make_unique<ConfigChangeRepository>(*m_database);
    m_pairStore = std::make_unique<SqlPairDecisionStore>(*m_database);
    m_pairRegistry = std::make_unique<PairRegistry>(*m_pairStore);
    if (const Status loaded = m_pairRegistry->load(); !loaded.ok()) {
        qCWarning(lcEngine).noquote() << "cannot load the pair decisions:" << loaded.error().message;
    }
    loadMatcherPairs();
    m_snapshot.feeds.pairs = true;
    startPipeline();
    rebuildPairs();

    audit(QStringLiteral("engine"), QStringLiteral("open"), QStringLiteral("system"),
          json({{QStringLiteral("version"), QStringLiteral(ORION_VERSION)},
                {QStringLiteral("mode"), toConfigString(m_settings.engine.mode)},
                {QStringLiteral("config"), m_configSource},
                {QStringLiteral("schema_version"), version.value()}}));
    qCInfo(lcEngine).noquote() << "engine ready: database" << m_database->filePath() << "schema"
                               << version.value() << "mode" << toConfigString(m_settings.engine.mode);
    enterRunState(m_haltFlag.isRaised() ? EngineRunState::Halted : EngineRunState::Stopped);
    publishNow();
}

bool Engine::canTrade() const
{
    return m_database != nullptr && m_snapshot.runState != EngineRunState::Failed
        && m_snapshot.runState != EngineRunState::ShutDown;
}

void Engine::startTrading()
{
    if (!canTrade()) {
        refuse(tr("The engine cannot start: %1").arg(m_snapshot.lastError.isEmpty() ? tr("not initialised")
                                                                                      : m_snapshot.lastError));
        return;
    }
    if (m_haltFlag.isRaised()) {
        refuse(tr("The kill switch is engaged (%1). Reset it before starting.").arg(m_haltFlag.reason()));
        return;
    }
    if (m_snapshot.runState == EngineRunState::Running) {
        return;
    }
    m_snapshot.tradingSince = m_clock.now();
    m_snapshot.cycles = 0;
    m_cycleTimer->start(m_settings.engine.pollIntervalMs);
    audit(QStringLiteral("engine"), QStringLiteral("start"), QStringLiteral("user"),
          json({{QStringLiteral("mode"), toConfigString(m_settings.engine.mode)},
                {QStringLiteral("auto_execute"), m_settings.trading.autoExecute}}));
    qCInfo(lcEngine).noquote() << "trading started in" << toConfigString(m_settings.engine.mode) << "mode";
    enterRunState(EngineRunState::Running);
}

void Engine::stopTrading()
{
    if (m_snapshot.runState != EngineRunState::Running) {
        return;
    }
    m_cycleTimer->stop();
    audit(QStringLiteral("engine"), QStringLiteral("stop"), QStringLiteral("user"),
          json({{QStringLiteral("cycles"), static_cast<qint64>(m_snapshot.cycles)}}));
    qCInfo(lcEngine) << "trading stopped after" << m_snapshot.cycles << "cycles";
    m_snapshot.tradingSince = {};
    enterRunState(EngineRunState::Stopped);
}

void Engine::setMode(TradingMode mode)
{
    if (mode == m_settings.engine.mode) {
        return;
    }
    Settings next = m_settings;
    next.engine.mode = mode;
    setParameters(next, QStringLiteral("user"));
}

void Engine::setAutoExecute(bool enabled)
{
    if (enabled == m_settings.trading.autoExecute) {
        return;
    }
    Settings next = m_settings;
    next.trading.autoExecute = enabled;
    setParameters(next, QStringLiteral("user"));
}

void Engine::setParameters(const Settings& settings, const QString& source)
{
    const QList<ConfigProblem> problems = validateSettings(settings);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ConfigProblem& problem : problems) {
            lines << problem.toString();
        }
        refuse(tr("Parameters refused: %1").arg(lines.join(QStringLiteral("; "))));
        return;
    }
    if (settings.engine.mode == TradingMode::Live && m_settings.engine.mode != TradingMode::Live && m_pipeline) {
        // (Without a pipeline the engine has no venues at all, so live mode can send nothing.)
        const QStringList missing = m_pipeline->missingForLive();
        if (!missing.isEmpty()) {
            refuse(tr("Live trading needs credentials that are missing: %1. Store them with `orion credentials "
                      "set NAME` or in the Credentials dialog.").arg(missing.join(QStringLiteral(", "))));
            return;
        }
    }
    const QList<SettingChange> changes = diffSettings(m_settings, settings);
    if (changes.isEmpty()) {
        return;
    }
    const QDateTime now = m_clock.now();
    for (const SettingChange& change : changes) {
        if (m_configChanges) {
            const Status recorded = m_configChanges->record(now, change.key, change.oldValue, change.newValue, source);
            if (!recorded.ok()) {
                qCWarning(lcEngine).noquote() << "cannot record the configuration change:" << recorded.error().message;
            }
        }
        const bool isMode = change.key == QLatin1String("engine.mode");
        audit(isMode ? QStringLiteral("engine") : QStringLiteral("config"),
              isMode ? QStringLiteral("mode_changed") : QStringLiteral("changed"), source,
              json({{QStringLiteral("key"), change.key},
                    {QStringLiteral("old"), change.oldValue},
                    {QStringLiteral("new"), change.newValue}}));
        qCInfo(lcEngine).noquote() << "parameter" << change.key << "changed from" << change.oldValue << "to"
                                   << change.newValue << "by" << source;
    }
    m_settings = settings;
    m_snapshot.settings = m_settings;
    if (m_pipeline) {
        m_pipeline->setSettings(m_settings);
    }
    if (m_alerts) {
        m_alerts->setSettings(m_settings.alerts);
    }
    if (m_cycleTimer && m_cycleTimer->isActive()) {
        m_cycleTimer->setInterval(m_settings.engine.pollIntervalMs);
    }
    markDirty();
}

void Engine::setParameter(const QString& key, const QString& text, const QString& source)
{
    Settings next = m_settings;
    const Status parsed = setSetting(next, key, text);
    if (!parsed.ok()) {
        refuse(tr("Parameters refused: %1").arg(parsed.error().message));
        return;
    }
    setParameters(next, source);
}

void Engine::kill(const QString& reason)
{
    // The flag may have been raised by the controller already; raising again keeps the first reason.
    m_haltFlag.raise(reason);
    if (m_cycleTimer) {
        m_cycleTimer->stop();
    }
    m_snapshot.haltReason = m_haltFlag.reason();
    m_snapshot.tradingSince = {};
    if (m_pipeline) {
        m_pipeline->kill(m_snapshot.haltReason);
    }
    if (m_alerts) {
        m_alerts->circuitBreaker(tr("kill switch: %1").arg(m_snapshot.haltReason));
    }
    // Every order still working is cancelled (the pipeline sent the cancels to both venues).
    QStringList cancelled;
    for (OrderStatusReport& order : m_snapshot.orders) {
        if (!isTerminal(order.status)) {
            cancelled << QStringLiteral("%1 %2 %3").arg(order.clientOrderId, venueName(order.market.venue),
                                                         order.market.id);
            order.status = OrderStatus::Canceled;
            order.reason = QStringLiteral("kill switch");
        }
    }
    m_snapshot.lastKill = DashboardKillReport{m_clock.now(), m_snapshot.haltReason, cancelled};
    audit(QStringLiteral("engine"), QStringLiteral("kill"), QStringLiteral("user"),
          json({{QStringLiteral("reason"), m_snapshot.haltReason},
                {QStringLiteral("cancelled_orders"), static_cast<qint64>(cancelled.size())}}));
    qCWarning(lcEngine).noquote() << "KILL SWITCH:" << m_snapshot.haltReason;
    enterRunState(EngineRunState::Halted);
    publishNow();
}

void Engine::resetHalt()
{
    if (!m_haltFlag.isRaised() && m_snapshot.runState != EngineRunState::Halted) {
        return;
    }
    const QString previous = m_haltFlag.reason();
    m_haltFlag.reset();
    m_snapshot.haltReason.clear();
    audit(QStringLiteral("engine"), QStringLiteral("halt_reset"), QStringLiteral("user"),
          json({{QStringLiteral("previous_reason"), previous}}));
    qCInfo(lcEngine) << "kill switch reset";
    enterRunState(canTrade() ? EngineRunState::Stopped : EngineRunState::Failed);
}

void Engine::shutdown()
{
    if (m_snapshot.runState == EngineRunState::ShutDown) {
        emit shutdownFinished();
        return;
    }
    stopTrading();
    if (m_cycleTimer) {
        m_cycleTimer->stop();
    }
    if (m_pipelineTimer) {
        m_pipelineTimer->stop();
    }
    if (m_pipeline) {
        m_pipeline->stop();
        delete m_pipeline; // before the database it writes to
        m_pipeline = nullptr;
    }
    delete m_alerts;
    m_alerts = nullptr;
    if (m_database) {
        audit(QStringLiteral("engine"), QStringLiteral("close"), QStringLiteral("system"), QString());
    }
    m_pairRegistry.reset();
    m_pairStore.reset();
    m_configChanges.reset();
    m_auditLog.reset();
    m_database.reset(); // closes the connection on this thread, which opened it
    enterRunState(EngineRunState::ShutDown);
    publishNow();
    if (m_snapshotTimer) {
        m_snapshotTimer->stop();
    }
    qCInfo(lcEngine) << "engine shut down";
    emit shutdownFinished();
}

void Engine::startPipeline()
{
    if (!m_access) {
        return;
    }
    startAlerts(*m_access);
    m_pipeline = new TradingPipeline(*m_database, std::move(*m_access), m_settings, m_haltFlag, m_clock, this);
    m_access.reset();
    m_pipeline->setGate([this](const Opportunity& opportunity) { return blockedReason(opportunity); });
    connect(m_pipeline, &TradingPipeline::catalogueMatched, this, &Engine::setMatchResults);
    connect(m_pipeline, &TradingPipeline::opportunityEvent, this, &Engine::applyOpportunityEvent);
    connect(m_pipeline, &TradingPipeline::balancesChanged, this, &Engine::setBalances);
    connect(m_pipeline, &TradingPipeline::positionsChanged, this, &Engine::setPositions);
    connect(m_pipeline, &TradingPipeline::ordersChanged, this, &Engine::setOrders);
    connect(m_pipeline, &TradingPipeline::performanceChanged, this, &Engine::setPerformance);
    connect(m_pipeline, &TradingPipeline::circuitBreakerTripped, this, &Engine::showCircuitBreaker);
    connect(m_pipeline, &TradingPipeline::problem, this, &Engine::onPipelineProblem);
    connect(m_pipeline, &TradingPipeline::readyChanged, this, [this](bool ready) {
        // Only modes that send orders reconcile; their readiness is evidence worth keeping.
        const bool sendsOrders = m_settings.engine.mode == TradingMode::Paper || m_settings.engine.mode == TradingMode::Live;
        if (ready && sendsOrders) {
            audit(QStringLiteral("engine"), QStringLiteral("reconciled"), QStringLiteral("system"),
                  json({{QStringLiteral("mode"), toConfigString(m_settings.engine.mode)}}));
        }
        markDirty();
    });
    connect(m_pipeline, &TradingPipeline::tradeStateChanged, this,
            [this](qint64 tradeId, TradeState state, const QString& note) {
                qCInfo(lcEngine).noquote() << "trade" << tradeId << "->" << tradeStateName(state) << note;
                if (state == TradeState::Hedged || state == TradeState::Flat) {
                    m_alerts->trade(tr("trade %1 %2: %3").arg(tradeId).arg(tradeStateName(state), note));
                } else if (state == TradeState::NeedsAttention || state == TradeState::Halted) {
                    m_alerts->error(tr("trade %1 needs you: %2").arg(tradeId).arg(note));
                }
                markDirty();
            });
    connect(m_pipeline, &TradingPipeline::opportunityEvent, this,
            [this](const OpportunityEvent& event, const QString& title) {
                if (event.kind != OpportunityEvent::Kind::Closed) {
                    m_alerts->opportunity(event.opportunity, title);
                }
            });
    connect(m_pipeline, &TradingPipeline::circuitBreakerTripped, m_alerts, &AlertService::circuitBreaker);
    connect(m_pipeline, &TradingPipeline::problem, m_alerts, &AlertService::error);
    connect(m_pipeline, &TradingPipeline::rebalanceAdvised, this, [this](const QString& text) {
        qCInfo(lcEngine).noquote() << text;
        audit(QStringLiteral("capital"), QStringLiteral("rebalance_advised"), QStringLiteral("system"),
              json({{QStringLiteral("advice"), text}}));
        m_alerts->error(text);
    });
    m_snapshot.feeds.circuitBreaker = true;
    const Status started = m_pipeline->start();
    if (!started.ok()) {
        onPipelineProblem(started.error().message);
    }
    m_pipelineTimer = new QTimer(this);
    m_pipelineTimer->setInterval(kPipelineTickMs);
    connect(m_pipelineTimer, &QTimer::timeout, m_pipeline, &TradingPipeline::tick);
    m_pipelineTimer->start();
}

void Engine::startAlerts(VenueAccess& access)
{
    m_alerts = new AlertService(m_clock, this);
    m_alerts->setSettings(m_settings.alerts);
    if (!access.telegramBotToken.isEmpty()) {
        const QUrl url = access.telegramApiUrl.isValid() ? access.telegramApiUrl : TelegramClient::defaultBaseUrl();
        m_alerts->setTelegram(std::make_unique<TelegramClient>(std::move(access.telegramBotToken), url),
                              access.telegramChatId);
    }
    connect(m_alerts, &AlertService::alertSent, this, [this](const QString& kind, const QString&) {
        audit(QStringLiteral("alerts"), QStringLiteral("sent"), QStringLiteral("system"),
              json({{QStringLiteral("kind"), kind}}));
    });
}

void Engine::onPipelineProblem(const QString& text)
{
    qCWarning(lcEngine).noquote() << text;
    m_snapshot.lastError = text;
    markDirty();
}

void Engine::runCycle()
{
    if (m_haltFlag.isRaised()) {
        // Raised from another thread between cycles: stop at once, the queued kill() records why.
        m_cycleTimer->stop();
        return;
    }
    ++m_snapshot.cycles;
    markDirty();
}

void Engine::refuse(const QString& reason)
{
    qCWarning(lcEngine).noquote() << reason;
    m_snapshot.lastError = reason;
    markDirty();
    emit commandRefused(reason);
}

void Engine::audit(const QString& category, const QString& action, const QString& actor, const QString& detail)
{
    if (!m_auditLog) {
        return;
    }
    const Status written = m_auditLog->append(AuditEvent{m_clock.now(), category, action, actor, detail});
    if (!written.ok()) {
        qCCritical(lcEngine).noquote() << "cannot write the audit log:" << written.error().message;
    }
}

void Engine::enterRunState(EngineRunState state)
{
    m_snapshot.runState = state;
    markDirty();
}

void Engine::publishIfDirty()
{
    // Closed opportunities linger for a few seconds: publishing while there are any lets them expire on screen.
    if (m_dirty || !m_closedAtMs.isEmpty()) {
        publishNow();
    }
}

void Engine::publishNow()
{
    refreshOpportunities(m_clock.now().toMSecsSinceEpoch());
    m_dirty = false;
    ++m_snapshot.sequence;
    m_snapshot.takenAt = m_clock.now();
    emit snapshotReady(m_snapshot);
}

void Engine::saveSettings(const QString& path)
{
    // What the file held before, for config_changes; a missing or unreadable file counts as the defaults.
    std::optional<Settings> before;
    if (QFileInfo::exists(path)) {
        before = SettingsLoader::loadFile(path).settings;
    }
    if (!before) {
        before = SettingsLoader::loadDefault().settings;
    }
    const Status saved = SettingsWriter::save(m_settings, path);
    if (!saved.ok()) {
        refuse(tr("Settings not saved: %1").arg(saved.error().message));
        return;
    }
    const QString source = QStringLiteral("file:") + path;
    const QDateTime now = m_clock.now();
    const QList<SettingChange> changes = before ? diffSettings(*before, m_settings) : QList<SettingChange> {};
    for (const SettingChange& change : changes) {
        if (m_configChanges) {
            const Status recorded = m_configChanges->record(now, change.key, change.oldValue, change.newValue, source);
            if (!recorded.ok()) {
                qCWarning(lcEngine).noquote() << "cannot record the configuration change:" << recorded.error().message;
            }
        }
    }
    audit(QStringLiteral("config"), QStringLiteral("saved"), QStringLiteral("user"),
        json({ { QStringLiteral("path"), path },
            { QStringLiteral("changed_keys"), static_cast<qint64>(changes.size()) } }));
    qCInfo(lcEngine).noquote() << "settings saved to" << path << "(" << changes.size() << "keys changed )";
    emit settingsSaved(path);
}

void Engine::confirmPair(
    const QString& kalshiTicker, const QString& polymarketKey, Polarity polarity, const QString& note)
{
    if (!m_pairRegistry) {
        refuse(tr("The pair cannot be confirmed: the database is not open"));
        return;
    }
    const Status stored = m_pairRegistry->confirm(kalshiTicker, polymarketKey, polarity, m_clock.now(), note);
    if (!stored.ok()) {
        refuse(tr("The pair was not confirmed: %1").arg(stored.error().message));
        return;
    }
    audit(QStringLiteral("pairs"), QStringLiteral("confirmed"), QStringLiteral("user"),
        json({ { QStringLiteral("kalshi"), kalshiTicker }, { QStringLiteral("polymarket"), polymarketKey },
            { QStringLiteral("polarity"), polarityName(polarity) } }));
    qCInfo(lcEngine).noquote() << "pair confirmed:" << kalshiTicker << "<->" << polymarketKey << polarityName(polarity);
    rebuildPairs();
}

void Engine::rejectPair(const QString& kalshiTicker, const QString& polymarketKey, const QString& note)
{
    if (!m_pairRegistry) {
        refuse(tr("The pair cannot be rejected: the database is not open"));
        return;
    }
    const Status stored = m_pairRegistry->reject(kalshiTicker, polymarketKey, m_clock.now(), note);
    if (!stored.ok()) {
        refuse(tr("The pair was not rejected: %1").arg(stored.error().message));
        return;
    }
    audit(QStringLiteral("pairs"), QStringLiteral("rejected"), QStringLiteral("user"),
        json({ { QStringLiteral("kalshi"), kalshiTicker }, { QStringLiteral("polymarket"), polymarketKey } }));
    qCInfo(lcEngine).noquote() << "pair rejected:" << kalshiTicker << "<->" << polymarketKey;
    rebuildPairs();
}

void Engine::tripCircuitBreaker(const QString& reason)
{
    if (m_pipeline) {
        m_pipeline->tripCircuitBreaker(reason); // comes back through showCircuitBreaker
        return;
    }
    showCircuitBreaker(reason);
}

void Engine::showCircuitBreaker(const QString& reason)
{
    if (m_snapshot.circuitBreaker.tripped) {
        return;
    }
    m_snapshot.circuitBreaker = DashboardCircuitBreaker { true, reason, m_clock.now(), TradingState::Halted };
    audit(QStringLiteral("risk"), QStringLiteral("circuit_breaker_tripped"), QStringLiteral("system"),
        json({ { QStringLiteral("reason"), reason } }));
    qCWarning(lcEngine).noquote() << "circuit breaker tripped:" << reason;
    markDirty();
}

void Engine::resetCircuitBreaker()
{
    if (!m_snapshot.circuitBreaker.tripped) {
        return;
    }
    const QString previous = m_snapshot.circuitBreaker.reason;
    if (m_pipeline) {
        const Status reset = m_pipeline->resetCircuitBreaker(QStringLiteral("user"), tr("reset by the user"));
        if (!reset.ok()) {
            refuse(tr("The circuit breaker was not reset: %1").arg(reset.error().message));
            return;
        }
    }
    m_snapshot.circuitBreaker = DashboardCircuitBreaker {};
    audit(QStringLiteral("risk"), QStringLiteral("circuit_breaker_reset"), QStringLiteral("user"),
        json({ { QStringLiteral("previous_reason"), previous } }));
    qCInfo(lcEngine) << "circuit breaker reset";
    markDirty();
}

void Engine::setFeeds(const DashboardFeeds& feeds)
{
    m_snapshot.feeds = feeds;
    m_snapshot.feeds.pairs = feeds.pairs || m_pairRegistry != nullptr;
    markDirty();
}

void Engine::applyOpportunityEvent(const OpportunityEvent& event, const QString& title)
{
    m_snapshot.feeds.opportunities = true;
    const OpportunityId id = event.opportunity.id;
    DashboardOpportunity& shown = m_opportunities[id];
    shown.opportunity = event.opportunity;
    if (!title.isEmpty()) {
        shown.title = title;
    }
    switch (event.kind) {
    case OpportunityEvent::Kind::Opened:
        shown.state = DashboardOpportunity::State::Opened;
        m_closedAtMs.remove(id);
        break;
    case OpportunityEvent::Kind::Updated:
        shown.state = DashboardOpportunity::State::Updated;
        m_closedAtMs.remove(id);
        break;
    case OpportunityEvent::Kind::Closed:
        shown.state = DashboardOpportunity::State::Closed;
        shown.closeReason = event.closeReason;
        m_closedAtMs.insert(id, event.timestampMs);
        break;
    }
    markDirty();
}

void Engine::setMatchResults(const QList<MatchResult>& results)
{
    m_matches = results;
    rebuildPairs();
}

void Engine::setBalances(const QList<DashboardBalance>& balances)
{
    m_snapshot.feeds.balances = true;
    m_snapshot.balances = balances;
    markDirty();
}

void Engine::setPositions(const QList<DashboardPosition>& positions)
{
    m_snapshot.feeds.positions = true;
    m_snapshot.positions = positions;
    markDirty();
}

void Engine::setOrders(const QList<OrderStatusReport>& orders, const QList<FillReport>& fills)
{
    m_snapshot.feeds.orders = true;
    m_snapshot.orders = orders;
    m_snapshot.fills = fills;
    markDirty();
}

void Engine::setPerformance(const DashboardPerformance& performance)
{
    m_snapshot.feeds.performance = true;
    m_snapshot.performance = performance;
    markDirty();
}

QString Engine::blockedReason(const Opportunity& opportunity) const
{
    if (m_haltFlag.isRaised()) {
        return tr("kill switch engaged");
    }
    if (m_snapshot.circuitBreaker.tripped) {
        return tr("circuit breaker: %1").arg(m_snapshot.circuitBreaker.reason);
    }
    const qint64 maxAge = m_settings.engine.maxBookAgeMs;
    if (opportunity.kalshi.bookAgeMs > maxAge || opportunity.polymarket.bookAgeMs > maxAge) {
        return tr("book older than %1 ms").arg(maxAge);
    }
    if (opportunity.edgePerContract < Cash::fromPrice(m_settings.trading.thresholdSpread)) {
        return tr("edge below the threshold");
    }
    if (opportunity.totalCost < m_settings.trading.minTradeSizeUsd) {
        return tr("below the minimum trade size");
    }
    switch (m_settings.engine.mode) {
    case TradingMode::DryRun:
        return tr("dry-run mode");
    case TradingMode::AlertOnly:
        return tr("alert-only mode");
    case TradingMode::Paper:
    case TradingMode::Live:
        break;
    }
    if (!m_settings.trading.autoExecute) {
        return tr("auto-execute is off");
    }
    if (m_snapshot.runState != EngineRunState::Running) {
        return tr("engine not running");
    }
    if (m_pipeline && !m_pipeline->isReady()) {
        return tr("reconciling with the venues");
    }
    return {};
}

void Engine::refreshOpportunities(qint64 nowMs)
{
    for (auto it = m_closedAtMs.begin(); it != m_closedAtMs.end();) {
        if (nowMs - it.value() > kClosedLingerMs) {
            m_opportunities.remove(it.key());
            it = m_closedAtMs.erase(it);
        } else {
            ++it;
        }
    }
    QList<DashboardOpportunity> list;
    list.reserve(m_opportunities.size());
    for (auto it = m_opportunities.begin(); it != m_opportunities.end(); ++it) {
        DashboardOpportunity& shown = it.value();
        shown.execution = m_pipeline ? m_pipeline->executionOf(shown.opportunity.id)
                                     : DashboardOpportunity::Execution::None;
        if (shown.state == DashboardOpportunity::State::Closed) {
            shown.tradable = false;
            shown.blockedReason = tr("closed");
        } else {
            shown.blockedReason = blockedReason(shown.opportunity);
            // Taken already: its gap may linger in the books until it closes, but it is not there to take again.
            shown.tradable = shown.blockedReason.isEmpty() && shown.execution == DashboardOpportunity::Execution::None;
        }
        list.append(shown);
    }
    std::sort(list.begin(), list.end(), [](const DashboardOpportunity& a, const DashboardOpportunity& b) {
        return a.opportunity.id < b.opportunity.id;
    });
    m_snapshot.opportunities = std::move(list);
}

void Engine::loadMatcherPairs()
{
    // The matcher's stored pairs (written by `orion match --store` and later by the engine's own matching).
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT kalshi_market_id, polymarket_market_id, polarity, score, decision, flags "
                                   "FROM market_pairs WHERE decision IN ('auto', 'review', 'rejected') ORDER BY id"))) {
        qCWarning(lcEngine) << "cannot read the matched pairs";
        return;
    }
    QList<MatchResult> results;
    while (query.next()) {
        MatchResult result;
        result.kalshiTicker = query.value(0).toString();
        result.polymarketKey = query.value(1).toString();
        result.polarity = query.value(2).toString() == QLatin1String("inverse") ? Polarity::Inverse : Polarity::Same;
        result.score = query.value(3).toDouble();
        const QString decision = query.value(4).toString();
        result.decision = decision == QLatin1String("auto") ? MatchDecision::Auto
            : decision == QLatin1String("review")           ? MatchDecision::Review
                                                            : MatchDecision::Rejected;
        result.flags = query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        results.append(result);
    }
    m_matches = results;
}

void Engine::rebuildPairs()
{
    QList<DashboardPair> pairs;
    const QList<MatchResult> applied = m_pairRegistry ? m_pairRegistry->apply(m_matches) : m_matches;
    pairs.reserve(applied.size());
    for (const MatchResult& result : applied) {
        DashboardPair pair;
        pair.match = result;
        pair.tradable = m_pairRegistry ? m_pairRegistry->isTradable(result) : result.decision == MatchDecision::Auto;
        if (m_pairRegistry) {
            if (const auto decision = m_pairRegistry->decisionFor(result.kalshiTicker, result.polymarketKey)) {
                pair.userDecision = decision->verdict == PairDecision::Verdict::Confirmed
                    ? DashboardPair::UserDecision::Confirmed
                    : DashboardPair::UserDecision::Rejected;
                pair.decidedAt = decision->decidedAt;
                pair.note = decision->note;
            }
        }
        pairs.append(pair);
    }
    if (m_pipeline) {
        QList<MatchResult> tradable;
        for (const DashboardPair& pair : std::as_const(pairs)) {
            if (pair.tradable) {
                tradable.append(pair.match);
            }
        }
        m_pipeline->setTradablePairs(tradable);
    }
    m_snapshot.pairs = std::move(pairs);
    markDirty();
}

} // namespace orion
