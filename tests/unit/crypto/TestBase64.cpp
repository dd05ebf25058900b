#include "crypto/Base64.h"

#include <QTest>

using namespace orion;

class TestBase64 : public QObject
{
    Q_OBJECT

private slots:
    void decode_eitherAlphabetWithOrWithoutPadding_givesBytes_data();
    void decode_eitherAlphabetWithOrWithoutPadding_givesBytes();
    void decode_invalidText_isRejectedWithoutQuotingIt_data();
    void decode_invalidText_isRejectedWithoutQuotingIt();
    void encode_bytes_usesStandardOrUrlAlphabetWithPadding();
    void decodeSecret_validText_givesSameBytesAsDecode();
};

void TestBase64::decode_eitherAlphabetWithOrWithoutPadding_givesBytes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("RFC 4648 f") << QByteArray("Zg==") << QByteArray("f");
    QTest::newRow("RFC 4648 fo") << QByteArray("Zm8=") << QByteArray("fo");
    QTest::newRow("RFC 4648 foobar") << QByteArray("Zm9vYmFy") << QByteArray("foobar");
    QTest::newRow("f unpadded") << QByteArray("Zg") << QByteArray("f");
    QTest::newRow("fo unpadded") << QByteArray("Zm8") << QByteArray("fo");
    QTest::newRow("standard alphabet") << QByteArray("+/+/") << QByteArray::fromHex("fbffbf");
    QTest::newRow("url alphabet") << QByteArray("-_-_") << QByteArray::fromHex("fbffbf");
}

void TestBase64::decode_eitherAlphabetWithOrWithoutPadding_givesBytes()
{
    // Arrange
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);

    // Act
    const Result<QByteArray> decoded = Base64::decode(text);

    // Assert
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(*decoded, expected);
}

void TestBase64::decode_invalidText_isRejectedWithoutQuotingIt_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("space inside") << QByteArray("Zm9v YmFy");
    QTest::newRow("newline") << QByteArray("Zm9vYmFy\n");
    QTest::newRow("star") << QByteArray("Zm9v*mFy");
    QTest::newRow("one char left over") << QByteArray("Zm9vY");
    QTest::newRow("padding mid-text") << QByteArray("Zg==Zg==");
    QTest::newRow("three pads") << QByteArray("Z===");
    QTest::newRow("padding not completing a group") << QByteArray("Zm8==");
}

void TestBase64::decode_invalidText_isRejectedWithoutQuotingIt()
{
    // Arrange
    QFETCH(QByteArray, text);

    // Act
    const Result<QByteArray> decoded = Base64::decode(text);

    // Assert
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, QStringLiteral("crypto.base64"));
    QVERIFY(!decoded.error().message.contains(QStringLiteral("Zm9v")));
}

void TestBase64::encode_bytes_usesStandardOrUrlAlphabetWithPadding()
{
    // Arrange
    const QByteArray bytes = QByteArray::fromHex("fbff");

    // Act + Assert
    QCOMPARE(Base64::encode(bytes), QByteArray("+/8="));
    QCOMPARE(Base64::encodeUrl(bytes), QByteArray("-_8="));
}

void TestBase64::decodeSecret_validText_givesSameBytesAsDecode()
{
    // Act
    const Result<SecretBytes> secret = Base64::decodeSecret("c2VjcmV0LWtleQ");

    // Assert
    QVERIFY(secret.ok());
    QCOMPARE(secret->reveal(), QByteArrayView("secret-key"));
}

QTEST_GUILESS_MAIN(TestBase64)
#include "TestBase64.moc"
