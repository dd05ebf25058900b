#include "venues/sim/SimKalshiAuth.h"

#include <QStringList>

#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace orion {

Status SimKalshiAuth::registerKey(const QString& keyId, const QByteArray& publicKeyPem)
{
    if (keyId.trimmed().isEmpty())
        return makeError(QStringLiteral("sim.auth"), QStringLiteral("empty key id"));
    EVP_PKEY* key = nullptr;
    // PEM "BEGIN PUBLIC KEY" (SubjectPublicKeyInfo) or "BEGIN RSA PUBLIC KEY" (PKCS#1).
    OSSL_DECODER_CTX* decoder =
        OSSL_DECODER_CTX_new_for_pkey(&key, "PEM", nullptr, "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr);
    const auto* data = reinterpret_cast<const unsigned char*>(publicKeyPem.constData());
    size_t length = static_cast<size_t>(publicKeyPem.size());
    const bool decoded = decoder != nullptr && OSSL_DECODER_from_data(decoder, &data, &length) == 1 && key != nullptr;
    OSSL_DECODER_CTX_free(decoder);
    if (!decoded) {
        EVP_PKEY_free(key);
        return makeError(QStringLiteral("sim.auth"), QStringLiteral("public key for %1 is not an RSA public key PEM").arg(keyId));
    }
    m_keys[keyId] = std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
    return {};
}

QStringList SimKalshiAuth::keyIds() const
{
    QStringList ids;
    for (const auto& entry : m_keys)
        ids.append(entry.first);
    return ids;
}

Result<QString> SimKalshiAuth::authenticate(const QByteArray& keyHeader, const QByteArray& timestampHeader,
                                            const QByteArray& signatureHeader, const QByteArray& method,
                                            const QString& path, qint64 nowMs) const
{
    auto fail = [](const QString& message) { return makeError(QStringLiteral("sim.auth"), message); };
    if (keyHeader.isEmpty() || timestampHeader.isEmpty() || signatureHeader.isEmpty())
        return fail(QStringLiteral("missing KALSHI-ACCESS-KEY, -TIMESTAMP or -SIGNATURE header"));
    const QString keyId = QString::fromUtf8(keyHeader);
    const auto found = m_keys.find(keyId);
    if (found == m_keys.end())
        return fail(QStringLiteral("unknown API key"));
    bool numeric = false;
    const qint64 timestamp = timestampHeader.toLongLong(&numeric);
    if (!numeric)
        return fail(QStringLiteral("timestamp is not a number of milliseconds"));
    if (timestamp < nowMs - m_maxSkewMs || timestamp > nowMs + m_maxSkewMs)
        return fail(QStringLiteral("stale timestamp"));
    const QByteArray message = timestampHeader + method.toUpper() + path.toUtf8();
    const QByteArray signature =
        QByteArray::fromBase64(signatureHeader, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    bool verified = false;
    if (!signature.isEmpty()) {
        EVP_MD_CTX* context = EVP_MD_CTX_new();
        EVP_PKEY_CTX* keyContext = nullptr;
        // RSA-PSS, SHA-256, MGF1-SHA-256, salt length 32 (= digest length), as Kalshi documents.
        verified = context != nullptr
                && EVP_DigestVerifyInit(context, &keyContext, EVP_sha256(), nullptr, found->second.get()) == 1
                && EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) == 1
                && EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) == 1
                && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                                    static_cast<size_t>(signature.size()),
                                    reinterpret_cast<const unsigned char*>(message.constData()),
                                    static_cast<size_t>(message.size()))
                       == 1;
        EVP_MD_CTX_free(context);
    }
    if (!verified)
        return fail(QStringLiteral("signature does not verify"));
    return keyId;
}

} // namespace orion
