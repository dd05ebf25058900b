#include "engine/Engine.h"

#include "common/Logging.h"
#include "config/SettingsDiff.h"
#include "config/SettingsSchema.h"
#include "risk/HaltFlag.h"
#include "storage/AuditLog.h"
#include "storage/ConfigChangeRepository.h"
#include "storage/Database.h"

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
    if (m_cycleTimer && m_cycleTimer->isActive()) {
        m_cycleTimer->setInterval(m_settings.engine.pollIntervalMs);
    }
    markDirty();
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
    // Later issues cancel every open order on both venues here; there are none before execution exists.
    audit(QStringLiteral("engine"), QStringLiteral("kill"), QStringLiteral("user"),
          json({{QStringLiteral("reason"), m_snapshot.haltReason}, {QStringLiteral("cancelled_orders"), 0}}));
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
    if (m_database) {
        audit(QStringLiteral("engine"), QStringLiteral("close"), QStringLiteral("system"), QString());
    }
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
    if (m_dirty) {
        publishNow();
    }
}

void Engine::publishNow()
{
    m_dirty = false;
    ++m_snapshot.sequence;
    m_snapshot.takenAt = m_clock.now();
    emit snapshotReady(m_snapshot);
}

} // namespace orion
