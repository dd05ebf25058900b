#pragma once

#include "common/Cash.h"
#include "common/Clock.h"
#include "common/Ratio.h"
#include "common/Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace orion {

struct CircuitBreakerParams
{
    Cash bankroll;                       // the base of maxDailyLossPct
    Ratio maxDailyLossPct;               // risk.max_daily_loss_pct
    int maxConsecutiveOrderFailures = 3; // venue rejects/errors in a row
    qint64 maxUnhedgedAgeMs = 30'000;    // a naked leg older than this trips
    qint64 maxDataAgeMs = 60'000;        // a venue feed silent for longer trips
};

// Stops new trades when something is wrong and stays stopped until a person resets it with a reason. Tripping is
// sticky: the first reason is kept, later ones are only logged. While tripped, the executor still repairs trades
// already under way (reducing risk) but opens none.
class CircuitBreaker final : public QObject
{
    Q_OBJECT

public:
    explicit CircuitBreaker(const Clock& clock, CircuitBreakerParams params = {}, QObject* parent = nullptr);

    void setParams(const CircuitBreakerParams& params) { m_params = params; }
    const CircuitBreakerParams& params() const { return m_params; }

    bool isTripped() const { return m_tripped; }
    QString reason() const { return m_reason; }
    QDateTime trippedAt() const { return m_trippedAt; }
    int consecutiveOrderFailures() const { return m_failures; }

    // Realised loss today plus the marked loss of open positions, against maxDailyLossPct of the bankroll (the
    // limit is rounded down, so it trips no later than the exact limit).
    void updateDailyPnl(Cash realizedToday, Cash markedOpen);
    void recordOrderFailure(const QString& what);
    void recordOrderSuccess() { m_failures = 0; }
    // A leg left unhedged since `sinceMs` with `exposure` at stake.
    void checkUnhedged(Cash exposure, qint64 sinceMs);
    // The newest data from a source is `ageMs` old.
    void checkDataAge(const QString& source, qint64 ageMs);
    // Trips with a reason from elsewhere (a trade that could not be repaired in time, a reconciliation mismatch).
    void trip(const QString& reason);

    // Only a person resets it, and says who and why: risk.reset when either is empty.
    [[nodiscard]] Status reset(const QString& person, const QString& why);

signals:
    void tripped(const QString& reason);
    void wasReset(const QString& person, const QString& why);

private:
    const Clock& m_clock;
    CircuitBreakerParams m_params;
    bool m_tripped = false;
    QString m_reason;
    QDateTime m_trippedAt;
    int m_failures = 0;
};

} // namespace orion
