#include "net/RateLimiter.h"

#include "ManualClock.h"

#include <QTest>

using namespace orion;
using orion::test::ManualClock;

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private slots:
    void tryAcquire_fullBucket_allowsBurstThenDenies();
    void tryAcquire_afterRefillTime_allowsAgain();
    void tryAcquire_withCost_takesThatManyTokens();
    void refill_withFractionalRate_neverGrantsEarly();
    void refill_afterLongIdle_neverExceedsCapacity();
    void reserve_overBudget_queuesCallersInOrder();
    void reserve_costAboveCapacity_isAnError();
    void penalize_after429_blocksThenRefillsFromEmpty();
    void unknownBucket_isNotLimited();
    void buckets_areIndependent();
};

void TestRateLimiter::tryAcquire_fullBucket_allowsBurstThenDenies()
{
    // Arrange: Kalshi Basic read bucket: 200 tokens, 200 per second, a GET costs 10.
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("read"), 200, 200);

    // Act
    int granted = 0;
    while (limiter.tryAcquire(QStringLiteral("read"), 10) && granted < 100)
        ++granted;

    // Assert
    QCOMPARE(granted, 20);
    QCOMPARE(limiter.available(QStringLiteral("read")), qint64{0});
}

void TestRateLimiter::tryAcquire_afterRefillTime_allowsAgain()
{
    // Arrange
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("write"), 100, 100);
    QVERIFY(limiter.tryAcquire(QStringLiteral("write"), 100));
    QVERIFY(!limiter.tryAcquire(QStringLiteral("write"), 10));

    // Act
    clock.advanceMs(99);
    const bool early = limiter.tryAcquire(QStringLiteral("write"), 10);
    clock.advanceMs(1);
    const bool onTime = limiter.tryAcquire(QStringLiteral("write"), 10);

    // Assert
    QVERIFY(!early);
    QVERIFY(onTime);
}

void TestRateLimiter::tryAcquire_withCost_takesThatManyTokens()
{
    // Arrange: a V2 create costs 10, a cancel 2.
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("write"), 100, 100);

    // Act
    QVERIFY(limiter.tryAcquire(QStringLiteral("write"), 10));
    QVERIFY(limiter.tryAcquire(QStringLiteral("write"), 2));

    // Assert
    QCOMPARE(limiter.available(QStringLiteral("write")), qint64{88});
}

void TestRateLimiter::refill_withFractionalRate_neverGrantsEarly()
{
    // Arrange: 3 tokens per second is one token every 333.33 ms.
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("b"), 1, 3);
    QVERIFY(limiter.tryAcquire(QStringLiteral("b")));

    // Act / Assert
    QCOMPARE(limiter.waitMs(QStringLiteral("b")), qint64{334});
    clock.advanceMs(333);
    QVERIFY(!limiter.tryAcquire(QStringLiteral("b")));
    clock.advanceMs(1);
    QVERIFY(limiter.tryAcquire(QStringLiteral("b")));
}

void TestRateLimiter::refill_afterLongIdle_neverExceedsCapacity()
{
    // Arrange
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("b"), 50, 10);
    QVERIFY(limiter.tryAcquire(QStringLiteral("b"), 50));

    // Act
    clock.advanceMs(365LL * 24 * 3600 * 1000);

    // Assert
    QCOMPARE(limiter.available(QStringLiteral("b")), qint64{50});
    QVERIFY(!limiter.tryAcquire(QStringLiteral("b"), 51));
}

void TestRateLimiter::reserve_overBudget_queuesCallersInOrder()
{
    // Arrange: 10 tokens, 10 per second; each request costs 10.
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("w"), 10, 10);

    // Act
    const Result<qint64> first = limiter.reserve(QStringLiteral("w"), 10);
    const Result<qint64> second = limiter.reserve(QStringLiteral("w"), 10);
    const Result<qint64> third = limiter.reserve(QStringLiteral("w"), 10);

    // Assert: the first goes now, each later one a full second behind the previous.
    QVERIFY(first.ok() && second.ok() && third.ok());
    QCOMPARE(*first, qint64{0});
    QCOMPARE(*second, qint64{1'000});
    QCOMPARE(*third, qint64{2'000});
    QCOMPARE(limiter.available(QStringLiteral("w")), qint64{-20});
    clock.advanceMs(2'000);
    QCOMPARE(limiter.available(QStringLiteral("w")), qint64{0});
}

void TestRateLimiter::reserve_costAboveCapacity_isAnError()
{
    // Arrange: a batch of 25 creates (250 tokens) cannot fit a 100-token bucket, ever.
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("write"), 100, 100);

    // Act
    const Result<qint64> wait = limiter.reserve(QStringLiteral("write"), 250);

    // Assert
    QVERIFY(!wait.ok());
    QCOMPARE(wait.error().code, QStringLiteral("net.rate_cost"));
    QCOMPARE(limiter.available(QStringLiteral("write")), qint64{100});
}

void TestRateLimiter::penalize_after429_blocksThenRefillsFromEmpty()
{
    // Arrange
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("read"), 20, 10);

    // Act
    limiter.penalize(QStringLiteral("read"), 1'000);

    // Assert: nothing during the pause, then refill starts from zero.
    QVERIFY(!limiter.tryAcquire(QStringLiteral("read")));
    QCOMPARE(limiter.waitMs(QStringLiteral("read"), 1), qint64{1'100});
    clock.advanceMs(999);
    QVERIFY(!limiter.tryAcquire(QStringLiteral("read")));
    clock.advanceMs(101);
    QVERIFY(limiter.tryAcquire(QStringLiteral("read")));
    QVERIFY(!limiter.tryAcquire(QStringLiteral("read")));
}

void TestRateLimiter::unknownBucket_isNotLimited()
{
    ManualClock clock;
    RateLimiter limiter(clock);
    QVERIFY(limiter.tryAcquire(QStringLiteral("nothing"), 1'000'000));
    const Result<qint64> wait = limiter.reserve(QStringLiteral("nothing"), 5);
    QVERIFY(wait.ok());
    QCOMPARE(*wait, qint64{0});
}

void TestRateLimiter::buckets_areIndependent()
{
    // Arrange
    ManualClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("read"), 10, 10);
    limiter.configure(QStringLiteral("write"), 10, 10);

    // Act
    QVERIFY(limiter.tryAcquire(QStringLiteral("write"), 10));

    // Assert
    QVERIFY(!limiter.tryAcquire(QStringLiteral("write"), 1));
    QVERIFY(limiter.tryAcquire(QStringLiteral("read"), 10));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
