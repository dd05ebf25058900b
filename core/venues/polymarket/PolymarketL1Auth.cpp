#include "venues/polymarket/PolymarketL1Auth.h"

#include "crypto/Hex.h"
#include "crypto/PolymarketTypedData.h"

namespace orion {

Result<QString> PolymarketL1Auth::signature(const Secp256k1Signer& key, quint64 chainId, const QString& timestamp,
                                            quint64 nonce)
{
    PolymarketClobAuth auth;
    auth.address = key.address();
    auth.timestamp = timestamp;
    auth.nonce = nonce;
    const Result<QByteArray> signed_ = key.signHash(PolymarketTypedData::clobAuthDigest(auth, chainId));
    if (!signed_)
        return makeError(QStringLiteral("polymarket.auth"), signed_.error().message);
    return Hex::encodePrefixed(*signed_);
}

Result<HttpHeaders> PolymarketL1Auth::headers(const Secp256k1Signer& key, quint64 chainId, qint64 timestampSeconds,
                                              quint64 nonce)
{
    const QString timestamp = QString::number(timestampSeconds);
    const Result<QString> sig = signature(key, chainId, timestamp, nonce);
    if (!sig)
        return sig.error();
    return HttpHeaders{{QByteArrayLiteral("POLY_ADDRESS"), key.address().toChecksumHex().toUtf8()},
                       {QByteArrayLiteral("POLY_SIGNATURE"), sig->toUtf8()},
                       {QByteArrayLiteral("POLY_TIMESTAMP"), timestamp.toUtf8()},
                       {QByteArrayLiteral("POLY_NONCE"), QByteArray::number(nonce)}};
}

} // namespace orion
