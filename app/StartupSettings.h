#pragma once

#include "CommandLine.h"

#include "config/Settings.h"

#include <QStringList>

#include <optional>

namespace orion {

// The settings Orion starts with: the --config file, else the user's file, else the embedded default; then the
// command-line overrides, validated like file values. Every problem is listed, not just the first.
struct StartupSettings
{
    std::optional<Settings> settings;
    QString source;         // a path, or "embedded default"
    QStringList problems;   // one line each: file:line:column: key: message
};

StartupSettings loadStartupSettings(const CommandLineRequest& request);

// Where a user's own configuration lives when --config is not given: $XDG_CONFIG_HOME/orion/config.yaml.
QString userConfigPath();

} // namespace orion
