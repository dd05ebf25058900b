#include "crypto/Scrypt.h"

#include <QTest>

using namespace orion;

Q_DECLARE_METATYPE(orion::ScryptParams)

class TestScrypt : public QObject
{
    Q_OBJECT

private slots:
    void derive_rfc7914Vector_matches_data();
    void derive_rfc7914Vector_matches();
    void derive_otherSalt_givesOtherKey();
    void validate_outOfBoundsParams_isRejected_data();
    void validate_outOfBoundsParams_isRejected();
    void validate_recommended_isAccepted();
    void derive_keyLengthTooShort_isRejected();
};

void TestScrypt::derive_rfc7914Vector_matches_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<ScryptParams>("params");
    QTest::addColumn<QByteArray>("expected");

    // RFC 7914 section 12; the fourth vector (N = 2^20, 1 GiB) is left out to keep the test fast.
    QTest::newRow("empty password and salt, N=16")
        << QByteArray() << QByteArray() << ScryptParams{16, 1, 1}
        << QByteArray("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                      "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("password/NaCl, N=1024 r=8 p=16")
        << QByteArray("password") << QByteArray("NaCl") << ScryptParams{1024, 8, 16}
        << QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                      "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("pleaseletmein/SodiumChloride, N=16384 r=8 p=1")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << ScryptParams{16384, 8, 1}
        << QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                      "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

void TestScrypt::derive_rfc7914Vector_matches()
{
    // Arrange
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(ScryptParams, params);
    QFETCH(QByteArray, expected);

    // Act
    const Result<SecretBytes> key = Scrypt::derive(SecretBytes(password), salt, params, 64);

    // Assert
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().toString()));
    QCOMPARE(key->reveal().toByteArray().toHex(), expected);
}

void TestScrypt::derive_otherSalt_givesOtherKey()
{
    // Arrange
    const SecretBytes password(QByteArrayView("correct horse"));

    // Act
    const Result<SecretBytes> a = Scrypt::derive(password, "salt-a", ScryptParams{1024, 8, 1});
    const Result<SecretBytes> b = Scrypt::derive(password, "salt-b", ScryptParams{1024, 8, 1});

    // Assert
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->size(), 32);
    QVERIFY(!(*a == *b));
}

void TestScrypt::validate_outOfBoundsParams_isRejected_data()
{
    QTest::addColumn<ScryptParams>("params");
    QTest::addColumn<QString>("reason");

    QTest::newRow("N not a power of two") << ScryptParams{1000, 8, 1} << QStringLiteral("power of two");
    QTest::newRow("N = 1") << ScryptParams{1, 8, 1} << QStringLiteral("power of two");
    QTest::newRow("N = 0") << ScryptParams{0, 8, 1} << QStringLiteral("power of two");
    QTest::newRow("N = 2^25") << ScryptParams{1ULL << 25, 1, 1} << QStringLiteral("power of two");
    QTest::newRow("r = 0") << ScryptParams{1024, 0, 1} << QStringLiteral("r must");
    QTest::newRow("p = 0") << ScryptParams{1024, 8, 0} << QStringLiteral("p must");
    QTest::newRow("p = 65") << ScryptParams{1024, 8, 65} << QStringLiteral("p must");
    QTest::newRow("2 GiB of memory (hostile file header)") << ScryptParams{1ULL << 20, 16, 1} << QStringLiteral("MiB");
}

void TestScrypt::validate_outOfBoundsParams_isRejected()
{
    // Arrange
    QFETCH(ScryptParams, params);
    QFETCH(QString, reason);

    // Act
    const Result<SecretBytes> key = Scrypt::derive(SecretBytes(QByteArrayView("pw")), "salt", params);

    // Assert
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, QStringLiteral("crypto.kdf"));
    QVERIFY2(key.error().message.contains(reason), qPrintable(key.error().message));
}

void TestScrypt::validate_recommended_isAccepted()
{
    // Act
    const Status valid = Scrypt::validate(ScryptParams::recommended());

    // Assert
    QVERIFY(valid.ok());
    QCOMPARE(ScryptParams::recommended().n, 1ULL << 17);
}

void TestScrypt::derive_keyLengthTooShort_isRejected()
{
    // Act
    const Result<SecretBytes> key =
        Scrypt::derive(SecretBytes(QByteArrayView("pw")), "salt", ScryptParams{16, 1, 1}, 8);

    // Assert
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, QStringLiteral("crypto.kdf"));
}

QTEST_GUILESS_MAIN(TestScrypt)
#include "TestScrypt.moc"
