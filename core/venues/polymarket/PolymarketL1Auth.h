#pragma once

#include "common/Result.h"
#include "crypto/Secp256k1Signer.h"
#include "net/HttpHeaders.h"

namespace orion {

// L1 headers (reference polymarket.md 4.1) for /auth/api-key and /auth/derive-api-key: an EIP-712 ClobAuth
// signature by the wallet key over the address, the timestamp string and the nonce. Errors use code
// "polymarket.auth".
class PolymarketL1Auth final
{
public:
    PolymarketL1Auth() = delete;

    // POLY_ADDRESS (checksummed), POLY_SIGNATURE (0x r||s||v), POLY_TIMESTAMP, POLY_NONCE.
    [[nodiscard]] static Result<HttpHeaders> headers(const Secp256k1Signer& key, quint64 chainId,
                                                     qint64 timestampSeconds, quint64 nonce);
    // Just the signature, for tests against the published vectors.
    [[nodiscard]] static Result<QString> signature(const Secp256k1Signer& key, quint64 chainId,
                                                   const QString& timestamp, quint64 nonce);
};

} // namespace orion
