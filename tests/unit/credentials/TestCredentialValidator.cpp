// `set` and import check a value's form before storing it; messages never quote the value.
#include "credentials/CredentialCatalog.h"
#include "credentials/CredentialValidator.h"

#include "TestData.h"

#include <QFile>
#include <QTest>

using orion::CredentialCatalog;
using orion::CredentialValidator;
using orion::SecretBytes;

namespace {

QByteArray testKey(const char* file)
{
    QFile pem(orion::test::dataPath(QStringLiteral("keys/") + QString::fromLatin1(file)));
    return pem.open(QIODevice::ReadOnly) ? pem.readAll() : QByteArray();
}

} // namespace

class TestCredentialValidator final : public QObject
{
    Q_OBJECT

private slots:
    void validate_goodValue_describesIt_data();
    void validate_goodValue_describesIt();
    void validate_badValue_isRejectedWithoutQuotingIt_data();
    void validate_badValue_isRejectedWithoutQuotingIt();
    void normalize_pastedPemWithSpaces_endsWithOneNewline();
    void missingToTrade_namesWhatLiveTradingNeeds();
};

void TestCredentialValidator::validate_goodValue_describesIt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("description");
    QTest::newRow("wallet key gives its address")
        << QStringLiteral("polymarket.private_key")
        << QByteArray("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
        << QStringLiteral("wallet address 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    QTest::newRow("pkcs8 pem") << QStringLiteral("kalshi.private_key") << testKey("test-only-rsa2048-a-pkcs8.pem")
                               << QStringLiteral("RSA 2048-bit private key");
    QTest::newRow("pkcs1 pem") << QStringLiteral("kalshi.private_key") << testKey("test-only-rsa2048-a-pkcs1.pem")
                               << QStringLiteral("RSA 2048-bit private key");
    QTest::newRow("key id") << QStringLiteral("kalshi.key_id") << QByteArray("0a1b2c3d-0000-4000-8000-123456789abc")
                            << QStringLiteral("key id in UUID form");
    QTest::newRow("api secret") << QStringLiteral("polymarket.api_secret")
                                << QByteArray("c2VjcmV0LXNlY3JldC1zZWNyZXQtMTIzNA==") << QStringLiteral("25-byte secret");
    QTest::newRow("bot token") << QStringLiteral("telegram.bot_token")
                               << QByteArray("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")
                               << QStringLiteral("bot token for bot id 123456789");
    QTest::newRow("group chat id") << QStringLiteral("telegram.chat_id") << QByteArray("-1001234567890")
                                   << QStringLiteral("chat id -1001234567890");
}

void TestCredentialValidator::validate_goodValue_describesIt()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, description);
    const orion::CredentialInfo* info = CredentialCatalog::find(name);
    QVERIFY(info != nullptr);
    const SecretBytes normalized = CredentialValidator::normalize(*info, SecretBytes(QByteArray(value + "\n")));

    const auto result = CredentialValidator::validate(*info, normalized);

    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value(), description);
}

void TestCredentialValidator::validate_badValue_isRejectedWithoutQuotingIt_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("wallet key of 31 bytes") << QStringLiteral("polymarket.private_key")
                                            << QByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff");
    QTest::newRow("wallet key with a typo") << QStringLiteral("polymarket.private_key")
                                            << QByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ffZ0");
    QTest::newRow("truncated pem") << QStringLiteral("kalshi.private_key")
                                   << testKey("test-only-rsa2048-a-pkcs8.pem").first(400);
    QTest::newRow("rsa 1024") << QStringLiteral("kalshi.private_key") << testKey("test-only-rsa1024-too-small.pem");
    QTest::newRow("ec key") << QStringLiteral("kalshi.private_key") << testKey("test-only-ec-p256-not-rsa.pem");
    QTest::newRow("public key") << QStringLiteral("kalshi.private_key") << testKey("test-only-rsa2048-a-public.pem");
    QTest::newRow("key id not uuid") << QStringLiteral("kalshi.key_id") << QByteArray("my-key-id-secret");
    QTest::newRow("bot token without colon") << QStringLiteral("telegram.bot_token")
                                             << QByteArray("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    QTest::newRow("api secret not base64") << QStringLiteral("polymarket.api_secret") << QByteArray("not*base64*at*all!!");
    QTest::newRow("empty") << QStringLiteral("polymarket.api_passphrase") << QByteArray("   ");
}

void TestCredentialValidator::validate_badValue_isRejectedWithoutQuotingIt()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, value);
    const orion::CredentialInfo* info = CredentialCatalog::find(name);
    QVERIFY(info != nullptr);
    QVERIFY(!value.isEmpty());
    const SecretBytes normalized = CredentialValidator::normalize(*info, SecretBytes(value));

    const auto result = CredentialValidator::validate(*info, normalized);

    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("credentials.invalid"));
    QVERIFY(result.error().message.contains(name));
    const QByteArray trimmed = value.trimmed();
    if (trimmed.size() >= 8) {
        QVERIFY2(!result.error().message.contains(QString::fromLatin1(trimmed.left(12))),
                 qPrintable(result.error().message));
    }
}

void TestCredentialValidator::normalize_pastedPemWithSpaces_endsWithOneNewline()
{
    const orion::CredentialInfo* info = CredentialCatalog::find(QStringLiteral("kalshi.private_key"));
    const QByteArray pem = testKey("test-only-rsa2048-a-pkcs8.pem").trimmed();

    const SecretBytes normalized = CredentialValidator::normalize(*info, SecretBytes(QByteArray("\n  " + pem + "\n\n  ")));

    QCOMPARE(normalized.reveal(), QByteArrayView(QByteArray(pem + "\n")));
}

void TestCredentialValidator::missingToTrade_namesWhatLiveTradingNeeds()
{
    const QStringList present{QStringLiteral("kalshi.key_id"), QStringLiteral("polymarket.api_key")};

    const QStringList missing =
        CredentialCatalog::missingToTrade({QStringLiteral("kalshi"), QStringLiteral("polymarket")}, present);

    QCOMPARE(missing, (QStringList{QStringLiteral("kalshi.private_key"), QStringLiteral("polymarket.private_key")}));
    QVERIFY(CredentialCatalog::missingToTrade({QStringLiteral("telegram")}, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialValidator)
#include "TestCredentialValidator.moc"
