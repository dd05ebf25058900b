#pragma once

#include "config/ConfigProblem.h"
#include "config/Settings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace orion {

struct LoadOutcome
{
    std::optional<Settings> settings; // set only when there are no problems
    QList<ConfigProblem> problems;    // every problem found, in file order, then the rules between keys

    bool ok() const { return settings.has_value() && problems.isEmpty(); }
};

// Reads config.yaml (yaml-cpp) into Settings and checks every value. It does not stop at the first problem:
// unknown keys, wrong types, out-of-range values, duplicates and broken rules between keys are all reported,
// each with the file, line, column and key. Only malformed YAML stops the reading, at the line where it broke.
//
// A user file may be partial: a key it leaves out keeps the value of the embedded default (config/config.yaml,
// built in as ":/orion/config.yaml"), which itself must set every key.
class SettingsLoader final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsLoader)

public:
    SettingsLoader() = delete;

    // Problems name `path` as given.
    static LoadOutcome loadFile(const QString& path);
    // The embedded default. Parsed once; later calls return a copy.
    static LoadOutcome loadDefault();
    // `yaml` as the content of a file called `fileName` (used in problems), on top of the embedded default.
    static LoadOutcome loadText(const QByteArray& yaml, const QString& fileName);

    // The embedded default's resource path.
    static QString defaultResourcePath() { return QStringLiteral(":/orion/config.yaml"); }
    // A configuration file larger than this is refused unread: it is not a configuration file.
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
};

} // namespace orion
