#include "net/Backoff.h"

#include <QTest>

#include <limits>
#include <set>

using namespace orion;

class TestBackoff final : public QObject
{
    Q_OBJECT

private slots:
    void ceilingMs_perAttempt_doublesUpToCap_data();
    void ceilingMs_perAttempt_doublesUpToCap();
    void delayMs_manyDraws_stayWithinCeiling();
    void delayMs_manyDraws_spreadOverTheRange();
    void jitteredMs_atExtremes_isZeroOrCeiling();
    void ceilingMs_withHugeAttempt_isCapNotOverflow();
    void delayMs_sameSeed_isReproducible();
};

void TestBackoff::ceilingMs_perAttempt_doublesUpToCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first") << 0 << qint64{100};
    QTest::newRow("second") << 1 << qint64{200};
    QTest::newRow("third") << 2 << qint64{400};
    QTest::newRow("fifth") << 4 << qint64{1'600};
    QTest::newRow("capped") << 5 << qint64{2'000};
    QTest::newRow("negative attempt is the first") << -3 << qint64{100};
}

void TestBackoff::ceilingMs_perAttempt_doublesUpToCap()
{
    // Arrange
    QFETCH(int, attempt);
    QFETCH(qint64, expected);
    const Backoff backoff(BackoffOptions{100, 2'000}, 1);

    // Act
    const qint64 ceiling = backoff.ceilingMs(attempt);

    // Assert
    QCOMPARE(ceiling, expected);
}

void TestBackoff::delayMs_manyDraws_stayWithinCeiling()
{
    // Arrange
    Backoff backoff(BackoffOptions{50, 1'000}, 42);

    // Act / Assert
    for (int attempt = 0; attempt < 10; ++attempt) {
        for (int draw = 0; draw < 500; ++draw) {
            const qint64 delay = backoff.delayMs(attempt);
            QVERIFY2(delay >= 0 && delay <= backoff.ceilingMs(attempt),
                     qPrintable(QStringLiteral("attempt %1 delay %2").arg(attempt).arg(delay)));
        }
    }
}

void TestBackoff::delayMs_manyDraws_spreadOverTheRange()
{
    // Arrange: full jitter must not collapse to one value, or clients that failed together retry together.
    Backoff backoff(BackoffOptions{1'000, 1'000}, 7);
    int low = 0;
    int high = 0;

    // Act
    for (int draw = 0; draw < 1'000; ++draw) {
        const qint64 delay = backoff.delayMs(0);
        low += delay < 250 ? 1 : 0;
        high += delay > 750 ? 1 : 0;
    }

    // Assert: each quarter of a uniform draw holds about 250 of 1,000.
    QVERIFY2(low > 150 && high > 150, qPrintable(QStringLiteral("low %1 high %2").arg(low).arg(high)));
}

void TestBackoff::jitteredMs_atExtremes_isZeroOrCeiling()
{
    QCOMPARE(Backoff::jitteredMs(800, 0.0), qint64{0});
    QCOMPARE(Backoff::jitteredMs(800, 1.0), qint64{800});
    QCOMPARE(Backoff::jitteredMs(800, 0.5), qint64{400});
    QCOMPARE(Backoff::jitteredMs(800, 7.0), qint64{800});
    QCOMPARE(Backoff::jitteredMs(0, 0.9), qint64{0});
}

void TestBackoff::ceilingMs_withHugeAttempt_isCapNotOverflow()
{
    // Arrange
    const qint64 cap = std::numeric_limits<qint64>::max() / 3;
    const Backoff backoff(BackoffOptions{3, cap}, 1);

    // Act
    const qint64 ceiling = backoff.ceilingMs(std::numeric_limits<int>::max());

    // Assert
    QCOMPARE(ceiling, cap);
}

void TestBackoff::delayMs_sameSeed_isReproducible()
{
    Backoff first(BackoffOptions{100, 10'000}, 99);
    Backoff second(BackoffOptions{100, 10'000}, 99);
    for (int attempt = 0; attempt < 8; ++attempt)
        QCOMPARE(first.delayMs(attempt), second.delayMs(attempt));
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
