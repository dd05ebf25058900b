#pragma once

#include "market/PriceLevel.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

namespace orion {

// The levels of one side of a book, stored inside the book up to kInlineCapacity and on the heap beyond: a delta on
// a typical book then touches the book's own cache lines only, instead of first loading the book to find a
// separately allocated array (one more dependent cache miss per book when there are many books). Contiguous
// either way, so a BookLadder can view it. Once spilled, a side stays on the heap until it is cleared.
class LevelArray final
{
public:
    static constexpr std::size_t kInlineCapacity = 16;

    std::size_t size() const { return m_spilled ? m_spill.size() : m_size; }
    bool empty() const { return size() == 0; }
    const PriceLevel* data() const { return m_spilled ? m_spill.data() : m_inline.data(); }
    PriceLevel* data() { return m_spilled ? m_spill.data() : m_inline.data(); }
    const PriceLevel& back() const { return data()[size() - 1]; }
    PriceLevel& operator[](std::size_t i) { return data()[i]; }
    const PriceLevel& operator[](std::size_t i) const { return data()[i]; }

    // Room for `levels` without allocating on a later insert.
    void reserve(std::size_t levels)
    {
        if (levels > kInlineCapacity)
            m_spill.reserve(levels);
    }

    void clear()
    {
        m_spill.clear();
        m_spilled = false;
        m_size = 0;
    }

    void push_back(PriceLevel level) { insert(size(), level); }

    void insert(std::size_t offset, PriceLevel level)
    {
        if (m_spilled) {
            m_spill.insert(m_spill.begin() + static_cast<std::ptrdiff_t>(offset), level);
            return;
        }
        if (m_size == kInlineCapacity) {
            spill();
            m_spill.insert(m_spill.begin() + static_cast<std::ptrdiff_t>(offset), level);
            return;
        }
        PriceLevel* const begin = m_inline.data();
        std::copy_backward(begin + offset, begin + m_size, begin + m_size + 1);
        begin[offset] = level;
        ++m_size;
    }

    void erase(std::size_t offset)
    {
        if (m_spilled) {
            m_spill.erase(m_spill.begin() + static_cast<std::ptrdiff_t>(offset));
            return;
        }
        PriceLevel* const begin = m_inline.data();
        std::copy(begin + offset + 1, begin + m_size, begin + offset);
        --m_size;
    }

    // Precondition: count <= size().
    void shrink(std::size_t count)
    {
        if (m_spilled)
            m_spill.resize(count);
        else
            m_size = static_cast<quint32>(count);
    }

private:
    void spill()
    {
        m_spill.assign(m_inline.begin(), m_inline.begin() + m_size);
        m_spilled = true;
    }

    quint32 m_size = 0; // inline levels; unused once spilled
    bool m_spilled = false;
    std::array<PriceLevel, kInlineCapacity> m_inline{};
    std::vector<PriceLevel> m_spill;
};

} // namespace orion
