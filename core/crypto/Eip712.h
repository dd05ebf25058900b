#pragma once

#include "common/Result.h"
#include "crypto/Eip712Domain.h"
#include "crypto/EthAddress.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace orion {

// EIP-712 typed-data hashing for flat structs (no nested struct or array members, which no Polymarket type
// has). Every encoded field is 32 bytes:
//   hashStruct(s) = keccak256(typeHash || enc(field_1) || ... || enc(field_n)), typeHash = keccak256(type string)
//   digest        = keccak256(0x19 || 0x01 || domainSeparator || hashStruct(message))
// The digest is what Secp256k1Signer::signHash signs. Errors use code "crypto.eip712".
class Eip712 final
{
public:
    static constexpr qsizetype kWordSize = 32;

    Eip712() = delete;

    // keccak256 of the canonical type string, e.g. "ClobAuth(address address,string timestamp,...)".
    static QByteArray typeHash(QByteArrayView encodedType);

    // uint8 .. uint256 as a 32-byte big-endian word.
    static QByteArray encodeUint(quint64 value);
    // uint256 from a decimal string (token ids exceed 64 bits); rejects signs, non-digits and values >= 2^256.
    [[nodiscard]] static Result<QByteArray> encodeUintDecimal(QStringView decimal);
    // address: 12 zero bytes + 20 address bytes.
    static QByteArray encodeAddress(const EthAddress& address);
    // string: keccak256 of the UTF-8 bytes. bytes (dynamic): keccak256 of the bytes.
    static QByteArray encodeString(QStringView text);
    static QByteArray encodeBytes(QByteArrayView bytes);
    // bytes32: as is; any other length is an error.
    [[nodiscard]] static Result<QByteArray> encodeBytes32(QByteArrayView value);

    // fields are the already-encoded 32-byte words, in the order of the type string.
    static QByteArray hashStruct(QByteArrayView typeHash, const QList<QByteArray>& fields);
    static QByteArray domainSeparator(const Eip712Domain& domain);
    // Both inputs are 32-byte hashes.
    static QByteArray digest(QByteArrayView domainSeparator, QByteArrayView structHash);
};

} // namespace orion
