#include "crypto/RsaPssSigner.h"

#include "crypto/Base64.h"
#include "crypto/OpensslPtr.h"
#include "crypto/RsaPssPadding.h"

#include <openssl/pem.h>

#include <utility>

namespace orion {

namespace {

Error rsaError(const QString& message)
{
    return makeError(QStringLiteral("crypto.rsa"), message);
}

// Called by OpenSSL when the PEM is encrypted. Returning -1 fails the read instead of prompting on the terminal
// (OpenSSL's default), and the flag lets us say why.
int refusePassphrase(char*, int, int, void* encryptedFlag)
{
    *static_cast<bool*>(encryptedFlag) = true;
    return -1;
}

} // namespace

void RsaPssSigner::KeyDeleter::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

RsaPssSigner::RsaPssSigner(KeyPtr key) : m_key(std::move(key)) {}
RsaPssSigner::~RsaPssSigner() = default;
RsaPssSigner::RsaPssSigner(RsaPssSigner&&) noexcept = default;
RsaPssSigner& RsaPssSigner::operator=(RsaPssSigner&&) noexcept = default;

Result<RsaPssSigner> RsaPssSigner::fromPem(const SecretBytes& pem)
{
    ERR_clear_error();
    if (pem.isEmpty())
        return rsaError(QStringLiteral("the RSA private key is empty"));
    if (pem.size() > 1024 * 1024)
        return rsaError(QStringLiteral("the RSA private key is larger than 1 MiB; that is not a PEM key"));
    if (!pem.reveal().contains("-----BEGIN"))
        return rsaError(QStringLiteral("the RSA private key is not PEM (no \"-----BEGIN\" line)"));

    BioPtr bio(BIO_new_mem_buf(pem.reveal().data(), static_cast<int>(pem.size())));
    if (!bio)
        return rsaError(QStringLiteral("out of memory reading the PEM key"));
    bool encrypted = false;
    KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, &encrypted));
    if (!key) {
        const QString detail = takeOpensslError();
        if (encrypted)
            return rsaError(QStringLiteral("the PEM private key is encrypted; store it without a passphrase "
                                           "(the credential store encrypts it)"));
        return rsaError(QStringLiteral("could not read the PEM private key (%1)").arg(detail));
    }
    if (EVP_PKEY_is_a(key.get(), "RSA") != 1)
        return rsaError(QStringLiteral("the PEM key is a %1 key, not RSA")
                            .arg(QString::fromUtf8(EVP_PKEY_get0_type_name(key.get()))));
    const int bits = EVP_PKEY_get_bits(key.get());
    if (bits < kMinimumKeyBits)
        return rsaError(
            QStringLiteral("the RSA key has %1 bits; at least %2 are required").arg(bits).arg(kMinimumKeyBits));
    // A damaged key still parses when only its numbers changed; the venue would then answer every request with
    // 401. The pairwise consistency check catches that here, with a message that says what is wrong.
    EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_check(check.get()) != 1) {
        return rsaError(QStringLiteral("the RSA private key is damaged: its parts are inconsistent (%1)")
                            .arg(takeOpensslError()));
    }
    return RsaPssSigner(std::move(key));
}

Result<QByteArray> RsaPssSigner::sign(QByteArrayView message) const
{
    ERR_clear_error();
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!context)
        return rsaError(QStringLiteral("out of memory creating a signing context"));
    EVP_PKEY_CTX* keyContext = nullptr; // owned by `context`
    if (EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key.get()) != 1
        || !configureKalshiPss(keyContext)) {
        return rsaError(QStringLiteral("could not set up RSA-PSS signing (%1)").arg(takeOpensslError()));
    }
    size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(message.data());
    const auto size = static_cast<size_t>(message.size());
    if (EVP_DigestSign(context.get(), nullptr, &length, data, size) != 1)
        return rsaError(QStringLiteral("RSA-PSS signing failed (%1)").arg(takeOpensslError()));
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, data, size) != 1)
        return rsaError(QStringLiteral("RSA-PSS signing failed (%1)").arg(takeOpensslError()));
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

Result<QByteArray> RsaPssSigner::signBase64(QByteArrayView message) const
{
    const Result<QByteArray> signature = sign(message);
    if (!signature)
        return signature.error();
    return Base64::encode(*signature);
}

int RsaPssSigner::keyBits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

Result<QByteArray> RsaPssSigner::publicKeyPem() const
{
    ERR_clear_error();
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return rsaError(QStringLiteral("could not write the public key (%1)").arg(takeOpensslError()));
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace orion
