#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace orion {

// HMAC-SHA256 (OpenSSL EVP_MAC), keyed with a SecretBytes so the key is never copied into an unwiped buffer.
// Polymarket's L2 headers use it: URL-safe base64 (padded) of HMAC(base64url-decoded secret,
// timestamp + METHOD + path + body).
class Hmac final
{
public:
    static constexpr qsizetype kSha256Size = 32;

    Hmac() = delete;

    // 32-byte MAC. Errors (code "crypto.hmac") only if OpenSSL itself fails.
    [[nodiscard]] static Result<QByteArray> sha256(const SecretBytes& key, QByteArrayView message);
    // Constant-time comparison of two MACs (for verifying a presented signature).
    static bool equal(QByteArrayView a, QByteArrayView b);
};

} // namespace orion
