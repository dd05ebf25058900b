#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace orion {

// Strict hexadecimal, as Ethereum tooling writes it: an optional "0x"/"0X" prefix, an even number of digits,
// nothing else (QByteArray::fromHex silently skips invalid characters, which would turn a typo in a key into a
// different key). Errors use code "crypto.hex".
class Hex final
{
public:
    Hex() = delete;

    // expectedBytes < 0 accepts any length.
    [[nodiscard]] static Result<QByteArray> decode(QByteArrayView text, qsizetype expectedBytes = -1);
    // The same, decoding straight into wiped memory (for private keys).
    [[nodiscard]] static Result<SecretBytes> decodeSecret(QByteArrayView text, qsizetype expectedBytes = -1);

    // "0x" + lowercase hex.
    static QString encodePrefixed(QByteArrayView bytes);
};

} // namespace orion
