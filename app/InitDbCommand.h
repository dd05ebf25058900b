#pragma once

#include "config/Settings.h"

namespace orion {

// `orion --init-db`: creates or migrates the configured database, prints its schema version; exit code.
int runInitDb(const Settings& settings);

} // namespace orion
