#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/RsaPssSigner.h"
#include "crypto/SecretBytes.h"
#include "net/HttpHeaders.h"
#include "net/HttpRequest.h"

#include <QString>

#include <functional>
#include <memory>

namespace orion {

// Kalshi's API-key authentication: KALSHI-ACCESS-KEY (the key id), KALSHI-ACCESS-TIMESTAMP (Unix ms) and
// KALSHI-ACCESS-SIGNATURE = base64 RSA-PSS-SHA256 over timestamp + METHOD + path, the path from the host root
// (".../trade-api/v2/portfolio/balance"), without the query; the body is not signed. The WebSocket upgrade signs
// "GET" + "/trade-api/ws/v2". Copies share one key. Errors use code "kalshi.auth" and name the key id.
class KalshiRequestSigner final
{
public:
    static constexpr auto kWsPath = "/trade-api/ws/v2";

    [[nodiscard]] static Result<KalshiRequestSigner> fromPem(QString keyId, const SecretBytes& privateKeyPem,
                                                             const Clock& clock);

    const QString& keyId() const { return m_keyId; }
    [[nodiscard]] Result<HttpHeaders> headersFor(QByteArrayView method, QStringView path) const;
    // For HttpClient::setSigner: signs each attempt afresh.
    RequestSigner requestSigner() const;
    // For WsOptions::handshakeSigner.
    std::function<Result<HttpHeaders>()> handshakeSigner() const;

private:
    KalshiRequestSigner(QString keyId, std::shared_ptr<const RsaPssSigner> signer, const Clock& clock);

    QString m_keyId;
    std::shared_ptr<const RsaPssSigner> m_signer;
    const Clock* m_clock;
};

} // namespace orion
