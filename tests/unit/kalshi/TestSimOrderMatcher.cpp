#include "venues/sim/SimOrderMatcher.h"

#include <QTest>

using namespace orion;

namespace {

using M = SimOrderMatcher;

M::OrderRequest order(const char* account, M::Side side, std::int64_t priceMicros, std::int64_t hundredths,
                      M::TimeInForce tif = M::TimeInForce::GoodTillCancel)
{
    M::OrderRequest request;
    request.accountId = QString::fromUtf8(account);
    request.clientOrderId = QStringLiteral("c-") + QString::fromUtf8(account);
    request.side = side;
    request.priceMicros = priceMicros;
    request.quantityHundredths = hundredths;
    request.timeInForce = tif;
    return request;
}

} // namespace

class TestSimOrderMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void yesBookOrder_buyNo_isAskAtComplement();
    void submit_crossingBid_fillsAtMakerPriceBestFirst();
    void submit_samePrice_olderOrderFillsFirst();
    void submit_ioc_cancelsUnfilledRest();
    void submit_fokWithoutEnoughDepth_isKilledWithNoFills();
    void submit_fokWithEnoughDepth_fillsCompletely();
    void submit_postOnlyThatCrosses_isRejectedAndBookUnchanged();
    void submit_invalidPriceOrQuantity_isRejected_data();
    void submit_invalidPriceOrQuantity_isRejected();
    void selfTrade_cancelTaker_stopsAtOwnOrder();
    void selfTrade_cancelMaker_removesOwnOrderAndContinues();
    void cancel_restingOrder_leavesBookAndReportsRemaining();
    void reduce_partially_keepsPriority();
    void levelChanges_reportDeltasAndTotals();
    void replace_samePriceSmaller_keepsPriority();
    void replace_newPrice_losesPriorityKeepsId();
    void replace_crossingPrice_tradesAtOnce();
    void replace_notResting_isRejected();
};

