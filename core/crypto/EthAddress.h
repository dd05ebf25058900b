#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <utility>

namespace orion {

// A 20-byte Ethereum address: the last 20 bytes of keccak256 of the uncompressed public key (X||Y). Printed with
// the EIP-55 mixed-case checksum, which is what the Polymarket clients send.
class EthAddress final
{
public:
    static constexpr qsizetype kSize = 20;

    EthAddress() = default; // the zero address

    // "0x" + 40 hex digits. All-lowercase or all-uppercase digits are accepted as they are; mixed case must be a
    // valid EIP-55 checksum (a mistyped address is then caught). Errors use code "crypto.address".
    [[nodiscard]] static Result<EthAddress> fromHex(QStringView text);
    [[nodiscard]] static Result<EthAddress> fromBytes(QByteArrayView bytes);
    // From a 64-byte uncompressed public key without the 0x04 prefix (65 bytes with it are accepted too).
    [[nodiscard]] static Result<EthAddress> fromPublicKey(QByteArrayView publicKey);

    QByteArray bytes() const { return m_bytes; }
    bool isZero() const;
    // EIP-55, e.g. 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266.
    QString toChecksumHex() const;
    QString toLowerHex() const;

    friend bool operator==(const EthAddress&, const EthAddress&) = default;

private:
    explicit EthAddress(QByteArray bytes) : m_bytes(std::move(bytes)) {}

    QByteArray m_bytes = QByteArray(kSize, '\0');
};

} // namespace orion
