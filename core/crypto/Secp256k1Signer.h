#pragma once

#include "common/Result.h"
#include "crypto/EthAddress.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct secp256k1_context_struct;

namespace orion {

// An Ethereum wallet key (libsecp256k1). Signs 32-byte digests (no extra hashing) with RFC 6979 deterministic
// nonces and low-s, as ethers/viem do, so signatures match theirs byte for byte: r(32) || s(32) || v(1) with
// v = 27 + recovery id. The private key stays in SecretBytes; copying is disabled.
class Secp256k1Signer final
{
public:
    static constexpr qsizetype kPrivateKeySize = 32;
    static constexpr qsizetype kHashSize = 32;
    static constexpr qsizetype kSignatureSize = 65;

    // Errors (code "crypto.secp256k1"): not 32 bytes, zero or not below the curve order.
    [[nodiscard]] static Result<Secp256k1Signer> fromPrivateKey(SecretBytes privateKey);
    // 64 hex digits with optional 0x, as wallets export keys. The text is a secret too: pass secret.reveal().
    [[nodiscard]] static Result<Secp256k1Signer> fromHex(QByteArrayView hexText);

    ~Secp256k1Signer();
    Secp256k1Signer(Secp256k1Signer&&) noexcept;
    Secp256k1Signer& operator=(Secp256k1Signer&&) noexcept;
    Secp256k1Signer(const Secp256k1Signer&) = delete;
    Secp256k1Signer& operator=(const Secp256k1Signer&) = delete;

    // Uncompressed public key X||Y (64 bytes, no 0x04 prefix).
    QByteArray publicKey() const { return m_publicKey; }
    const EthAddress& address() const { return m_address; }

    // 65-byte r||s||v over a 32-byte digest. Errors (code "crypto.secp256k1") for a digest of another length.
    [[nodiscard]] Result<QByteArray> signHash(QByteArrayView hash) const;

private:
    struct ContextDeleter
    {
        void operator()(secp256k1_context_struct* context) const;
    };
    using ContextPtr = std::unique_ptr<secp256k1_context_struct, ContextDeleter>;

    Secp256k1Signer(ContextPtr context, SecretBytes privateKey, QByteArray publicKey, EthAddress address);

    ContextPtr m_context;
    SecretBytes m_privateKey;
    QByteArray m_publicKey;
    EthAddress m_address;
};

} // namespace orion
