#include "engine/EngineController.h"

#include "common/Logging.h"
#include "engine/Engine.h"

namespace orion {

EngineController::EngineController(Settings settings, QString configSource, QObject* parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    qRegisterMetaType<EngineSnapshot>();
    m_snapshot.settings = settings;
    m_snapshot.configSource = configSource;
    // Parentless, moved to its thread before any of its timers or connections exist.
    m_engine = new Engine(std::move(settings), std::move(configSource), m_haltFlag, m_clock);
    m_engine->moveToThread(m_thread.get());
    m_thread->setObjectName(QStringLiteral("orion-engine"));
    connect(m_thread.get(), &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &Engine::snapshotReady, this, &EngineController::onSnapshot);
    connect(m_engine, &Engine::commandRefused, this, &EngineController::commandRefused);
    connect(m_engine, &Engine::settingsSaved, this, &EngineController::settingsSaved);
    connect(m_engine, &Engine::shutdownFinished, this, &EngineController::onEngineShutDown);
}

EngineController::~EngineController()
{
    if (m_thread->isRunning() && !m_shutDown) {
        // Last resort when the owner did not shut down: finish on the engine thread and wait for it.
        QMetaObject::invokeMethod(m_engine, &Engine::shutdown, Qt::BlockingQueuedConnection);
    }
    joinThread();
}

void EngineController::setVenueAccess(VenueAccess access)
{
    // The engine thread has not started yet, so handing the engine its access directly is safe; the thread's
    // start publishes it to that thread.
    if (!m_thread->isRunning()) {
        m_engine->setVenueAccess(std::move(access));
    }
}

void EngineController::launch()
{
    if (m_thread->isRunning()) {
        return;
    }
    m_thread->start();
    QMetaObject::invokeMethod(m_engine, &Engine::initialize, Qt::QueuedConnection);
}

void EngineController::startTrading()
{
    QMetaObject::invokeMethod(m_engine, &Engine::startTrading, Qt::QueuedConnection);
}

void EngineController::stopTrading()
{
    QMetaObject::invokeMethod(m_engine, &Engine::stopTrading, Qt::QueuedConnection);
}

void EngineController::setMode(TradingMode mode)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, mode] { engine->setMode(mode); }, Qt::QueuedConnection);
}

void EngineController::setAutoExecute(bool enabled)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, enabled] { engine->setAutoExecute(enabled); }, Qt::QueuedConnection);
}

void EngineController::setParameters(const Settings& settings, const QString& source)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, settings, source] { engine->setParameters(settings, source); },
        Qt::QueuedConnection);
}

void EngineController::setParameter(const QString& key, const QString& text, const QString& source)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, key, text, source] { engine->setParameter(key, text, source); },
        Qt::QueuedConnection);
}

void EngineController::kill(const QString& requestedReason)
{
    const QString reason = requestedReason.isEmpty() ? tr("kill button") : requestedReason;
    // First the flag (visible to the executor at once, whatever the engine thread is doing), then the record.
    m_haltFlag.raise(reason);
    qCWarning(lcEngine).noquote() << "kill requested:" << reason;
    m_snapshot.runState = EngineRunState::Halted;
    m_snapshot.haltReason = m_haltFlag.reason();
    // Shown at once: the orders the engine is about to cancel (its report follows with the next snapshot).
    QStringList cancelling;
    for (const OrderStatusReport& order : std::as_const(m_snapshot.orders)) {
        if (!isTerminal(order.status)) {
            cancelling
                << QStringLiteral("%1 %2 %3").arg(order.clientOrderId, venueName(order.market.venue), order.market.id);
        }
    }
    m_snapshot.lastKill = DashboardKillReport { QDateTime::currentDateTimeUtc(), m_snapshot.haltReason, cancelling };
    emit snapshotChanged(m_snapshot);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, reason] { engine->kill(reason); }, Qt::QueuedConnection);
}

void EngineController::resetHalt()
{
    QMetaObject::invokeMethod(m_engine, &Engine::resetHalt, Qt::QueuedConnection);
}

void EngineController::saveSettings(const QString& path)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, path] { engine->saveSettings(path); }, Qt::QueuedConnection);
}

void EngineController::confirmPair(
    const QString& kalshiTicker, const QString& polymarketKey, Polarity polarity, const QString& note)
{
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, kalshiTicker, polymarketKey, polarity, note] {
            engine->confirmPair(kalshiTicker, polymarketKey, polarity, note);
        },
        Qt::QueuedConnection);
}

void EngineController::rejectPair(const QString& kalshiTicker, const QString& polymarketKey, const QString& note)
{
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, kalshiTicker, polymarketKey, note] {
            engine->rejectPair(kalshiTicker, polymarketKey, note);
        },
        Qt::QueuedConnection);
}

void EngineController::resetCircuitBreaker()
{
    QMetaObject::invokeMethod(m_engine, &Engine::resetCircuitBreaker, Qt::QueuedConnection);
}

void EngineController::shutdown()
{
    if (m_shutDown) {
        emit shutdownFinished();
        return;
    }
    if (!m_thread->isRunning()) {
        m_shutDown = true;
        emit shutdownFinished();
        return;
    }
    QMetaObject::invokeMethod(m_engine, &Engine::shutdown, Qt::QueuedConnection);
}

void EngineController::onSnapshot(const EngineSnapshot& snapshot)
{
    // A snapshot queued before a kill must not paint the status back to "running".
    if (m_haltFlag.isRaised() && snapshot.runState == EngineRunState::Running) {
        return;
    }
    m_snapshot = snapshot;
    emit snapshotChanged(m_snapshot);
}

void EngineController::onEngineShutDown()
{
    if (m_shutDown) {
        return;
    }
    m_shutDown = true;
    joinThread();
    emit shutdownFinished();
}

void EngineController::joinThread()
{
    if (m_thread && m_thread->isRunning()) {
        m_thread->quit();
        m_thread->wait();
    }
}

} // namespace orion
