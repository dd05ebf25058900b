#pragma once

#include "common/Result.h"
#include "crypto/EthAddress.h"

#include <QByteArrayView>

namespace orion {

// Who signed a digest: recovers the signer's address from a 65-byte r||s||v signature, as the exchange contract
// (OpenZeppelin ECDSA.recover) does. Like it, accepts only v = 27/28 and low-s, so a signature the venue would
// refuse is refused here too (the simulator relies on that). Errors use code "crypto.signature".
class Secp256k1Recoverer final
{
public:
    Secp256k1Recoverer() = delete;

    [[nodiscard]] static Result<EthAddress> recoverAddress(QByteArrayView hash, QByteArrayView signature);
    // Recovers and compares in one step: ok only if `expected` signed `hash`.
    [[nodiscard]] static Status verify(QByteArrayView hash, QByteArrayView signature, const EthAddress& expected);
};

} // namespace orion
