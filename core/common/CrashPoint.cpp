#include "common/CrashPoint.h"

#include <cstdlib>
#include <cstring>

#ifdef _WIN32
#include <cstdio>
#else
#include <csignal>
#include <unistd.h>
#endif

namespace orion {
namespace {

// Read once, before main() (static initialisation), so that the hot path never touches the environment.
const char* const g_crashAt = [] {
    const char* value = std::getenv("ORION_CRASH_AT");
    return value != nullptr && *value != '\0' ? value : nullptr;
}();

[[noreturn]] void dieNow(const char* name)
{
#ifdef _WIN32
    std::fprintf(stderr, "orion: crash point %s: terminating\n", name);
    std::_Exit(137);
#else
    // write(2) and kill(2) only: nothing buffered, nothing cleaned up.
    static const char prefix[] = "orion: crash point ";
    static const char suffix[] = ": SIGKILL\n";
    (void)!::write(STDERR_FILENO, prefix, sizeof prefix - 1);
    (void)!::write(STDERR_FILENO, name, std::strlen(name));
    (void)!::write(STDERR_FILENO, suffix, sizeof suffix - 1);
    ::kill(::getpid(), SIGKILL);
    std::_Exit(137); // not reached: SIGKILL cannot be caught
#endif
}

} // namespace

void crashPoint(const char* name)
{
    if (g_crashAt == nullptr) [[likely]] {
        return;
    }
    if (std::strcmp(g_crashAt, name) == 0) {
        dieNow(name);
    }
}

} // namespace orion
