#pragma once

#include "common/Result.h"
#include "crypto/EthAddress.h"
#include "crypto/SecretBytes.h"
#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QString>

namespace orion {

// API credentials returned by /auth/api-key or /auth/derive-api-key. The secret is base64url text.
struct PolymarketApiCredentials
{
    QString apiKey;
    SecretBytes secret;
    SecretBytes passphrase;

    PolymarketApiCredentials clone() const { return {apiKey, secret.clone(), passphrase.clone()}; }
};

// L2 headers (reference polymarket.md 4.2): POLY_SIGNATURE = URL-safe base64 (padded) of
// HMAC-SHA256(base64url-decoded secret, timestamp + METHOD + path + body), with POLY_ADDRESS (the signer EOA),
// POLY_TIMESTAMP, POLY_API_KEY and POLY_PASSPHRASE. Errors use code "polymarket.auth".
class PolymarketL2Auth final
{
public:
    PolymarketL2Auth(EthAddress address, PolymarketApiCredentials credentials);

    const QString& apiKey() const { return m_credentials.apiKey; }
    const PolymarketApiCredentials& credentials() const { return m_credentials; }

    [[nodiscard]] static Result<QByteArray> signature(const SecretBytes& secret, qint64 timestampSeconds,
                                                      QByteArrayView method, QByteArrayView path,
                                                      QByteArrayView body);
    [[nodiscard]] Result<HttpHeaders> headers(qint64 timestampSeconds, QByteArrayView method, QByteArrayView path,
                                              QByteArrayView body) const;

private:
    EthAddress m_address;
    PolymarketApiCredentials m_credentials;
};

} // namespace orion
