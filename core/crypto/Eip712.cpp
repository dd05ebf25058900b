#include "crypto/Eip712.h"

#include "crypto/Keccak256.h"

#include <array>

namespace orion {

namespace {

constexpr char kDomainType[] = "EIP712Domain(string name,string version,uint256 chainId)";
constexpr char kDomainTypeWithContract[] =
    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";

Error eip712Error(const QString& message)
{
    return makeError(QStringLiteral("crypto.eip712"), message);
}

} // namespace

QByteArray Eip712::typeHash(QByteArrayView encodedType)
{
    return Keccak256::hash(encodedType);
}

QByteArray Eip712::encodeUint(quint64 value)
{
    QByteArray word(kWordSize, '\0');
    for (qsizetype i = kWordSize - 1; i >= kWordSize - 8; --i) {
        word[i] = static_cast<char>(value & 0xffU);
        value >>= 8;
    }
    return word;
}

Result<QByteArray> Eip712::encodeUintDecimal(QStringView decimal)
{
    if (decimal.isEmpty())
        return eip712Error(QStringLiteral("empty uint256"));
    if (decimal.size() > 78) // 2^256 - 1 has 78 digits
        return eip712Error(QStringLiteral("uint256 \"%1...\" has more than 78 digits").arg(decimal.left(20)));
    std::array<unsigned int, kWordSize> bytes{}; // big-endian, each entry < 256 between digits
    for (const QChar c : decimal) {
        if (c < u'0' || c > u'9')
            return eip712Error(QStringLiteral("uint256 \"%1\" is not a decimal number").arg(decimal));
        unsigned int carry = static_cast<unsigned int>(c.unicode() - u'0');
        for (qsizetype i = kWordSize - 1; i >= 0; --i) {
            const unsigned int value = bytes[static_cast<size_t>(i)] * 10U + carry;
            bytes[static_cast<size_t>(i)] = value & 0xffU;
            carry = value >> 8;
        }
        if (carry != 0)
            return eip712Error(QStringLiteral("uint256 \"%1\" is 2^256 or more").arg(decimal));
    }
    QByteArray word(kWordSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < kWordSize; ++i)
        word[i] = static_cast<char>(bytes[static_cast<size_t>(i)]);
    return word;
}

QByteArray Eip712::encodeAddress(const EthAddress& address)
{
    return QByteArray(kWordSize - EthAddress::kSize, '\0') + address.bytes();
}

QByteArray Eip712::encodeString(QStringView text)
{
    return Keccak256::hash(text.toUtf8());
}

QByteArray Eip712::encodeBytes(QByteArrayView bytes)
{
    return Keccak256::hash(bytes);
}

Result<QByteArray> Eip712::encodeBytes32(QByteArrayView value)
{
    if (value.size() != kWordSize)
        return eip712Error(QStringLiteral("a bytes32 value is 32 bytes, got %1").arg(value.size()));
    return value.toByteArray();
}

QByteArray Eip712::hashStruct(QByteArrayView typeHash, const QList<QByteArray>& fields)
{
    Q_ASSERT(typeHash.size() == kWordSize);
    Keccak256 keccak;
    keccak.addData(typeHash);
    for (const QByteArray& field : fields) {
        Q_ASSERT(field.size() == kWordSize);
        keccak.addData(field);
    }
    return keccak.result();
}

QByteArray Eip712::domainSeparator(const Eip712Domain& domain)
{
    QList<QByteArray> fields{encodeString(domain.name), encodeString(domain.version), encodeUint(domain.chainId)};
    if (domain.verifyingContract) {
        fields.append(encodeAddress(*domain.verifyingContract));
        return hashStruct(typeHash(kDomainTypeWithContract), fields);
    }
    return hashStruct(typeHash(kDomainType), fields);
}

QByteArray Eip712::digest(QByteArrayView domainSeparator, QByteArrayView structHash)
{
    Q_ASSERT(domainSeparator.size() == kWordSize && structHash.size() == kWordSize);
    Keccak256 keccak;
    keccak.addData(QByteArrayView("\x19\x01", 2));
    keccak.addData(domainSeparator);
    keccak.addData(structHash);
    return keccak.result();
}

} // namespace orion
