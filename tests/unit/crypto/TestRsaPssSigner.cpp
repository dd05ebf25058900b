#include "crypto/Base64.h"
#include "crypto/RsaPssSigner.h"
#include "crypto/RsaPssVerifier.h"

#include "TestData.h"

#include <QTest>

using namespace orion;

namespace {

// Kalshi's string to sign: timestamp (ms) + METHOD + path without query (kalshi.md section 2).
const QByteArray kMessage = "1703123456789GET/trade-api/v2/portfolio/balance";

SecretBytes keyFile(const QString& name)
{
    return SecretBytes(test::readData(QStringLiteral("keys/") + name));
}

} // namespace

class TestRsaPssSigner : public QObject
{
    Q_OBJECT

private slots:
    void fromPem_pkcs1OrPkcs8Key_signsVerifiably_data();
    void fromPem_pkcs1OrPkcs8Key_signsVerifiably();
    void fromPem_unusableKey_isRejectedWithReason_data();
    void fromPem_unusableKey_isRejectedWithReason();
    void signBase64_sameMessageTwice_differsAndBothVerify();
    void publicKeyPem_loadedKey_equalsOpensslPublicKey();
};

void TestRsaPssSigner::fromPem_pkcs1OrPkcs8Key_signsVerifiably_data()
{
    QTest::addColumn<QString>("keyFile");

    QTest::newRow("PKCS#8 BEGIN PRIVATE KEY") << QStringLiteral("test-only-rsa2048-a-pkcs8.pem");
    QTest::newRow("PKCS#1 BEGIN RSA PRIVATE KEY") << QStringLiteral("test-only-rsa2048-a-pkcs1.pem");
}

void TestRsaPssSigner::fromPem_pkcs1OrPkcs8Key_signsVerifiably()
{
    // Arrange
    QFETCH(QString, keyFile);
    const Result<RsaPssVerifier> verifier =
        RsaPssVerifier::fromPem(test::readData(QStringLiteral("keys/test-only-rsa2048-a-public.pem")));
    QVERIFY(verifier.ok());

    // Act
    const Result<RsaPssSigner> signer = RsaPssSigner::fromPem(::keyFile(keyFile));
    QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : signer.error().toString()));
    const Result<QByteArray> signature = signer->signBase64(kMessage);

    // Assert
    QCOMPARE(signer->keyBits(), 2048);
    QVERIFY(signature.ok());
    QCOMPARE(Base64::decode(*signature)->size(), 256);
    const Status verified = verifier->verifyBase64(kMessage, *signature);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().toString()));
}

void TestRsaPssSigner::fromPem_unusableKey_isRejectedWithReason_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("reason");

    const QByteArray valid = test::readData(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not PEM (raw base64)") << valid.mid(28, 200) << QStringLiteral("not PEM");
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("could not read");
    QTest::newRow("modulus corrupted") << QByteArray(valid).replace(100, 8, "AAAAAAAA") << QStringLiteral("damaged");
    QTest::newRow("public key instead of private")
        << test::readData(QStringLiteral("keys/test-only-rsa2048-a-public.pem")) << QStringLiteral("could not read");
    QTest::newRow("passphrase-protected")
        << test::readData(QStringLiteral("keys/test-only-rsa2048-a-encrypted.pem")) << QStringLiteral("encrypted");
    QTest::newRow("EC key") << test::readData(QStringLiteral("keys/test-only-ec-p256-not-rsa.pem"))
                            << QStringLiteral("not RSA");
    QTest::newRow("RSA-1024") << test::readData(QStringLiteral("keys/test-only-rsa1024-too-small.pem"))
                              << QStringLiteral("at least 2048");
}

void TestRsaPssSigner::fromPem_unusableKey_isRejectedWithReason()
{
    // Arrange
    QFETCH(QByteArray, pem);
    QFETCH(QString, reason);

    // Act
    const Result<RsaPssSigner> signer = RsaPssSigner::fromPem(SecretBytes(pem));

    // Assert
    QVERIFY(!signer.ok());
    QCOMPARE(signer.error().code, QStringLiteral("crypto.rsa"));
    QVERIFY2(signer.error().message.contains(reason), qPrintable(signer.error().message));
}

void TestRsaPssSigner::signBase64_sameMessageTwice_differsAndBothVerify()
{
    // Arrange
    const Result<RsaPssSigner> signer = RsaPssSigner::fromPem(keyFile(QStringLiteral("test-only-rsa2048-a-pkcs8.pem")));
    const Result<RsaPssVerifier> verifier =
        RsaPssVerifier::fromPem(test::readData(QStringLiteral("keys/test-only-rsa2048-a-public.pem")));
    QVERIFY(signer.ok() && verifier.ok());

    // Act
    const Result<QByteArray> first = signer->signBase64(kMessage);
    const Result<QByteArray> second = signer->signBase64(kMessage);

    // Assert: PSS uses a random salt, so only verification can check a signature.
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
    QVERIFY(verifier->verifyBase64(kMessage, *first).ok());
    QVERIFY(verifier->verifyBase64(kMessage, *second).ok());
}

void TestRsaPssSigner::publicKeyPem_loadedKey_equalsOpensslPublicKey()
{
    // Arrange
    const Result<RsaPssSigner> signer = RsaPssSigner::fromPem(keyFile(QStringLiteral("test-only-rsa2048-a-pkcs1.pem")));
    QVERIFY(signer.ok());

    // Act
    const Result<QByteArray> pem = signer->publicKeyPem();

    // Assert
    QVERIFY(pem.ok());
    QCOMPARE(*pem, test::readData(QStringLiteral("keys/test-only-rsa2048-a-public.pem")));
}

QTEST_GUILESS_MAIN(TestRsaPssSigner)
#include "TestRsaPssSigner.moc"
