#pragma once

#include <cstddef>

namespace orion {

// Asks the CPU to start loading [begin, begin + bytes) into the cache. A hint only: it changes no value. The hot
// path uses it to fetch the several cold blocks one update needs in parallel, rather than one miss after another.
inline void prefetchBytes(const void* begin, std::size_t bytes)
{
#if defined(__GNUC__)
    constexpr std::size_t kCacheLine = 64;
    const char* const first = static_cast<const char*>(begin);
    for (std::size_t offset = 0; offset < bytes; offset += kCacheLine)
        __builtin_prefetch(first + offset);
    __builtin_prefetch(first + bytes - 1); // an unaligned block's last line
#else
    static_cast<void>(begin);
    static_cast<void>(bytes);
#endif
}

} // namespace orion
