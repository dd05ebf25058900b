#pragma once

#include "config/Settings.h"

#include <QString>

namespace orion::test {

// The embedded default settings (config/config.yaml). A broken default warns and gives an empty Settings, which
// the calling test's assertions then catch.
Settings defaultSettings();

// The embedded default settings with the database and log file moved into `directory`, so that a test never
// touches the user's files. Fails the calling test (QFAIL-style warning + default Settings) if the default breaks.
Settings settingsIn(const QString& directory);

// Reads every audit_log row (category/action) from an SQLite file, oldest first, through its own connection.
QStringList auditActions(const QString& databaseFile);

} // namespace orion::test
