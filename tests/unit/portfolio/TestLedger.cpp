// The ledger books confirmed fills and resolutions into positions, realised P&L, volume and fees.
#include "portfolio/Ledger.h"

#include <QTest>

using namespace orion;

namespace {

const MarketKey kMarket{VenueId::Kalshi, QStringLiteral("KXLEDGER")};

Price dollars(const char* text)
{
    return Price::parseDollars(QString::fromLatin1(text)).value();
}

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromLatin1(text)).value();
}

LedgerFill fill(bool buy, const char* price, std::int64_t contracts, const char* fee, qint64 atMs)
{
    return LedgerFill{kMarket, Outcome::Yes, buy, dollars(price), Quantity::fromContracts(contracts), cash(fee), atMs};
}

} // namespace

class TestLedger final : public QObject
{
    Q_OBJECT

private slots:
    void fillsThenResolution_realisedPnlVolumeAndFees_matchHandComputed();
    void markedPnl_withoutMark_countsPositionAtZero();
    void oversell_isRefused_ledgerUnchanged();
};

void TestLedger::fillsThenResolution_realisedPnlVolumeAndFees_matchHandComputed()
{
    Ledger ledger;
    QVERIFY(ledger.applyFill(fill(true, "0.40", 10, "0.17", 1'000)).ok());
    QVERIFY(ledger.applyFill(fill(false, "0.50", 4, "0.05", 2'000)).ok());

    QVERIFY(ledger.settleMarket(kMarket, Outcome::Yes, 3'000).ok());

    // Sale: 0.282; resolution: 6 x $1 - 2.502 = 3.498.
    QCOMPARE(ledger.realizedPnl(), cash("3.78"));
    QCOMPARE(ledger.realizedPnlSince(2'500), cash("3.498"));
    QCOMPARE(ledger.volume(), cash("6.00"));
    QCOMPARE(ledger.fees(), cash("0.22"));
    QVERIFY(ledger.openPositions().isEmpty());
}

void TestLedger::markedPnl_withoutMark_countsPositionAtZero()
{
    Ledger ledger;
    QVERIFY(ledger.applyFill(fill(true, "0.40", 10, "0", 1'000)).ok());

    const Result<Cash> marked = ledger.markedPnl([](const MarketKey&, Outcome) { return std::optional<Price>(); });
    const Result<Cash> atBid =
        ledger.markedPnl([](const MarketKey&, Outcome) { return std::optional<Price>(Price::fromMicros(450'000)); });

    QCOMPARE(marked.value(), cash("-4.00"));
    QCOMPARE(atBid.value(), cash("0.50"));
}

void TestLedger::oversell_isRefused_ledgerUnchanged()
{
    Ledger ledger;
    QVERIFY(ledger.applyFill(fill(true, "0.40", 1, "0", 1'000)).ok());

    QVERIFY(!ledger.applyFill(fill(false, "0.40", 2, "0", 2'000)).ok());

    QCOMPARE(ledger.position(kMarket, Outcome::Yes)->quantity, Quantity::fromContracts(1));
    QCOMPARE(ledger.volume(), cash("0.40"));
}

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"
