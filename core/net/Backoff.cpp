#include "net/Backoff.h"

#include <algorithm>
#include <cmath>

namespace orion {

Backoff::Backoff(BackoffOptions options, quint32 seed)
    : m_options(options)
    , m_random(seed != 0 ? seed : QRandomGenerator::system()->generate())
{
    m_options.baseMs = std::max<qint64>(m_options.baseMs, 0);
    m_options.capMs = std::max(m_options.capMs, m_options.baseMs);
}

qint64 Backoff::ceilingMs(int attempt) const
{
    if (attempt < 0)
        attempt = 0;
    qint64 ceiling = m_options.baseMs;
    // Doubling stops at the cap, so the shift can never overflow however many attempts were made.
    for (int i = 0; i < attempt && ceiling < m_options.capMs; ++i)
        ceiling = ceiling > m_options.capMs / 2 ? m_options.capMs : ceiling * 2;
    return std::min(ceiling, m_options.capMs);
}

qint64 Backoff::delayMs(int attempt)
{
    return jitteredMs(ceilingMs(attempt), m_random.generateDouble());
}

qint64 Backoff::jitteredMs(qint64 ceilingMs, double unit)
{
    if (ceilingMs <= 0)
        return 0;
    const double clamped = std::clamp(unit, 0.0, 1.0);
    const auto delay = static_cast<qint64>(std::floor(clamped * static_cast<double>(ceilingMs)));
    return std::clamp<qint64>(delay, 0, ceilingMs);
}

} // namespace orion
