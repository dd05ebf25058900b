#include "crypto/Random.h"

#include "crypto/OpensslPtr.h"

#include <openssl/rand.h>

#include <limits>

namespace orion {

namespace {

Status fill(unsigned char* out, qsizetype count)
{
    if (count < 0)
        return makeError(QStringLiteral("crypto.random"), QStringLiteral("negative byte count %1").arg(count));
    if (count > std::numeric_limits<int>::max())
        return makeError(QStringLiteral("crypto.random"), QStringLiteral("too many random bytes requested"));
    if (count == 0)
        return {};
    if (RAND_bytes(out, static_cast<int>(count)) != 1) {
        return makeError(QStringLiteral("crypto.random"),
                         QStringLiteral("the secure random generator failed: %1").arg(takeOpensslError()));
    }
    return {};
}

} // namespace

Result<QByteArray> Random::bytes(qsizetype count)
{
    QByteArray out(count > 0 ? count : 0, Qt::Uninitialized);
    if (Status filled = fill(reinterpret_cast<unsigned char*>(out.data()), count); !filled)
        return filled.error();
    return out;
}

Result<SecretBytes> Random::secretBytes(qsizetype count)
{
    SecretBytes out = SecretBytes::zeroed(count > 0 ? count : 0);
    if (Status filled = fill(out.mutableBytes().data(), count); !filled)
        return filled.error();
    return out;
}

Result<quint64> Random::uniformBelow(quint64 bound)
{
    if (bound == 0)
        return makeError(QStringLiteral("crypto.random"), QStringLiteral("uniformBelow needs a bound above 0"));
    // Reject draws from the incomplete top bucket so every value in [0, bound) is equally likely.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    for (;;) {
        unsigned char raw[sizeof(quint64)];
        if (Status filled = fill(raw, sizeof raw); !filled)
            return filled.error();
        quint64 value = 0;
        for (const unsigned char byte : raw)
            value = (value << 8) | byte;
        if (value < limit)
            return value % bound;
    }
}

} // namespace orion
