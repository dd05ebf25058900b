#include "venues/polymarket/PolymarketOrderSigner.h"

#include "crypto/Eip712.h"
#include "crypto/Erc7739Signature.h"
#include "crypto/Hex.h"

#include <QJsonValue>

namespace orion {

Result<PolymarketSignedOrder> PolymarketOrderSigner::sign(const PolymarketOrderV2& order, const Eip712Domain& domain,
                                                          quint64 expiration) const
{
    const auto signError = [](const QString& message) { return makeError(QStringLiteral("polymarket.sign"), message); };
    const bool depositWallet = order.signatureType == PolymarketSignatureType::Poly1271;
    if (depositWallet && order.maker != order.signer)
        return signError(QStringLiteral("a POLY_1271 order's maker and signer must both be the deposit wallet"));
    if (!depositWallet && order.signer != m_key.address())
        return signError(QStringLiteral("order signer is not the wallet key"));
    const Result<QByteArray> digest = PolymarketTypedData::orderV2Digest(order, domain);
    if (!digest)
        return signError(digest.error().message);
    if (!depositWallet) {
        const Result<QByteArray> signature = m_key.signHash(*digest);
        if (!signature)
            return signError(signature.error().message);
        return PolymarketSignedOrder{order, expiration, Hex::encodePrefixed(*digest), Hex::encodePrefixed(*signature)};
    }
    const Result<QByteArray> innerDigest = PolymarketTypedData::orderV2DepositWalletDigest(order, domain);
    const Result<QByteArray> contentsHash = PolymarketTypedData::orderV2StructHash(order);
    if (!innerDigest || !contentsHash)
        return signError(innerDigest ? contentsHash.error().message : innerDigest.error().message);
    const Result<QByteArray> inner = m_key.signHash(*innerDigest);
    if (!inner)
        return signError(inner.error().message);
    const Erc7739Signature wrapper{*inner, Eip712::domainSeparator(domain), *contentsHash,
                                   QByteArray(PolymarketTypedData::kOrderV2Type)};
    const Result<QByteArray> wrapped = wrapper.encode();
    if (!wrapped)
        return signError(wrapped.error().message);
    return PolymarketSignedOrder{order, expiration, Hex::encodePrefixed(*digest), Hex::encodePrefixed(*wrapped)};
}

QJsonObject PolymarketOrderSigner::wireOrder(const PolymarketSignedOrder& signedOrder)
{
    const PolymarketOrderV2& order = signedOrder.order;
    QJsonObject json;
    json.insert(QStringLiteral("salt"), static_cast<double>(order.salt)); // < 2^53: exact as a JSON number
    json.insert(QStringLiteral("maker"), order.maker.toChecksumHex());
    json.insert(QStringLiteral("signer"), order.signer.toChecksumHex());
    json.insert(QStringLiteral("tokenId"), order.tokenId);
    json.insert(QStringLiteral("makerAmount"), QString::number(order.makerAmount));
    json.insert(QStringLiteral("takerAmount"), QString::number(order.takerAmount));
    json.insert(QStringLiteral("side"),
                order.side == PolymarketSide::Buy ? QStringLiteral("BUY") : QStringLiteral("SELL"));
    json.insert(QStringLiteral("signatureType"), static_cast<int>(order.signatureType));
    json.insert(QStringLiteral("timestamp"), QString::number(order.timestamp));
    json.insert(QStringLiteral("expiration"), QString::number(signedOrder.expiration));
    json.insert(QStringLiteral("metadata"), Hex::encodePrefixed(order.metadata));
    json.insert(QStringLiteral("builder"), Hex::encodePrefixed(order.builder));
    json.insert(QStringLiteral("signature"), signedOrder.signature);
    return json;
}

QJsonObject PolymarketOrderSigner::postPayload(const PolymarketSignedOrder& signedOrder, const QString& owner,
                                               const QString& orderType, bool postOnly)
{
    QJsonObject json;
    json.insert(QStringLiteral("order"), wireOrder(signedOrder));
    json.insert(QStringLiteral("owner"), owner);
    json.insert(QStringLiteral("orderType"), orderType);
    json.insert(QStringLiteral("postOnly"), postOnly);
    json.insert(QStringLiteral("deferExec"), false);
    return json;
}

} // namespace orion
