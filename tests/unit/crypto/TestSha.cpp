#include "crypto/Sha.h"

#include <QTest>

using namespace orion;

class TestSha : public QObject
{
    Q_OBJECT

private slots:
    void sha256_fips180Vector_matches_data();
    void sha256_fips180Vector_matches();
};

void TestSha::sha256_fips180Vector_matches_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    // FIPS 180-2 appendix B examples.
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestSha::sha256_fips180Vector_matches()
{
    // Arrange
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);

    // Act
    const QByteArray digest = Sha::sha256(message);

    // Assert
    QCOMPARE(digest.toHex(), expected);
}

QTEST_GUILESS_MAIN(TestSha)
#include "TestSha.moc"
