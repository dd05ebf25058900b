#pragma once

#include "common/Result.h"
#include "config/Settings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace orion {

// Writes Settings as a complete config.yaml: every key, commented with the schema's help, unit and range, in the
// layout of config/config.yaml (which is this writer's output for the defaults).
class SettingsWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsWriter)

public:
    SettingsWriter() = delete;

    // The file's text. Does not validate.
    static QByteArray toYaml(const Settings& settings);

    // Validates `settings` (nothing is written if a value or a rule between keys is wrong), then replaces `path`
    // atomically (a temporary file in the same directory, renamed over it), after copying the previous file to
    // `<path>.bak`. On any error the previous file is untouched and no temporary file is left behind.
    // Codes: config.invalid, config.io.
    [[nodiscard]] static Status save(const Settings& settings, const QString& path);

    static QString backupPath(const QString& path) { return path + QStringLiteral(".bak"); }
};

} // namespace orion
