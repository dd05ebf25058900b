#include "crypto/PolymarketTypedData.h"

#include "crypto/Eip712.h"

namespace orion {

Eip712Domain PolymarketTypedData::clobAuthDomain(quint64 chainId)
{
    return Eip712Domain{QStringLiteral("ClobAuthDomain"), QStringLiteral("1"), chainId, std::nullopt};
}

Eip712Domain PolymarketTypedData::exchangeDomain(const QString& version, quint64 chainId, const EthAddress& exchange)
{
    return Eip712Domain{QStringLiteral("Polymarket CTF Exchange"), version, chainId, exchange};
}

QByteArray PolymarketTypedData::clobAuthStructHash(const PolymarketClobAuth& auth)
{
    return Eip712::hashStruct(Eip712::typeHash(kClobAuthType),
                              {Eip712::encodeAddress(auth.address), Eip712::encodeString(auth.timestamp),
                               Eip712::encodeUint(auth.nonce), Eip712::encodeString(auth.message)});
}

QByteArray PolymarketTypedData::clobAuthDigest(const PolymarketClobAuth& auth, quint64 chainId)
{
    return Eip712::digest(Eip712::domainSeparator(clobAuthDomain(chainId)), clobAuthStructHash(auth));
}

Result<QByteArray> PolymarketTypedData::orderV2StructHash(const PolymarketOrderV2& order)
{
    const Result<QByteArray> tokenId = Eip712::encodeUintDecimal(order.tokenId);
    if (!tokenId)
        return makeError(tokenId.error().code, QStringLiteral("order tokenId: ") + tokenId.error().message);
    const Result<QByteArray> metadata = Eip712::encodeBytes32(order.metadata);
    if (!metadata)
        return makeError(metadata.error().code, QStringLiteral("order metadata: ") + metadata.error().message);
    const Result<QByteArray> builder = Eip712::encodeBytes32(order.builder);
    if (!builder)
        return makeError(builder.error().code, QStringLiteral("order builder: ") + builder.error().message);

    return Eip712::hashStruct(Eip712::typeHash(kOrderV2Type),
                              {Eip712::encodeUint(order.salt), Eip712::encodeAddress(order.maker),
                               Eip712::encodeAddress(order.signer), *tokenId, Eip712::encodeUint(order.makerAmount),
                               Eip712::encodeUint(order.takerAmount),
                               Eip712::encodeUint(static_cast<quint64>(order.side)),
                               Eip712::encodeUint(static_cast<quint64>(order.signatureType)),
                               Eip712::encodeUint(order.timestamp), *metadata, *builder});
}

Result<QByteArray> PolymarketTypedData::orderV2Digest(const PolymarketOrderV2& order, const Eip712Domain& domain)
{
    const Result<QByteArray> structHash = orderV2StructHash(order);
    if (!structHash)
        return structHash.error();
    return Eip712::digest(Eip712::domainSeparator(domain), *structHash);
}

Result<QByteArray> PolymarketTypedData::orderV2DepositWalletDigest(const PolymarketOrderV2& order,
                                                                  const Eip712Domain& domain)
{
    const Result<QByteArray> contentsHash = orderV2StructHash(order);
    if (!contentsHash)
        return contentsHash.error();
    const QByteArray encodedType = QByteArray(kTypedDataSignType).append(kOrderV2Type);
    const QByteArray typeHash = Eip712::typeHash(encodedType);
    const QByteArray structHash = Eip712::hashStruct(
        typeHash, {*contentsHash, Eip712::encodeString(QString::fromLatin1(kDepositWalletName)),
                   Eip712::encodeString(QString::fromLatin1(kDepositWalletVersion)), Eip712::encodeUint(domain.chainId),
                   Eip712::encodeAddress(order.signer), QByteArray(Eip712::kWordSize, '\0')});
    return Eip712::digest(Eip712::domainSeparator(domain), structHash);
}

Result<QByteArray> PolymarketTypedData::orderV1StructHash(const PolymarketOrderV1& order)
{
    const Result<QByteArray> tokenId = Eip712::encodeUintDecimal(order.tokenId);
    if (!tokenId)
        return makeError(tokenId.error().code, QStringLiteral("order tokenId: ") + tokenId.error().message);

    return Eip712::hashStruct(Eip712::typeHash(kOrderV1Type),
                              {Eip712::encodeUint(order.salt), Eip712::encodeAddress(order.maker),
                               Eip712::encodeAddress(order.signer), Eip712::encodeAddress(order.taker), *tokenId,
                               Eip712::encodeUint(order.makerAmount), Eip712::encodeUint(order.takerAmount),
                               Eip712::encodeUint(order.expiration), Eip712::encodeUint(order.nonce),
                               Eip712::encodeUint(order.feeRateBps),
                               Eip712::encodeUint(static_cast<quint64>(order.side)),
                               Eip712::encodeUint(static_cast<quint64>(order.signatureType))});
}

Result<QByteArray> PolymarketTypedData::orderV1Digest(const PolymarketOrderV1& order, const Eip712Domain& domain)
{
    const Result<QByteArray> structHash = orderV1StructHash(order);
    if (!structHash)
        return structHash.error();
    return Eip712::digest(Eip712::domainSeparator(domain), *structHash);
}

} // namespace orion
