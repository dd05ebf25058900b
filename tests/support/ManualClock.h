#pragma once

#include "common/Clock.h"

namespace orion::test {

// A clock that moves only when the test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(QDateTime when) { m_now = std::move(when); }

private:
    QDateTime m_now;
};

} // namespace orion::test
