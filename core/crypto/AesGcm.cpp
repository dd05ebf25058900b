#include "crypto/AesGcm.h"

#include "crypto/OpensslPtr.h"
#include "crypto/Random.h"

#include <limits>

namespace orion {

namespace {

Error aeadError(const QString& message)
{
    return makeError(QStringLiteral("crypto.aead"), message);
}

Status checkInputs(const SecretBytes& key, QByteArrayView nonce, qsizetype dataSize, qsizetype aadSize)
{
    if (key.size() != AesGcm::kKeySize)
        return aeadError(QStringLiteral("an AES-256 key is 32 bytes, got %1").arg(key.size()));
    if (nonce.size() != AesGcm::kNonceSize)
        return aeadError(QStringLiteral("an AES-GCM nonce is 12 bytes, got %1").arg(nonce.size()));
    if (dataSize > std::numeric_limits<int>::max() - AesGcm::kTagSize || aadSize > std::numeric_limits<int>::max())
        return aeadError(QStringLiteral("data too large for AES-GCM"));
    return {};
}

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

Result<QByteArray> AesGcm::encrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView plaintext,
                                   QByteArrayView associatedData)
{
    if (Status ok = checkInputs(key, nonce, plaintext.size(), associatedData.size()); !ok)
        return ok.error();
    ERR_clear_error();
    EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    QByteArray out(plaintext.size() + kTagSize, Qt::Uninitialized);
    auto* outBytes = reinterpret_cast<unsigned char*>(out.data());
    int length = 0;
    bool ok = context && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceSize), nullptr) == 1
        && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key.revealBytes().data(), bytes(nonce)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                               static_cast<int>(associatedData.size()))
            == 1;
    int written = 0;
    if (ok && !plaintext.isEmpty()) {
        ok = EVP_EncryptUpdate(context.get(), outBytes, &length, bytes(plaintext), static_cast<int>(plaintext.size()))
            == 1;
        written = length;
    }
    ok = ok && EVP_EncryptFinal_ex(context.get(), outBytes + written, &length) == 1;
    written += length;
    ok = ok && written == plaintext.size()
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize), outBytes + written)
            == 1;
    if (!ok)
        return aeadError(QStringLiteral("AES-256-GCM encryption failed (%1)").arg(takeOpensslError()));
    return out;
}

Result<SecretBytes> AesGcm::decrypt(const SecretBytes& key, QByteArrayView nonce, QByteArrayView ciphertextAndTag,
                                    QByteArrayView associatedData)
{
    if (Status ok = checkInputs(key, nonce, ciphertextAndTag.size(), associatedData.size()); !ok)
        return ok.error();
    if (ciphertextAndTag.size() < kTagSize)
        return makeError(QStringLiteral("crypto.aead.tag"),
                         QStringLiteral("the encrypted data is truncated (shorter than its 16-byte tag)"));
    const QByteArrayView ciphertext = ciphertextAndTag.first(ciphertextAndTag.size() - kTagSize);
    const QByteArrayView tag = ciphertextAndTag.last(kTagSize);

    ERR_clear_error();
    EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    SecretBytes plaintext = SecretBytes::zeroed(ciphertext.size());
    unsigned char* outBytes = plaintext.mutableBytes().data();
    int length = 0;
    bool ok = context && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceSize), nullptr) == 1
        && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key.revealBytes().data(), bytes(nonce)) == 1;
    if (ok && !associatedData.isEmpty())
        ok = EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                               static_cast<int>(associatedData.size()))
            == 1;
    if (ok && !ciphertext.isEmpty()) {
        ok = EVP_DecryptUpdate(context.get(), outBytes, &length, bytes(ciphertext), static_cast<int>(ciphertext.size()))
                == 1
            && length == ciphertext.size();
    }
    // OpenSSL takes a non-const tag pointer but only reads it.
    ok = ok && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize),
                                   const_cast<unsigned char*>(bytes(tag)))
            == 1;
    if (!ok)
        return aeadError(QStringLiteral("AES-256-GCM decryption failed (%1)").arg(takeOpensslError()));
    // GCM writes no bytes at finalisation; the scratch block also covers an empty plaintext (no buffer).
    unsigned char finalBlock[16];
    if (EVP_DecryptFinal_ex(context.get(), finalBlock, &length) != 1 || length != 0) {
        takeOpensslError();
        plaintext.clear(); // unauthenticated plaintext never leaves
        return makeError(QStringLiteral("crypto.aead.tag"),
                         QStringLiteral("authentication failed: wrong key or password, or the data was modified"));
    }
    return plaintext;
}

Result<QByteArray> AesGcm::seal(const SecretBytes& key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    const Result<QByteArray> nonce = Random::bytes(kNonceSize);
    if (!nonce)
        return nonce.error();
    const Result<QByteArray> encrypted = encrypt(key, *nonce, plaintext, associatedData);
    if (!encrypted)
        return encrypted.error();
    return QByteArray(*nonce + *encrypted);
}

Result<SecretBytes> AesGcm::open(const SecretBytes& key, QByteArrayView sealed, QByteArrayView associatedData)
{
    if (sealed.size() < kNonceSize + kTagSize)
        return makeError(QStringLiteral("crypto.aead.tag"),
                         QStringLiteral("the encrypted data is truncated (%1 bytes)").arg(sealed.size()));
    return decrypt(key, sealed.first(kNonceSize), sealed.sliced(kNonceSize), associatedData);
}

} // namespace orion
