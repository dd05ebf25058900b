#include "risk/RiskManager.h"

namespace orion {

Status RiskManager::check(const QString& eventKey, Cash cost) const
{
    if (cost <= Cash::zero()) {
        return makeError(QStringLiteral("risk.size"), QStringLiteral("a trade must cost something"));
    }
    if (openPositions() >= m_limits.maxOpenPositions) {
        return makeError(QStringLiteral("risk.max_open_positions"),
                         QStringLiteral("%1 positions are open; the limit is %2")
                             .arg(openPositions())
                             .arg(m_limits.maxOpenPositions));
    }
    const Cash event = eventExposure(eventKey) + cost;
    if (event > m_limits.maxExposurePerEvent) {
        return makeError(QStringLiteral("risk.max_exposure_per_event"),
                         QStringLiteral("exposure to %1 would be %2; the limit is %3")
                             .arg(eventKey, event.toDollarString(), m_limits.maxExposurePerEvent.toDollarString()));
    }
    const Cash total = totalExposure() + cost;
    if (total > m_limits.maxTotalExposure) {
        return makeError(QStringLiteral("risk.max_total_exposure"),
                         QStringLiteral("total exposure would be %1; the limit is %2")
                             .arg(total.toDollarString(), m_limits.maxTotalExposure.toDollarString()));
    }
    return {};
}

Status RiskManager::reserve(const QString& tradeKey, const QString& eventKey, Cash cost)
{
    const Reservation previous = m_trades.take(tradeKey);
    const Status allowed = check(eventKey, cost);
    if (!allowed.ok()) {
        if (!previous.eventKey.isNull()) {
            m_trades.insert(tradeKey, previous);
        }
        return allowed;
    }
    m_trades.insert(tradeKey, Reservation{eventKey, cost});
    return {};
}

void RiskManager::adjust(const QString& tradeKey, Cash cost)
{
    const auto it = m_trades.find(tradeKey);
    if (it == m_trades.end()) {
        return;
    }
    if (cost <= Cash::zero()) {
        m_trades.erase(it);
        return;
    }
    it->cost = cost;
}

void RiskManager::release(const QString& tradeKey)
{
    m_trades.remove(tradeKey);
}

Cash RiskManager::totalExposure() const
{
    Cash sum;
    for (const Reservation& reservation : m_trades) {
        sum += reservation.cost;
    }
    return sum;
}

Cash RiskManager::eventExposure(const QString& eventKey) const
{
    Cash sum;
    for (const Reservation& reservation : m_trades) {
        if (reservation.eventKey == eventKey) {
            sum += reservation.cost;
        }
    }
    return sum;
}

} // namespace orion
