#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace orion {

// Cryptographically secure random bytes from OpenSSL's RAND_bytes (seeded by the OS). A failure (entropy source
// unavailable) is an Error with code "crypto.random", never silently weaker randomness.
class Random final
{
public:
    Random() = delete;

    [[nodiscard]] static Result<QByteArray> bytes(qsizetype count);
    [[nodiscard]] static Result<SecretBytes> secretBytes(qsizetype count);
    // Uniform in [0, bound), bound > 0, without modulo bias (e.g. Polymarket order salts below 2^53).
    [[nodiscard]] static Result<quint64> uniformBelow(quint64 bound);
};

} // namespace orion
