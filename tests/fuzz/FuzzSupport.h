#pragma once

// Shared by the libFuzzer harnesses (clang, tests/fuzz/CMakeLists.txt) and their regression replay (GCC, the normal
// CTest suite): invariants that must hold for every value a parser lets through to the engine.

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "market/PriceLevel.h"
#include "venues/VenueInputLimits.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

// A broken invariant is a crash for libFuzzer (abort), so the input is saved like any other crash.
#define ORION_FUZZ_CHECK(condition)                                                                                   \
    do {                                                                                                              \
        if (!(condition)) {                                                                                           \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition);                   \
            std::abort();                                                                                             \
        }                                                                                                             \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace orion::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Within [0, 1] and written back exactly by the formatter the order paths use.
inline void checkPrice(Price price)
{
    ORION_FUZZ_CHECK(price.micros() >= 0 && price.micros() <= Price::kMicrosPerDollar);
    const auto again = Price::parseDollars(price.toDollarString(6));
    ORION_FUZZ_CHECK(again.ok() && again.value() == price);
}

inline void checkCount(Quantity count, bool mayBeNegative = false)
{
    ORION_FUZZ_CHECK(VenueInputLimits::isSaneCount(count));
    ORION_FUZZ_CHECK(mayBeNegative || !count.isNegative());
}

inline void checkCash(Cash cash)
{
    ORION_FUZZ_CHECK(VenueInputLimits::isSaneCash(cash));
}

inline void checkId(const QString& id)
{
    ORION_FUZZ_CHECK(VenueInputLimits::isWellFormedId(id));
}

// Empty means absent.
inline void checkOptionalId(const QString& id)
{
    ORION_FUZZ_CHECK(id.isEmpty() || VenueInputLimits::isWellFormedId(id));
}

inline void checkText(const QString& text)
{
    ORION_FUZZ_CHECK(VenueInputLimits::isBoundedText(text));
}

inline void checkLevels(const std::vector<PriceLevel>& levels)
{
    ORION_FUZZ_CHECK(static_cast<qsizetype>(levels.size()) <= VenueInputLimits::kMaxBookLevels);
    for (const PriceLevel& level : levels) {
        checkPrice(level.price);
        checkCount(level.size);
    }
}

} // namespace orion::fuzz
