#include "StartupSettings.h"

#include "config/CliOverrides.h"
#include "config/SettingsLoader.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace orion {

QString userConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/orion/config.yaml");
}

StartupSettings loadStartupSettings(const CommandLineRequest& request)
{
    StartupSettings result;
    LoadOutcome outcome;
    if (!request.configPath.isEmpty()) {
        result.source = QFileInfo(request.configPath).absoluteFilePath();
        outcome = SettingsLoader::loadFile(request.configPath);
    } else if (QFileInfo::exists(userConfigPath())) {
        result.source = userConfigPath();
        outcome = SettingsLoader::loadFile(userConfigPath());
    } else {
        result.source = QStringLiteral("embedded default");
        outcome = SettingsLoader::loadDefault();
    }
    for (const ConfigProblem& problem : outcome.problems) {
        result.problems << problem.toString();
    }
    if (!outcome.ok()) {
        return result;
    }
    Settings settings = *outcome.settings;
    const Status applied = applyOverrides(settings, request.overrides);
    if (!applied.ok()) {
        result.problems << applied.error().message;
        return result;
    }
    result.settings = settings;
    return result;
}

} // namespace orion
