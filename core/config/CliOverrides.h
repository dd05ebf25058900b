#pragma once

#include "common/Result.h"
#include "config/Settings.h"

#include <QList>
#include <QString>

#include <utility>

namespace orion {

// Applies command-line overrides on top of loaded Settings. Each pair is a schema key and its text
// ({"trading.threshold_spread", "0.03"}, {"engine.mode", "dry_run"}), parsed and range-checked exactly like the
// same value in config.yaml, then the rules between keys are checked on the result.
// All or nothing: on error `settings` is unchanged and the message has one line per problem, each naming the key
// (code config.override).
[[nodiscard]] Status applyOverrides(Settings& settings, const QList<std::pair<QString, QString>>& keyValues);

} // namespace orion
