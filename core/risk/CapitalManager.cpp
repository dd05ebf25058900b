#include "risk/CapitalManager.h"

#include "common/Notional.h"

#include <algorithm>
#include <limits>

namespace orion {

namespace {
Quantity floorTo(Quantity quantity, Quantity lot)
{
    const Result<Quantity> rounded = quantity.roundedTo(lot, Rounding::Down);
    return rounded.ok() ? rounded.value() : Quantity::zero();
}

} // namespace

void CapitalManager::setBalance(const Balance& balance)
{
    (balance.venue == VenueId::Kalshi ? m_kalshi : m_polymarket) = balance;
}

std::optional<Balance> CapitalManager::balance(VenueId venue) const
{
    return venue == VenueId::Kalshi ? m_kalshi : m_polymarket;
}

Ratio CapitalManager::allocation(VenueId venue) const
{
    return venue == VenueId::Kalshi ? m_params.kalshiAllocation : m_params.polymarketAllocation;
}

Cash CapitalManager::target(VenueId venue) const
{
    return allocation(venue).applyTo(m_params.bankroll, Rounding::Down).valueOr(Cash::zero());
}

Cash CapitalManager::reserveOn(VenueId venue) const
{
    const Cash reserve = m_params.reserve.applyTo(m_params.bankroll, Rounding::Up).valueOr(Cash::zero());
    const std::int64_t allocated = m_params.kalshiAllocation.ppm() + m_params.polymarketAllocation.ppm();
    if (allocated <= 0) {
        return reserve;
    }
    const RoundedValue share = multiplyDivideRounded(reserve.micros(), allocation(venue).ppm(), allocated, Rounding::Up);
    return share.ok() ? Cash::fromMicros(share.value) : reserve;
}

Cash CapitalManager::spendable(VenueId venue) const
{
    const std::optional<Balance> reported = balance(venue);
    if (!reported) {
        return Cash::zero();
    }
    return std::max(Cash::zero(), reported->available - reserveOn(venue));
}

Cash CapitalManager::kalshiSpendableFor(const QString& ticker) const
{
    const Cash total = spendable(VenueId::Kalshi);
    const auto shard = m_kalshiShardOf.constFind(ticker);
    if (shard == m_kalshiShardOf.cend() || m_kalshiShardCash.isEmpty()) {
        return total;
    }
    // A shard the venue did not list holds nothing.
    return std::min(total, std::max(Cash::zero(), m_kalshiShardCash.value(*shard, Cash::zero())));
}

std::optional<int> CapitalManager::kalshiShortShard(const QString& ticker) const
{
    if (kalshiSpendableFor(ticker) >= spendable(VenueId::Kalshi)) {
        return std::nullopt;
    }
    return m_kalshiShardOf.value(ticker);
}

Cash CapitalManager::tradableBankroll() const
{
    return (Ratio::one() - m_params.reserve).applyTo(m_params.bankroll, Rounding::Down).valueOr(Cash::zero());
}

Ratio CapitalManager::kellyFraction(const SizingInput& input) const
{
    // A bet that wins `profit` with probability p and loses `loss` otherwise, per `cost` staked:
    // f* = p / (loss / cost) - q / (profit / cost) = p x cost / loss - q x cost / profit.
    const Cash cost = input.kalshiCostPerContract + input.polymarketCostPerContract;
    if (input.profitPerContract <= Cash::zero() || cost <= Cash::zero()) {
        return Ratio::zero();
    }
    const std::int64_t p = input.completionProbability.ppm();
    const std::int64_t q = Ratio::kPpmPerOne - p;
    if (input.lossPerContractOnFailure <= Cash::zero()) {
        return Ratio::one(); // nothing to lose: capped by the limits below
    }
    const RoundedValue winTerm = multiplyDivideRounded(p, cost.micros(), input.lossPerContractOnFailure.micros(),
                                                       Rounding::Down);
    const RoundedValue loseTerm = multiplyDivideRounded(q, cost.micros(), input.profitPerContract.micros(),
                                                        Rounding::Up);
    if (!winTerm.ok() || !loseTerm.ok() || winTerm.value <= loseTerm.value) {
        return Ratio::zero();
    }
    return Ratio::fromPpm(std::min(winTerm.value - loseTerm.value, Ratio::kPpmPerOne));
}

Result<Quantity> CapitalManager::size(const SizingInput& input) const
{
    const Cash costPerContract = input.kalshiCostPerContract + input.polymarketCostPerContract;
    if (input.kalshiCostPerContract <= Cash::zero() || input.polymarketCostPerContract <= Cash::zero()
        || input.lot <= Quantity::zero()) {
        return makeError(QStringLiteral("capital.input"), QStringLiteral("sizing needs a positive cost on both legs"));
    }
    const Ratio kelly = kellyFraction(input);
    const RoundedValue fractional =
        multiplyDivideRounded(kelly.ppm(), m_params.kellyFraction.ppm(), Ratio::kPpmPerOne, Rounding::Down);
    const Ratio fraction = Ratio::fromPpm(std::min(fractional.ok() ? fractional.value : 0, m_params.maxTradeSize.ppm()));
    const Cash stake = fraction.applyTo(tradableBankroll(), Rounding::Down).valueOr(Cash::zero());

    const auto affordable = [](Cash budget, Cash perContract) {
        const RoundedValue hundredths = multiplyDivideRounded(budget.micros(), Quantity::kHundredthsPerContract,
                                                              perContract.micros(), Rounding::Down);
        return Quantity::fromHundredths(hundredths.ok() ? std::max<std::int64_t>(hundredths.value, 0) : 0);
    };
    Quantity quantity = std::min(input.maxSize, affordable(stake, costPerContract));
    quantity = std::min(quantity, affordable(kalshiSpendableFor(input.kalshiTicker), input.kalshiCostPerContract));
    quantity = std::min(quantity, affordable(spendable(VenueId::Polymarket), input.polymarketCostPerContract));
    return floorTo(std::max(quantity, Quantity::zero()), input.lot);
}

bool CapitalManager::isRebalanceDue(qint64 nowMs) const
{
    if (m_params.rebalanceIntervalHr <= 0) {
        return false;
    }
    return nowMs - m_lastRebalanceCheckMs >= qint64{m_params.rebalanceIntervalHr} * 3'600'000;
}

std::optional<RebalanceAdvice> CapitalManager::checkRebalance(qint64 nowMs)
{
    m_lastRebalanceCheckMs = nowMs;
    if (!m_kalshi || !m_polymarket) {
        return std::nullopt;
    }
    for (const VenueId low : {VenueId::Kalshi, VenueId::Polymarket}) {
        const VenueId high = low == VenueId::Kalshi ? VenueId::Polymarket : VenueId::Kalshi;
        const Cash lowHas = balance(low)->available;
        const Cash highHas = balance(high)->available;
        const Cash lowWater = m_params.rebalanceLowWater.applyTo(target(low), Rounding::Down).valueOr(Cash::zero());
        if (lowHas >= lowWater || highHas <= target(high)) {
            continue;
        }
        const Cash amount = std::min(target(low) - lowHas, highHas - target(high));
        if (amount <= Cash::zero()) {
            continue;
        }
        return RebalanceAdvice{high, low, amount,
                               QStringLiteral("%1 holds %2 of its %3 target; %4 holds %5 over its target")
                                   .arg(venueName(low), lowHas.toDollarString(), target(low).toDollarString(),
                                        venueName(high), (highHas - target(high)).toDollarString())};
    }
    return std::nullopt;
}

} // namespace orion
