#pragma once

#include <QtGlobal>

namespace orion {

// Which side of one outcome's book a level rests on: bids buy the outcome, asks sell it.
enum class BookSide : quint8 {
    Bid,
    Ask,
};

} // namespace orion
