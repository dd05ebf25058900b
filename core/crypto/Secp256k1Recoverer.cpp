#include "crypto/Secp256k1Recoverer.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace orion {

namespace {

Error signatureError(const QString& message)
{
    return makeError(QStringLiteral("crypto.signature"), message);
}

} // namespace

Result<EthAddress> Secp256k1Recoverer::recoverAddress(QByteArrayView hash, QByteArrayView signature)
{
    if (hash.size() != 32)
        return signatureError(QStringLiteral("the signed digest must be 32 bytes, got %1").arg(hash.size()));
    if (signature.size() != 65)
        return signatureError(QStringLiteral("a signature is 65 bytes (r||s||v), got %1").arg(signature.size()));
    const auto* raw = reinterpret_cast<const unsigned char*>(signature.data());
    const int v = raw[64];
    if (v != 27 && v != 28)
        return signatureError(QStringLiteral("invalid signature: v must be 27 or 28, got %1").arg(v));

    // Verification needs no secret, so the library's static context is enough.
    const secp256k1_context* context = secp256k1_context_static;
    secp256k1_ecdsa_recoverable_signature recoverable;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(context, &recoverable, raw, v - 27) != 1)
        return signatureError(QStringLiteral("invalid signature: r or s is out of range"));

    secp256k1_ecdsa_signature plain;
    secp256k1_ecdsa_recoverable_signature_convert(context, &plain, &recoverable);
    // normalize() returns 1 when s was in the upper half; such malleable signatures are refused on chain.
    if (secp256k1_ecdsa_signature_normalize(context, nullptr, &plain) == 1)
        return signatureError(QStringLiteral("invalid signature: s is not in the lower half of the curve order"));

    secp256k1_pubkey pubkey;
    if (secp256k1_ecdsa_recover(context, &pubkey, &recoverable, reinterpret_cast<const unsigned char*>(hash.data()))
        != 1) {
        return signatureError(QStringLiteral("invalid signature: no public key can be recovered from it"));
    }
    unsigned char serialized[65];
    size_t length = sizeof serialized;
    secp256k1_ec_pubkey_serialize(context, serialized, &length, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    return EthAddress::fromPublicKey(QByteArrayView(serialized + 1, 64));
}

Status Secp256k1Recoverer::verify(QByteArrayView hash, QByteArrayView signature, const EthAddress& expected)
{
    const Result<EthAddress> signer = recoverAddress(hash, signature);
    if (!signer)
        return signer.error();
    if (!(*signer == expected)) {
        return signatureError(QStringLiteral("signature is by %1, expected %2")
                                  .arg(signer->toChecksumHex(), expected.toChecksumHex()));
    }
    return {};
}

} // namespace orion
