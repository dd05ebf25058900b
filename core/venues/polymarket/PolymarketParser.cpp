#include "venues/polymarket/PolymarketParser.h"

#include "venues/VenueInputLimits.h"
#include "venues/polymarket/PolymarketFeeModel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace orion {

namespace {

const QString kParse = QStringLiteral("polymarket.parse");

Error parseError(const QString& message)
{
    return makeError(kParse, message);
}

Result<QJsonDocument> document(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return parseError(QStringLiteral("invalid JSON: ") + error.errorString());
    return doc;
}

Result<QJsonObject> object(const QByteArray& body)
{
    const Result<QJsonDocument> doc = document(body);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return parseError(QStringLiteral("expected a JSON object"));
    return doc->object();
}

// A decimal text from a string or a (config-like) number. Numbers are printed with up to 6 decimals.
Result<QString> decimalText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        QString text = QString::number(value.toDouble(), 'f', 6);
        while (text.contains(u'.') && text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
        return text;
    }
    return parseError(QStringLiteral("expected a decimal"));
}

QString stringOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

Result<bool> flag(const QJsonObject& json, const QString& key, bool fallback)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        return parseError(key + QStringLiteral(" is not a boolean"));
    return value.toBool();
}

// clobTokenIds / outcomes are JSON arrays encoded as strings; accept a plain array too.
Result<QStringList> encodedList(const QJsonValue& value, const QString& name)
{
    QJsonArray array;
    if (value.isArray()) {
        array = value.toArray();
    } else if (value.isString()) {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        if (!doc.isArray())
            return parseError(name + QStringLiteral(" is not a JSON-encoded array"));
        array = doc.array();
    } else {
        return parseError(name + QStringLiteral(" is missing"));
    }
    QStringList items;
    for (const QJsonValue& item : array) {
        if (!item.isString())
            return parseError(name + QStringLiteral(" holds a non-string"));
        items.append(item.toString());
    }
    return items;
}

Result<std::vector<PriceLevel>> levels(const QJsonValue& value, bool descending)
{
    if (!value.isArray())
        return parseError(QStringLiteral("book side is not an array"));
    if (value.toArray().size() > VenueInputLimits::kMaxBookLevels)
        return parseError(QStringLiteral("book side has too many levels"));
    std::vector<PriceLevel> result;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject level = item.toObject();
        const Result<Price> price = PolymarketParser::parsePrice(level.value(QStringLiteral("price")));
        const Result<Quantity> size = PolymarketParser::parseSize(level.value(QStringLiteral("size")));
        if (!price || !size)
            return parseError(QStringLiteral("bad book level"));
        if (size->isZero())
            continue;
        result.push_back(PriceLevel{*price, *size});
    }
    // The venue's order is not to be trusted (best price last in captures): sort.
    std::sort(result.begin(), result.end(), [descending](const PriceLevel& a, const PriceLevel& b) {
        return descending ? a.price > b.price : a.price < b.price;
    });
    for (std::size_t i = 1; i < result.size(); ++i) {
        if (result[i].price == result[i - 1].price)
            return parseError(QStringLiteral("duplicate book level"));
    }
    return result;
}

