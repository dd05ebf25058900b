// Exposure limits checked before a trade.
#include "risk/RiskManager.h"

#include <QTest>

using namespace orion;

namespace {

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromLatin1(text)).value();
}

} // namespace

class TestRiskManager final : public QObject
{
    Q_OBJECT

private slots:
    void reserve_beyondEachLimit_isRefusedWithThatLimitsCode();
    void release_freesRoomForTheNextTrade();
};

void TestRiskManager::reserve_beyondEachLimit_isRefusedWithThatLimitsCode()
{
    RiskManager risk(RiskLimits{2, cash("100"), cash("150")});
    QVERIFY(risk.reserve(QStringLiteral("t1"), QStringLiteral("fed"), cash("60")).ok());

    const Status perEvent = risk.reserve(QStringLiteral("t2"), QStringLiteral("fed"), cash("40.000001"));
    const Status total = risk.reserve(QStringLiteral("t2"), QStringLiteral("cpi"), cash("90.000001"));
    QVERIFY(risk.reserve(QStringLiteral("t2"), QStringLiteral("cpi"), cash("90")).ok());
    const Status count = risk.reserve(QStringLiteral("t3"), QStringLiteral("gdp"), cash("0.01"));

    QCOMPARE(perEvent.error().code, QStringLiteral("risk.max_exposure_per_event"));
    QCOMPARE(total.error().code, QStringLiteral("risk.max_total_exposure"));
    QCOMPARE(count.error().code, QStringLiteral("risk.max_open_positions"));
    QCOMPARE(risk.totalExposure(), cash("150"));
    QCOMPARE(risk.openPositions(), 2);
}

void TestRiskManager::release_freesRoomForTheNextTrade()
{
    RiskManager risk(RiskLimits{1, cash("100"), cash("100")});
    QVERIFY(risk.reserve(QStringLiteral("t1"), QStringLiteral("fed"), cash("100")).ok());
    QVERIFY(!risk.check(QStringLiteral("fed"), cash("1")).ok());

    risk.release(QStringLiteral("t1"));

    QVERIFY(risk.check(QStringLiteral("fed"), cash("100")).ok());
    QCOMPARE(risk.eventExposure(QStringLiteral("fed")), Cash::zero());
}

QTEST_GUILESS_MAIN(TestRiskManager)
#include "TestRiskManager.moc"
