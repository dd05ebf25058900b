#include "risk/CircuitBreaker.h"

#include "common/Logging.h"

namespace orion {

CircuitBreaker::CircuitBreaker(const Clock& clock, CircuitBreakerParams params, QObject* parent)
    : QObject(parent), m_clock(clock), m_params(params)
{
}

void CircuitBreaker::trip(const QString& reason)
{
    if (m_tripped) {
        qCWarning(lcRisk) << "circuit breaker already tripped; also:" << reason;
        return;
    }
    m_tripped = true;
    m_reason = reason;
    m_trippedAt = m_clock.now();
    qCCritical(lcRisk) << "circuit breaker tripped:" << reason;
    emit tripped(reason);
}

void CircuitBreaker::updateDailyPnl(Cash realizedToday, Cash markedOpen)
{
    const Result<Cash> limit = m_params.maxDailyLossPct.applyTo(m_params.bankroll, Rounding::Down);
    if (!limit.ok() || limit.value() <= Cash::zero()) {
        return;
    }
    const Cash pnl = realizedToday + markedOpen;
    if (-pnl >= limit.value()) {
        trip(QStringLiteral("daily loss %1 (realised %2, marked %3) reached the limit %4")
                 .arg((-pnl).toDollarString(), realizedToday.toDollarString(), markedOpen.toDollarString(),
                      limit.value().toDollarString()));
    }
}

void CircuitBreaker::recordOrderFailure(const QString& what)
{
    ++m_failures;
    if (m_params.maxConsecutiveOrderFailures > 0 && m_failures >= m_params.maxConsecutiveOrderFailures) {
        trip(QStringLiteral("%1 order failures in a row, the last: %2").arg(m_failures).arg(what));
    }
}

void CircuitBreaker::checkUnhedged(Cash exposure, qint64 sinceMs)
{
    if (exposure <= Cash::zero()) {
        return;
    }
    const qint64 age = m_clock.nowMs() - sinceMs;
    if (age > m_params.maxUnhedgedAgeMs) {
        trip(QStringLiteral("unhedged exposure of %1 for %2 ms (bound %3 ms)")
                 .arg(exposure.toDollarString())
                 .arg(age)
                 .arg(m_params.maxUnhedgedAgeMs));
    }
}

void CircuitBreaker::checkDataAge(const QString& source, qint64 ageMs)
{
    if (m_params.maxDataAgeMs > 0 && ageMs > m_params.maxDataAgeMs) {
        trip(QStringLiteral("no data from %1 for %2 ms (bound %3 ms)").arg(source).arg(ageMs).arg(m_params.maxDataAgeMs));
    }
}

Status CircuitBreaker::reset(const QString& person, const QString& why)
{
    if (person.trimmed().isEmpty() || why.trimmed().isEmpty()) {
        return makeError(QStringLiteral("risk.reset"),
                         QStringLiteral("resetting the circuit breaker needs the name of a person and a reason"));
    }
    if (!m_tripped) {
        return {};
    }
    qCWarning(lcRisk) << "circuit breaker reset by" << person << "because" << why << "; it had tripped on" << m_reason;
    m_tripped = false;
    m_reason.clear();
    m_trippedAt = {};
    m_failures = 0;
    emit wasReset(person, why);
    return {};
}

} // namespace orion