QDateTime fromSeconds(const QJsonValue& value)
{
    const qint64 seconds = value.isString() ? value.toString().toLongLong() : value.toInteger();
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

Result<bool> side(const QJsonValue& value)
{
    const QString text = value.toString().toUpper();
    if (text == QStringLiteral("BUY"))
        return true;
    if (text == QStringLiteral("SELL"))
        return false;
    return parseError(QStringLiteral("side is neither BUY nor SELL"));
}

// A list of ids (trade ids, canceled order ids): absent is empty, every item a well-formed id.
Result<QStringList> ids(const QJsonValue& value, const QString& name)
{
    const QJsonArray array = value.toArray();
    if (array.size() > VenueInputLimits::kMaxListItems)
        return parseError(name + QStringLiteral(" has too many items"));
    QStringList result;
    for (const QJsonValue& item : array) {
        if (!VenueInputLimits::isWellFormedId(item.toString()))
            return parseError(name + QStringLiteral(" holds a malformed id"));
        result.append(item.toString());
    }
    return result;
}

// Optional ids (empty: absent) must be well-formed; required ones are checked for emptiness by the caller first.
Status checkIds(std::initializer_list<std::pair<const char*, const QString*>> fields)
{
    for (const auto& [name, id] : fields) {
        if (!id->isEmpty() && !VenueInputLimits::isWellFormedId(*id))
            return parseError(QLatin1String(name) + QStringLiteral(" is not a well-formed id"));
    }
    return {};
}

Status checkTexts(std::initializer_list<std::pair<const char*, const QString*>> fields)
{
    for (const auto& [name, text] : fields) {
        if (!VenueInputLimits::isBoundedText(*text))
            return parseError(QLatin1String(name) + QStringLiteral(" is too long"));
    }
    return {};
}

template <typename T, typename F>
Result<PolymarketPage<T>> page(const QByteArray& body, F parseOne)
{
    const Result<QJsonObject> json = object(body);
    if (!json)
        return json.error();
    const QJsonValue data = json->value(QStringLiteral("data"));
    if (!data.isArray())
        return parseError(QStringLiteral("page without data array"));
    PolymarketPage<T> result;
    result.nextCursor = json->value(QStringLiteral("next_cursor")).toString();
    if (!VenueInputLimits::isWellFormedCursor(result.nextCursor))
        return parseError(QStringLiteral("next_cursor is not a well-formed cursor"));
    for (const QJsonValue& item : data.toArray()) {
        Result<T> parsed = parseOne(item.toObject());
        if (parsed)
            result.items.append(std::move(parsed).value());
        else
            ++result.rejectedRecords;
    }
    return result;
}

} // namespace

Result<Price> PolymarketParser::parsePrice(const QJsonValue& value)
{
    const Result<QString> text = decimalText(value);
    if (!text)
        return parseError(QStringLiteral("price missing"));
    const Result<Price> price = Price::parseDollars(*text);
    if (!price)
        return parseError(QStringLiteral("price: ") + price.error().message);
    return *price;
}

Result<Quantity> PolymarketParser::parseSize(const QJsonValue& value)
{
    const Result<QString> text = decimalText(value);
    if (!text)
        return parseError(QStringLiteral("size missing"));
    QString truncated = *text;
    const qsizetype dot = truncated.indexOf(u'.');
    if (dot >= 0 && truncated.size() - dot - 1 > 2) {
        for (qsizetype i = dot + 3; i < truncated.size(); ++i) {
            if (!truncated.at(i).isDigit())
                return parseError(QStringLiteral("size is not a decimal"));
        }
        truncated.truncate(dot + 3); // floor: never count more than is there
    }
    const Result<Quantity> size = Quantity::parse(truncated);
    if (!size)
        return parseError(QStringLiteral("size: ") + size.error().message);
    if (!VenueInputLimits::isSaneCount(*size))
        return parseError(QStringLiteral("size is beyond a billion contracts"));
    return *size;
}

QString PolymarketParser::tradeStatus(const QString& raw)
{
    QString status = raw.toUpper();
    if (status.startsWith(QStringLiteral("TRADE_STATUS_")))
        status.remove(0, 13);
    return status;
}

