#include "crypto/Scrypt.h"

#include "crypto/OpensslPtr.h"

namespace orion {

namespace {

Error kdfError(const QString& message)
{
    return makeError(QStringLiteral("crypto.kdf"), message);
}

} // namespace

Status Scrypt::validate(const ScryptParams& params)
{
    if (params.n < 2 || params.n > (1ULL << 24) || (params.n & (params.n - 1)) != 0)
        return kdfError(QStringLiteral("scrypt N must be a power of two between 2 and 2^24, got %1").arg(params.n));
    if (params.r < 1 || params.r > 64)
        return kdfError(QStringLiteral("scrypt r must be between 1 and 64, got %1").arg(params.r));
    if (params.p < 1 || params.p > 64)
        return kdfError(QStringLiteral("scrypt p must be between 1 and 64, got %1").arg(params.p));
    if (params.memoryBytes() > kMaxMemoryBytes)
        return kdfError(QStringLiteral("scrypt parameters N=%1 r=%2 need %3 MiB, more than the %4 MiB allowed")
                            .arg(params.n)
                            .arg(params.r)
                            .arg(params.memoryBytes() >> 20)
                            .arg(kMaxMemoryBytes >> 20));
    return {};
}

Result<SecretBytes> Scrypt::derive(const SecretBytes& password, QByteArrayView salt, const ScryptParams& params,
                                   qsizetype keyLength)
{
    if (Status valid = validate(params); !valid)
        return valid.error();
    if (keyLength < 16 || keyLength > 1024)
        return kdfError(QStringLiteral("derived key length must be 16 to 1024 bytes, got %1").arg(keyLength));

    ERR_clear_error();
    SecretBytes key = SecretBytes::zeroed(keyLength);
    // OpenSSL wants non-null pointers even for an empty password or salt (RFC 7914's first vector has both).
    static const unsigned char kEmpty = 0;
    const char* passwordData = password.isEmpty() ? reinterpret_cast<const char*>(&kEmpty) : password.reveal().data();
    const unsigned char* saltData = salt.isEmpty() ? &kEmpty : reinterpret_cast<const unsigned char*>(salt.data());
    if (EVP_PBE_scrypt(passwordData, static_cast<size_t>(password.size()), saltData, static_cast<size_t>(salt.size()),
                       params.n, params.r, params.p, params.memoryBytes() + (1U << 20), key.mutableBytes().data(),
                       static_cast<size_t>(keyLength))
        != 1) {
        return kdfError(QStringLiteral("scrypt failed (%1)").arg(takeOpensslError()));
    }
    return key;
}

} // namespace orion
