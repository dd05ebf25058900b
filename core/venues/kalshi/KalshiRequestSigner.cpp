#include "venues/kalshi/KalshiRequestSigner.h"

namespace orion {

KalshiRequestSigner::KalshiRequestSigner(QString keyId, std::shared_ptr<const RsaPssSigner> signer, const Clock& clock)
    : m_keyId(std::move(keyId)), m_signer(std::move(signer)), m_clock(&clock)
{
}

Result<KalshiRequestSigner> KalshiRequestSigner::fromPem(QString keyId, const SecretBytes& privateKeyPem,
                                                         const Clock& clock)
{
    if (keyId.trimmed().isEmpty())
        return makeError(QStringLiteral("kalshi.auth"), QStringLiteral("the Kalshi API key id is empty"));
    auto signer = RsaPssSigner::fromPem(privateKeyPem);
    if (!signer.ok())
        return makeError(QStringLiteral("kalshi.auth"),
                         QStringLiteral("private key of Kalshi key %1: %2").arg(keyId, signer.error().message));
    return KalshiRequestSigner(std::move(keyId), std::make_shared<const RsaPssSigner>(std::move(signer).value()), clock);
}

Result<HttpHeaders> KalshiRequestSigner::headersFor(QByteArrayView method, QStringView path) const
{
    const QByteArray timestamp = QByteArray::number(m_clock->nowMs());
    const QByteArray message = timestamp + method.toByteArray().toUpper() + path.toUtf8();
    const auto signature = m_signer->signBase64(message);
    if (!signature.ok())
        return makeError(QStringLiteral("kalshi.auth"),
                         QStringLiteral("signing with Kalshi key %1 failed: %2").arg(m_keyId, signature.error().message));
    return HttpHeaders{{QByteArrayLiteral("KALSHI-ACCESS-KEY"), m_keyId.toUtf8()},
                       {QByteArrayLiteral("KALSHI-ACCESS-TIMESTAMP"), timestamp},
                       {QByteArrayLiteral("KALSHI-ACCESS-SIGNATURE"), signature.value()}};
}

RequestSigner KalshiRequestSigner::requestSigner() const
{
    return [self = *this](const QByteArray& method, const QString& path, const QByteArray&) {
        return self.headersFor(method, path);
    };
}

std::function<Result<HttpHeaders>()> KalshiRequestSigner::handshakeSigner() const
{
    return [self = *this] { return self.headersFor("GET", QString::fromLatin1(kWsPath)); };
}

} // namespace orion
