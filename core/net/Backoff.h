#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace orion {

struct BackoffOptions
{
    qint64 baseMs = 250;    // ceiling of the first delay
    qint64 capMs = 30'000;  // no delay is ever longer than this
};

// Exponential backoff with full jitter: the delay before retry n (0-based) is uniform in
// [0, min(cap, base * 2^n)]. Full jitter spreads clients that failed together (a venue restart)
// instead of having them all return at the same instant.
class Backoff final
{
public:
    // seed 0 seeds from system entropy; tests pass a fixed seed.
    explicit Backoff(BackoffOptions options = {}, quint32 seed = 0);

    [[nodiscard]] qint64 ceilingMs(int attempt) const;
    [[nodiscard]] qint64 delayMs(int attempt);
    // The delay for a given ceiling and a uniform draw in [0, 1]; pure, for tests and for callers with their own RNG.
    [[nodiscard]] static qint64 jitteredMs(qint64 ceilingMs, double unit);

    const BackoffOptions& options() const { return m_options; }

private:
    BackoffOptions m_options;
    QRandomGenerator m_random;
};

} // namespace orion