Result<PolymarketGammaMarket> PolymarketParser::gammaMarket(const QJsonObject& json)
{
    PolymarketGammaMarket market;
    market.gammaId = stringOf(json.value(QStringLiteral("id")));
    market.conditionId = json.value(QStringLiteral("conditionId")).toString();
    market.question = json.value(QStringLiteral("question")).toString();
    market.slug = json.value(QStringLiteral("slug")).toString();
    market.description = json.value(QStringLiteral("description")).toString();
    market.category = json.value(QStringLiteral("category")).toString();
    const QJsonArray events = json.value(QStringLiteral("events")).toArray();
    if (!events.isEmpty())
        market.eventId = stringOf(events.first().toObject().value(QStringLiteral("id")));
    if (market.conditionId.isEmpty() || market.question.isEmpty())
        return parseError(QStringLiteral("market without conditionId or question"));
    const Status marketIds = checkIds({{"id", &market.gammaId}, {"conditionId", &market.conditionId},
                                       {"events[0].id", &market.eventId}});
    if (!marketIds)
        return marketIds.error();
    const Status marketTexts = checkTexts({{"question", &market.question}, {"slug", &market.slug},
                                           {"description", &market.description}, {"category", &market.category}});
    if (!marketTexts)
        return parseError(QStringLiteral("market %1: %2").arg(market.conditionId, marketTexts.error().message));

    const Result<QStringList> tokens = encodedList(json.value(QStringLiteral("clobTokenIds")), QStringLiteral("clobTokenIds"));
    const Result<QStringList> outcomes = encodedList(json.value(QStringLiteral("outcomes")), QStringLiteral("outcomes"));
    if (!tokens)
        return tokens.error();
    if (!outcomes)
        return outcomes.error();
    if (tokens->size() != 2 || outcomes->size() != 2)
        return parseError(QStringLiteral("market %1 is not binary").arg(market.conditionId));
    // Map by outcome name: the order of `outcomes` is the order of `clobTokenIds`, but YES is not always first.
    for (int i = 0; i < 2; ++i) {
        const QString outcome = outcomes->at(i).trimmed().toLower();
        if (outcome == QStringLiteral("yes"))
            market.yesTokenId = tokens->at(i);
        else if (outcome == QStringLiteral("no"))
            market.noTokenId = tokens->at(i);
    }
    if (market.yesTokenId.isEmpty() || market.noTokenId.isEmpty())
        return parseError(QStringLiteral("market %1 has no Yes/No outcomes").arg(market.conditionId));
    const Status tokenIds = checkIds({{"yes token id", &market.yesTokenId}, {"no token id", &market.noTokenId}});
    if (!tokenIds)
        return parseError(QStringLiteral("market %1: %2").arg(market.conditionId, tokenIds.error().message));

    const QString end = json.value(QStringLiteral("endDate")).toString();
    market.endDate = QDateTime::fromString(end, Qt::ISODateWithMs);
    if (!market.endDate.isValid())
        market.endDate = QDateTime::fromString(end, Qt::ISODate);
    const Result<bool> active = flag(json, QStringLiteral("active"), false);
    const Result<bool> closed = flag(json, QStringLiteral("closed"), false);
    const Result<bool> accepting = flag(json, QStringLiteral("acceptingOrders"), false);
    const Result<bool> negRisk = flag(json, QStringLiteral("negRisk"), false);
    if (!active || !closed || !accepting || !negRisk)
        return parseError(QStringLiteral("market %1 has a malformed flag").arg(market.conditionId));
    market.active = *active;
    market.closed = *closed;
    market.acceptingOrders = *accepting;
    market.negRisk = *negRisk;

    const Result<Price> tick = parsePrice(json.value(QStringLiteral("orderPriceMinTickSize")));
    const Result<Quantity> minSize = parseSize(json.value(QStringLiteral("orderMinSize")));
    if (!tick || tick->isZero() || !minSize)
        return parseError(QStringLiteral("market %1 has no tick size or minimum size").arg(market.conditionId));
    market.tickSize = *tick;
    market.minimumOrderSize = *minSize;

    market.fees = PolymarketFeeModel::fromGamma(json.value(QStringLiteral("feesEnabled")),
                                                json.value(QStringLiteral("feeSchedule")).toObject());
    market.rawJson = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return market;
}

Result<PolymarketGammaPage> PolymarketParser::gammaKeysetPage(const QByteArray& body)
{
    const Result<QJsonObject> json = object(body);
    if (!json)
        return json.error();
    const QJsonValue markets = json->value(QStringLiteral("markets"));
    if (!markets.isArray())
        return parseError(QStringLiteral("keyset page without a markets array"));
    PolymarketGammaPage page;
    page.nextCursor = json->value(QStringLiteral("next_cursor")).toString();
    if (!VenueInputLimits::isWellFormedCursor(page.nextCursor))
        return parseError(QStringLiteral("next_cursor is not a well-formed cursor"));
    for (const QJsonValue& item : markets.toArray()) {
        Result<PolymarketGammaMarket> market = gammaMarket(item.toObject());
        if (market)
            page.markets.append(std::move(market).value());
        else
            ++page.rejectedRecords;
    }
    return page;
}

