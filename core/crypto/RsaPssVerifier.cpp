#include "crypto/RsaPssVerifier.h"

#include "crypto/Base64.h"
#include "crypto/OpensslPtr.h"
#include "crypto/RsaPssPadding.h"

#include <openssl/decoder.h>

#include <utility>

namespace orion {

namespace {

Error rsaError(const QString& message)
{
    return makeError(QStringLiteral("crypto.rsa"), message);
}

Error signatureError(const QString& message)
{
    return makeError(QStringLiteral("crypto.signature"), message);
}

} // namespace

void RsaPssVerifier::KeyDeleter::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

RsaPssVerifier::RsaPssVerifier(KeyPtr key) : m_key(std::move(key)) {}
RsaPssVerifier::~RsaPssVerifier() = default;
RsaPssVerifier::RsaPssVerifier(RsaPssVerifier&&) noexcept = default;
RsaPssVerifier& RsaPssVerifier::operator=(RsaPssVerifier&&) noexcept = default;

Result<RsaPssVerifier> RsaPssVerifier::fromPem(QByteArrayView pem)
{
    ERR_clear_error();
    if (!pem.contains("-----BEGIN"))
        return rsaError(QStringLiteral("the RSA public key is not PEM (no \"-----BEGIN\" line)"));
    // A private key where the public one belongs (e.g. in a simulator scenario) is a mistake worth naming.
    if (pem.contains("PRIVATE KEY"))
        return rsaError(QStringLiteral("this is a private key; the verifier takes the public key (BEGIN PUBLIC KEY)"));
    // The decoder accepts both the SubjectPublicKeyInfo and the PKCS#1 structures.
    EVP_PKEY* raw = nullptr;
    OSSL_DECODER_CTX* decoder = OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, "RSA", EVP_PKEY_PUBLIC_KEY,
                                                              nullptr, nullptr);
    if (decoder == nullptr)
        return rsaError(QStringLiteral("could not create a PEM decoder (%1)").arg(takeOpensslError()));
    const auto* data = reinterpret_cast<const unsigned char*>(pem.data());
    size_t remaining = static_cast<size_t>(pem.size());
    const int decoded = OSSL_DECODER_from_data(decoder, &data, &remaining);
    OSSL_DECODER_CTX_free(decoder);
    KeyPtr key(raw);
    if (decoded != 1 || !key)
        return rsaError(QStringLiteral("could not read the PEM RSA public key (%1)").arg(takeOpensslError()));
    return RsaPssVerifier(std::move(key));
}

Status RsaPssVerifier::verify(QByteArrayView message, QByteArrayView signature) const
{
    ERR_clear_error();
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!context)
        return rsaError(QStringLiteral("out of memory creating a verification context"));
    EVP_PKEY_CTX* keyContext = nullptr; // owned by `context`
    if (EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key.get()) != 1
        || !configureKalshiPss(keyContext)) {
        return rsaError(QStringLiteral("could not set up RSA-PSS verification (%1)").arg(takeOpensslError()));
    }
    const int verified = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                                          static_cast<size_t>(signature.size()),
                                          reinterpret_cast<const unsigned char*>(message.data()),
                                          static_cast<size_t>(message.size()));
    takeOpensslError(); // a failed verification leaves entries in the queue; they say nothing more
    if (verified != 1)
        return signatureError(QStringLiteral("the RSA-PSS signature does not verify for this message and key"));
    return {};
}

Status RsaPssVerifier::verifyBase64(QByteArrayView message, QByteArrayView signatureBase64) const
{
    const Result<QByteArray> signature = Base64::decode(signatureBase64);
    if (!signature)
        return signatureError(QStringLiteral("the RSA-PSS signature is not base64: %1").arg(signature.error().message));
    return verify(message, *signature);
}

int RsaPssVerifier::keyBits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

} // namespace orion
