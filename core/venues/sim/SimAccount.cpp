#include "venues/sim/SimAccount.h"

#include "common/Rounding.h"

#include <algorithm>
#include <cstdlib>

namespace orion {

namespace {
constexpr std::int64_t kOneDollar = 1'000'000;
}

std::int64_t SimAccount::amount(std::int64_t priceMicros, std::int64_t hundredths, bool roundUp)
{
    const detail::MoneyInt128 product = static_cast<detail::MoneyInt128>(priceMicros) * hundredths;
    detail::MoneyInt128 result = product / 100;
    if (roundUp && product % 100 != 0)
        result += 1;
    return static_cast<std::int64_t>(result);
}

void SimAccount::release(std::int64_t micros)
{
    m_heldMicros = std::max<std::int64_t>(0, m_heldMicros - micros);
}

std::int64_t SimAccount::applyFill(const QString& ticker, bool bid, std::int64_t priceMicros, std::int64_t hundredths,
                                   std::int64_t feeMicros, qint64 nowMs)
{
    SimPosition& position = m_positions[ticker];
    // Contracts this fill closes, and the unit price of the contract actually bought or sold.
    const std::int64_t held = bid ? std::max<std::int64_t>(0, -position.positionHundredths)
                                  : std::max<std::int64_t>(0, position.positionHundredths);
    const std::int64_t closing = std::min(hundredths, held);
    const std::int64_t opening = hundredths - closing;
    const std::int64_t closePrice = bid ? kOneDollar - priceMicros : priceMicros; // proceeds per contract closed
    const std::int64_t openPrice = bid ? priceMicros : kOneDollar - priceMicros;  // cost per contract opened

    if (closing > 0) {
        const std::int64_t proceeds = amount(closePrice, closing, false);
        const std::int64_t absPosition = std::abs(position.positionHundredths);
        const std::int64_t basis =
            absPosition == 0 ? 0 : static_cast<std::int64_t>(static_cast<detail::MoneyInt128>(position.costMicros) * closing / absPosition);
        position.costMicros -= basis;
        position.realizedPnlMicros += proceeds - basis;
        m_cashMicros += proceeds;
    }
    if (opening > 0) {
        const std::int64_t cost = amount(openPrice, opening, true);
        position.costMicros += cost;
        m_cashMicros -= cost;
    }
    position.positionHundredths += bid ? hundredths : -hundredths;
    position.feesPaidMicros += feeMicros;
    position.realizedPnlMicros -= feeMicros;
    position.totalTradedMicros += amount(priceMicros, hundredths, false);
    position.lastUpdatedMs = nowMs;
    m_cashMicros -= feeMicros;
    return position.positionHundredths;
}

std::int64_t SimAccount::settle(const QString& ticker, bool yesWon)
{
    const auto found = m_positions.find(ticker);
    if (found == m_positions.end())
        return 0;
    const std::int64_t position = found->positionHundredths;
    std::int64_t revenue = 0;
    if ((yesWon && position > 0) || (!yesWon && position < 0))
        revenue = amount(kOneDollar, std::abs(position), false);
    m_cashMicros += revenue;
    m_positions.erase(found);
    return revenue;
}

} // namespace orion
