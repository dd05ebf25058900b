#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

namespace orion {

// A fresh RSA private key as unencrypted PKCS#8 PEM, for keys that live only as long as the process (the built-in
// simulator's demo account). Real Kalshi keys are made on Kalshi's site and stored with `orion credentials`.
class RsaKeyGenerator final
{
public:
    // crypto.rsa when bits < RsaPssSigner::kMinimumKeyBits or OpenSSL fails.
    [[nodiscard]] static Result<SecretBytes> generatePem(int bits = 2048);
};

} // namespace orion
