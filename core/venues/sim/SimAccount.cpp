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

SimAccount::SimAccount(QString id, const std::map<int, std::int64_t>& startingCashByShard) : m_id(std::move(id))
{
    for (const auto& [shard, micros] : startingCashByShard)
        m_shards[shard].cash = micros;
}

std::int64_t SimAccount::cashMicros() const
{
    std::int64_t total = 0;
    for (const auto& entry : m_shards)
        total += entry.second.cash;
    return total;
}

std::int64_t SimAccount::heldMicros() const
{
    std::int64_t total = 0;
    for (const auto& entry : m_shards)
        total += entry.second.held;
    return total;
}

std::int64_t SimAccount::cashMicros(int shard) const
{
    const auto found = m_shards.find(shard);
    return found == m_shards.end() ? 0 : found->second.cash;
}

std::int64_t SimAccount::heldMicros(int shard) const
{
    const auto found = m_shards.find(shard);
    return found == m_shards.end() ? 0 : found->second.held;
}

std::vector<int> SimAccount::shards() const
{
    std::vector<int> list;
    for (const auto& entry : m_shards)
        list.push_back(entry.first);
    return list;
}

void SimAccount::release(std::int64_t micros, int shard)
{
    Shard& entry = m_shards[shard];
    entry.held = std::max<std::int64_t>(0, entry.held - micros);
}

Status SimAccount::transfer(int fromShard, int toShard, std::int64_t micros)
{
    if (micros <= 0)
        return makeError(QStringLiteral("sim.transfer"), QStringLiteral("amount must be positive"));
    if (availableMicros(fromShard) < micros)
        return makeError(QStringLiteral("sim.transfer"),
                         QStringLiteral("exchange_index %1 has less available than the transfer").arg(fromShard));
    m_shards[fromShard].cash -= micros;
    m_shards[toShard].cash += micros;
    return {};
}

std::int64_t SimAccount::applyFill(const QString& ticker, bool bid, std::int64_t priceMicros, std::int64_t hundredths,
                                   std::int64_t feeMicros, qint64 nowMs, int shard)
{
    SimPosition& position = m_positions[ticker];
    position.exchangeIndex = shard;
    std::int64_t& cash = m_shards[shard].cash;
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
        cash += proceeds;
    }
    if (opening > 0) {
        const std::int64_t cost = amount(openPrice, opening, true);
        position.costMicros += cost;
        cash -= cost;
    }
    position.positionHundredths += bid ? hundredths : -hundredths;
    position.feesPaidMicros += feeMicros;
    position.realizedPnlMicros -= feeMicros;
    position.totalTradedMicros += amount(priceMicros, hundredths, false);
    position.lastUpdatedMs = nowMs;
    cash -= feeMicros;
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
    m_shards[found->exchangeIndex].cash += revenue;
    m_positions.erase(found);
    return revenue;
}

} // namespace orion
