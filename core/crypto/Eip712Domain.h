#pragma once

#include "crypto/EthAddress.h"

#include <QString>

#include <optional>

namespace orion {

// The EIP-712 domain fields Polymarket uses. Without a verifyingContract the domain type is
// EIP712Domain(string name,string version,uint256 chainId) (ClobAuth); with one it gains
// ",address verifyingContract" (exchange orders).
struct Eip712Domain
{
    QString name;
    QString version;
    quint64 chainId = 0;
    std::optional<EthAddress> verifyingContract;
};

} // namespace orion
