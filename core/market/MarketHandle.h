#pragma once

#include <QtGlobal>

#include <limits>

namespace orion {

// A dense index into a BookStore, resolved once from a MarketKey so that the hot path never hashes strings.
struct MarketHandle
{
    static constexpr quint32 kInvalid = std::numeric_limits<quint32>::max();

    quint32 index = kInvalid;

    constexpr bool isValid() const { return index != kInvalid; }
    friend constexpr bool operator==(MarketHandle, MarketHandle) = default;
};

} // namespace orion
