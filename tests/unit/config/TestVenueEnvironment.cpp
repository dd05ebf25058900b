// VenueEnvironment: the venues.environment spellings and which endpoints each selects.
#include "config/Settings.h"
#include "config/VenueEnvironment.h"

#include <QTest>

using namespace orion;

class TestVenueEnvironment final : public QObject
{
    Q_OBJECT

private slots:
    void parseVenueEnvironment_configSpelling_roundTrips_data();
    void parseVenueEnvironment_configSpelling_roundTrips();
    void parseVenueEnvironment_otherSpelling_isRejected();
    void activeEndpoints_followTheEnvironment();
};

void TestVenueEnvironment::parseVenueEnvironment_configSpelling_roundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("environment");

    QTest::newRow("production") << QStringLiteral("production") << static_cast<int>(VenueEnvironment::Production);
    QTest::newRow("demo") << QStringLiteral("demo") << static_cast<int>(VenueEnvironment::Demo);
    QTest::newRow("simulator") << QStringLiteral("simulator") << static_cast<int>(VenueEnvironment::Simulator);
}

void TestVenueEnvironment::parseVenueEnvironment_configSpelling_roundTrips()
{
    // Arrange
    QFETCH(QString, text);
    QFETCH(int, environment);
    // Act
    const std::optional<VenueEnvironment> parsed = parseVenueEnvironment(text);
    // Assert
    QVERIFY(parsed.has_value());
    QCOMPARE(static_cast<int>(*parsed), environment);
    QCOMPARE(toConfigString(*parsed), text);
    QVERIFY(!displayName(*parsed).isEmpty());
}

void TestVenueEnvironment::parseVenueEnvironment_otherSpelling_isRejected()
{
    QVERIFY(!parseVenueEnvironment(u"prod").has_value());
    QVERIFY(!parseVenueEnvironment(u"Demo").has_value());
    QVERIFY(!parseVenueEnvironment(u"").has_value());
}

void TestVenueEnvironment::activeEndpoints_followTheEnvironment()
{
    // Arrange
    VenuesSettings venues;
    venues.production.kalshiRestUrl = QStringLiteral("https://p");
    venues.demo.kalshiRestUrl = QStringLiteral("https://d");
    venues.simulator.kalshiRestUrl = QStringLiteral("auto");
    // Act + Assert
    venues.environment = VenueEnvironment::Production;
    QCOMPARE(venues.active().kalshiRestUrl, QStringLiteral("https://p"));
    venues.environment = VenueEnvironment::Demo;
    QCOMPARE(venues.active().kalshiRestUrl, QStringLiteral("https://d"));
    venues.environment = VenueEnvironment::Simulator;
    QVERIFY(VenueEndpoints::isAuto(venues.active().kalshiRestUrl));
}

QTEST_GUILESS_MAIN(TestVenueEnvironment)
#include "TestVenueEnvironment.moc"
