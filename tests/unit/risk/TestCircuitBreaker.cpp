// The circuit breaker trips on each kind of trouble and only a person resets it.
#include "ManualClock.h"
#include "risk/CircuitBreaker.h"

#include <QSignalSpy>
#include <QTest>

using namespace orion;

namespace {

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromLatin1(text)).value();
}

CircuitBreakerParams params()
{
    CircuitBreakerParams p;
    p.bankroll = cash("1000");
    p.maxDailyLossPct = Ratio::fromPpm(50'000); // $50
    p.maxConsecutiveOrderFailures = 3;
    p.maxUnhedgedAgeMs = 30'000;
    p.maxDataAgeMs = 60'000;
    return p;
}

} // namespace

class TestCircuitBreaker final : public QObject
{
    Q_OBJECT

private slots:
    void dailyLoss_realisedPlusMarked_tripsAtTheLimit();
    void orderFailures_inARow_trip_successInBetweenResets();
    void unhedgedTooLong_andStaleData_trip();
    void reset_needsPersonAndReason_andKeepsFirstReason();
};

void TestCircuitBreaker::dailyLoss_realisedPlusMarked_tripsAtTheLimit()
{
    test::ManualClock clock;
    CircuitBreaker breaker(clock, params());
    QSignalSpy tripped(&breaker, &CircuitBreaker::tripped);

    breaker.updateDailyPnl(cash("-30"), cash("-19.999999"));
    QVERIFY(!breaker.isTripped());
    breaker.updateDailyPnl(cash("-30"), cash("-20"));

    QVERIFY(breaker.isTripped());
    QCOMPARE(tripped.size(), 1);
    QVERIFY(breaker.reason().contains(QStringLiteral("daily loss")));
}

void TestCircuitBreaker::orderFailures_inARow_trip_successInBetweenResets()
{
    test::ManualClock clock;
    CircuitBreaker breaker(clock, params());
    breaker.recordOrderFailure(QStringLiteral("a"));
    breaker.recordOrderFailure(QStringLiteral("b"));
    breaker.recordOrderSuccess();
    breaker.recordOrderFailure(QStringLiteral("c"));
    breaker.recordOrderFailure(QStringLiteral("d"));
    QVERIFY(!breaker.isTripped());

    breaker.recordOrderFailure(QStringLiteral("e"));

    QVERIFY(breaker.isTripped());
    QVERIFY(breaker.reason().contains(QStringLiteral("e")));
}

void TestCircuitBreaker::unhedgedTooLong_andStaleData_trip()
{
    test::ManualClock clock;
    CircuitBreaker unhedged(clock, params());
    const qint64 since = clock.nowMs();
    clock.advanceMs(30'000);
    unhedged.checkUnhedged(cash("4.80"), since);
    QVERIFY(!unhedged.isTripped());
    clock.advanceMs(1);
    unhedged.checkUnhedged(cash("4.80"), since);
    QVERIFY(unhedged.isTripped());

    CircuitBreaker stale(clock, params());
    stale.checkDataAge(QStringLiteral("polymarket"), 60'001);
    QVERIFY(stale.isTripped());
    QVERIFY(stale.reason().contains(QStringLiteral("polymarket")));
}

void TestCircuitBreaker::reset_needsPersonAndReason_andKeepsFirstReason()
{
    test::ManualClock clock;
    CircuitBreaker breaker(clock, params());
    breaker.trip(QStringLiteral("first"));
    breaker.trip(QStringLiteral("second"));
    QCOMPARE(breaker.reason(), QStringLiteral("first"));

    QVERIFY(!breaker.reset(QStringLiteral("ops"), QStringLiteral("  ")).ok());
    QVERIFY(breaker.isTripped());
    QSignalSpy wasReset(&breaker, &CircuitBreaker::wasReset);
    QVERIFY(breaker.reset(QStringLiteral("ops"), QStringLiteral("checked positions")).ok());

    QVERIFY(!breaker.isTripped());
    QCOMPARE(wasReset.size(), 1);
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "TestCircuitBreaker.moc"
