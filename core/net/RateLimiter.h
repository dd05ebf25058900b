#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QHash>
#include <QString>

namespace orion {

// Token buckets, one per endpoint class ("read", "write", a Kalshi shard...). A bucket holds up to
// `capacity` tokens and refills `refillPerSecond` tokens per second; a request costs tokens (Kalshi: a V2
// create costs 10, a cancel 2). Time comes from the injected Clock, so tests move it by hand. Tokens are
// kept in thousandths, so refill is exact integer arithmetic at millisecond resolution.
// Not thread-safe: it lives on the engine thread with the clients that use it.
class RateLimiter final
{
public:
    explicit RateLimiter(const Clock& clock);

    // (Re)defines a bucket; it starts full. capacity and refillPerSecond must be positive.
    void configure(const QString& bucket, qint64 capacity, qint64 refillPerSecond);
    bool hasBucket(const QString& bucket) const { return m_buckets.contains(bucket); }

    // Takes the tokens now if they are there; false leaves the bucket unchanged.
    [[nodiscard]] bool tryAcquire(const QString& bucket, qint64 cost = 1);
    // Takes the tokens now, going into debt if needed, and returns how long the caller must wait before
    // sending, so that callers queue in order. Unknown buckets are not limited (0). Error when the cost
    // exceeds the capacity: such a request could never be sent.
    [[nodiscard]] Result<qint64> reserve(const QString& bucket, qint64 cost = 1);
    // How long until `cost` tokens are available, without taking them.
    [[nodiscard]] qint64 waitMs(const QString& bucket, qint64 cost = 1) const;
    // After a 429: nothing is granted for pauseMs, and the bucket refills from empty after that.
    void penalize(const QString& bucket, qint64 pauseMs);
    // Whole tokens available now (negative while callers are queued).
    [[nodiscard]] qint64 available(const QString& bucket) const;

private:
    struct Bucket
    {
        qint64 capacityMilli = 0;
        qint64 refillPerSecond = 0; // == thousandths of a token per millisecond
        qint64 levelMilli = 0;
        qint64 refilledAtMs = 0;    // level is exact at this instant; may be in the future after penalize()
    };
    static void refill(Bucket& bucket, qint64 nowMs);
    static qint64 waitFor(const Bucket& bucket, qint64 levelAfterMilli, qint64 nowMs);

    const Clock& m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace orion
