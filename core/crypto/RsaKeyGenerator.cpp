#include "crypto/RsaKeyGenerator.h"

#include "crypto/OpensslPtr.h"
#include "crypto/RsaPssSigner.h"

#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <QByteArrayView>

namespace orion {

Result<SecretBytes> RsaKeyGenerator::generatePem(int bits)
{
    if (bits < RsaPssSigner::kMinimumKeyBits) {
        return makeError(QStringLiteral("crypto.rsa"),
                         QStringLiteral("an RSA key needs at least %1 bits").arg(RsaPssSigner::kMinimumKeyBits));
    }
    const EvpPkeyPtr key(EVP_RSA_gen(static_cast<unsigned int>(bits)));
    if (!key) {
        return makeError(QStringLiteral("crypto.rsa"), QStringLiteral("cannot generate an RSA key: ") + takeOpensslError());
    }
    const BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return makeError(QStringLiteral("crypto.rsa"), QStringLiteral("cannot write the RSA key: ") + takeOpensslError());
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    if (length <= 0 || data == nullptr) {
        return makeError(QStringLiteral("crypto.rsa"), QStringLiteral("cannot write the RSA key"));
    }
    return SecretBytes(QByteArrayView(data, static_cast<qsizetype>(length)));
}

Result<RsaKeyPair> RsaKeyGenerator::generateKeyPair(int bits)
{
    auto pem = generatePem(bits);
    if (!pem.ok()) {
        return pem.error();
    }
    const auto signer = RsaPssSigner::fromPem(pem.value());
    if (!signer.ok()) {
        return signer.error();
    }
    auto publicKey = signer.value().publicKeyPem();
    if (!publicKey.ok()) {
        return publicKey.error();
    }
    return RsaKeyPair{std::move(pem).value(), std::move(publicKey).value()};
}

} // namespace orion
