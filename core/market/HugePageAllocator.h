#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace orion {

// A std allocator for the large, randomly accessed tables of the hot path (every book, the detector's pairs). With
// hundreds of thousands of markets a delta lands on a cold block of a table of 100+ MB: with 4 KiB pages that is
// also a TLB miss and a page walk, which costs about as much as the cache miss itself. Blocks of 2 MiB or more are
// therefore 2 MiB-aligned and marked for transparent huge pages (Linux; elsewhere, and for small blocks, it is
// plain operator new). Stateless: every instance is interchangeable. Not final: std containers derive from their
// allocator (empty-base optimisation).
template <typename T>
class HugePageAllocator
{
public:
    using value_type = T;

    static constexpr std::size_t kHugePage = std::size_t{2} << 20;

    HugePageAllocator() = default;
    // Rebinding between element types, as std containers require: implicit by design.
    template <typename U>
    HugePageAllocator(const HugePageAllocator<U>&) noexcept // NOLINT(google-explicit-constructor)
    {
    }

    T* allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kHugePage)
            return static_cast<T*>(::operator new(bytes, std::align_val_t{alignof(T)}));
        const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        void* const block = std::aligned_alloc(kHugePage, rounded);
        if (block == nullptr)
            throw std::bad_alloc();
#if defined(__linux__)
        // A hint: without transparent huge pages the block is simply made of small pages.
        static_cast<void>(::madvise(block, rounded, MADV_HUGEPAGE));
#endif
        return static_cast<T*>(block);
    }

    void deallocate(T* block, std::size_t n) noexcept
    {
        if (n * sizeof(T) < kHugePage)
            ::operator delete(block, std::align_val_t{alignof(T)});
        else
            std::free(block);
    }

    template <typename U>
    friend bool operator==(const HugePageAllocator&, const HugePageAllocator<U>&) noexcept
    {
        return true;
    }
};

} // namespace orion
