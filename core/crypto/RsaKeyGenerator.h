#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace orion {

// A fresh RSA private key as unencrypted PKCS#8 PEM, for keys that live only as long as the process (the built-in
// simulator's demo account). Real Kalshi keys are made on Kalshi's site and stored with `orion credentials`.
struct RsaKeyPair
{
    SecretBytes privateKeyPem; // PKCS#8
    QByteArray publicKeyPem;   // "BEGIN PUBLIC KEY", what a venue (or the simulator) registers
};

class RsaKeyGenerator final
{
public:
    // A fresh key pair: the private key for the signer, the public key for the venue.
    [[nodiscard]] static Result<RsaKeyPair> generateKeyPair(int bits = 2048);
    // crypto.rsa when bits < RsaPssSigner::kMinimumKeyBits or OpenSSL fails.
    [[nodiscard]] static Result<SecretBytes> generatePem(int bits = 2048);
};

} // namespace orion
