// Every Polymarket REST parser (Gamma and CLOB) on the same bytes, and the record parsers on the same object.

#include "FuzzSupport.h"
#include "PolymarketChecks.h"

#include "venues/polymarket/PolymarketParser.h"

#include <QJsonDocument>

using namespace orion;
using namespace orion::fuzz;

namespace {

void checkGammaMarket(const PolymarketGammaMarket& market)
{
    checkOptionalId(market.gammaId);
    checkId(market.conditionId);
    checkOptionalId(market.eventId);
    checkId(market.yesTokenId);
    checkId(market.noTokenId);
    for (const QString* text : {&market.question, &market.slug, &market.description, &market.category})
        checkText(*text);
    ORION_FUZZ_CHECK(!market.question.isEmpty());
    checkPrice(market.tickSize);
    ORION_FUZZ_CHECK(!market.tickSize.isZero());
    checkCount(market.minimumOrderSize);
}

template <typename T, typename Check>
void checkPage(const Result<PolymarketPage<T>>& page, Check checkOne)
{
    if (!page.ok())
        return;
    ORION_FUZZ_CHECK(VenueInputLimits::isWellFormedCursor(page->nextCursor));
    ORION_FUZZ_CHECK(page->rejectedRecords >= 0);
    for (const T& item : page->items)
        checkOne(item);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = bytes(data, size);

    if (const auto page = PolymarketParser::gammaKeysetPage(body); page.ok()) {
        ORION_FUZZ_CHECK(VenueInputLimits::isWellFormedCursor(page->nextCursor));
        for (const PolymarketGammaMarket& market : page->markets)
            checkGammaMarket(market);
    }
    if (const auto market = PolymarketParser::clobMarket(body); market.ok()) {
        checkId(market->conditionId);
        checkId(market->yesTokenId);
        checkId(market->noTokenId);
        checkPrice(market->tickSize);
        ORION_FUZZ_CHECK(!market->tickSize.isZero());
        checkCount(market->minimumOrderSize);
    }
    checkPage(PolymarketParser::openOrdersPage(body), checkOrder);
    checkPage(PolymarketParser::tradesPage(body), checkTrade);
    if (const auto cancel = PolymarketParser::cancelResult(body); cancel.ok()) {
        ORION_FUZZ_CHECK(cancel->canceled.size() <= VenueInputLimits::kMaxListItems);
        for (const QString& id : cancel->canceled)
            checkId(id);
        for (const auto& [id, reason] : cancel->notCanceled) {
            checkId(id);
            checkText(reason);
        }
    }
    if (const auto balance = PolymarketParser::balance(body); balance.ok()) {
        checkCash(balance.value());
        ORION_FUZZ_CHECK(!balance->isNegative());
    }
    if (const auto credentials = PolymarketParser::apiCredentials(body); credentials.ok()) {
        ORION_FUZZ_CHECK(credentials->size() == 3);
        for (const QString& part : credentials.value())
            checkId(part);
    }
    if (const auto version = PolymarketParser::version(body); version.ok())
        ORION_FUZZ_CHECK(version.value() >= 1 && version.value() <= 3);
    if (const auto time = PolymarketParser::serverTime(body); time.ok())
        ORION_FUZZ_CHECK(time.value() > 0);

    // The single-record parsers take an already parsed object.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        if (const auto market = PolymarketParser::gammaMarket(object); market.ok())
            checkGammaMarket(market.value());
        if (const auto book = PolymarketParser::book(object); book.ok())
            checkBookSides(book.value());
        if (const auto response = PolymarketParser::orderResponse(object); response.ok()) {
            checkOptionalId(response->orderId);
            checkOptionalId(response->status);
            checkText(response->errorMessage);
            ORION_FUZZ_CHECK(!response->success || !response->orderId.isEmpty());
            for (const QString& id : response->tradeIds)
                checkId(id);
        }
        if (const auto order = PolymarketParser::openOrder(object); order.ok())
            checkOrder(order.value());
        if (const auto trade = PolymarketParser::trade(object); trade.ok())
            checkTrade(trade.value());
    }
    // The bare value parsers, on the whole input as a JSON string.
    const QJsonValue text(QString::fromUtf8(body));
    if (const auto price = PolymarketParser::parsePrice(text); price.ok())
        checkPrice(price.value());
    if (const auto quantity = PolymarketParser::parseSize(text); quantity.ok())
        checkCount(quantity.value());
    return 0;
}
