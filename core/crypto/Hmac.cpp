#include "crypto/Hmac.h"

#include "crypto/OpensslPtr.h"

#include <openssl/crypto.h>

namespace orion {

Result<QByteArray> Hmac::sha256(const SecretBytes& key, QByteArrayView message)
{
    QByteArray mac(kSha256Size, Qt::Uninitialized);
    size_t length = 0;
    // OpenSSL needs a non-null key pointer even for an empty key.
    static const unsigned char kEmptyKey = 0;
    const unsigned char* keyData = key.isEmpty() ? &kEmptyKey : key.revealBytes().data();
    const unsigned char* out = EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, keyData,
                                         static_cast<size_t>(key.size()),
                                         reinterpret_cast<const unsigned char*>(message.data()),
                                         static_cast<size_t>(message.size()),
                                         reinterpret_cast<unsigned char*>(mac.data()), static_cast<size_t>(mac.size()),
                                         &length);
    if (out == nullptr || length != kSha256Size)
        return makeError(QStringLiteral("crypto.hmac"),
                         QStringLiteral("HMAC-SHA256 failed: %1").arg(takeOpensslError()));
    return mac;
}

bool Hmac::equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size()
        && (a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0);
}

} // namespace orion