Result<PolymarketClobMarket> PolymarketParser::clobMarket(const QByteArray& body)
{
    const Result<QJsonObject> json = object(body);
    if (!json)
        return json.error();
    PolymarketClobMarket market;
    market.conditionId = json->value(QStringLiteral("c")).toString();
    for (const QJsonValue& token : json->value(QStringLiteral("t")).toArray()) {
        const QString outcome = token.toObject().value(QStringLiteral("o")).toString().toLower();
        const QString id = token.toObject().value(QStringLiteral("t")).toString();
        if (outcome == QStringLiteral("yes"))
            market.yesTokenId = id;
        else if (outcome == QStringLiteral("no"))
            market.noTokenId = id;
    }
    if (market.conditionId.isEmpty() || market.yesTokenId.isEmpty() || market.noTokenId.isEmpty())
        return parseError(QStringLiteral("clob market without condition id or Yes/No tokens"));
    const Status clobIds = checkIds({{"c", &market.conditionId}, {"yes token id", &market.yesTokenId},
                                     {"no token id", &market.noTokenId}});
    if (!clobIds)
        return clobIds.error();
    const Result<Price> tick = parsePrice(json->value(QStringLiteral("mts")));
    const Result<Quantity> minSize = parseSize(json->value(QStringLiteral("mos")));
    if (!tick || tick->isZero() || !minSize)
        return parseError(QStringLiteral("clob market without tick or minimum size"));
    market.tickSize = *tick;
    market.minimumOrderSize = *minSize;
    const Result<bool> negRisk = flag(*json, QStringLiteral("nr"), false);
    const Result<bool> accepting = flag(*json, QStringLiteral("ao"), true);
    if (!negRisk || !accepting)
        return parseError(QStringLiteral("clob market with malformed flags"));
    market.negRisk = *negRisk;
    market.acceptingOrders = *accepting;
    market.fees = PolymarketFeeModel::fromClobFeeData(json->value(QStringLiteral("fd")).toObject());
    return market;
}

Result<PolymarketBook> PolymarketParser::book(const QJsonObject& json)
{
    PolymarketBook book;
    book.market = json.value(QStringLiteral("market")).toString();
    book.assetId = json.value(QStringLiteral("asset_id")).toString();
    if (book.assetId.isEmpty())
        return parseError(QStringLiteral("book without asset_id"));
    book.hash = json.value(QStringLiteral("hash")).toString();
    const Status bookIds = checkIds({{"market", &book.market}, {"asset_id", &book.assetId}, {"hash", &book.hash}});
    if (!bookIds)
        return bookIds.error();
    const Result<std::vector<PriceLevel>> bids = levels(json.value(QStringLiteral("bids")), true);
    const Result<std::vector<PriceLevel>> asks = levels(json.value(QStringLiteral("asks")), false);
    if (!bids)
        return bids.error();
    if (!asks)
        return asks.error();
    book.bids = *bids;
    book.asks = *asks;
    book.timestampMs = json.value(QStringLiteral("timestamp")).toString().toLongLong();
    if (json.contains(QStringLiteral("tick_size"))) {
        const Result<Price> tick = parsePrice(json.value(QStringLiteral("tick_size")));
        if (tick)
            book.tickSize = *tick;
    }
    return book;
}

Result<PolymarketOrderResponse> PolymarketParser::orderResponse(const QJsonObject& json)
{
    PolymarketOrderResponse response;
    response.success = json.value(QStringLiteral("success")).toBool(false);
    response.errorMessage = json.value(QStringLiteral("errorMsg")).toString();
    response.orderId = json.value(QStringLiteral("orderID")).toString();
    response.status = json.value(QStringLiteral("status")).toString().toLower();
    if (response.success && response.orderId.isEmpty())
        return parseError(QStringLiteral("order accepted without an orderID"));
    const Status responseIds = checkIds({{"orderID", &response.orderId}, {"status", &response.status}});
    if (!responseIds)
        return responseIds.error();
    const Status responseText = checkTexts({{"errorMsg", &response.errorMessage}});
    if (!responseText)
        return responseText.error();
    const Result<QStringList> tradeIds = ids(json.value(QStringLiteral("tradeIDs")), QStringLiteral("tradeIDs"));
    if (!tradeIds)
        return tradeIds.error();
    response.tradeIds = *tradeIds;
    return response;
}

