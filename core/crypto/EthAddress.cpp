#include "crypto/EthAddress.h"

#include "crypto/Hex.h"
#include "crypto/Keccak256.h"

namespace orion {

namespace {

Error addressError(const QString& message)
{
    return makeError(QStringLiteral("crypto.address"), message);
}

} // namespace

Result<EthAddress> EthAddress::fromHex(QStringView text)
{
    if (!text.startsWith(u"0x") && !text.startsWith(u"0X"))
        return addressError(QStringLiteral("an address must start with 0x"));
    const QStringView digits = text.sliced(2);
    if (digits.size() != kSize * 2)
        return addressError(QStringLiteral("an address has 40 hex digits, got %1").arg(digits.size()));
    const Result<QByteArray> raw = Hex::decode(digits.toLatin1(), kSize);
    if (!raw)
        return addressError(QStringLiteral("address \"%1\" is not hexadecimal").arg(text));
    EthAddress address{*raw};
    bool hasLower = false;
    bool hasUpper = false;
    for (const QChar c : digits) {
        hasLower = hasLower || (c >= u'a' && c <= u'f');
        hasUpper = hasUpper || (c >= u'A' && c <= u'F');
    }
    if (hasLower && hasUpper && address.toChecksumHex().sliced(2) != digits)
        return addressError(QStringLiteral("address \"%1\" fails its EIP-55 checksum (mistyped?)").arg(text));
    return address;
}

Result<EthAddress> EthAddress::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != kSize)
        return addressError(QStringLiteral("an address is 20 bytes, got %1").arg(bytes.size()));
    return EthAddress{bytes.toByteArray()};
}

Result<EthAddress> EthAddress::fromPublicKey(QByteArrayView publicKey)
{
    if (publicKey.size() == 65 && publicKey[0] == '\x04')
        publicKey = publicKey.sliced(1);
    if (publicKey.size() != 64)
        return addressError(QStringLiteral("an uncompressed public key is 64 bytes (X||Y), got %1")
                                .arg(publicKey.size()));
    return EthAddress{Keccak256::hash(publicKey).right(kSize)};
}

bool EthAddress::isZero() const
{
    return m_bytes.count('\0') == kSize;
}

QString EthAddress::toLowerHex() const
{
    return Hex::encodePrefixed(m_bytes);
}

QString EthAddress::toChecksumHex() const
{
    // EIP-55: uppercase the hex letter at position i when nibble i of keccak256(lowercase hex) is >= 8.
    const QByteArray lower = m_bytes.toHex();
    const QByteArray hash = Keccak256::hash(lower);
    QString out = QStringLiteral("0x");
    out.reserve(2 + lower.size());
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const auto hashByte = static_cast<unsigned char>(hash[i / 2]);
        const int nibble = (i % 2 == 0) ? (hashByte >> 4) : (hashByte & 0x0f);
        const char c = lower[i];
        out += QChar::fromLatin1((c >= 'a' && nibble >= 8) ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

} // namespace orion
