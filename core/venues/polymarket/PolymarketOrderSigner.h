#pragma once

#include "common/Result.h"
#include "crypto/Eip712Domain.h"
#include "crypto/PolymarketTypedData.h"
#include "crypto/Secp256k1Signer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace orion {

// A V2 order with its EIP-712 hash (the venue's orderID) and 65-byte signature.
struct PolymarketSignedOrder
{
    PolymarketOrderV2 order;
    quint64 expiration = 0; // GTD expiry, unix seconds; sent on the wire, not signed
    QString orderHash;      // 0x + 64 hex
    QString signature;      // 0x + 130 hex (r || s || v, v = 27/28); POLY_1271: the ERC-7739 wrapper, 0x + 634 hex
};

// Signs V2 orders with the wallet key and serialises them as POST /order expects (reference polymarket.md 5.4).
// EOA, POLY_PROXY and GNOSIS_SAFE: plain ECDSA over the order digest, the key being the order's signer.
// POLY_1271: maker and signer are the deposit wallet the key owns; the key signs the ERC-7739 TypedDataSign digest
// (PolymarketTypedData::orderV2DepositWalletDigest) and the signature is the Erc7739Signature wrapper, byte for
// byte what the official clients send. The key is not owned and must outlive this object. Errors use code
// "polymarket.sign".
class PolymarketOrderSigner final
{
public:
    explicit PolymarketOrderSigner(const Secp256k1Signer& key) : m_key(key) {}

    [[nodiscard]] Result<PolymarketSignedOrder> sign(const PolymarketOrderV2& order, const Eip712Domain& domain,
                                                     quint64 expiration = 0) const;

    // The "order" object of the POST body: salt as a JSON number, amounts, tokenId, timestamp and expiration as
    // decimal strings, side "BUY"/"SELL", addresses checksummed.
    static QJsonObject wireOrder(const PolymarketSignedOrder& signedOrder);
    // {"order": ..., "owner": apiKey, "orderType": "GTC"|"GTD"|"FOK"|"FAK", "postOnly": .., "deferExec": false}
    static QJsonObject postPayload(const PolymarketSignedOrder& signedOrder, const QString& owner,
                                   const QString& orderType, bool postOnly);

private:
    const Secp256k1Signer& m_key;
};

} // namespace orion
