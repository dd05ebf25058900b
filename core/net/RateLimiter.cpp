#include "net/RateLimiter.h"

#include <QtGlobal>

#include <algorithm>

namespace orion {

namespace {
constexpr qint64 kMilli = 1000;
}

RateLimiter::RateLimiter(const Clock& clock)
    : m_clock(clock)
{
}

void RateLimiter::configure(const QString& bucket, qint64 capacity, qint64 refillPerSecond)
{
    Q_ASSERT(capacity > 0 && refillPerSecond > 0);
    Bucket b;
    b.capacityMilli = std::max<qint64>(capacity, 1) * kMilli;
    b.refillPerSecond = std::max<qint64>(refillPerSecond, 1);
    b.levelMilli = b.capacityMilli;
    b.refilledAtMs = m_clock.nowMs();
    m_buckets.insert(bucket, b);
}

void RateLimiter::refill(Bucket& bucket, qint64 nowMs)
{
    if (nowMs <= bucket.refilledAtMs)
        return;
    const qint64 elapsed = nowMs - bucket.refilledAtMs;
    // Saturate: a long idle period only fills the bucket, and elapsed * rate must not overflow.
    const qint64 room = bucket.capacityMilli - bucket.levelMilli;
    const qint64 gained = elapsed > room / bucket.refillPerSecond + 1 ? room : elapsed * bucket.refillPerSecond;
    bucket.levelMilli = std::min(bucket.capacityMilli, bucket.levelMilli + gained);
    bucket.refilledAtMs = nowMs;
}

qint64 RateLimiter::waitFor(const Bucket& bucket, qint64 levelAfterMilli, qint64 nowMs)
{
    const qint64 start = std::max(bucket.refilledAtMs, nowMs);
    qint64 wait = start - nowMs;
    if (levelAfterMilli < 0)
        wait += (-levelAfterMilli + bucket.refillPerSecond - 1) / bucket.refillPerSecond; // round up: never early
    return wait;
}

bool RateLimiter::tryAcquire(const QString& bucket, qint64 cost)
{
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end())
        return true;
    const qint64 now = m_clock.nowMs();
    refill(*it, now);
    const qint64 need = std::max<qint64>(cost, 0) * kMilli;
    if (now < it->refilledAtMs || it->levelMilli < need)
        return false;
    it->levelMilli -= need;
    return true;
}

Result<qint64> RateLimiter::reserve(const QString& bucket, qint64 cost)
{
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end())
        return qint64{0};
    const qint64 need = std::max<qint64>(cost, 0) * kMilli;
    if (need > it->capacityMilli) {
        return makeError(QStringLiteral("net.rate_cost"),
            QStringLiteral("request costs %1 tokens but bucket '%2' holds at most %3")
                .arg(cost).arg(bucket).arg(it->capacityMilli / kMilli));
    }
    const qint64 now = m_clock.nowMs();
    refill(*it, now);
    it->levelMilli -= need;
    return waitFor(*it, it->levelMilli, now);
}

qint64 RateLimiter::waitMs(const QString& bucket, qint64 cost) const
{
    auto it = m_buckets.constFind(bucket);
    if (it == m_buckets.constEnd())
        return 0;
    Bucket copy = *it;
    const qint64 now = m_clock.nowMs();
    refill(copy, now);
    return waitFor(copy, copy.levelMilli - std::max<qint64>(cost, 0) * kMilli, now);
}

void RateLimiter::penalize(const QString& bucket, qint64 pauseMs)
{
    auto it = m_buckets.find(bucket);
    if (it == m_buckets.end())
        return;
    const qint64 now = m_clock.nowMs();
    refill(*it, now);
    it->levelMilli = std::min<qint64>(it->levelMilli, 0);
    it->refilledAtMs = std::max(it->refilledAtMs, now + std::max<qint64>(pauseMs, 0));
}

qint64 RateLimiter::available(const QString& bucket) const
{
    auto it = m_buckets.constFind(bucket);
    if (it == m_buckets.constEnd())
        return 0;
    Bucket copy = *it;
    refill(copy, m_clock.nowMs());
    // Floor toward minus infinity, so a debt of half a token reads as -1.
    return copy.levelMilli >= 0 ? copy.levelMilli / kMilli : -((-copy.levelMilli + kMilli - 1) / kMilli);
}

} // namespace orion
