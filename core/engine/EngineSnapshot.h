#pragma once

#include "config/Settings.h"
#include "engine/EngineRunState.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace orion {

// Everything the dashboard shows about the engine, as a value. The engine publishes one of these at most
// ~10 times a second (coalesced); the UI never reaches into engine state.
struct EngineSnapshot
{
    quint64 sequence = 0;            // increases with every published snapshot
    QDateTime takenAt;
    EngineRunState runState = EngineRunState::Initializing;
    QString haltReason;              // why the kill switch was raised
    QString lastError;               // the last refused command or failure, for the status bar
    QDateTime tradingSince;          // when the current Running period began (invalid when not running)
    quint64 cycles = 0;              // engine cycles since trading started
    int schemaVersion = 0;
    QString databasePath;
    QString configSource;            // the file the settings came from, or "embedded default"
    Settings settings;               // the active parameters (mode and auto_execute included)
};

} // namespace orion

Q_DECLARE_METATYPE(orion::EngineSnapshot)
