#pragma once

#include <QtGlobal>

namespace orion {

// scrypt cost parameters, stored next to the salt in the encrypted credential file's header so that files
// written with older parameters stay readable.
struct ScryptParams
{
    quint64 n = 1ULL << 17; // CPU/memory cost, a power of two > 1
    quint32 r = 8;          // block size
    quint32 p = 1;          // parallelism

    // 2^17, 8, 1: about 128 MiB and a few hundred milliseconds, the OWASP recommendation for scrypt.
    static ScryptParams recommended() { return {}; }
    // Memory scrypt needs for these parameters (128 * r * (n + p) bytes, plus slack).
    quint64 memoryBytes() const { return 128ULL * r * (n + p + 2); }

    friend bool operator==(const ScryptParams&, const ScryptParams&) = default;
};

} // namespace orion
