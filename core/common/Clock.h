#pragma once

#include <QDateTime>

namespace orion {

// Time comes in through this interface so that tests can drive it (ManualClock in tests/support).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace orion
