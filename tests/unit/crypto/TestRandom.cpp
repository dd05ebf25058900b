#include "crypto/Random.h"

#include <QSet>
#include <QTest>

using namespace orion;

class TestRandom : public QObject
{
    Q_OBJECT

private slots:
    void bytes_twoDraws_haveRequestedSizeAndDiffer();
    void secretBytes_count_hasRequestedSize();
    void bytes_negativeCount_isRejected();
    void uniformBelow_smallBound_staysInRangeAndCoversIt();
    void uniformBelow_zeroBound_isRejected();
};

void TestRandom::bytes_twoDraws_haveRequestedSizeAndDiffer()
{
    // Act
    const Result<QByteArray> a = Random::bytes(32);
    const Result<QByteArray> b = Random::bytes(32);

    // Assert
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->size(), 32);
    QVERIFY(*a != *b);
}

void TestRandom::secretBytes_count_hasRequestedSize()
{
    // Act
    const Result<SecretBytes> key = Random::secretBytes(32);

    // Assert
    QVERIFY(key.ok());
    QCOMPARE(key->size(), 32);
    QVERIFY(key->reveal() != QByteArrayView(QByteArray(32, '\0')));
}

void TestRandom::bytes_negativeCount_isRejected()
{
    // Act
    const Result<QByteArray> bytes = Random::bytes(-1);

    // Assert
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, QStringLiteral("crypto.random"));
}

void TestRandom::uniformBelow_smallBound_staysInRangeAndCoversIt()
{
    // Arrange
    QSet<quint64> seen;

    // Act
    for (int i = 0; i < 500; ++i) {
        const Result<quint64> value = Random::uniformBelow(10);
        QVERIFY(value.ok());
        QVERIFY(*value < 10);
        seen.insert(*value);
    }

    // Assert (probability that 500 draws miss one of 10 values: about 1e-22)
    QCOMPARE(seen.size(), 10);
}

void TestRandom::uniformBelow_zeroBound_isRejected()
{
    // Act
    const Result<quint64> value = Random::uniformBelow(0);

    // Assert
    QVERIFY(!value.ok());
}

QTEST_GUILESS_MAIN(TestRandom)
#include "TestRandom.moc"
