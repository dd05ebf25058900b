#include "crypto/Base64.h"
#include "crypto/RsaPssSigner.h"
#include "crypto/RsaPssVerifier.h"

#include "TestData.h"

#include <QTest>

using namespace orion;

// The fixture signature was made by the OpenSSL CLI (tests/data/vectors/README.md), so these tests check our
// verifier against an independent signer, and our signer (TestRsaPssSigner) against this verifier.
namespace {

QByteArray message()
{
    return test::readData(QStringLiteral("vectors/rsa_pss_message.txt"));
}

QByteArray opensslSignature()
{
    return test::readData(QStringLiteral("vectors/rsa_pss_openssl_signature.b64")).trimmed();
}

RsaPssVerifier verifierFor(const QString& publicKeyFile)
{
    Result<RsaPssVerifier> verifier = RsaPssVerifier::fromPem(test::readData(QStringLiteral("keys/") + publicKeyFile));
    if (!verifier)
        qFatal("cannot load %s: %s", qPrintable(publicKeyFile), qPrintable(verifier.error().toString()));
    return std::move(verifier).value();
}

} // namespace

class TestRsaPssVerifier : public QObject
{
    Q_OBJECT

private slots:
    void verifyBase64_opensslCliSignature_succeeds_data();
    void verifyBase64_opensslCliSignature_succeeds();
    void verify_tamperedOrForeignSignature_failsAsInvalidSignature_data();
    void verify_tamperedOrForeignSignature_failsAsInvalidSignature();
    void verifyBase64_notBase64_failsNamingTheProblem();
    void fromPem_notAPublicKey_isRejected_data();
    void fromPem_notAPublicKey_isRejected();
};

void TestRsaPssVerifier::verifyBase64_opensslCliSignature_succeeds_data()
{
    QTest::addColumn<QString>("publicKeyFile");

    QTest::newRow("SubjectPublicKeyInfo") << QStringLiteral("test-only-rsa2048-a-public.pem");
    QTest::newRow("PKCS#1 RSA PUBLIC KEY") << QStringLiteral("test-only-rsa2048-a-public-pkcs1.pem");
}

void TestRsaPssVerifier::verifyBase64_opensslCliSignature_succeeds()
{
    // Arrange
    QFETCH(QString, publicKeyFile);
    const RsaPssVerifier verifier = verifierFor(publicKeyFile);

    // Act
    const Status verified = verifier.verifyBase64(message(), opensslSignature());

    // Assert
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().toString()));
    QCOMPARE(verifier.keyBits(), 2048);
}

void TestRsaPssVerifier::verify_tamperedOrForeignSignature_failsAsInvalidSignature_data()
{
    QTest::addColumn<QString>("publicKeyFile");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    const QByteArray signature = *Base64::decode(opensslSignature());
    const QString keyA = QStringLiteral("test-only-rsa2048-a-public.pem");
    QTest::newRow("message changed (other path)")
        << keyA << QByteArray(message()).replace("balance", "balancf") << signature;
    QTest::newRow("message changed (other timestamp)")
        << keyA << QByteArray(message()).replace("1703123456789", "1703123456790") << signature;
    QByteArray flipped = signature;
    flipped[100] = static_cast<char>(flipped[100] ^ 0x01);
    QTest::newRow("signature bit flipped") << keyA << message() << flipped;
    QTest::newRow("signature truncated") << keyA << message() << signature.left(255);
    QTest::newRow("empty signature") << keyA << message() << QByteArray();
    QTest::newRow("wrong key") << QStringLiteral("test-only-rsa2048-b-public.pem") << message() << signature;
    QTest::newRow("salt length max instead of 32")
        << keyA << message()
        << *Base64::decode(
               test::readData(QStringLiteral("vectors/rsa_pss_openssl_signature_maxsalt.b64")).trimmed());
}

void TestRsaPssVerifier::verify_tamperedOrForeignSignature_failsAsInvalidSignature()
{
    // Arrange
    QFETCH(QString, publicKeyFile);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    const RsaPssVerifier verifier = verifierFor(publicKeyFile);

    // Act
    const Status verified = verifier.verify(message, signature);

    // Assert
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("crypto.signature"));
    QVERIFY2(verified.error().message.contains(QStringLiteral("does not verify")),
             qPrintable(verified.error().message));
}

void TestRsaPssVerifier::verifyBase64_notBase64_failsNamingTheProblem()
{
    // Arrange
    const RsaPssVerifier verifier = verifierFor(QStringLiteral("test-only-rsa2048-a-public.pem"));

    // Act
    const Status verified = verifier.verifyBase64(message(), "not base64!");

    // Assert
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("crypto.signature"));
    QVERIFY2(verified.error().message.contains(QStringLiteral("not base64")), qPrintable(verified.error().message));
}

void TestRsaPssVerifier::fromPem_notAPublicKey_isRejected_data()
{
    QTest::addColumn<QByteArray>("pem");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----\n");
    QTest::newRow("EC key") << test::readData(QStringLiteral("keys/test-only-ec-p256-not-rsa.pem"));
    QTest::newRow("RSA private key") << test::readData(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"));
}

void TestRsaPssVerifier::fromPem_notAPublicKey_isRejected()
{
    // Arrange
    QFETCH(QByteArray, pem);

    // Act
    const Result<RsaPssVerifier> verifier = RsaPssVerifier::fromPem(pem);

    // Assert
    QVERIFY(!verifier.ok());
    QCOMPARE(verifier.error().code, QStringLiteral("crypto.rsa"));
}

QTEST_GUILESS_MAIN(TestRsaPssVerifier)
#include "TestRsaPssVerifier.moc"