void TestSimOrderMatcher::yesBookOrder_buyNo_isAskAtComplement()
{
    const auto buyNo = M::yesBookOrder(M::Outcome::No, M::Action::Buy, 300'000);
    const auto sellNo = M::yesBookOrder(M::Outcome::No, M::Action::Sell, 250'000);
    const auto buyYes = M::yesBookOrder(M::Outcome::Yes, M::Action::Buy, 400'000);

    QCOMPARE(buyNo.side, M::Side::Ask);
    QCOMPARE(buyNo.priceMicros, 700'000);
    QCOMPARE(sellNo.side, M::Side::Bid);
    QCOMPARE(sellNo.priceMicros, 750'000);
    QCOMPARE(buyYes.side, M::Side::Bid);
    QCOMPARE(buyYes.priceMicros, 400'000);
}

void TestSimOrderMatcher::submit_crossingBid_fillsAtMakerPriceBestFirst()
{
    M matcher;
    QCOMPARE(matcher.submit(order("mm", M::Side::Ask, 450'000, 1000)).status, M::Status::Resting);
    QCOMPARE(matcher.submit(order("mm", M::Side::Ask, 420'000, 500)).status, M::Status::Resting);

    const auto result = matcher.submit(order("taker", M::Side::Bid, 460'000, 1200));

    QCOMPARE(result.status, M::Status::Filled);
    QCOMPARE(result.fills.size(), std::size_t{2});
    QCOMPARE(result.fills[0].priceMicros, 420'000);
    QCOMPARE(result.fills[0].quantityHundredths, 500);
    QCOMPARE(result.fills[1].priceMicros, 450'000);
    QCOMPARE(result.fills[1].quantityHundredths, 700);
    QCOMPARE(result.fills[0].makerAccountId, QStringLiteral("mm"));
    QCOMPARE(result.fills[0].takerClientOrderId, QStringLiteral("c-taker"));
    QCOMPARE(matcher.asks().size(), std::size_t{1});
    QCOMPARE(matcher.asks()[0].quantityHundredths, 300);
}

void TestSimOrderMatcher::submit_samePrice_olderOrderFillsFirst()
{
    M matcher;
    const auto first = matcher.submit(order("a", M::Side::Bid, 500'000, 100));
    const auto second = matcher.submit(order("b", M::Side::Bid, 500'000, 100));

    const auto result = matcher.submit(order("c", M::Side::Ask, 500'000, 150));

    QCOMPARE(result.fills.size(), std::size_t{2});
    QCOMPARE(result.fills[0].makerOrderId, first.orderId);
    QCOMPARE(result.fills[0].quantityHundredths, 100);
    QCOMPARE(result.fills[1].makerOrderId, second.orderId);
    QCOMPARE(result.fills[1].quantityHundredths, 50);
    QCOMPARE(matcher.order(second.orderId)->remainingHundredths, 50);
}

void TestSimOrderMatcher::submit_ioc_cancelsUnfilledRest()
{
    M matcher;
    matcher.submit(order("mm", M::Side::Ask, 400'000, 100));

    const auto result = matcher.submit(order("t", M::Side::Bid, 400'000, 300, M::TimeInForce::ImmediateOrCancel));

    QCOMPARE(result.status, M::Status::Cancelled);
    QCOMPARE(result.filledHundredths, 100);
    QCOMPARE(result.cancelledHundredths, 200);
    QVERIFY(matcher.bids().empty());
}

void TestSimOrderMatcher::submit_fokWithoutEnoughDepth_isKilledWithNoFills()
{
    M matcher;
    matcher.submit(order("mm", M::Side::Ask, 400'000, 100));

    const auto result = matcher.submit(order("t", M::Side::Bid, 400'000, 101, M::TimeInForce::FillOrKill));

    QCOMPARE(result.status, M::Status::Killed);
    QVERIFY(result.fills.empty());
    QCOMPARE(matcher.asks()[0].quantityHundredths, 100);
}

void TestSimOrderMatcher::submit_fokWithEnoughDepth_fillsCompletely()
{
    M matcher;
    matcher.submit(order("mm", M::Side::Ask, 400'000, 100));
    matcher.submit(order("mm", M::Side::Ask, 410'000, 100));

    const auto result = matcher.submit(order("t", M::Side::Bid, 410'000, 150, M::TimeInForce::FillOrKill));

    QCOMPARE(result.status, M::Status::Filled);
    QCOMPARE(result.filledHundredths, 150);
}

void TestSimOrderMatcher::submit_postOnlyThatCrosses_isRejectedAndBookUnchanged()
{
    M matcher;
    matcher.submit(order("mm", M::Side::Ask, 400'000, 100));
    auto request = order("t", M::Side::Bid, 400'000, 100);
    request.postOnly = true;

    const auto result = matcher.submit(request);

    QCOMPARE(result.status, M::Status::Rejected);
    QCOMPARE(result.rejectCode, QStringLiteral("post_only_cross"));
    QCOMPARE(matcher.asks()[0].quantityHundredths, 100);
    QVERIFY(matcher.bids().empty());
}

void TestSimOrderMatcher::submit_invalidPriceOrQuantity_isRejected_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("code");
    QTest::newRow("zero price") << qint64{0} << qint64{100} << QStringLiteral("invalid_price");
    QTest::newRow("one dollar") << qint64{1'000'000} << qint64{100} << QStringLiteral("invalid_price");
    QTest::newRow("zero quantity") << qint64{500'000} << qint64{0} << QStringLiteral("invalid_quantity");
    QTest::newRow("negative quantity") << qint64{500'000} << qint64{-5} << QStringLiteral("invalid_quantity");
}

void TestSimOrderMatcher::submit_invalidPriceOrQuantity_isRejected()
{
    QFETCH(qint64, price);
    QFETCH(qint64, quantity);
    QFETCH(QString, code);
    M matcher;

    const auto result = matcher.submit(order("a", M::Side::Bid, price, quantity));

    QCOMPARE(result.status, M::Status::Rejected);
    QCOMPARE(result.rejectCode, code);
    QVERIFY(result.orderId.isEmpty());
}

void TestSimOrderMatcher::selfTrade_cancelTaker_stopsAtOwnOrder()
{
    M matcher;
    matcher.submit(order("other", M::Side::Ask, 400'000, 100));
    matcher.submit(order("me", M::Side::Ask, 410'000, 100));
    matcher.submit(order("other", M::Side::Ask, 420'000, 100));

    const auto result = matcher.submit(order("me", M::Side::Bid, 420'000, 300));

    QCOMPARE(result.status, M::Status::Cancelled);
    QCOMPARE(result.filledHundredths, 100);
    QCOMPARE(result.cancelledHundredths, 200);
    QVERIFY(matcher.bids().empty());
    QCOMPARE(matcher.asks().size(), std::size_t{2});
}

void TestSimOrderMatcher::selfTrade_cancelMaker_removesOwnOrderAndContinues()
{
    M matcher;
    const auto own = matcher.submit(order("me", M::Side::Ask, 400'000, 100));
    matcher.submit(order("other", M::Side::Ask, 410'000, 100));
    auto request = order("me", M::Side::Bid, 410'000, 100);
    request.selfTrade = M::SelfTradePrevention::CancelMaker;

    const auto result = matcher.submit(request);

    QCOMPARE(result.status, M::Status::Filled);
    QCOMPARE(result.fills.size(), std::size_t{1});
    QCOMPARE(result.fills[0].makerAccountId, QStringLiteral("other"));
    QCOMPARE(result.cancelledMakers.size(), std::size_t{1});
    QCOMPARE(result.cancelledMakers[0].orderId, own.orderId);
    QVERIFY(!matcher.order(own.orderId));
}

void TestSimOrderMatcher::cancel_restingOrder_leavesBookAndReportsRemaining()
{
    M matcher;
    const auto placed = matcher.submit(order("a", M::Side::Bid, 300'000, 500));
    matcher.submit(order("b", M::Side::Ask, 300'000, 200));

    const auto cancelled = matcher.cancel(placed.orderId);

    QVERIFY(cancelled);
    QCOMPARE(cancelled->remainingHundredths, 300);
    QVERIFY(matcher.bids().empty());
    QVERIFY(!matcher.cancel(placed.orderId));
}

void TestSimOrderMatcher::reduce_partially_keepsPriority()
{
    M matcher;
    const auto first = matcher.submit(order("a", M::Side::Bid, 300'000, 500));
    matcher.submit(order("b", M::Side::Bid, 300'000, 500));

    const auto reduced = matcher.reduce(first.orderId, 200);
    const auto hit = matcher.submit(order("c", M::Side::Ask, 300'000, 100));

    QCOMPARE(reduced->remainingHundredths, 300);
    QCOMPARE(hit.fills[0].makerOrderId, first.orderId);
}

void TestSimOrderMatcher::levelChanges_reportDeltasAndTotals()
{
    M matcher;
    matcher.submit(order("a", M::Side::Bid, 300'000, 500));
    matcher.submit(order("b", M::Side::Bid, 300'000, 200));
    matcher.submit(order("c", M::Side::Ask, 300'000, 600));

    const auto changes = matcher.takeLevelChanges();

    QCOMPARE(changes.size(), std::size_t{4});
    QCOMPARE(changes[0].deltaHundredths, 500);
    QCOMPARE(changes[0].newTotalHundredths, 500);
    QCOMPARE(changes[1].newTotalHundredths, 700);
    QCOMPARE(changes[2].deltaHundredths, -500);
    QCOMPARE(changes[2].newTotalHundredths, 200);
    QCOMPARE(changes[3].deltaHundredths, -100);
    QCOMPARE(changes[3].newTotalHundredths, 100);
    QVERIFY(matcher.takeLevelChanges().empty());
}

void TestSimOrderMatcher::replace_samePriceSmaller_keepsPriority()
{
    M matcher;
    const QString first = matcher.submit(order("a", M::Side::Bid, 500'000, 1'000)).orderId;
    (void)matcher.submit(order("b", M::Side::Bid, 500'000, 1'000));

    const auto amended = matcher.replace(first, order("a", M::Side::Bid, 500'000, 400));
    const auto sale = matcher.submit(order("c", M::Side::Ask, 500'000, 400, M::TimeInForce::ImmediateOrCancel));

    QCOMPARE(amended.status, M::Status::Resting);
    QCOMPARE(amended.orderId, first);
    QCOMPARE(sale.fills.size(), std::size_t{1});
    QCOMPARE(sale.fills[0].makerOrderId, first);
    QVERIFY(!matcher.order(first).has_value());
}

void TestSimOrderMatcher::replace_newPrice_losesPriorityKeepsId()
{
    M matcher;
    const QString first = matcher.submit(order("a", M::Side::Bid, 500'000, 1'000)).orderId;
    (void)matcher.submit(order("b", M::Side::Bid, 510'000, 1'000));

    // To 0.51, behind b's order already there.
    const auto amended = matcher.replace(first, order("a", M::Side::Bid, 510'000, 1'000));
    const auto sale = matcher.submit(order("c", M::Side::Ask, 510'000, 1'000, M::TimeInForce::ImmediateOrCancel));

    QCOMPARE(amended.status, M::Status::Resting);
    QCOMPARE(amended.orderId, first);
    QCOMPARE(sale.fills.at(0).makerAccountId, QStringLiteral("b"));
    QCOMPARE(matcher.order(first)->remainingHundredths, 1'000);
    QCOMPARE(matcher.bids(1).at(0).priceMicros, 510'000);
}

void TestSimOrderMatcher::replace_crossingPrice_tradesAtOnce()
{
    M matcher;
    (void)matcher.submit(order("mm", M::Side::Ask, 600'000, 300));
    const QString bid = matcher.submit(order("a", M::Side::Bid, 500'000, 500)).orderId;

    const auto amended = matcher.replace(bid, order("a", M::Side::Bid, 600'000, 500));

    QCOMPARE(amended.status, M::Status::Resting);
    QCOMPARE(amended.filledHundredths, 300);
    QCOMPARE(amended.fills.at(0).takerOrderId, bid);
    QCOMPARE(matcher.order(bid)->remainingHundredths, 200);
}

void TestSimOrderMatcher::replace_notResting_isRejected()
{
    M matcher;

    const auto amended = matcher.replace(QStringLiteral("nope"), order("a", M::Side::Bid, 500'000, 100));

    QCOMPARE(amended.status, M::Status::Rejected);
    QCOMPARE(amended.rejectCode, QStringLiteral("not_resting"));
    QVERIFY(matcher.bids().empty());
}

QTEST_GUILESS_MAIN(TestSimOrderMatcher)
#include "TestSimOrderMatcher.moc"
