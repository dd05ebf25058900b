#pragma once

#include "common/Clock.h"
#include "config/Settings.h"
#include "engine/EngineSnapshot.h"
#include "engine/VenueAccess.h"
#include "risk/HaltFlag.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace orion {

class Engine;

// The one door into the engine for the GUI and the headless runner. It lives on the caller's thread, owns the
// engine thread, forwards commands as queued calls and re-emits snapshots. kill() raises the halt flag directly,
// so it takes effect even while the engine thread is busy.
class EngineController final : public QObject
{
    Q_OBJECT

public:
    EngineController(Settings settings, QString configSource, QObject* parent = nullptr);
    ~EngineController() override;
    Q_DISABLE_COPY_MOVE(EngineController)

    // Where the venues are and which keys to use; call before launch() (without it the engine has no venues).
    void setVenueAccess(VenueAccess access);
    // Starts the engine thread and initialises the engine there (database, migrations). Call once.
    void launch();

    const EngineSnapshot& snapshot() const { return m_snapshot; }
    const HaltFlag& haltFlag() const { return m_haltFlag; }
    // The engine object, for the composition root to connect data sources to its slots (queued, engine thread).
    Engine* engine() const { return m_engine; }
    bool isShutDown() const { return m_shutDown; }

public slots:
    void startTrading();
    void stopTrading();
    void setMode(orion::TradingMode mode);
    void setAutoExecute(bool enabled);
    void setParameters(const orion::Settings& settings, const QString& source = QStringLiteral("user"));
    void setParameter(const QString& key, const QString& text, const QString& source = QStringLiteral("user"));
    // Halts at once and cancels every open order; an empty reason records "kill button" (translated here, in the
    // .cpp, where lupdate sees it).
    void kill(const QString& reason = QString());
    void resetHalt();
    void saveSettings(const QString& path);
    void confirmPair(const QString& kalshiTicker, const QString& polymarketKey, orion::Polarity polarity,
        const QString& note = QString());
    void rejectPair(const QString& kalshiTicker, const QString& polymarketKey, const QString& note = QString());
    void resetCircuitBreaker();
    // Stops trading, records the stop, closes the database and ends the engine thread; shutdownFinished follows.
    void shutdown();

signals:
    void snapshotChanged(const orion::EngineSnapshot& snapshot);
    void commandRefused(const QString& reason);
    void settingsSaved(const QString& path);
    void shutdownFinished();

private:
    void onSnapshot(const EngineSnapshot& snapshot);
    void onEngineShutDown();
    void joinThread();

    HaltFlag m_haltFlag;
    SystemClock m_clock;
    std::unique_ptr<QThread> m_thread;
    Engine* m_engine = nullptr; // lives on m_thread; deleted there when the thread finishes
    EngineSnapshot m_snapshot;
    bool m_shutDown = false;
};

} // namespace orion
