#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace orion {

// AES-256-GCM (OpenSSL), for the encrypted credential file. Output layout is ciphertext || 16-byte tag; seal()
// prepends a fresh random 12-byte nonce. A wrong key or any modified byte (nonce, ciphertext, tag or associated
// data) fails the tag check with code "crypto.aead.tag" and yields no plaintext at all. Other errors use
// "crypto.aead".
class AesGcm final
{
public:
    static constexpr qsizetype kKeySize = 32;
    static constexpr qsizetype kNonceSize = 12;
    static constexpr qsizetype kTagSize = 16;

    AesGcm() = delete;

    // The caller guarantees the nonce is never reused with the same key (seal() does that for you).
    [[nodiscard]] static Result<QByteArray> encrypt(const SecretBytes& key, QByteArrayView nonce,
                                                    QByteArrayView plaintext, QByteArrayView associatedData = {});
    [[nodiscard]] static Result<SecretBytes> decrypt(const SecretBytes& key, QByteArrayView nonce,
                                                     QByteArrayView ciphertextAndTag,
                                                     QByteArrayView associatedData = {});

    // nonce || ciphertext || tag with a random nonce.
    [[nodiscard]] static Result<QByteArray> seal(const SecretBytes& key, QByteArrayView plaintext,
                                                 QByteArrayView associatedData = {});
    [[nodiscard]] static Result<SecretBytes> open(const SecretBytes& key, QByteArrayView sealed,
                                                  QByteArrayView associatedData = {});
};

} // namespace orion
