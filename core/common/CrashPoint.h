#pragma once

namespace orion {

// Crash-recovery testing: when the environment variable ORION_CRASH_AT (read once) equals `name`, the process kills
// itself with SIGKILL on the spot, like a power cut: no destructors, no flushing, no journal commit beyond what is
// already on disk. A one-line note goes to standard error first so that a test can tell which point fired.
// Without the variable the call costs one predictable branch.
void crashPoint(const char* name);

} // namespace orion