Result<PolymarketOpenOrder> PolymarketParser::openOrder(const QJsonObject& json)
{
    PolymarketOpenOrder order;
    order.id = json.value(QStringLiteral("id")).toString();
    order.status = json.value(QStringLiteral("status")).toString().toUpper();
    order.market = json.value(QStringLiteral("market")).toString();
    order.assetId = json.value(QStringLiteral("asset_id")).toString();
    const Result<bool> buy = side(json.value(QStringLiteral("side")));
    const Result<Quantity> original = parseSize(json.value(QStringLiteral("original_size")));
    const Result<Quantity> matched = parseSize(json.value(QStringLiteral("size_matched")));
    const Result<Price> price = parsePrice(json.value(QStringLiteral("price")));
    if (order.id.isEmpty() || !buy || !original || !matched || !price)
        return parseError(QStringLiteral("malformed order record"));
    order.buy = *buy;
    order.originalSize = *original;
    order.sizeMatched = *matched;
    order.price = *price;
    order.outcome = json.value(QStringLiteral("outcome")).toString();
    order.orderType = json.value(QStringLiteral("order_type")).toString();
    order.createdAt = fromSeconds(json.value(QStringLiteral("created_at")));
    order.expiresAt = fromSeconds(json.value(QStringLiteral("expiration")));
    if (json.contains(QStringLiteral("type")) && !json.contains(QStringLiteral("status")))
        order.status = json.value(QStringLiteral("type")).toString().toUpper(); // WS: PLACEMENT/UPDATE/CANCELLATION
    const Status orderIds = checkIds({{"id", &order.id}, {"status", &order.status}, {"market", &order.market},
                                      {"asset_id", &order.assetId}, {"order_type", &order.orderType}});
    if (!orderIds)
        return orderIds.error();
    const Status orderTexts = checkTexts({{"outcome", &order.outcome}});
    if (!orderTexts)
        return orderTexts.error();
    const Result<QStringList> tradeIds = ids(json.value(QStringLiteral("associate_trades")), QStringLiteral("associate_trades"));
    if (!tradeIds)
        return tradeIds.error();
    order.tradeIds = *tradeIds;
    return order;
}

Result<PolymarketTrade> PolymarketParser::trade(const QJsonObject& json)
{
    PolymarketTrade trade;
    trade.id = json.value(QStringLiteral("id")).toString();
    trade.takerOrderId = json.value(QStringLiteral("taker_order_id")).toString();
    trade.market = json.value(QStringLiteral("market")).toString();
    trade.assetId = json.value(QStringLiteral("asset_id")).toString();
    const Result<bool> buy = side(json.value(QStringLiteral("side")));
    const Result<Quantity> size = parseSize(json.value(QStringLiteral("size")));
    const Result<Price> price = parsePrice(json.value(QStringLiteral("price")));
    if (trade.id.isEmpty() || !buy || !size || !price)
        return parseError(QStringLiteral("malformed trade record"));
    trade.buy = *buy;
    trade.size = *size;
    trade.price = *price;
    trade.status = tradeStatus(json.value(QStringLiteral("status")).toString());
    trade.outcome = json.value(QStringLiteral("outcome")).toString();
    trade.traderSide = json.value(QStringLiteral("trader_side")).toString().toUpper();
    trade.transactionHash = json.value(QStringLiteral("transaction_hash")).toString();
    trade.matchTime = fromSeconds(json.contains(QStringLiteral("match_time")) ? json.value(QStringLiteral("match_time"))
                                                                              : json.value(QStringLiteral("matchtime")));
    const Status tradeIds = checkIds({{"id", &trade.id}, {"taker_order_id", &trade.takerOrderId},
                                      {"market", &trade.market}, {"asset_id", &trade.assetId},
                                      {"status", &trade.status}, {"trader_side", &trade.traderSide},
                                      {"transaction_hash", &trade.transactionHash}});
    if (!tradeIds)
        return tradeIds.error();
    const Status tradeTexts = checkTexts({{"outcome", &trade.outcome}});
    if (!tradeTexts)
        return tradeTexts.error();
    const QJsonArray makers = json.value(QStringLiteral("maker_orders")).toArray();
    if (makers.size() > VenueInputLimits::kMaxListItems)
        return parseError(QStringLiteral("trade %1 has too many maker orders").arg(trade.id));
    for (const QJsonValue& item : makers) {
        const QJsonObject maker = item.toObject();
        PolymarketMakerOrder makerOrder;
        makerOrder.orderId = maker.value(QStringLiteral("order_id")).toString();
        makerOrder.assetId = maker.value(QStringLiteral("asset_id")).toString();
        makerOrder.makerAddress = maker.value(QStringLiteral("maker_address")).toString();
        makerOrder.outcome = maker.value(QStringLiteral("outcome")).toString();
        const Result<Quantity> amount = parseSize(maker.value(QStringLiteral("matched_amount")));
        const Result<Price> makerPrice = parsePrice(maker.value(QStringLiteral("price")));
        const Status makerIds = checkIds({{"order_id", &makerOrder.orderId}, {"asset_id", &makerOrder.assetId},
                                          {"maker_address", &makerOrder.makerAddress}});
        const Status makerTexts = checkTexts({{"outcome", &makerOrder.outcome}});
        if (makerOrder.orderId.isEmpty() || !amount || !makerPrice || !makerIds || !makerTexts)
            return parseError(QStringLiteral("malformed maker order in trade %1").arg(trade.id));
        makerOrder.matchedAmount = *amount;
        makerOrder.price = *makerPrice;
        makerOrder.buy = maker.value(QStringLiteral("side")).toString().toUpper() != QStringLiteral("SELL");
        trade.makerOrders.append(makerOrder);
    }
    return trade;
}

