#pragma once

#include "market/PriceLevel.h"

#include <cstddef>

namespace orion {

// A read-only, best-first view of one side of one outcome, over a book's storage: no copy, no allocation.
// The book stores YES bids and YES asks with the best level last; the NO side is the same storage with every
// price complemented (a YES bid at p is a NO ask at 1 - p). A view is invalidated by the next change to its book.
class BookLadder final
{
public:
    constexpr BookLadder() = default;
    constexpr BookLadder(const PriceLevel* bestLast, std::size_t count, bool complement)
        : m_levels(bestLast), m_count(count), m_complement(complement)
    {
    }

    constexpr std::size_t size() const { return m_count; }
    constexpr bool isEmpty() const { return m_count == 0; }

    // Level i, 0 being the best. Precondition: i < size().
    constexpr PriceLevel at(std::size_t i) const
    {
        const PriceLevel& stored = m_levels[m_count - 1 - i];
        return m_complement ? PriceLevel{stored.price.complement(), stored.size} : stored;
    }
    constexpr Price priceAt(std::size_t i) const
    {
        const Price stored = m_levels[m_count - 1 - i].price;
        return m_complement ? stored.complement() : stored;
    }
    constexpr Quantity sizeAt(std::size_t i) const { return m_levels[m_count - 1 - i].size; }

private:
    const PriceLevel* m_levels = nullptr;
    std::size_t m_count = 0;
    bool m_complement = false;
};

} // namespace orion
