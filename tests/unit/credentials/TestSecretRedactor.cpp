// The log filter: secrets and key-shaped text never reach a log line; ordinary ids and paths do.
#include "common/LogSetup.h"
#include "common/Logging.h"
#include "common/SecretRedactor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using orion::SecretRedactor;

class TestSecretRedactor final : public QObject
{
    Q_OBJECT

private slots:
    void redact_registeredSecret_isReplacedWherever_data();
    void redact_registeredSecret_isReplacedWherever();
    void redact_keyShapedText_isReplaced_data();
    void redact_keyShapedText_isReplaced();
    void redact_ordinaryText_isKept_data();
    void redact_ordinaryText_isKept();
    void redact_registeredPem_anySingleLineIsReplaced();
    void clear_forgetsRegisteredSecrets();
    void installedLogging_writesRedactedLinesToTheFile();
};

void TestSecretRedactor::redact_registeredSecret_isReplacedWherever_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("line");
    QTest::newRow("passphrase") << QStringLiteral("hunter2hunter2") << QStringLiteral("sent hunter2hunter2 to the server");
    QTest::newRow("uuid key id") << QStringLiteral("0a1b2c3d-0000-4000-8000-123456789abc")
                                 << QStringLiteral("key=0a1b2c3d-0000-4000-8000-123456789abc ok");
    QTest::newRow("wallet key without 0x, uppercase")
        << QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
        << QStringLiteral("dump AC0974BEC39A17E36BA4A6B4D238FF944BACB478CBED5EFCAE784D7BF4F2FF80!");
}

void TestSecretRedactor::redact_registeredSecret_isReplacedWherever()
{
    QFETCH(QString, secret);
    QFETCH(QString, line);
    SecretRedactor redactor;
    redactor.registerSecret(secret.toUtf8());

    const QString redacted = redactor.redact(line);

    QVERIFY2(redacted.contains(QStringLiteral("[REDACTED")), qPrintable(redacted));
    QVERIFY2(!redacted.contains(secret.right(20), Qt::CaseInsensitive), qPrintable(redacted));
}

void TestSecretRedactor::redact_keyShapedText_isReplaced_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("mustVanish");
    QTest::newRow("pem block") << QStringLiteral("key: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                                                 "-----END PRIVATE KEY----- done")
                               << QStringLiteral("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
    QTest::newRow("unterminated pem") << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAsecret")
                                      << QStringLiteral("MIIEowIBAAKCAQEAsecret");
    QTest::newRow("bare 64 hex") << QStringLiteral("wallet ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
                                 << QStringLiteral("ac0974bec39a17e36ba4");
    QTest::newRow("0x hex named as key")
        << QStringLiteral("private key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
        << QStringLiteral("ac0974bec39a17e36ba4");
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def")
                            << QStringLiteral("eyJhbGciOiJIUzI1NiJ9");
    QTest::newRow("poly header") << QStringLiteral("POLY_PASSPHRASE: f4c1d2e3a4b5") << QStringLiteral("f4c1d2e3a4b5");
    QTest::newRow("json secret") << QStringLiteral("{\"secret\":\"abc123xyz\",\"n\":1}") << QStringLiteral("abc123xyz");
    QTest::newRow("kalshi signature header")
        << QStringLiteral("KALSHI-ACCESS-SIGNATURE=c2lnbmF0dXJl") << QStringLiteral("c2lnbmF0dXJl");
    QTest::newRow("long base64") << QStringLiteral("got Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MEFCQ0RFRkdISUpLTE1O= back")
                                 << QStringLiteral("Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5");
    QTest::newRow("telegram url") << QStringLiteral("POST https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage")
                                  << QStringLiteral("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
}

void TestSecretRedactor::redact_keyShapedText_isReplaced()
{
    QFETCH(QString, line);
    QFETCH(QString, mustVanish);
    SecretRedactor redactor;

    const QString redacted = redactor.redact(line);

    QVERIFY2(!redacted.contains(mustVanish), qPrintable(redacted));
    QVERIFY2(redacted.contains(QStringLiteral("[REDACTED")), qPrintable(redacted));
}

void TestSecretRedactor::redact_ordinaryText_isKept_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("order id hash")
        << QStringLiteral("order 0x8f3e2d1c0b4a5968776655443322110099aabbccddeeff001122334455667788 filled");
    QTest::newRow("path") << QStringLiteral("database /tmp/OrionTest-AbC123/home/Documents/Projects2026/orion/orion.db");
    QTest::newRow("ticker") << QStringLiteral("market KXPRESPARTY-2028-DEM-WITH-A-VERY-LONG-SUFFIX-1234567 quoted");
    QTest::newRow("slug") << QStringLiteral("will-the-federal-reserve-cut-rates-in-december-2026 open");
    QTest::newRow("token id") << QStringLiteral("token_id=71321045679252212594626385532706912750332728571942532289631379312455583992563");
    QTest::newRow("plain sentence") << QStringLiteral("engine running in dry_run mode, 3 pairs");
}

void TestSecretRedactor::redact_ordinaryText_isKept()
{
    QFETCH(QString, line);
    SecretRedactor redactor;

    QCOMPARE(redactor.redact(line), line);
}

void TestSecretRedactor::redact_registeredPem_anySingleLineIsReplaced()
{
    SecretRedactor redactor;
    redactor.registerSecret("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n"
                            "-----END PRIVATE KEY-----\n");

    const QString redacted = redactor.redact(QStringLiteral("line BKcwggSjAgEAAoIBAQC7 leaked"));

    QCOMPARE(redacted, QStringLiteral("line [REDACTED SECRET] leaked"));
}

void TestSecretRedactor::clear_forgetsRegisteredSecrets()
{
    SecretRedactor redactor;
    redactor.registerSecret("hunter2hunter2");
    QCOMPARE(redactor.registeredCount(), 1);
    redactor.registerSecret("short"); // below the minimum: would redact ordinary words
    QCOMPARE(redactor.registeredCount(), 1);

    redactor.clear();

    QCOMPARE(redactor.registeredCount(), 0);
    QCOMPARE(redactor.redact(QStringLiteral("hunter2hunter2")), QStringLiteral("hunter2hunter2"));
}

void TestSecretRedactor::installedLogging_writesRedactedLinesToTheFile()
{
    // Arrange
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orion.log"));
    QVERIFY(orion::installLogging({QStringLiteral("info"), path, 1024 * 1024, 2, false}).ok());
    SecretRedactor::global().registerSecret("registered-secret-value-42");

    // Act
    qCWarning(lcCredentials) << "leak registered-secret-value-42 and"
                             << "cafe74bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    orion::uninstallLogging();
    SecretRedactor::global().clear();

    // Assert
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY2(contents.contains("leak [REDACTED SECRET]"), contents.constData());
    QVERIFY(!contents.contains("registered-secret-value-42"));
    QVERIFY(!contents.contains("cafe0974bec39a17"));
}

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "TestSecretRedactor.moc"
