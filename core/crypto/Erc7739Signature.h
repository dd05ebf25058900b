#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace orion {

// The ERC-7739 TypedDataSign wrapper an ERC-1271 smart wallet (Polymarket's POLY_1271 deposit wallet) verifies:
//   innerSignature(65) || appDomainSeparator(32) || contentsHash(32) || contentsType || uint16BE(len(contentsType))
// innerSignature is the owner's r || s || v over the nested TypedDataSign digest; appDomainSeparator is the domain
// separator of the app (the exchange), contentsHash the hashStruct of the signed struct, contentsType its EIP-712
// type string. Errors use code "crypto.erc7739".
struct Erc7739Signature final
{
    static constexpr qsizetype kInnerSize = 65;
    static constexpr qsizetype kHashSize = 32;

    QByteArray innerSignature;
    QByteArray appDomainSeparator;
    QByteArray contentsHash;
    QByteArray contentsType;

    // Errors for wrong part sizes or a contents type longer than 65535 bytes.
    [[nodiscard]] Result<QByteArray> encode() const;
    // Errors for anything whose length suffix does not account for exactly the bytes in between.
    [[nodiscard]] static Result<Erc7739Signature> decode(QByteArrayView bytes);
};

} // namespace orion
