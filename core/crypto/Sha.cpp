#include "crypto/Sha.h"

#include <openssl/evp.h>

#include <QtGlobal>

namespace orion {

QByteArray Sha::sha256(QByteArrayView data)
{
    QByteArray digest(kSha256Size, Qt::Uninitialized);
    unsigned int length = 0;
    const int ok = EVP_Digest(data.data(), static_cast<size_t>(data.size()),
                              reinterpret_cast<unsigned char*>(digest.data()), &length, EVP_sha256(), nullptr);
    if (ok != 1 || length != kSha256Size)
        qFatal("OpenSSL SHA-256 failed: the OpenSSL installation is broken");
    return digest;
}

} // namespace orion
