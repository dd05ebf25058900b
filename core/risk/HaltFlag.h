#pragma once

#include <QString>

#include <atomic>
#include <mutex>

namespace orion {

// The kill switch. Any thread may raise it; the executor reads it before every order it sends. Reading is one
// atomic load, so it costs nothing on the hot path and works while the engine thread is busy.
class HaltFlag final
{
public:
    HaltFlag() = default;
    HaltFlag(const HaltFlag&) = delete;
    HaltFlag& operator=(const HaltFlag&) = delete;

    bool isRaised() const noexcept { return m_raised.load(std::memory_order_acquire); }

    // Returns true if this call raised it (false if it was already up: the first reason is kept).
    bool raise(const QString& reason)
    {
        std::lock_guard lock(m_reasonMutex);
        if (m_raised.load(std::memory_order_relaxed)) {
            return false;
        }
        m_reason = reason;
        m_raised.store(true, std::memory_order_release);
        return true;
    }

    // Only a person resets the kill switch (the engine never lowers it by itself).
    void reset()
    {
        std::lock_guard lock(m_reasonMutex);
        m_reason.clear();
        m_raised.store(false, std::memory_order_release);
    }

    QString reason() const
    {
        std::lock_guard lock(m_reasonMutex);
        return m_reason;
    }

private:
    std::atomic<bool> m_raised{false};
    mutable std::mutex m_reasonMutex;
    QString m_reason;
};

} // namespace orion
