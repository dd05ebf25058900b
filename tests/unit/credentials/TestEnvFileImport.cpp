// import-env reads the .env files people keep their keys in today.
#include "credentials/EnvFileImport.h"

#include <QTest>

using orion::EnvFileImport;

class TestEnvFileImport final : public QObject
{
    Q_OBJECT

private slots:
    void parse_typicalDotenv_picksOutCatalogueVariables();
    void parse_multiLineAndEscapedPem_keepsTheNewlines();
    void parse_malformedLine_namesTheLineNotTheValue_data();
    void parse_malformedLine_namesTheLineNotTheValue();
};

void TestEnvFileImport::parse_typicalDotenv_picksOutCatalogueVariables()
{
    const QByteArray text = "# my bot\n"
                            "export KALSHI_KEY_ID=0a1b2c3d-0000-4000-8000-123456789abc\n"
                            "POLYMARKET_PRIVATE_KEY='0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'\n"
                            "TELEGRAM_CHAT_ID=-100123 # group\n"
                            "KALSHI_ENV=demo\n"
                            "PATH_EXTRA=/opt/bin\n";

    const auto parsed = EnvFileImport::parse(text);

    QVERIFY(parsed.ok());
    const EnvFileImport& import = parsed.value();
    QCOMPARE(import.entries.size(), size_t{3});
    QCOMPARE(import.entries[0].first, QStringLiteral("kalshi.key_id"));
    QCOMPARE(import.entries[1].first, QStringLiteral("polymarket.private_key"));
    QCOMPARE(import.entries[1].second.reveal(),
             QByteArrayView("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
    QCOMPARE(import.entries[2].second.reveal(), QByteArrayView("-100123"));
    QCOMPARE(import.unknownVariables, QStringList{QStringLiteral("KALSHI_ENV")});
    QCOMPARE(import.otherVariables, QStringList{QStringLiteral("PATH_EXTRA")});
}

void TestEnvFileImport::parse_multiLineAndEscapedPem_keepsTheNewlines()
{
    const QByteArray text = "KALSHI_PRIVATE_KEY=\"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\"\n"
                            "TELEGRAM_BOT_TOKEN=\"a\\nb\"\n";

    const auto parsed = EnvFileImport::parse(text);

    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().entries.size(), size_t{2});
    QCOMPARE(parsed.value().entries[0].second.reveal(),
             QByteArrayView("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
    QCOMPARE(parsed.value().entries[1].second.reveal(), QByteArrayView("a\nb"));
}

void TestEnvFileImport::parse_malformedLine_namesTheLineNotTheValue_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("no equals") << QByteArray("A=1\nKALSHI_KEY_ID supersecretvalue\n") << QStringLiteral("line 2");
    QTest::newRow("unterminated quote") << QByteArray("\n\nPOLYMARKET_API_SECRET=\"supersecretvalue\n") << QStringLiteral("line 3");
    QTest::newRow("text after quote") << QByteArray("TELEGRAM_BOT_TOKEN='supersecretvalue' x\n") << QStringLiteral("line 1");
}

void TestEnvFileImport::parse_malformedLine_namesTheLineNotTheValue()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);

    const auto parsed = EnvFileImport::parse(text);

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("credentials.env"));
    QVERIFY2(parsed.error().message.startsWith(where), qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().message.contains(QStringLiteral("supersecret")));
}

QTEST_GUILESS_MAIN(TestEnvFileImport)
#include "TestEnvFileImport.moc"
