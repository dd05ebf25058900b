#pragma once

#include "common/Price.h"
#include "common/Quantity.h"
#include "market/BookDelta.h"
#include "market/BookLadder.h"
#include "market/BookSnapshot.h"
#include "market/LevelArray.h"
#include "market/Outcome.h"
#include "market/PriceLevel.h"

#include <QtGlobal>

#include <cstddef>
#include <optional>

namespace orion {

// The live book of one binary market, both outcomes in one structure: YES bids and YES asks are stored, and the NO
// side is read through complemented views (a YES bid at p is a NO ask at 1 - p, a YES ask at p a NO bid at 1 - p).
// Built from a snapshot, then kept by deltas. Applying a delta to a level that exists, or to a new level while the
// side is within LevelArray::kInlineCapacity levels or its reserved capacity, does not allocate. The levels live
// inside the object (up to that capacity), so a book is one block of memory that can be prefetched as a whole.
//
// Continuity: a book that has not had a snapshot, that missed a sequence number, that received a delta it cannot
// apply (a level going negative) or whose stream dropped is not Live, and stays so until the next snapshot.
class OrderBook final
{
public:
    enum class Status : quint8 {
        AwaitingSnapshot,
        Live,
        Gapped,       // a sequence gap or an inconsistent delta: the book may be wrong
        Disconnected, // the venue stream dropped: nothing arrives, so the book may be out of date
    };

    enum class DeltaResult : quint8 {
        Applied,
        Gap,     // the delta revealed lost continuity; the book is now Gapped
        Ignored, // the book is not Live, so the delta waits for the next snapshot
    };

    // Keeps room for this many levels per side (YES bids, YES asks) so that deltas do not allocate.
    void reserve(std::size_t levelsPerSide);

    void applySnapshot(const BookSnapshot& snapshot, qint64 nowMs);
    DeltaResult applyDelta(const BookDelta& delta, qint64 nowMs);

    // Continuity lost (stream closed) or a consistency check elsewhere failed.
    void markDisconnected();
    void markGapped();
    // The stream is known to be current although nothing changed (a heartbeat), so the book is not getting older.
    void confirmCurrent(qint64 nowMs);

    Status status() const { return m_status; }
    bool isLive() const { return m_status == Status::Live; }
    // True when the best YES bid is at or above the best YES ask: a venue never rests such orders, so the book is
    // wrong and must not be traded on.
    bool isCrossed() const;
    qint64 sequence() const { return m_sequence; }
    qint64 lastUpdateMs() const { return m_lastUpdateMs; }
    qint64 ageMs(qint64 nowMs) const { return nowMs - m_lastUpdateMs; }

    // Best-first views: asks(Outcome::No) is the YES bids complemented, bids(Outcome::No) the YES asks complemented.
    BookLadder asks(Outcome outcome) const;
    BookLadder bids(Outcome outcome) const;
    std::optional<PriceLevel> bestAsk(Outcome outcome) const;
    std::optional<PriceLevel> bestBid(Outcome outcome) const;

    // The size that buying `outcome` up to `limit` (inclusive) could take, walking the asks from the best.
    Quantity askSizeUpTo(Outcome outcome, Price limit) const;
    // The size that selling `outcome` down to `limit` (inclusive) could hit, walking the bids from the best.
    Quantity bidSizeDownTo(Outcome outcome, Price limit) const;

private:
    // The fields every evaluation checks come first, next to the start of the levels.
    qint64 m_sequence = 0;
    qint64 m_lastUpdateMs = 0;
    Status m_status = Status::AwaitingSnapshot;
    // YES bids ascending and YES asks descending, so the best level of each is last and most changes (near the
    // top of the book) move few elements.
    LevelArray m_yesBids;
    LevelArray m_yesAsks;
};

} // namespace orion
