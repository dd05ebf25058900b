#include "crypto/Base64.h"
#include "crypto/Hmac.h"

#include <QTest>

using namespace orion;

class TestHmac : public QObject
{
    Q_OBJECT

private slots:
    void sha256_rfc4231Vector_matches_data();
    void sha256_rfc4231Vector_matches();
    void sha256_polymarketL2Vector_givesHeaderValue_data();
    void sha256_polymarketL2Vector_givesHeaderValue();
    void sha256_otherKey_givesOtherMac();
    void equal_comparesContentAndLength();
};

void TestHmac::sha256_rfc4231Vector_matches_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("RFC 4231 case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                     << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                     << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 case 6 (key longer than a block)")
        << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

void TestHmac::sha256_rfc4231Vector_matches()
{
    // Arrange
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);

    // Act
    const Result<QByteArray> mac = Hmac::sha256(SecretBytes(key), message);

    // Assert
    QVERIFY(mac.ok());
    QCOMPARE(mac->toHex(), expected);
}

void TestHmac::sha256_polymarketL2Vector_givesHeaderValue_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    // polymarket.md 5.7: the first row is official (py-clob-client / clob-client-v2 tests), the others derived.
    QTest::newRow("official test-sign /orders") << QByteArray("1000000test-sign/orders{\"hash\": \"0x123\"}")
                                                << QByteArray("ZwAdJKvoYRlEKDkNMwd5BuwNNtg93kNaR_oU2HrfVvc=");
    QTest::newRow("DELETE /order") << QByteArray("1000000DELETE/order{\"orderID\":\"0xabc\"}")
                                   << QByteArray("uDik2sJCld_MdoWGqIQRFT0bSHuSAKTNTd3PXcRDnws=");
    QTest::newRow("GET /data/orders, no body") << QByteArray("1000000GET/data/orders")
                                               << QByteArray("9-I3DmVY9ObJ6EVf_KvrHpUWMOQJXiAjR5z7fO8qnPw=");
}

void TestHmac::sha256_polymarketL2Vector_givesHeaderValue()
{
    // Arrange
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    const Result<SecretBytes> secret = Base64::decodeSecret("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    QVERIFY(secret.ok());

    // Act
    const Result<QByteArray> mac = Hmac::sha256(*secret, message);

    // Assert: URL-safe base64 with padding is the POLY_SIGNATURE header value.
    QVERIFY(mac.ok());
    QCOMPARE(Base64::encodeUrl(*mac), expected);
}

void TestHmac::sha256_otherKey_givesOtherMac()
{
    // Act
    const Result<QByteArray> a = Hmac::sha256(SecretBytes(QByteArray("secret-a")), "message");
    const Result<QByteArray> b = Hmac::sha256(SecretBytes(QByteArray("secret-b")), "message");

    // Assert
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
}

void TestHmac::equal_comparesContentAndLength()
{
    // Assert
    QVERIFY(Hmac::equal("abc", "abc"));
    QVERIFY(!Hmac::equal("abc", "abd"));
    QVERIFY(!Hmac::equal("abc", "abcd"));
    QVERIFY(Hmac::equal({}, {}));
}

QTEST_GUILESS_MAIN(TestHmac)
#include "TestHmac.moc"
