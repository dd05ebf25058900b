#include "crypto/Hex.h"

#include <QTest>

using namespace orion;

class TestHex : public QObject
{
    Q_OBJECT

private slots:
    void decode_validText_givesBytes_data();
    void decode_validText_givesBytes();
    void decode_invalidText_isRejected_data();
    void decode_invalidText_isRejected();
    void decodeSecret_validText_givesBytes();
    void encodePrefixed_bytes_isLowercaseWith0x();
};

void TestHex::decode_validText_givesBytes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expectedBytes");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QByteArray("00ff10") << -1 << QByteArray("\x00\xff\x10", 3);
    QTest::newRow("0x prefix") << QByteArray("0x00ff10") << 3 << QByteArray("\x00\xff\x10", 3);
    QTest::newRow("0X prefix, uppercase") << QByteArray("0XABCDEF") << 3 << QByteArray("\xab\xcd\xef", 3);
    QTest::newRow("empty") << QByteArray() << 0 << QByteArray();
    QTest::newRow("0x only") << QByteArray("0x") << -1 << QByteArray();
}

void TestHex::decode_validText_givesBytes()
{
    // Arrange
    QFETCH(QByteArray, text);
    QFETCH(int, expectedBytes);
    QFETCH(QByteArray, expected);

    // Act
    const Result<QByteArray> decoded = Hex::decode(text, expectedBytes);

    // Assert
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(*decoded, expected);
}

void TestHex::decode_invalidText_isRejected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expectedBytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("odd digits") << QByteArray("abc") << -1 << QStringLiteral("odd number");
    QTest::newRow("invalid character") << QByteArray("0xzz") << -1 << QStringLiteral("invalid character");
    QTest::newRow("space") << QByteArray("ab cd") << -1 << QStringLiteral("odd number");
    QTest::newRow("space, even") << QByteArray("ab  cd") << -1 << QStringLiteral("invalid character");
    QTest::newRow("wrong length") << QByteArray("abcd") << 3 << QStringLiteral("expected 3 bytes");
}

void TestHex::decode_invalidText_isRejected()
{
    // Arrange
    QFETCH(QByteArray, text);
    QFETCH(int, expectedBytes);
    QFETCH(QString, reason);

    // Act
    const Result<QByteArray> decoded = Hex::decode(text, expectedBytes);

    // Assert
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, QStringLiteral("crypto.hex"));
    QVERIFY2(decoded.error().message.contains(reason), qPrintable(decoded.error().message));
}

void TestHex::decodeSecret_validText_givesBytes()
{
    // Act
    const Result<SecretBytes> secret = Hex::decodeSecret("0x736563726574", 6);

    // Assert
    QVERIFY(secret.ok());
    QCOMPARE(secret->reveal(), QByteArrayView("secret"));
}

void TestHex::encodePrefixed_bytes_isLowercaseWith0x()
{
    // Assert
    QCOMPARE(Hex::encodePrefixed(QByteArray("\xab\x01", 2)), QStringLiteral("0xab01"));
}

QTEST_GUILESS_MAIN(TestHex)
#include "TestHex.moc"
