#pragma once

#include "common/Clock.h"
#include "config/Settings.h"
#include "engine/EngineSnapshot.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace orion {

class AuditLog;
class ConfigChangeRepository;
class Database;
class HaltFlag;

// The composition root of the trading engine. It lives on the engine thread: every slot runs there, and
// everything it creates (database connection, timers, later the venue sockets) belongs to that thread.
// State leaves only as EngineSnapshot values, coalesced to about ten per second.
class Engine final : public QObject
{
    Q_OBJECT

public:
    Engine(Settings settings, QString configSource, HaltFlag& haltFlag, const Clock& clock);
    ~Engine() override;
    Q_DISABLE_COPY_MOVE(Engine)

    static constexpr int kSnapshotIntervalMs = 100;

public slots:
    void initialize();
    void startTrading();
    void stopTrading();
    void setMode(orion::TradingMode mode);
    void setAutoExecute(bool enabled);
    void setParameters(const orion::Settings& settings, const QString& source);
    // The halt flag is already raised by the caller (from any thread); this records it and stops the loop.
    void kill(const QString& reason);
    void resetHalt();
    void shutdown();

signals:
    void snapshotReady(const orion::EngineSnapshot& snapshot);
    void commandRefused(const QString& reason);
    void shutdownFinished();

private:
    void runCycle();
    void publishIfDirty();
    void publishNow();
    void markDirty() { m_dirty = true; }
    void refuse(const QString& reason);
    void audit(const QString& category, const QString& action, const QString& actor, const QString& detail);
    void enterRunState(EngineRunState state);
    bool canTrade() const;

    Settings m_settings;
    QString m_configSource;
    HaltFlag& m_haltFlag;
    const Clock& m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<ConfigChangeRepository> m_configChanges;
    QTimer* m_cycleTimer = nullptr;
    QTimer* m_snapshotTimer = nullptr;
    EngineSnapshot m_snapshot;
    bool m_dirty = true;
};

} // namespace orion
