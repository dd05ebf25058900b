#include "venues/polymarket/PolymarketL2Auth.h"

#include "crypto/Base64.h"
#include "crypto/Hmac.h"

namespace orion {

PolymarketL2Auth::PolymarketL2Auth(EthAddress address, PolymarketApiCredentials credentials)
    : m_address(std::move(address)), m_credentials(std::move(credentials))
{
}

Result<QByteArray> PolymarketL2Auth::signature(const SecretBytes& secret, qint64 timestampSeconds,
                                               QByteArrayView method, QByteArrayView path, QByteArrayView body)
{
    const Result<SecretBytes> key = Base64::decodeSecret(secret.reveal());
    if (!key)
        return makeError(QStringLiteral("polymarket.auth"), QStringLiteral("API secret is not base64"));
    QByteArray message = QByteArray::number(timestampSeconds);
    message.append(method);
    message.append(path);
    message.append(body);
    const Result<QByteArray> mac = Hmac::sha256(*key, message);
    if (!mac)
        return makeError(QStringLiteral("polymarket.auth"), mac.error().message);
    return Base64::encodeUrl(*mac);
}

Result<HttpHeaders> PolymarketL2Auth::headers(qint64 timestampSeconds, QByteArrayView method, QByteArrayView path,
                                              QByteArrayView body) const
{
    const Result<QByteArray> sig = signature(m_credentials.secret, timestampSeconds, method, path, body);
    if (!sig)
        return sig.error();
    return HttpHeaders{{QByteArrayLiteral("POLY_ADDRESS"), m_address.toChecksumHex().toUtf8()},
                       {QByteArrayLiteral("POLY_SIGNATURE"), *sig},
                       {QByteArrayLiteral("POLY_TIMESTAMP"), QByteArray::number(timestampSeconds)},
                       {QByteArrayLiteral("POLY_API_KEY"), m_credentials.apiKey.toUtf8()},
                       {QByteArrayLiteral("POLY_PASSPHRASE"), m_credentials.passphrase.reveal().toByteArray()}};
}

} // namespace orion
