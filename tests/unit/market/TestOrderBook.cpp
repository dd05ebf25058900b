#include "market/OrderBook.h"

#include <QTest>

#include <map>
#include <random>

using namespace orion;

namespace {

Price dollars(const char* text)
{
    return Price::parseDollars(QString::fromUtf8(text)).value();
}

PriceLevel level(const char* price, qint64 contracts)
{
    return PriceLevel{dollars(price), Quantity::fromContracts(contracts)};
}

BookDelta delta(Outcome outcome, BookSide side, const char* price, qint64 contracts, qint64 sequence = 0,
                BookDelta::Mode mode = BookDelta::Mode::Set)
{
    BookDelta d;
    d.outcome = outcome;
    d.side = side;
    d.price = dollars(price);
    d.size = Quantity::fromContracts(contracts);
    d.mode = mode;
    d.sequence = sequence;
    return d;
}

// A Kalshi-style book: YES bids 0.40 x 10, 0.42 x 5; NO bids 0.56 x 7, 0.50 x 3 (YES asks 0.44 and 0.50).
OrderBook kalshiBook(qint64 sequence = 1)
{
    BookSnapshot snapshot;
    snapshot.yesBids = {level("0.40", 10), level("0.42", 5)};
    snapshot.noBids = {level("0.56", 7), level("0.50", 3)};
    snapshot.sequence = sequence;
    OrderBook book;
    book.applySnapshot(snapshot, 1000);
    return book;
}

} // namespace

class TestOrderBook final : public QObject
{
    Q_OBJECT

private slots:
    void applySnapshot_withYesAndNoBids_showsNoBidsAsYesAsksAtTheComplement();
    void asksOfNo_areYesBidsComplemented_bestFirst();
    void applyDelta_noBid_changesTheYesAskAtTheComplement();
    void applyDelta_setToZero_removesTheLevel();
    void applyDelta_addThatWouldGoNegative_marksBookGapped();
    void applyDelta_withSequenceGap_marksBookGappedAndIgnoresLaterDeltas();
    void applySnapshot_afterGap_makesBookLiveAgain();
    void applyDelta_beforeAnySnapshot_isIgnored();
    void markDisconnected_makesBookNotLive();
    void ageMs_growsUntilAnUpdateOrConfirmation();
    void isCrossed_whenBestBidReachesBestAsk_isTrue();
    void askSizeUpTo_sumsLevelsAtOrBelowTheLimit();
    void randomDeltas_keepBothOutcomesConsistentWithAReferenceModel();
};

void TestOrderBook::applySnapshot_withYesAndNoBids_showsNoBidsAsYesAsksAtTheComplement()
{
    const OrderBook book = kalshiBook();

    // Kalshi's own example: best NO bid $0.56 -> best YES ask $0.44 (reference/kalshi.md).
    QCOMPARE(book.bestAsk(Outcome::Yes).value(), level("0.44", 7));
    QCOMPARE(book.bestBid(Outcome::Yes).value(), level("0.42", 5));
    QCOMPARE(book.bestBid(Outcome::No).value(), level("0.56", 7));
    QCOMPARE(book.bestAsk(Outcome::No).value(), level("0.58", 5));
    QVERIFY(book.isLive());
}

void TestOrderBook::asksOfNo_areYesBidsComplemented_bestFirst()
{
    const OrderBook book = kalshiBook();

    const BookLadder noAsks = book.asks(Outcome::No);

    QCOMPARE(noAsks.size(), std::size_t{2});
    QCOMPARE(noAsks.at(0), level("0.58", 5));
    QCOMPARE(noAsks.at(1), level("0.60", 10));
}

void TestOrderBook::applyDelta_noBid_changesTheYesAskAtTheComplement()
{
    OrderBook book = kalshiBook();

    const auto result = book.applyDelta(delta(Outcome::No, BookSide::Bid, "0.57", 4, 2), 2000);

    QCOMPARE(result, OrderBook::DeltaResult::Applied);
    QCOMPARE(book.bestAsk(Outcome::Yes).value(), level("0.43", 4));
    QCOMPARE(book.asks(Outcome::Yes).size(), std::size_t{3});
    QCOMPARE(book.sequence(), qint64(2));
}

void TestOrderBook::applyDelta_setToZero_removesTheLevel()
{
    OrderBook book = kalshiBook();

    book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.42", 0, 2), 2000);

    QCOMPARE(book.bestBid(Outcome::Yes).value(), level("0.40", 10));
    QCOMPARE(book.bids(Outcome::Yes).size(), std::size_t{1});
}

void TestOrderBook::applyDelta_addThatWouldGoNegative_marksBookGapped()
{
    OrderBook book = kalshiBook();

    const auto result =
        book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.42", -6, 2, BookDelta::Mode::Add), 2000);

    QCOMPARE(result, OrderBook::DeltaResult::Gap);
    QCOMPARE(book.status(), OrderBook::Status::Gapped);
}

void TestOrderBook::applyDelta_withSequenceGap_marksBookGappedAndIgnoresLaterDeltas()
{
    OrderBook book = kalshiBook(7);

    const auto gap = book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.43", 1, 9), 2000);
    const auto later = book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.43", 1, 10), 2001);

    QCOMPARE(gap, OrderBook::DeltaResult::Gap);
    QCOMPARE(later, OrderBook::DeltaResult::Ignored);
    QCOMPARE(book.status(), OrderBook::Status::Gapped);
    QCOMPARE(book.bestBid(Outcome::Yes).value(), level("0.42", 5));
}

