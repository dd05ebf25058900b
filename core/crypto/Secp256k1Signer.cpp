#include "crypto/Secp256k1Signer.h"

#include "crypto/Hex.h"
#include "crypto/Random.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <utility>

namespace orion {

namespace {

Error secpError(const QString& message)
{
    return makeError(QStringLiteral("crypto.secp256k1"), message);
}

} // namespace

void Secp256k1Signer::ContextDeleter::operator()(secp256k1_context_struct* context) const
{
    secp256k1_context_destroy(context);
}

Secp256k1Signer::Secp256k1Signer(ContextPtr context, SecretBytes privateKey, QByteArray publicKey,
                                 EthAddress address)
    : m_context(std::move(context)), m_privateKey(std::move(privateKey)), m_publicKey(std::move(publicKey)),
      m_address(std::move(address))
{
}

Secp256k1Signer::~Secp256k1Signer() = default;
Secp256k1Signer::Secp256k1Signer(Secp256k1Signer&&) noexcept = default;
Secp256k1Signer& Secp256k1Signer::operator=(Secp256k1Signer&&) noexcept = default;

Result<Secp256k1Signer> Secp256k1Signer::fromPrivateKey(SecretBytes privateKey)
{
    if (privateKey.size() != kPrivateKeySize)
        return secpError(QStringLiteral("a secp256k1 private key is 32 bytes, got %1").arg(privateKey.size()));

    ContextPtr context(secp256k1_context_create(SECP256K1_CONTEXT_NONE));
    if (!context)
        return secpError(QStringLiteral("could not create a secp256k1 context"));
    // Blinding against side channels; libsecp256k1 recommends a fresh random seed per context.
    const Result<SecretBytes> seed = Random::secretBytes(32);
    if (!seed)
        return seed.error();
    if (secp256k1_context_randomize(context.get(), seed->revealBytes().data()) != 1)
        return secpError(QStringLiteral("could not randomize the secp256k1 context"));

    if (secp256k1_ec_seckey_verify(context.get(), privateKey.revealBytes().data()) != 1)
        return secpError(QStringLiteral("the private key is zero or not below the secp256k1 group order"));

    secp256k1_pubkey pubkey;
    if (secp256k1_ec_pubkey_create(context.get(), &pubkey, privateKey.revealBytes().data()) != 1)
        return secpError(QStringLiteral("could not derive the public key"));
    unsigned char serialized[65];
    size_t length = sizeof serialized;
    secp256k1_ec_pubkey_serialize(context.get(), serialized, &length, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    const QByteArray publicKey(reinterpret_cast<const char*>(serialized + 1), 64);

    Result<EthAddress> address = EthAddress::fromPublicKey(publicKey);
    if (!address)
        return address.error();
    return Secp256k1Signer(std::move(context), std::move(privateKey), publicKey, std::move(address).value());
}

Result<Secp256k1Signer> Secp256k1Signer::fromHex(QByteArrayView hexText)
{
    Result<SecretBytes> key = Hex::decodeSecret(hexText.trimmed(), kPrivateKeySize);
    if (!key)
        return secpError(QStringLiteral("the private key is not 64 hex digits: %1").arg(key.error().message));
    return fromPrivateKey(std::move(key).value());
}

Result<QByteArray> Secp256k1Signer::signHash(QByteArrayView hash) const
{
    if (hash.size() != kHashSize)
        return secpError(QStringLiteral("only a 32-byte digest can be signed, got %1 bytes").arg(hash.size()));

    secp256k1_ecdsa_recoverable_signature signature;
    // nullptr nonce function = RFC 6979; libsecp256k1 always produces low-s signatures.
    if (secp256k1_ecdsa_sign_recoverable(m_context.get(), &signature,
                                         reinterpret_cast<const unsigned char*>(hash.data()),
                                         m_privateKey.revealBytes().data(), nullptr, nullptr)
        != 1) {
        return secpError(QStringLiteral("signing failed"));
    }
    QByteArray out(kSignatureSize, Qt::Uninitialized);
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(
        secp256k1_context_static, reinterpret_cast<unsigned char*>(out.data()), &recoveryId, &signature);
    out[64] = static_cast<char>(27 + recoveryId);
    return out;
}

} // namespace orion
