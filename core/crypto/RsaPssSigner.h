#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_pkey_st;

namespace orion {

// Kalshi request signing: RSA-PSS with SHA-256, MGF1-SHA-256 and salt length = digest length (32), over
// timestamp + METHOD + path. PSS is randomized: two signatures of the same message differ, and both verify.
// Errors use code "crypto.rsa".
class RsaPssSigner final
{
public:
    static constexpr int kMinimumKeyBits = 2048;

    // A PEM RSA private key, PKCS#1 or PKCS#8 (the two PEM header forms), not encrypted, at
    // least 2048 bits. The PEM text is read in place, never copied.
    [[nodiscard]] static Result<RsaPssSigner> fromPem(const SecretBytes& pem);

    ~RsaPssSigner();
    RsaPssSigner(RsaPssSigner&&) noexcept;
    RsaPssSigner& operator=(RsaPssSigner&&) noexcept;
    RsaPssSigner(const RsaPssSigner&) = delete;
    RsaPssSigner& operator=(const RsaPssSigner&) = delete;

    // Raw signature (key size in bytes, 256 for RSA-2048).
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView message) const;
    // Standard base64 with padding: the KALSHI-ACCESS-SIGNATURE header value.
    [[nodiscard]] Result<QByteArray> signBase64(QByteArrayView message) const;

    int keyBits() const;
    // "BEGIN PUBLIC KEY" PEM of the matching public key (what RsaPssVerifier and Kalshi's key upload take).
    [[nodiscard]] Result<QByteArray> publicKeyPem() const;

private:
    struct KeyDeleter
    {
        void operator()(evp_pkey_st* key) const;
    };
    using KeyPtr = std::unique_ptr<evp_pkey_st, KeyDeleter>;

    explicit RsaPssSigner(KeyPtr key);

    KeyPtr m_key;
};

} // namespace orion
