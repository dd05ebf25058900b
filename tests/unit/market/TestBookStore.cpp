#include "market/BookStore.h"

#include <QTest>

using namespace orion;

namespace {

MarketKey kalshiKey(const char* ticker)
{
    return MarketKey{VenueId::Kalshi, QString::fromUtf8(ticker)};
}

BookSnapshot oneBid()
{
    BookSnapshot snapshot;
    snapshot.yesBids = {PriceLevel{Price::fromMicros(400'000), Quantity::fromContracts(1)}};
    return snapshot;
}

} // namespace

class TestBookStore final : public QObject
{
    Q_OBJECT

private slots:
    void ensure_sameKeyTwice_givesTheSameHandle();
    void ensure_sameIdOnTwoVenues_givesTwoMarkets();
    void ensure_newMarket_hasUnknownFeeAndNoBook();
    void upsert_existingMarket_replacesItsTermsAndKeepsItsBook();
    void markVenueDisconnected_affectsOnlyThatVenue();
};

void TestBookStore::ensure_sameKeyTwice_givesTheSameHandle()
{
    BookStore store;

    const MarketHandle first = store.ensure(kalshiKey("KX-A"));
    const MarketHandle second = store.ensure(kalshiKey("KX-A"));

    QCOMPARE(first, second);
    QCOMPARE(store.size(), std::size_t{1});
    QCOMPARE(store.find(kalshiKey("KX-A")).value(), first);
    QVERIFY(!store.find(kalshiKey("KX-B")).has_value());
}

void TestBookStore::ensure_sameIdOnTwoVenues_givesTwoMarkets()
{
    BookStore store;

    const MarketHandle kalshi = store.ensure(kalshiKey("X"));
    const MarketHandle polymarket = store.ensure(MarketKey{VenueId::Polymarket, QStringLiteral("X")});

    QVERIFY(!(kalshi == polymarket));
    QCOMPARE(store.market(polymarket).key.venue, VenueId::Polymarket);
}

void TestBookStore::ensure_newMarket_hasUnknownFeeAndNoBook()
{
    BookStore store;

    const MarketHandle handle = store.ensure(kalshiKey("KX-A"));

    QVERIFY(!store.market(handle).fees.isKnown());
    QCOMPARE(store.book(handle).status(), OrderBook::Status::AwaitingSnapshot);
}

void TestBookStore::upsert_existingMarket_replacesItsTermsAndKeepsItsBook()
{
    BookStore store;
    const MarketHandle handle = store.ensure(kalshiKey("KX-A"));
    store.applySnapshot(handle, oneBid(), 10);

    const MarketHandle again = store.upsert(Market{kalshiKey("KX-A"), QStringLiteral("Fed cuts"), FeeSchedule::free(),
                                                   Quantity::fromContracts(1), Quantity()});

    QCOMPARE(again, handle);
    QVERIFY(store.market(handle).fees.isKnown());
    QCOMPARE(store.market(handle).title, QStringLiteral("Fed cuts"));
    QVERIFY(store.book(handle).isLive());
}

void TestBookStore::markVenueDisconnected_affectsOnlyThatVenue()
{
    BookStore store;
    const MarketHandle kalshi = store.ensure(kalshiKey("KX-A"));
    const MarketHandle polymarket = store.ensure(MarketKey{VenueId::Polymarket, QStringLiteral("0xA")});
    store.applySnapshot(kalshi, oneBid(), 10);
    store.applySnapshot(polymarket, oneBid(), 10);

    store.markVenueDisconnected(VenueId::Polymarket);

    QVERIFY(store.book(kalshi).isLive());
    QCOMPARE(store.book(polymarket).status(), OrderBook::Status::Disconnected);
}

QTEST_GUILESS_MAIN(TestBookStore)
#include "TestBookStore.moc"
