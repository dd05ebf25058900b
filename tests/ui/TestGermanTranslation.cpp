// The German translation at run time: strings from the credential classes, the report/match/credentials
// subcommands and the kill switch come out German, i.e. the context each lookup uses is the one lupdate filed the
// translation under. The translator is built from translations/orion_de.ts with lrelease, as the app's is.
#include "DashboardFixture.h"
#include "OrionTestConfig.h"
#include "TestData.h"

#include "credentials/CredentialCatalog.h"
#include "credentials/CredentialValidator.h"
#include "credentials/EncryptedFileCredentialStore.h"
#include "market/FeeSchedule.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>

using namespace orion;

class TestGermanTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void credentialCatalogue_labelReadBeforeTheTranslator_isGermanAfterIt();
    void credentialClasses_messages_areGerman();
    void feeSchedule_unknownKalshiFeeType_isGerman();
    void killSwitch_buttonAndDefaultReason_areGerman();
    void subcommands_messages_areGerman_data();
    void subcommands_messages_areGerman();

private:
    QTemporaryDir m_dir;
    QTranslator m_translator;
    QString m_englishKeyIdLabel;
};

void TestGermanTranslation::initTestCase()
{
    test::isolateUiSettings();
    // As at start-up: the store is opened, and the catalogue first read, before the dashboard installs a language.
    m_englishKeyIdLabel = CredentialCatalog::find(u"kalshi.key_id")->label;

    const QString lrelease = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
    QVERIFY2(QFileInfo(lrelease).isExecutable(), qPrintable(lrelease));
    QVERIFY(m_dir.isValid());
    const QString qm = m_dir.filePath(QStringLiteral("orion_de.qm"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lrelease, { test::sourcePath(QStringLiteral("translations/orion_de.ts")), QStringLiteral("-qm"), qm });
    QVERIFY(process.waitForFinished(60'000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
    QVERIFY(m_translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestGermanTranslation::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestGermanTranslation::credentialCatalogue_labelReadBeforeTheTranslator_isGermanAfterIt()
{
    QCOMPARE(m_englishKeyIdLabel, QStringLiteral("Kalshi API key id"));

    QCOMPARE(CredentialCatalog::find(u"kalshi.key_id")->label, QStringLiteral("Kalshi-API-Schlüssel-ID"));
}

void TestGermanTranslation::feeSchedule_unknownKalshiFeeType_isGerman()
{
    const auto parsed = parseKalshiFeeType(u"tiered");

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, QStringLiteral("„tiered“ ist keine Kalshi-Gebührenart"));
}

void TestGermanTranslation::credentialClasses_messages_areGerman()
{
    const CredentialInfo* keyId = CredentialCatalog::find(u"kalshi.key_id");
    QVERIFY(keyId);

    const Result<QString> empty = CredentialValidator::validate(*keyId, SecretBytes());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().message, QStringLiteral("Kalshi-API-Schlüssel-ID (kalshi.key_id): der Wert ist leer"));

    const auto store
        = EncryptedFileCredentialStore::open(m_dir.filePath(QStringLiteral("credentials.enc")), SecretBytes());
    QVERIFY(!store.ok());
    QCOMPARE(store.error().message, QStringLiteral("das Master-Passwort ist leer"));
}

void TestGermanTranslation::killSwitch_buttonAndDefaultReason_areGerman()
{
    test::Dashboard dashboard;
    QVERIFY(dashboard.start());
    auto* kill = dashboard.find<QPushButton>(QStringLiteral("killButton"));
    QVERIFY(kill);
    QCOMPARE(kill->text(), QStringLiteral("NOTAUS"));

    dashboard.controller().kill(); // no reason given: the kill button's

    QCOMPARE(dashboard.controller().snapshot().haltReason, QStringLiteral("Notaus-Knopf"));
    QVERIFY(dashboard.waitForState(EngineRunState::Halted));
    dashboard.stop();
}

void TestGermanTranslation::subcommands_messages_areGerman_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("german");
    QTest::newRow("report") << QStringList { QStringLiteral("report"), QStringLiteral("--format"),
        QStringLiteral("xml") } << QStringLiteral("--format erwartet text oder json, nicht „xml“");
    QTest::newRow("match") << QStringList { QStringLiteral("match") }
                           << QStringLiteral("--kalshi DATEI und --polymarket DATEI sind beide erforderlich");
    QTest::newRow("credentials") << QStringList { QStringLiteral("credentials"), QStringLiteral("--store"),
        QStringLiteral("vault"), QStringLiteral("list") } << QStringLiteral("--store muss keychain oder file sein, nicht „vault“");
}

// The subcommands speak the system's language: the real program, run with a German locale.
void TestGermanTranslation::subcommands_messages_areGerman()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, german);
    QVERIFY2(QFileInfo(QStringLiteral(ORION_APP_PATH)).isExecutable(), "build the orion target first");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    environment.remove(QStringLiteral("ORION_CREDENTIAL_STORE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ORION_APP_PATH), arguments);
    QVERIFY(process.waitForFinished(30'000));
    const QString output = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());

    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(output.contains(german), qPrintable(output));
}

QTEST_MAIN(TestGermanTranslation)
#include "TestGermanTranslation.moc"
