#include "venues/polymarket/PolymarketFeeModel.h"

#include <QJsonDocument>
#include <QTest>

using namespace orion;

class TestPolymarketFeeModel : public QObject
{
    Q_OBJECT

private slots:
    void fromClobFeeData_cases_giveTheRightModel_data();
    void fromClobFeeData_cases_giveTheRightModel();
    void fromGamma_feesDisabled_isFree();
    void fromGamma_sportsRate_chargesTakerOnTopOfNotional();
};

void TestPolymarketFeeModel::fromClobFeeData_cases_giveTheRightModel_data()
{
    QTest::addColumn<QByteArray>("fd");
    QTest::addColumn<int>("model");

    QTest::newRow("no fee data: never traded") << QByteArray("{}") << int(FeeSchedule::Model::Unknown);
    QTest::newRow("zero rate: free") << QByteArray(R"({"r":0,"e":1,"to":true})") << int(FeeSchedule::Model::Free);
    QTest::newRow("politics 0.04") << QByteArray(R"({"r":0.04,"e":1,"to":true})")
                                   << int(FeeSchedule::Model::PolymarketCurve);
    QTest::newRow("rate as text") << QByteArray(R"({"r":"0.07"})") << int(FeeSchedule::Model::PolymarketCurve);
    QTest::newRow("unsupported exponent") << QByteArray(R"({"r":0.04,"e":3})") << int(FeeSchedule::Model::Unknown);
    QTest::newRow("rate above 1") << QByteArray(R"({"r":1.5})") << int(FeeSchedule::Model::Unknown);
    QTest::newRow("rate not a number") << QByteArray(R"({"r":"high"})") << int(FeeSchedule::Model::Unknown);
}

void TestPolymarketFeeModel::fromClobFeeData_cases_giveTheRightModel()
{
    // Arrange
    QFETCH(QByteArray, fd);
    QFETCH(int, model);

    // Act
    const FeeSchedule fees = PolymarketFeeModel::fromClobFeeData(QJsonDocument::fromJson(fd).object());

    // Assert
    QCOMPARE(int(fees.model()), model);
}

void TestPolymarketFeeModel::fromGamma_feesDisabled_isFree()
{
    // Act
    const FeeSchedule fees = PolymarketFeeModel::fromGamma(QJsonValue(false), QJsonObject{});

    // Assert
    QCOMPARE(fees.model(), FeeSchedule::Model::Free);
}

void TestPolymarketFeeModel::fromGamma_sportsRate_chargesTakerOnTopOfNotional()
{
    // Arrange
    const QJsonObject schedule{{QStringLiteral("rate"), 0.05}, {QStringLiteral("exponent"), 1},
                               {QStringLiteral("takerOnly"), true}};

    // Act
    const FeeSchedule fees = PolymarketFeeModel::fromGamma(QJsonValue(true), schedule);
    const Result<Cash> taker = fees.takerFee(Price::fromMicros(300'000), Quantity::fromContracts(20));
    const Result<Cash> maker = fees.makerFee(Price::fromMicros(300'000), Quantity::fromContracts(20));

    // Assert: 20 x 0.05 x 0.3 x 0.7
    QVERIFY(taker.ok());
    QCOMPARE(*taker, Cash::fromMicros(210'000));
    QVERIFY(maker.ok());
    QVERIFY(maker->isZero());
}

QTEST_GUILESS_MAIN(TestPolymarketFeeModel)
#include "TestPolymarketFeeModel.moc"