void TestOrderBook::applySnapshot_afterGap_makesBookLiveAgain()
{
    OrderBook book = kalshiBook(7);
    book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.43", 1, 9), 2000);
    BookSnapshot fresh;
    fresh.yesBids = {level("0.45", 2)};
    fresh.sequence = 20;

    book.applySnapshot(fresh, 3000);

    QVERIFY(book.isLive());
    QCOMPARE(book.bestBid(Outcome::Yes).value(), level("0.45", 2));
    QVERIFY(!book.bestAsk(Outcome::Yes).has_value());
    QCOMPARE(book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.46", 1, 21), 3001),
             OrderBook::DeltaResult::Applied);
}

void TestOrderBook::applyDelta_beforeAnySnapshot_isIgnored()
{
    OrderBook book;

    const auto result = book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.40", 1), 1000);

    QCOMPARE(result, OrderBook::DeltaResult::Ignored);
    QCOMPARE(book.status(), OrderBook::Status::AwaitingSnapshot);
    QVERIFY(!book.bestBid(Outcome::Yes).has_value());
}

void TestOrderBook::markDisconnected_makesBookNotLive()
{
    OrderBook book = kalshiBook();

    book.markDisconnected();

    QVERIFY(!book.isLive());
    QCOMPARE(book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.43", 1, 2), 2000),
             OrderBook::DeltaResult::Ignored);
}

void TestOrderBook::ageMs_growsUntilAnUpdateOrConfirmation()
{
    OrderBook book = kalshiBook(); // updated at 1000

    const qint64 before = book.ageMs(1500);
    book.confirmCurrent(1600);
    const qint64 afterHeartbeat = book.ageMs(1700);
    book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.43", 1, 2), 1900);

    QCOMPARE(before, qint64(500));
    QCOMPARE(afterHeartbeat, qint64(100));
    QCOMPARE(book.ageMs(1950), qint64(50));
}

void TestOrderBook::isCrossed_whenBestBidReachesBestAsk_isTrue()
{
    OrderBook book = kalshiBook();
    QVERIFY(!book.isCrossed());

    book.applyDelta(delta(Outcome::Yes, BookSide::Bid, "0.44", 1, 2), 2000);

    QVERIFY(book.isCrossed());
}

void TestOrderBook::askSizeUpTo_sumsLevelsAtOrBelowTheLimit()
{
    const OrderBook book = kalshiBook();

    QCOMPARE(book.askSizeUpTo(Outcome::Yes, dollars("0.44")), Quantity::fromContracts(7));
    QCOMPARE(book.askSizeUpTo(Outcome::Yes, dollars("0.50")), Quantity::fromContracts(10));
    QCOMPARE(book.askSizeUpTo(Outcome::Yes, dollars("0.43")), Quantity::zero());
    QCOMPARE(book.bidSizeDownTo(Outcome::No, dollars("0.50")), Quantity::fromContracts(10));
}

void TestOrderBook::randomDeltas_keepBothOutcomesConsistentWithAReferenceModel()
{
    std::mt19937_64 rng(20261125);
    OrderBook book;
    book.applySnapshot(BookSnapshot{}, 0);
    // The reference: YES bids and YES asks by price in micros.
    std::map<qint64, qint64> yesBids;
    std::map<qint64, qint64> yesAsks;

    for (int i = 0; i < 20'000; ++i) {
        BookDelta d;
        d.outcome = (rng() & 1U) != 0 ? Outcome::Yes : Outcome::No;
        d.side = (rng() & 2U) != 0 ? BookSide::Bid : BookSide::Ask;
        d.price = Price::fromMicros(static_cast<qint64>(rng() % 101) * 10'000);
        d.size = Quantity::fromHundredths(static_cast<qint64>(rng() % 4) == 0 ? 0 : static_cast<qint64>(rng() % 5000));
        const bool toYesBids = (d.side == BookSide::Bid) == (d.outcome == Outcome::Yes);
        const qint64 price = d.outcome == Outcome::Yes ? d.price.micros() : 1'000'000 - d.price.micros();
        auto& side = toYesBids ? yesBids : yesAsks;
        if (d.size.isZero())
            side.erase(price);
        else
            side[price] = d.size.hundredths();

        QCOMPARE(book.applyDelta(d, i), OrderBook::DeltaResult::Applied);
    }

    const BookLadder bids = book.bids(Outcome::Yes);
    QCOMPARE(bids.size(), yesBids.size());
    std::size_t i = 0;
    for (auto it = yesBids.rbegin(); it != yesBids.rend(); ++it, ++i)
        QCOMPARE(bids.at(i), (PriceLevel{Price::fromMicros(it->first), Quantity::fromHundredths(it->second)}));
    const BookLadder noAsks = book.asks(Outcome::No);
    i = 0;
    for (auto it = yesBids.rbegin(); it != yesBids.rend(); ++it, ++i)
        QCOMPARE(noAsks.priceAt(i), Price::fromMicros(1'000'000 - it->first));
    const BookLadder asks = book.asks(Outcome::Yes);
    QCOMPARE(asks.size(), yesAsks.size());
    i = 0;
    for (auto it = yesAsks.begin(); it != yesAsks.end(); ++it, ++i)
        QCOMPARE(asks.at(i), (PriceLevel{Price::fromMicros(it->first), Quantity::fromHundredths(it->second)}));
}

QTEST_GUILESS_MAIN(TestOrderBook)
#include "TestOrderBook.moc"
