#pragma once

#include "common/Result.h"
#include "crypto/ScryptParams.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <map>

namespace orion {

// The encrypted credential file, version 1 (integers big-endian):
//   "ORIONCRD" | version u8 = 1 | kdf u8 = 1 (scrypt) | log2(n) u8 | r u32 | p u32 | salt length u8 | salt
//   | nonce (12) | AES-256-GCM ciphertext | tag (16)
// Everything before the nonce is the header; it is the GCM associated data, so changing a parameter fails the
// tag check like changing the ciphertext. The plaintext is: count u16, then per entry name length u8, name
// (ASCII), value length u32, value. Every field is bounds-checked: the file is attacker-controlled input.
struct CredentialFileHeader
{
    quint8 version = 0;
    ScryptParams params;
    QByteArray salt;
    qsizetype headerSize = 0; // bytes before the nonce
};

class CredentialFileFormat final
{
public:
    static constexpr QByteArrayView kMagic{"ORIONCRD"};
    static constexpr quint8 kVersion = 1;
    static constexpr quint8 kKdfScrypt = 1;
    static constexpr qsizetype kSaltSize = 16;
    static constexpr qsizetype kMaxEntries = 64;
    static constexpr qsizetype kMaxValueSize = 64 * 1024;

    CredentialFileFormat() = delete;

    [[nodiscard]] static QByteArray encodeHeader(const ScryptParams& params, QByteArrayView salt);
    // Errors: "credentials.format" (not an Orion credential file, unknown version, truncated, bad parameters).
    [[nodiscard]] static Result<CredentialFileHeader> decodeHeader(QByteArrayView file);

    [[nodiscard]] static SecretBytes encodeEntries(const std::map<QString, SecretBytes>& entries);
    [[nodiscard]] static Result<std::map<QString, SecretBytes>> decodeEntries(QByteArrayView plaintext);
};

} // namespace orion
