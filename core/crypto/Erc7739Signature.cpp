#include "crypto/Erc7739Signature.h"

namespace orion {

namespace {

Error erc7739Error(const QString& message)
{
    return Error{QStringLiteral("crypto.erc7739"), message};
}

constexpr qsizetype kFixedSize = Erc7739Signature::kInnerSize + 2 * Erc7739Signature::kHashSize;
constexpr qsizetype kMaxTypeSize = 0xFFFF;

} // namespace

Result<QByteArray> Erc7739Signature::encode() const
{
    if (innerSignature.size() != kInnerSize || appDomainSeparator.size() != kHashSize || contentsHash.size() != kHashSize)
        return erc7739Error(QStringLiteral("wrapper parts have the wrong size"));
    if (contentsType.isEmpty() || contentsType.size() > kMaxTypeSize)
        return erc7739Error(QStringLiteral("contents type must be 1 to 65535 bytes"));
    const auto length = static_cast<quint16>(contentsType.size());
    QByteArray out;
    out.reserve(kFixedSize + contentsType.size() + 2);
    out += innerSignature;
    out += appDomainSeparator;
    out += contentsHash;
    out += contentsType;
    out += static_cast<char>(length >> 8);
    out += static_cast<char>(length & 0xFF);
    return out;
}

Result<Erc7739Signature> Erc7739Signature::decode(QByteArrayView bytes)
{
    if (bytes.size() < kFixedSize + 3)
        return erc7739Error(QStringLiteral("signature too short for an ERC-7739 wrapper"));
    const auto high = static_cast<quint8>(bytes[bytes.size() - 2]);
    const auto low = static_cast<quint8>(bytes[bytes.size() - 1]);
    const qsizetype typeSize = (static_cast<qsizetype>(high) << 8) | static_cast<qsizetype>(low);
    if (typeSize == 0 || kFixedSize + typeSize + 2 != bytes.size())
        return erc7739Error(QStringLiteral("ERC-7739 wrapper length suffix does not match"));
    Erc7739Signature out;
    out.innerSignature = bytes.first(kInnerSize).toByteArray();
    out.appDomainSeparator = bytes.sliced(kInnerSize, kHashSize).toByteArray();
    out.contentsHash = bytes.sliced(kInnerSize + kHashSize, kHashSize).toByteArray();
    out.contentsType = bytes.sliced(kFixedSize, typeSize).toByteArray();
    return out;
}

} // namespace orion
