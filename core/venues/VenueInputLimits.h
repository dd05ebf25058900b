#pragma once

#include "common/Cash.h"
#include "common/Quantity.h"

#include <QString>

#include <cstdint>

namespace orion {

// What Orion accepts from a venue before a value reaches the engine (issue 9). Everything a venue sends is
// untrusted: a value beyond these bounds is a malformed record, never something to clamp or wrap. The bounds are
// far beyond any real market yet small enough that the engine's exact sums (depth, exposure, fees) cannot
// overflow int64: 10'001 levels of kMaxContractHundredths still fit, and so do thousands of kMaxCashMicros.
struct VenueInputLimits final
{
    // Tickers, order/fill/trade/token/condition ids, statuses: printable ASCII without spaces.
    static constexpr qsizetype kMaxIdLength = 128;
    // Pagination cursors are opaque base64-like tokens.
    static constexpr qsizetype kMaxCursorLength = 1024;
    // Titles, rules, descriptions, error messages.
    static constexpr qsizetype kMaxTextLength = 64 * 1024;
    // Contracts in one count, size, fill or position (absolute): one billion.
    static constexpr std::int64_t kMaxContractHundredths = 100'000'000'000;
    // One balance, cost, fee or P&L (absolute): one billion dollars.
    static constexpr std::int64_t kMaxCashMicros = 1'000'000'000'000'000;
    // Price levels on one side of one book: every 0.0001 step on [0, 1].
    static constexpr qsizetype kMaxBookLevels = 10'001;
    // Ids in one list (trade ids of an order, canceled order ids).
    static constexpr qsizetype kMaxListItems = 10'000;

    static bool isPrintableAscii(const QString& text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7e)
                return false;
        }
        return true;
    }
    static bool isWellFormedId(const QString& text)
    {
        return !text.isEmpty() && text.size() <= kMaxIdLength && isPrintableAscii(text);
    }
    // Empty is the last page.
    static bool isWellFormedCursor(const QString& text)
    {
        return text.size() <= kMaxCursorLength && isPrintableAscii(text);
    }
    static bool isBoundedText(const QString& text) { return text.size() <= kMaxTextLength; }
    static bool isSaneCount(Quantity count)
    {
        return count.hundredths() >= -kMaxContractHundredths && count.hundredths() <= kMaxContractHundredths;
    }
    static bool isSaneCash(Cash cash) { return cash.micros() >= -kMaxCashMicros && cash.micros() <= kMaxCashMicros; }
};

} // namespace orion
