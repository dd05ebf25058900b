#pragma once

#include <cstdint>
#include <stdexcept>

namespace orion {

// Thrown by the money operators (+, -, unary -) when the exact result does not fit in int64. Amounts that big
// can only come from a bug or from hostile input that got past a parser, so the operation fails fast instead of
// wrapping around. Code that handles untrusted sums uses the checked variants (Cash::checkedAdd) instead.
class MoneyOverflow final : public std::overflow_error
{
public:
    using std::overflow_error::overflow_error;
};

namespace detail {

constexpr std::int64_t checkedMoneyAdd(std::int64_t a, std::int64_t b, const char* what)
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        throw MoneyOverflow(what);
    return sum;
}

constexpr std::int64_t checkedMoneySub(std::int64_t a, std::int64_t b, const char* what)
{
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        throw MoneyOverflow(what);
    return difference;
}

constexpr std::int64_t checkedMoneyNegate(std::int64_t a, const char* what)
{
    return checkedMoneySub(0, a, what);
}

} // namespace detail

} // namespace orion
