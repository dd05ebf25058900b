#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_pkey_st;

namespace orion {

// Verifies RsaPssSigner's (Kalshi's) signatures with the public key: RSA-PSS, SHA-256, MGF1-SHA-256, salt length
// exactly 32. The venue simulator uses it to authenticate requests. Errors: "crypto.rsa" for a bad key,
// "crypto.signature" for a signature that does not verify.
class RsaPssVerifier final
{
public:
    // "BEGIN PUBLIC KEY" (SubjectPublicKeyInfo) or "BEGIN RSA PUBLIC KEY" (PKCS#1) PEM.
    [[nodiscard]] static Result<RsaPssVerifier> fromPem(QByteArrayView pem);

    ~RsaPssVerifier();
    RsaPssVerifier(RsaPssVerifier&&) noexcept;
    RsaPssVerifier& operator=(RsaPssVerifier&&) noexcept;
    RsaPssVerifier(const RsaPssVerifier&) = delete;
    RsaPssVerifier& operator=(const RsaPssVerifier&) = delete;

    [[nodiscard]] Status verify(QByteArrayView message, QByteArrayView signature) const;
    // The signature as sent in KALSHI-ACCESS-SIGNATURE (base64).
    [[nodiscard]] Status verifyBase64(QByteArrayView message, QByteArrayView signatureBase64) const;

    int keyBits() const;

private:
    struct KeyDeleter
    {
        void operator()(evp_pkey_st* key) const;
    };
    using KeyPtr = std::unique_ptr<evp_pkey_st, KeyDeleter>;

    explicit RsaPssVerifier(KeyPtr key);

    KeyPtr m_key;
};

} // namespace orion
