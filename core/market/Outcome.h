#pragma once

#include <QtGlobal>

namespace orion {

// The two outcome sides of a binary market. A contract of the winning side pays $1.
enum class Outcome : quint8 {
    Yes,
    No,
};

constexpr Outcome opposite(Outcome outcome)
{
    return outcome == Outcome::Yes ? Outcome::No : Outcome::Yes;
}

} // namespace orion