Result<PolymarketPage<PolymarketOpenOrder>> PolymarketParser::openOrdersPage(const QByteArray& body)
{
    return page<PolymarketOpenOrder>(body, &PolymarketParser::openOrder);
}

Result<PolymarketPage<PolymarketTrade>> PolymarketParser::tradesPage(const QByteArray& body)
{
    return page<PolymarketTrade>(body, &PolymarketParser::trade);
}

Result<PolymarketCancelResult> PolymarketParser::cancelResult(const QByteArray& body)
{
    const Result<QJsonObject> json = object(body);
    if (!json)
        return json.error();
    PolymarketCancelResult result;
    const Result<QStringList> canceled = ids(json->value(QStringLiteral("canceled")), QStringLiteral("canceled"));
    if (!canceled)
        return canceled.error();
    result.canceled = *canceled;
    const QJsonObject notCanceled = json->value(QStringLiteral("not_canceled")).toObject();
    if (notCanceled.size() > VenueInputLimits::kMaxListItems)
        return parseError(QStringLiteral("not_canceled has too many items"));
    for (auto it = notCanceled.constBegin(); it != notCanceled.constEnd(); ++it) {
        if (!VenueInputLimits::isWellFormedId(it.key()))
            return parseError(QStringLiteral("not_canceled holds a malformed id"));
        // The reason is shown and logged only: cut short.
        result.notCanceled.append({it.key(), it.value().toString().left(VenueInputLimits::kMaxTextLength)});
    }
    return result;
}

Result<QList<PolymarketPosition>> PolymarketParser::positions(const QByteArray& body, int* rejected)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isArray())
        return parseError(QStringLiteral("positions: not an array"));
    QList<PolymarketPosition> positions;
    for (const QJsonValue& item : document.array()) {
        const QJsonObject json = item.toObject();
        PolymarketPosition position;
        position.conditionId = json.value(QStringLiteral("conditionId")).toString();
        position.assetId = json.value(QStringLiteral("asset")).toString();
        position.outcome = json.value(QStringLiteral("outcome")).toString();
        const Result<Quantity> size = parseSize(json.value(QStringLiteral("size")));
        const Status texts = checkIds({{"conditionId", &position.conditionId}, {"asset", &position.assetId}});
        if (!size || !texts || position.conditionId.isEmpty() || position.assetId.isEmpty()) {
            ++*rejected;
            continue;
        }
        position.size = *size;
        positions.append(position);
    }
    return positions;
}

Result<Cash> PolymarketParser::balance(const QByteArray& body)
{
    const Result<QJsonObject> json = object(body);
    if (!json)
        return json.error();
    const Result<Cash> cash = Cash::parseBaseUnits(json->value(QStringLiteral("balance")).toString());
    if (!cash)
        return parseError(QStringLiteral("balance: ") + cash.error().message);
    if (!VenueInputLimits::isSaneCash(*cash))
        return parseError(QStringLiteral("balance is beyond a billion dollars"));
    return *cash;
}

Result<QStringList> PolymarketParser::apiCredentials(const QByteArray& body)
{
    const Result<QJsonObject> json = object(body);
    if (!json)
        return json.error();
    const QStringList values{json->value(QStringLiteral("apiKey")).toString(),
                             json->value(QStringLiteral("secret")).toString(),
                             json->value(QStringLiteral("passphrase")).toString()};
    for (const QString& value : values) {
        if (value.isEmpty())
            return parseError(QStringLiteral("API credentials incomplete"));
        if (!VenueInputLimits::isWellFormedId(value))
            return parseError(QStringLiteral("API credentials malformed"));
    }
    return values;
}

