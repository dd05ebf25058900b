#pragma once

#include "common/Clock.h"
#include "config/Settings.h"
#include "engine/EngineSnapshot.h"
#include "engine/VenueAccess.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace orion {

class AlertService;
class AuditLog;
class ConfigChangeRepository;
class Database;
class HaltFlag;
class PairRegistry;
class SqlPairDecisionStore;
class TradingPipeline;

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
    static constexpr int kPipelineTickMs = 100;
    static constexpr qint64 kClosedLingerMs = 5000;

    // Where the venues are and the keys to use (see VenueAccess). Call before initialize(); without it the engine
    // runs without venues (settings, pairs and the audit trail only).
    void setVenueAccess(VenueAccess access);
    // The running pipeline, for tests and benchmarks on the engine thread; nullptr before initialize().
    TradingPipeline* pipeline() const { return m_pipeline; }

public slots:
    void initialize();
    void startTrading();
    void stopTrading();
    void setMode(orion::TradingMode mode);
    void setAutoExecute(bool enabled);
    void setParameters(const orion::Settings& settings, const QString& source);
    // One key in its YAML spelling, applied to the engine's current settings (so concurrent edits of other keys,
    // the mode or auto-execute are never overwritten by a stale copy).
    void setParameter(const QString& key, const QString& text, const QString& source);
    // The halt flag is already raised by the caller (from any thread); this records it and stops the loop.
    void kill(const QString& reason);
    void resetHalt();
    void shutdown();

    // Writes the active settings to `path` atomically (SettingsWriter::save) and records in config_changes every
    // key that differs from what the file held before (source "file:<path>").
    void saveSettings(const QString& path);
    // The person's decision on a pair, kept in market_pairs through PairRegistry; tradability follows at once.
    void confirmPair(
        const QString& kalshiTicker, const QString& polymarketKey, orion::Polarity polarity, const QString& note);
    void rejectPair(const QString& kalshiTicker, const QString& polymarketKey, const QString& note);
    void tripCircuitBreaker(const QString& reason);
    void resetCircuitBreaker();

    // Data sources (wired by the composition root as they come): each call replaces what the panel shows.
    void setFeeds(const orion::DashboardFeeds& feeds);
    void applyOpportunityEvent(const orion::OpportunityEvent& event, const QString& title);
    void setMatchResults(const QList<orion::MatchResult>& results);
    void setBalances(const QList<orion::DashboardBalance>& balances);
    void setPositions(const QList<orion::DashboardPosition>& positions);
    void setOrders(const QList<orion::OrderStatusReport>& orders, const QList<orion::FillReport>& fills);
    void setPerformance(const orion::DashboardPerformance& performance);

signals:
    void snapshotReady(const orion::EngineSnapshot& snapshot);
    void commandRefused(const QString& reason);
    void settingsSaved(const QString& path);
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
    void rebuildPairs();
    void refreshOpportunities(qint64 nowMs);
    QString blockedReason(const Opportunity& opportunity) const;
    void loadMatcherPairs();
    void startPipeline();
    void startAlerts(VenueAccess& access);
    void showCircuitBreaker(const QString& reason);
    void onPipelineProblem(const QString& text);

    Settings m_settings;
    QString m_configSource;
    HaltFlag& m_haltFlag;
    const Clock& m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<ConfigChangeRepository> m_configChanges;
    std::unique_ptr<SqlPairDecisionStore> m_pairStore;
    std::unique_ptr<PairRegistry> m_pairRegistry;
    QList<MatchResult> m_matches; // the matcher's pairs, before user decisions
    QHash<OpportunityId, DashboardOpportunity> m_opportunities;
    QHash<OpportunityId, qint64> m_closedAtMs; // closed opportunities linger for kClosedLingerMs
    std::optional<VenueAccess> m_access;
    TradingPipeline* m_pipeline = nullptr; // child; lives as long as the database it writes to
    AlertService* m_alerts = nullptr;      // child
    QTimer* m_pipelineTimer = nullptr;
    QTimer* m_cycleTimer = nullptr;
    QTimer* m_snapshotTimer = nullptr;
    EngineSnapshot m_snapshot;
    bool m_dirty = true;
};

} // namespace orion
