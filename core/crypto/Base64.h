#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace orion {

// Base64 as the venues use it. Kalshi signs with standard base64 (with '=' padding); Polymarket's L2 HMAC key is
// base64url and its signature is URL-safe base64 WITH '=' padding. Decoding accepts both alphabets, with or
// without padding (as the official clients do), and rejects anything else instead of skipping it. Errors use
// code "crypto.base64" and never quote the input (it may be a secret).
class Base64 final
{
public:
    Base64() = delete;

    static QByteArray encode(QByteArrayView bytes);    // A-Z a-z 0-9 + /, padded
    static QByteArray encodeUrl(QByteArrayView bytes); // A-Z a-z 0-9 - _, padded

    [[nodiscard]] static Result<QByteArray> decode(QByteArrayView text);
    // Decodes straight into wiped memory (API secrets).
    [[nodiscard]] static Result<SecretBytes> decodeSecret(QByteArrayView text);
};

} // namespace orion
