// Every Kalshi REST body parser on the same bytes: whatever a parser accepts must be in range.

#include "FuzzSupport.h"
#include "KalshiChecks.h"

#include "venues/kalshi/KalshiParser.h"

using namespace orion;
using namespace orion::fuzz;

namespace {

void checkMarket(const KalshiMarket& market)
{
    checkId(market.ticker);
    checkId(market.eventTicker);
    checkId(market.status);
    for (const QString* text : {&market.title, &market.yesSubTitle, &market.noSubTitle, &market.rulesPrimary,
                                &market.rulesSecondary})
        checkText(*text);
    ORION_FUZZ_CHECK(market.closeTime.isValid());
    if (market.yesBid)
        checkPrice(*market.yesBid);
    if (market.yesAsk)
        checkPrice(*market.yesAsk);
    for (const KalshiPriceRange& range : market.priceRanges) {
        checkPrice(range.start);
        checkPrice(range.end);
        checkPrice(range.step);
        ORION_FUZZ_CHECK(!range.step.isZero() && range.start <= range.end);
    }
}

void checkOrder(const KalshiOrder& order)
{
    checkId(order.orderId);
    checkId(order.ticker);
    checkId(order.status);
    checkOptionalId(order.clientOrderId);
    checkOptionalId(order.timeInForce);
    checkPrice(order.yesPrice);
    checkCount(order.initialCount);
    checkCount(order.fillCount);
    checkCount(order.remainingCount);
    checkCash(order.takerFillCost);
    checkCash(order.makerFillCost);
    ORION_FUZZ_CHECK(order.fees.micros() >= -2 * VenueInputLimits::kMaxCashMicros
                     && order.fees.micros() <= 2 * VenueInputLimits::kMaxCashMicros);
}

void checkAck(const KalshiCreateOrderAck& ack)
{
    checkId(ack.orderId);
    checkOptionalId(ack.clientOrderId);
    checkCount(ack.fillCount);
    checkCount(ack.remainingCount);
    if (ack.averageFillPrice)
        checkPrice(*ack.averageFillPrice);
}

template <typename T, typename Check>
void checkPage(const Result<KalshiPage<T>>& page, Check checkOne)
{
    if (!page.ok())
        return;
    ORION_FUZZ_CHECK(VenueInputLimits::isWellFormedCursor(page->cursor));
    ORION_FUZZ_CHECK(page->rejected == page->problems.size());
    for (const T& item : page->items)
        checkOne(item);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = bytes(data, size);

    const Error error = KalshiParser::parseError(400, body);
    ORION_FUZZ_CHECK(!error.code.isEmpty() && error.code.size() <= VenueInputLimits::kMaxIdLength + 16);
    ORION_FUZZ_CHECK(error.message.size() <= VenueInputLimits::kMaxTextLength);

    checkPage(KalshiParser::parseMarketsPage(body), checkMarket);
    if (const auto market = KalshiParser::parseMarketResponse(body); market.ok())
        checkMarket(market.value());
    checkPage(KalshiParser::parseEventsPage(body), [](const KalshiEvent& event) {
        checkId(event.eventTicker);
        checkId(event.seriesTicker);
        checkText(event.title);
        checkText(event.subTitle);
        checkOptionalId(event.feeTypeOverride);
        if (event.feeMultiplierOverride)
            ORION_FUZZ_CHECK(event.feeMultiplierOverride->ppm() >= 0);
        for (const KalshiMarket& market : event.markets)
            checkMarket(market);
    });
    if (const auto series = KalshiParser::parseSeries(body); series.ok()) {
        checkId(series->ticker);
        checkId(series->feeType);
        checkText(series->title);
        ORION_FUZZ_CHECK(series->feeMultiplier.ppm() >= 0);
    }
    if (const auto book = KalshiParser::parseOrderbook(body); book.ok()) {
        checkLevels(book->yesBids);
        checkLevels(book->noBids);
        ORION_FUZZ_CHECK(book->yesAsks.empty() && book->noAsks.empty());
    }
    if (const auto balance = KalshiParser::parseBalance(body); balance.ok()) {
        checkCash(balance->balance);
        checkCash(balance->portfolioValue);
        ORION_FUZZ_CHECK(balance->balance.micros() % Cash::kMicrosPerCent == 0);
    }
    checkPage(KalshiParser::parsePositionsPage(body), [](const KalshiPosition& position) {
        checkId(position.ticker);
        checkCount(position.position, true);
        checkCash(position.marketExposure);
        checkCash(position.realizedPnl);
        checkCash(position.feesPaid);
    });
    if (const auto order = KalshiParser::parseOrderResponse(body); order.ok())
        checkOrder(order.value());
    checkPage(KalshiParser::parseOrdersPage(body), checkOrder);
    checkPage(KalshiParser::parseFillsPage(body), checkFill);
    if (const auto ack = KalshiParser::parseCreateOrderResponse(body); ack.ok())
        checkAck(ack.value());
    if (const auto batch = KalshiParser::parseBatchCreateResponse(body); batch.ok()) {
        for (const KalshiBatchCreateResult& result : batch.value()) {
            checkOptionalId(result.clientOrderId);
            ORION_FUZZ_CHECK(!result.ack || (result.errorCode.isEmpty() && result.errorMessage.isEmpty()));
            ORION_FUZZ_CHECK(result.errorCode.size() <= VenueInputLimits::kMaxIdLength);
            checkText(result.errorMessage);
            if (result.ack)
                checkAck(*result.ack);
        }
    }
    if (const auto cancel = KalshiParser::parseCancelResponse(body); cancel.ok()) {
        checkId(cancel->orderId);
        checkOptionalId(cancel->clientOrderId);
        checkCount(cancel->reducedBy);
    }
    return 0;
}
