#pragma once

#include "common/Cash.h"
#include "common/Result.h"
#include "risk/RiskLimits.h"

#include <QHash>
#include <QString>

namespace orion {

// Exposure bookkeeping and the pre-trade limit check. A trade reserves its cost (both legs, fees included) before
// its first order and keeps it while it holds contracts; it releases it when it ends flat or its markets resolve.
class RiskManager final
{
public:
    explicit RiskManager(RiskLimits limits = {}) : m_limits(limits) {}

    void setLimits(const RiskLimits& limits) { m_limits = limits; }
    const RiskLimits& limits() const { return m_limits; }

    // risk.max_open_positions, risk.max_exposure_per_event or risk.max_total_exposure when the trade would break
    // a limit; risk.size for a non-positive cost.
    [[nodiscard]] Status check(const QString& eventKey, Cash cost) const;
    // check(), then books the exposure under tradeKey (replacing an earlier reservation of the same key).
    [[nodiscard]] Status reserve(const QString& tradeKey, const QString& eventKey, Cash cost);
    // Books a trade found open after a restart, without the limit check (it already holds the exposure).
    void restore(const QString& tradeKey, const QString& eventKey, Cash cost) { m_trades.insert(tradeKey, {eventKey, cost}); }
    // Sets a trade's exposure to what it actually holds (after fills); zero releases it.
    void adjust(const QString& tradeKey, Cash cost);
    void release(const QString& tradeKey);

    int openPositions() const { return static_cast<int>(m_trades.size()); }
    Cash totalExposure() const;
    Cash eventExposure(const QString& eventKey) const;

private:
    struct Reservation
    {
        QString eventKey;
        Cash cost;
    };

    RiskLimits m_limits;
    QHash<QString, Reservation> m_trades;
};

} // namespace orion