Result<int> PolymarketParser::version(const QByteArray& body)
{
    const Result<QJsonObject> json = object(body);
    if (!json)
        return json.error();
    const QJsonValue value = json->value(QStringLiteral("version"));
    if (value.isUndefined())
        return 2; // the official client's default
    const int version = value.toInt(0);
    if (version < 1 || version > 3)
        return parseError(QStringLiteral("unknown exchange version"));
    return version;
}

Result<qint64> PolymarketParser::serverTime(const QByteArray& body)
{
    bool ok = false;
    const qint64 seconds = body.trimmed().toLongLong(&ok);
    if (!ok || seconds <= 0)
        return parseError(QStringLiteral("server time is not a unix timestamp"));
    return seconds;
}

Result<QList<PolymarketWsEvent>> PolymarketParser::wsFrame(const QByteArray& text, int* rejected)
{
    const Result<QJsonDocument> doc = document(text);
    if (!doc)
        return doc.error();
    QJsonArray items;
    if (doc->isArray())
        items = doc->array();
    else if (doc->isObject())
        items.append(doc->object());
    else
        return parseError(QStringLiteral("frame is neither an object nor an array"));
    QList<PolymarketWsEvent> events;
    for (const QJsonValue& item : items) {
        const QJsonObject json = item.toObject();
        const QString type = json.value(QStringLiteral("event_type")).toString();
        PolymarketWsEvent event;
        event.market = json.value(QStringLiteral("market")).toString();
        event.assetId = json.value(QStringLiteral("asset_id")).toString();
        event.timestampMs = json.value(QStringLiteral("timestamp")).toString().toLongLong();
        bool ok = checkIds({{"market", &event.market}, {"asset_id", &event.assetId}}).ok();
        if (!ok) {
            // counted below
        } else if (type == QStringLiteral("book")) {
            event.type = PolymarketWsEvent::Type::Book;
            Result<PolymarketBook> parsed = book(json);
            ok = parsed.ok();
            if (ok)
                event.book = std::move(parsed).value();
        } else if (type == QStringLiteral("price_change")) {
            event.type = PolymarketWsEvent::Type::PriceChange;
            const QJsonArray changes = json.value(QStringLiteral("price_changes")).toArray();
            ok = changes.size() <= VenueInputLimits::kMaxBookLevels;
            for (const QJsonValue& change : ok ? changes : QJsonArray()) {
                const QJsonObject c = change.toObject();
                const Result<Price> price = parsePrice(c.value(QStringLiteral("price")));
                const Result<Quantity> size = parseSize(c.value(QStringLiteral("size")));
                const Result<bool> bid = side(c.value(QStringLiteral("side")));
                const QString asset = c.value(QStringLiteral("asset_id")).toString();
                if (!price || !size || !bid || !VenueInputLimits::isWellFormedId(asset)) {
                    ok = false;
                    break;
                }
                event.priceChanges.append({asset, *price, *size, *bid});
            }
            ok = ok && !event.priceChanges.isEmpty();
        } else if (type == QStringLiteral("last_trade_price")) {
            event.type = PolymarketWsEvent::Type::LastTradePrice;
            const Result<Price> price = parsePrice(json.value(QStringLiteral("price")));
            const Result<Quantity> size = parseSize(json.value(QStringLiteral("size")));
            ok = price.ok() && size.ok();
            if (ok) {
                event.price = *price;
                event.size = *size;
            }
        } else if (type == QStringLiteral("tick_size_change")) {
            event.type = PolymarketWsEvent::Type::TickSizeChange;
            const Result<Price> tick = parsePrice(json.value(QStringLiteral("new_tick_size")));
            ok = tick.ok() && !tick->isZero();
            if (ok)
                event.price = *tick;
        } else if (type == QStringLiteral("order")) {
            event.type = PolymarketWsEvent::Type::Order;
            Result<PolymarketOpenOrder> parsed = openOrder(json);
            ok = parsed.ok();
            if (ok) {
                event.order = std::move(parsed).value();
                event.order.status = json.value(QStringLiteral("type")).toString().toUpper();
            }
        } else if (type == QStringLiteral("trade")) {
            event.type = PolymarketWsEvent::Type::Trade;
            Result<PolymarketTrade> parsed = trade(json);
            ok = parsed.ok();
            if (ok)
                event.trade = std::move(parsed).value();
        }
        if (!ok) {
            if (rejected)
                ++*rejected;
            continue;
        }
        events.append(std::move(event));
    }
    return events;
}

} // namespace orion
