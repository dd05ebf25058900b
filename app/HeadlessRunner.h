#pragma once

#include "engine/EngineRunState.h"

#include <QObject>

class QSocketNotifier;

namespace orion {

class EngineController;

// Runs the engine without a window (servers, containers): starts trading once the engine is ready, logs every
// state change, and on SIGINT or SIGTERM stops cleanly (trading stopped, audit written, database closed) before
// the event loop quits. Exit code 0 after a clean stop, 1 when the engine could not start.
class HeadlessRunner final : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessRunner(EngineController& controller, QObject* parent = nullptr);
    ~HeadlessRunner() override;
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

    // Installs the signal handlers and launches the engine; returns the process exit code when done.
    int run();

private:
    void onSignalPipeReadable();
    void onSnapshot();

    EngineController& m_controller;
    QSocketNotifier* m_signalNotifier = nullptr;
    EngineRunState m_lastState = EngineRunState::Initializing;
    bool m_startRequested = false;
    int m_exitCode = 0;
};

} // namespace orion
