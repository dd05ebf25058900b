#pragma once

#include "common/Result.h"
#include "crypto/ScryptParams.h"
#include "crypto/SecretBytes.h"

#include <QByteArrayView>

namespace orion {

// scrypt key derivation (RFC 7914, OpenSSL EVP_PBE_scrypt): master password -> AES-256 key for the encrypted
// credential file. Parameters come from a file header that an attacker may have written, so they are bounded:
// n a power of two in [2, 2^24], r and p in [1, 64], at most 1 GiB of memory; anything else is an Error
// (code "crypto.kdf") instead of a hang or an allocation failure.
class Scrypt final
{
public:
    static constexpr quint64 kMaxMemoryBytes = 1ULL << 30;

    Scrypt() = delete;

    [[nodiscard]] static Result<SecretBytes> derive(const SecretBytes& password, QByteArrayView salt,
                                                    const ScryptParams& params, qsizetype keyLength = 32);
    // Only the bounds check, so a reader can reject a header before asking for the password.
    [[nodiscard]] static Status validate(const ScryptParams& params);
};

} // namespace orion
