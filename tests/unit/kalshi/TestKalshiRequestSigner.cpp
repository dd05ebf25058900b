#include "ManualClock.h"
#include "TestData.h"
#include "crypto/RsaPssVerifier.h"
#include "venues/kalshi/KalshiRequestSigner.h"

#include <QTest>

using namespace orion;

class TestKalshiRequestSigner final : public QObject
{
    Q_OBJECT

private slots:
    void headersFor_signsTimestampMethodPath_verifiableWithPublicKey();
    void handshakeSigner_signsWebSocketPath();
    void fromPem_badKey_isAuthErrorNamingKeyId();
};

void TestKalshiRequestSigner::headersFor_signsTimestampMethodPath_verifiableWithPublicKey()
{
    test::ManualClock clock(QDateTime::fromMSecsSinceEpoch(1703123456789, Qt::UTC));
    const auto signer = KalshiRequestSigner::fromPem(
        QStringLiteral("key-a"), SecretBytes(test::readData(QStringLiteral("keys/test-only-rsa2048-a-pkcs1.pem"))), clock);
    QVERIFY(signer.ok());
    const auto verifier = RsaPssVerifier::fromPem(test::readData(QStringLiteral("keys/test-only-rsa2048-a-public.pem")));

    const auto headers = signer->headersFor("get", QStringLiteral("/trade-api/v2/portfolio/balance"));

    QVERIFY(headers.ok());
    QCOMPARE(headerValue(headers.value(), "KALSHI-ACCESS-KEY"), QByteArray("key-a"));
    QCOMPARE(headerValue(headers.value(), "KALSHI-ACCESS-TIMESTAMP"), QByteArray("1703123456789"));
    QVERIFY(verifier->verifyBase64("1703123456789GET/trade-api/v2/portfolio/balance",
                                   headerValue(headers.value(), "KALSHI-ACCESS-SIGNATURE"))
                .ok());
    QVERIFY(!verifier->verifyBase64("1703123456789GET/trade-api/v2/portfolio/positions",
                                    headerValue(headers.value(), "KALSHI-ACCESS-SIGNATURE"))
                 .ok());
}

void TestKalshiRequestSigner::handshakeSigner_signsWebSocketPath()
{
    test::ManualClock clock(QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
    const auto signer = KalshiRequestSigner::fromPem(
        QStringLiteral("key-a"), SecretBytes(test::readData(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"))), clock);
    const auto verifier = RsaPssVerifier::fromPem(test::readData(QStringLiteral("keys/test-only-rsa2048-a-public.pem")));

    const auto headers = signer->handshakeSigner()();

    QVERIFY(headers.ok());
    QVERIFY(verifier->verifyBase64("1700000000000GET/trade-api/ws/v2", headerValue(headers.value(), "KALSHI-ACCESS-SIGNATURE"))
                .ok());
}

void TestKalshiRequestSigner::fromPem_badKey_isAuthErrorNamingKeyId()
{
    SystemClock clock;

    const auto signer = KalshiRequestSigner::fromPem(
        QStringLiteral("key-z"), SecretBytes(test::readData(QStringLiteral("keys/test-only-ec-p256-not-rsa.pem"))), clock);

    QVERIFY(!signer.ok());
    QCOMPARE(signer.error().code, QStringLiteral("kalshi.auth"));
    QVERIFY(signer.error().message.contains(QStringLiteral("key-z")));
}

QTEST_GUILESS_MAIN(TestKalshiRequestSigner)
#include "TestKalshiRequestSigner.moc"
