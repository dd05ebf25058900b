#include "market/OrderBook.h"

#include "common/Logging.h"

#include <algorithm>

namespace orion {

namespace {

// Where `price` is or would go in a side sorted with the best level last. Branch-free (the loop count depends on the
// size only): with many books the levels are usually not in cache, and a search that branched on them would stop
// the CPU from running ahead (e.g. into the detector's lookups) while they load.
PriceLevel* findSlot(LevelArray& side, Price price, bool ascending)
{
    // A descending side is searched as ascending on negated prices.
    const std::int64_t sign = ascending ? 1 : -1;
    const std::int64_t key = price.micros() * sign;
    PriceLevel* base = side.data();
    std::size_t n = side.size();
    if (n == 0)
        return base;
    while (n > 1) {
        const std::size_t half = n / 2;
        base = base[half].price.micros() * sign < key ? base + half : base;
        n -= half;
    }
    return base + (base->price.micros() * sign < key ? 1 : 0);
}

// Sets a level to `size` (zero removes it). Returns false for a negative size.
bool setLevel(LevelArray& side, bool ascending, Price price, Quantity size)
{
    if (size.isNegative())
        return false;
    PriceLevel* slot = findSlot(side, price, ascending);
    const auto offset = slot - side.data();
    const bool exists = slot != side.data() + side.size() && slot->price == price;
    if (exists) {
        if (size.isZero())
            side.erase(static_cast<std::size_t>(offset));
        else
            slot->size = size;
    } else if (!size.isZero()) {
        side.insert(static_cast<std::size_t>(offset), PriceLevel{price, size});
    }
    return true;
}

// Adds a signed change to a level. Returns false when the level would go negative (a lost update).
bool addToLevel(LevelArray& side, bool ascending, Price price, Quantity change)
{
    PriceLevel* slot = findSlot(side, price, ascending);
    const bool exists = slot != side.data() + side.size() && slot->price == price;
    const Quantity current = exists ? slot->size : Quantity::zero();
    return setLevel(side, ascending, price, current + change);
}

void loadSide(LevelArray& side, const std::vector<PriceLevel>& direct,
              const std::vector<PriceLevel>& complemented, bool ascending)
{
    side.clear();
    for (const PriceLevel& level : direct)
        side.push_back(level);
    for (const PriceLevel& level : complemented)
        side.push_back(PriceLevel{level.price.complement(), level.size});
    std::sort(side.data(), side.data() + side.size(), [ascending](const PriceLevel& a, const PriceLevel& b) {
        return ascending ? a.price < b.price : a.price > b.price;
    });
    // Sum duplicates and drop empty levels in place.
    std::size_t out = 0;
    for (std::size_t in = 0; in < side.size(); ++in) {
        if (side[in].size.hundredths() <= 0)
            continue;
        if (out > 0 && side[out - 1].price == side[in].price)
            side[out - 1].size += side[in].size;
        else
            side[out++] = side[in];
    }
    side.shrink(out);
}

Quantity sizeWhile(const BookLadder& ladder, Price limit, bool ascendingPrices)
{
    Quantity total;
    for (std::size_t i = 0; i < ladder.size(); ++i) {
        const PriceLevel level = ladder.at(i);
        if (ascendingPrices ? level.price > limit : level.price < limit)
            break;
        total += level.size;
    }
    return total;
}

} // namespace

void OrderBook::reserve(std::size_t levelsPerSide)
{
    m_yesBids.reserve(levelsPerSide);
    m_yesAsks.reserve(levelsPerSide);
}

void OrderBook::applySnapshot(const BookSnapshot& snapshot, qint64 nowMs)
{
    loadSide(m_yesBids, snapshot.yesBids, snapshot.noAsks, true);
    loadSide(m_yesAsks, snapshot.yesAsks, snapshot.noBids, false);
    m_sequence = snapshot.sequence;
    m_lastUpdateMs = nowMs;
    m_status = Status::Live;
}

OrderBook::DeltaResult OrderBook::applyDelta(const BookDelta& delta, qint64 nowMs)
{
    if (m_status != Status::Live)
        return DeltaResult::Ignored;
    if (delta.sequence != 0) {
        if (m_sequence != 0 && delta.sequence != m_sequence + 1) {
            qCWarning(lcMarket) << "sequence gap: expected" << m_sequence + 1 << "got" << delta.sequence;
            m_status = Status::Gapped;
            return DeltaResult::Gap;
        }
        m_sequence = delta.sequence;
    }
    // A NO bid at p is a YES ask at 1 - p; a NO ask at p is a YES bid at 1 - p.
    const bool yes = delta.outcome == Outcome::Yes;
    const bool toYesBids = (delta.side == BookSide::Bid) == yes;
    const Price price = yes ? delta.price : delta.price.complement();
    LevelArray& side = toYesBids ? m_yesBids : m_yesAsks;
    const bool ok = delta.mode == BookDelta::Mode::Set ? setLevel(side, toYesBids, price, delta.size)
                                                       : addToLevel(side, toYesBids, price, delta.size);
    if (!ok) {
        qCWarning(lcMarket) << "inconsistent delta: a level would go negative at" << price;
        m_status = Status::Gapped;
        return DeltaResult::Gap;
    }
    m_lastUpdateMs = nowMs;
    return DeltaResult::Applied;
}

void OrderBook::markDisconnected()
{
    m_status = Status::Disconnected;
}

void OrderBook::markGapped()
{
    m_status = Status::Gapped;
}

void OrderBook::confirmCurrent(qint64 nowMs)
{
    if (m_status == Status::Live)
        m_lastUpdateMs = nowMs;
}

bool OrderBook::isCrossed() const
{
    return !m_yesBids.empty() && !m_yesAsks.empty() && m_yesBids.back().price >= m_yesAsks.back().price;
}

BookLadder OrderBook::asks(Outcome outcome) const
{
    if (outcome == Outcome::Yes)
        return BookLadder(m_yesAsks.data(), m_yesAsks.size(), false);
    return BookLadder(m_yesBids.data(), m_yesBids.size(), true);
}

BookLadder OrderBook::bids(Outcome outcome) const
{
    if (outcome == Outcome::Yes)
        return BookLadder(m_yesBids.data(), m_yesBids.size(), false);
    return BookLadder(m_yesAsks.data(), m_yesAsks.size(), true);
}

std::optional<PriceLevel> OrderBook::bestAsk(Outcome outcome) const
{
    const BookLadder ladder = asks(outcome);
    if (ladder.isEmpty())
        return std::nullopt;
    return ladder.at(0);
}

std::optional<PriceLevel> OrderBook::bestBid(Outcome outcome) const
{
    const BookLadder ladder = bids(outcome);
    if (ladder.isEmpty())
        return std::nullopt;
    return ladder.at(0);
}

Quantity OrderBook::askSizeUpTo(Outcome outcome, Price limit) const
{
    return sizeWhile(asks(outcome), limit, true);
}

Quantity OrderBook::bidSizeDownTo(Outcome outcome, Price limit) const
{
    return sizeWhile(bids(outcome), limit, false);
}

} // namespace orion
