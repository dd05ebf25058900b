#pragma once

#include "common/Price.h"
#include "common/Quantity.h"
#include "market/BookSide.h"
#include "market/Outcome.h"

#include <QtGlobal>

namespace orion {

// One incremental change to one level, as a venue sends it. Kalshi sends signed changes to NO/YES bids
// (Mode::Add); Polymarket sends the new total size at a level (Mode::Set). The book normalises the side.
struct BookDelta
{
    enum class Mode : quint8 {
        Set, // the level's new total size; zero removes it
        Add, // a signed change to the level's size
    };

    Outcome outcome = Outcome::Yes;
    BookSide side = BookSide::Bid;
    Price price;
    Quantity size;
    Mode mode = Mode::Set;
    // The venue's message sequence number: each must be the previous plus one. 0 = the venue does not number
    // its messages (Polymarket), so only a reconnect or a failed consistency check can reveal a gap.
    qint64 sequence = 0;
};

} // namespace orion
