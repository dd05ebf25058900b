#pragma once

#include "common/Clock.h"

#include <QElapsedTimer>

namespace orion {

// Wall time at construction plus a monotonic elapsed time: a Clock that never steps backwards when the
// system clock is adjusted, for rate limiting and timeouts (a backward NTP step must not stall a bucket).
class MonotonicClock final : public Clock
{
public:
    MonotonicClock() : m_origin(QDateTime::currentDateTimeUtc()) { m_elapsed.start(); }
    QDateTime now() const override { return m_origin.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_origin;
    QElapsedTimer m_elapsed;
};

} // namespace orion
