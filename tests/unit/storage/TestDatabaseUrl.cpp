#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QTest>

using namespace orion;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parse_validUrl_givesFilePath_data();
    void parse_validUrl_givesFilePath();
    void parse_invalidUrl_isRejectedNamingUrlAndAcceptedForms_data();
    void parse_invalidUrl_isRejectedNamingUrlAndAcceptedForms();
};

void TestDatabaseUrl::parse_validUrl_givesFilePath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<bool>("memory");

    const QString cwd = QDir::currentPath();
    QTest::newRow("relative file") << "sqlite:///orion.db" << QString(cwd + "/orion.db") << false;
    QTest::newRow("relative nested") << "sqlite:///data/orion.db" << QString(cwd + "/data/orion.db") << false;
    QTest::newRow("relative with dot") << "sqlite:///./data/../orion.db" << QString(cwd + "/orion.db") << false;
    QTest::newRow("absolute") << "sqlite:////var/lib/orion/orion.db" << "/var/lib/orion/orion.db" << false;
    QTest::newRow("absolute with spaces") << "sqlite:////tmp/my data/o.db" << "/tmp/my data/o.db" << false;
    QTest::newRow("scheme case-insensitive") << "SQLite:///orion.db" << QString(cwd + "/orion.db") << false;
    QTest::newRow("memory") << "sqlite:///:memory:" << ":memory:" << true;
}

void TestDatabaseUrl::parse_validUrl_givesFilePath()
{
    // Arrange
    QFETCH(QString, url);
    QFETCH(QString, expectedPath);
    QFETCH(bool, memory);

    // Act
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);

    // Assert
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->filePath(), expectedPath);
    QCOMPARE(parsed->isMemory(), memory);
    QCOMPARE(parsed->toString(), url);
}

void TestDatabaseUrl::parse_invalidUrl_isRejectedNamingUrlAndAcceptedForms_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("blank") << "   " << "empty";
    QTest::newRow("plain path") << "orion.db" << "no scheme";
    QTest::newRow("garbage") << "::::" << "no scheme";
    QTest::newRow("postgres") << "postgresql://user@localhost/orion" << "\"postgresql\" is not supported";
    QTest::newRow("mysql") << "mysql://localhost/orion" << "\"mysql\" is not supported";
    QTest::newRow("file scheme") << "file:///tmp/orion.db" << "\"file\" is not supported";
    QTest::newRow("no path (sqlalchemy memory)") << "sqlite://" << "three slashes";
    QTest::newRow("host given") << "sqlite://localhost/orion.db" << "three slashes";
    QTest::newRow("empty path") << "sqlite:///" << "names no file";
    QTest::newRow("root directory") << "sqlite:////" << "directory";
    QTest::newRow("trailing slash") << "sqlite:///data/" << "directory";
    QTest::newRow("parent directory") << "sqlite:///data/.." << "directory";
    QTest::newRow("query") << "sqlite:///orion.db?mode=ro" << "query";
    QTest::newRow("leading space") << " sqlite:///orion.db" << "spaces";
    QTest::newRow("trailing space") << "sqlite:///orion.db " << "spaces";
}

void TestDatabaseUrl::parse_invalidUrl_isRejectedNamingUrlAndAcceptedForms()
{
    // Arrange
    QFETCH(QString, url);
    QFETCH(QString, reason);

    // Act
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);

    // Assert
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("storage.url"));
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(QString(QLatin1Char('"') + url + QLatin1Char('"'))), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("sqlite:////absolute/path.db")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("sqlite:///:memory:")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"
