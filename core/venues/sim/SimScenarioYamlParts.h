#pragma once

#include "common/Result.h"
#include "venues/sim/SimScenario.h"

// GCC 12 reports a false "dangling pointer" inside yaml-cpp's inlined Node::Mark() at -O2 (a system header).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#include <yaml-cpp/yaml.h>
#pragma GCC diagnostic pop

// The parts of the scenario file that SimScenarioRunner acts on (price paths, random walks, settlements), the
// `polymarket:` section and the `pairs:` list. Only SimScenarioYaml*.cpp include this (they link yaml-cpp).
// Errors are sim.scenario with the message "<key>: <what is wrong>"; the caller prefixes the file name.
namespace orion::SimScenarioYamlParts {

// `path`, `random_walk` and `settle` of a market or pair at `where` (e.g. "pairs[0]"). tickMicros: prices of a
// path must be on this grid. allowPolymarket: path points may carry a `polymarket:` quote (pairs only).
[[nodiscard]] Status readTimeline(const YAML::Node& node, const QString& where, std::int64_t tickMicros,
                                  bool allowPolymarket, std::vector<SimScenarioPathPoint>& path,
                                  SimScenarioRandomWalk& walk, SimScenarioSettlement& settle);

[[nodiscard]] Status readPolymarket(const YAML::Node& node, SimScenarioPolymarket& out);

// Needs the Kalshi markets and the Polymarket section already read: pairs name them.
[[nodiscard]] Status readPairs(const YAML::Node& node, SimScenario& scenario);

} // namespace orion::SimScenarioYamlParts
