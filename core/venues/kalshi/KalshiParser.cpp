#include "venues/kalshi/KalshiParser.h"

#include "venues/VenueInputLimits.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace orion {

namespace {

const QString kCode = QStringLiteral("kalshi.parse");

Error problem(const QString& message)
{
    return makeError(kCode, message);
}

Result<QJsonObject> objectOf(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return problem(QStringLiteral("body is not valid JSON: ") + parseError.errorString());
    if (!document.isObject())
        return problem(QStringLiteral("body is not a JSON object"));
    return document.object();
}

Result<QString> requiredString(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return problem(QStringLiteral("field '%1' is %2, expected a string")
                           .arg(key, value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a string")));
    if (value.toString().isEmpty())
        return problem(QStringLiteral("field '%1' is empty").arg(key));
    if (!VenueInputLimits::isBoundedText(value.toString()))
        return problem(QStringLiteral("field '%1' is longer than %2 characters").arg(key).arg(VenueInputLimits::kMaxTextLength));
    return value.toString();
}

// Tickers, ids and statuses: printable ASCII without spaces, at most VenueInputLimits::kMaxIdLength.
Result<QString> requiredId(const QJsonObject& object, const QString& key)
{
    const auto text = requiredString(object, key);
    if (!text.ok())
        return text.error();
    if (!VenueInputLimits::isWellFormedId(text.value()))
        return problem(QStringLiteral("field '%1' is not a well-formed id").arg(key));
    return text.value();
}

// Optional texts and ids into their targets; absent or not a string is empty, as before. The first one that is
// too long (or, for ids, not well-formed) is the error.
Status optionalTexts(const QJsonObject& object, std::initializer_list<std::pair<QString, QString*>> fields)
{
    for (const auto& [key, target] : fields) {
        const QJsonValue value = object.value(key);
        *target = value.isString() ? value.toString() : QString();
        if (!VenueInputLimits::isBoundedText(*target))
            return problem(QStringLiteral("field '%1' is longer than %2 characters").arg(key).arg(VenueInputLimits::kMaxTextLength));
    }
    return {};
}

Status optionalIds(const QJsonObject& object, std::initializer_list<std::pair<QString, QString*>> fields)
{
    for (const auto& [key, target] : fields) {
        const QJsonValue value = object.value(key);
        *target = value.isString() ? value.toString() : QString();
        if (!target->isEmpty() && !VenueInputLimits::isWellFormedId(*target))
            return problem(QStringLiteral("field '%1' is not a well-formed id").arg(key));
    }
    return {};
}

QString optionalString(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

Result<Price> requiredPrice(const QJsonObject& object, const QString& key)
{
    const auto text = requiredString(object, key);
    if (!text.ok())
        return text.error();
    const auto price = Price::parseDollars(text.value());
    if (!price.ok())
        return problem(QStringLiteral("field '%1' is not a dollar price: %2").arg(key, price.error().message));
    return price.value();
}

Result<Quantity> requiredCount(const QJsonObject& object, const QString& key, bool allowNegative = false)
{
    const auto text = requiredString(object, key);
    if (!text.ok())
        return text.error();
    const auto count = allowNegative ? Quantity::parseSigned(text.value()) : Quantity::parse(text.value());
    if (!count.ok())
        return problem(QStringLiteral("field '%1' is not a contract count: %2").arg(key, count.error().message));
    if (!VenueInputLimits::isSaneCount(count.value()))
        return problem(QStringLiteral("field '%1' is beyond a billion contracts").arg(key));
    return count.value();
}

Result<Cash> requiredCash(const QJsonObject& object, const QString& key)
{
    const auto text = requiredString(object, key);
    if (!text.ok())
        return text.error();
    const auto cash = Cash::parseDollars(text.value());
    if (!cash.ok())
        return problem(QStringLiteral("field '%1' is not a dollar amount: %2").arg(key, cash.error().message));
    if (!VenueInputLimits::isSaneCash(cash.value()))
        return problem(QStringLiteral("field '%1' is beyond a billion dollars").arg(key));
    return cash.value();
}

// Absent, null or unreadable is zero (older records leave these out); a readable amount must be sane, or a
// hostile pair such as taker + maker fees would overflow the sum.
Result<Cash> optionalCash(const QJsonObject& object, const QString& key)
{
    const auto cash = Cash::parseDollars(optionalString(object, key));
    if (!cash.ok())
        return Cash::zero();
    if (!VenueInputLimits::isSaneCash(cash.value()))
        return problem(QStringLiteral("field '%1' is beyond a billion dollars").arg(key));
    return cash.value();
}

Result<Cash> requiredCents(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return problem(QStringLiteral("field '%1' is not a number of cents").arg(key));
    // Integer cents travel as JSON numbers; anything with a fraction or beyond 2^53 is not trusted.
    const double number = value.toDouble();
    const qint64 cents = value.toInteger(-1);
    if (number != static_cast<double>(cents) || number > 9.0e15 || number < -9.0e15)
        return problem(QStringLiteral("field '%1' is not a whole number of cents").arg(key));
    const auto cash = Cash::parseCents(QString::number(cents));
    if (!cash.ok())
        return problem(QStringLiteral("field '%1': %2").arg(key, cash.error().message));
    if (!VenueInputLimits::isSaneCash(cash.value()))
        return problem(QStringLiteral("field '%1' is beyond a billion dollars").arg(key));
    return cash.value();
}

// Absent or null is shard 0 (records from before sharding); otherwise a whole number 0-63.
Result<int> optionalShard(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    const qint64 index = value.isDouble() ? value.toInteger(-1) : -1;
    if (index < 0 || index > 63 || static_cast<double>(index) != value.toDouble())
        return problem(QStringLiteral("field '%1' is not an exchange shard index").arg(key));
    return static_cast<int>(index);
}

QDateTime optionalTime(const QJsonObject& object, const QString& key)
{
    return QDateTime::fromString(optionalString(object, key), Qt::ISODateWithMs);
}

Result<bool> requiredSide(const QJsonObject& object, const QString& key)
{
    const auto side = requiredString(object, key);
    if (!side.ok())
        return side.error();
    if (side.value() == QLatin1String("bid"))
        return true;
    if (side.value() == QLatin1String("ask"))
        return false;
    return problem(QStringLiteral("field '%1' is '%2', expected bid or ask").arg(key, side.value()));
}

Result<std::vector<PriceLevel>> levels(const QJsonValue& value, const QString& key, bool complement)
{
    std::vector<PriceLevel> result;
    if (value.isUndefined() || value.isNull())
        return result; // an empty side is absent
    if (!value.isArray())
        return problem(QStringLiteral("field '%1' is not an array").arg(key));
    if (value.toArray().size() > VenueInputLimits::kMaxBookLevels)
        return problem(QStringLiteral("field '%1' has more than %2 levels").arg(key).arg(VenueInputLimits::kMaxBookLevels));
    for (const QJsonValue& entry : value.toArray()) {
        const QJsonArray pair = entry.toArray();
        if (!entry.isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return problem(QStringLiteral("field '%1' has a level that is not [price, count] strings").arg(key));
        const auto price = Price::parseDollars(pair.at(0).toString());
        const auto size = Quantity::parse(pair.at(1).toString());
        if (!price.ok())
            return problem(QStringLiteral("field '%1' has a bad price: %2").arg(key, price.error().message));
        if (!size.ok())
            return problem(QStringLiteral("field '%1' has a bad count: %2").arg(key, size.error().message));
        if (!VenueInputLimits::isSaneCount(size.value()))
            return problem(QStringLiteral("field '%1' has a count beyond a billion contracts").arg(key));
        result.push_back(PriceLevel{complement ? price->complement() : price.value(), size.value()});
    }
    return result;
}

template <typename T>
Result<KalshiPage<T>> page(const QByteArray& body, const QString& listKey,
                           const std::function<Result<T>(const QJsonObject&)>& parseOne)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    const QJsonValue list = object->value(listKey);
    if (!list.isArray() && !list.isNull())
        return problem(QStringLiteral("field '%1' is not an array").arg(listKey));
    KalshiPage<T> result;
    const QJsonValue cursor = object->value(QStringLiteral("cursor"));
    if (!cursor.isString() && !cursor.isNull() && !cursor.isUndefined())
        return problem(QStringLiteral("field 'cursor' is not a string"));
    result.cursor = cursor.toString();
    if (!VenueInputLimits::isWellFormedCursor(result.cursor))
        return problem(QStringLiteral("field 'cursor' is not a well-formed cursor"));
    int index = 0;
    for (const QJsonValue& entry : list.toArray()) {
        const auto item = entry.isObject() ? parseOne(entry.toObject()) : Result<T>(problem(QStringLiteral("not an object")));
        if (item.ok()) {
            result.items.append(item.value());
        } else {
            ++result.rejected;
            result.problems.append(QStringLiteral("%1[%2]: %3").arg(listKey).arg(index).arg(item.error().message));
        }
        ++index;
    }
    return result;
}

} // namespace

Error KalshiParser::parseError(int httpStatus, const QByteArray& body)
{
    const QString fallbackCode = QStringLiteral("kalshi.http_%1").arg(httpStatus);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue error = root.value(QStringLiteral("error"));
        const QJsonObject inner = error.isObject() ? error.toObject() : root;
        // The message is shown and logged: cut short. A code that is not id-like is not used as a code.
        if (error.isString())
            return makeError(httpStatus == 429 ? QStringLiteral("kalshi.rate_limited") : fallbackCode,
                             error.toString().left(VenueInputLimits::kMaxTextLength));
        QString code = optionalString(inner, QStringLiteral("code"));
        if (!code.isEmpty() && !VenueInputLimits::isWellFormedId(code))
            code.clear();
        const QString message = optionalString(inner, QStringLiteral("message")).left(VenueInputLimits::kMaxTextLength);
        if (!code.isEmpty() || !message.isEmpty())
            return makeError(code.isEmpty() ? fallbackCode : QStringLiteral("kalshi.") + code,
                             message.isEmpty() ? code : message);
    }
    return makeError(fallbackCode, QStringLiteral("HTTP %1 without a Kalshi error body").arg(httpStatus));
}

Result<KalshiMarket> KalshiParser::parseMarket(const QJsonObject& object)
{
    KalshiMarket market;
    const auto ticker = requiredId(object, QStringLiteral("ticker"));
    if (!ticker.ok())
        return ticker.error();
    market.ticker = ticker.value();
    auto fail = [&](const Error& error) {
        return problem(QStringLiteral("market %1: %2").arg(market.ticker, error.message));
    };
    const auto event = requiredId(object, QStringLiteral("event_ticker"));
    if (!event.ok())
        return fail(event.error());
    market.eventTicker = event.value();
    const auto status = requiredId(object, QStringLiteral("status"));
    if (!status.ok())
        return fail(status.error());
    market.status = status.value();
    const Status texts = optionalTexts(object, {{QStringLiteral("title"), &market.title},
                                                {QStringLiteral("yes_sub_title"), &market.yesSubTitle},
                                                {QStringLiteral("no_sub_title"), &market.noSubTitle},
                                                {QStringLiteral("rules_primary"), &market.rulesPrimary},
                                                {QStringLiteral("rules_secondary"), &market.rulesSecondary}});
    if (!texts.ok())
        return fail(texts.error());
    market.closeTime = optionalTime(object, QStringLiteral("close_time"));
    if (!market.closeTime.isValid())
        return fail(problem(QStringLiteral("field 'close_time' is not an RFC 3339 time")));
    for (const auto& [key, target] : {std::pair{QStringLiteral("yes_bid_dollars"), &market.yesBid},
                                      std::pair{QStringLiteral("yes_ask_dollars"), &market.yesAsk}}) {
        if (object.contains(key)) {
            const auto price = requiredPrice(object, key);
            if (!price.ok())
                return fail(price.error());
            *target = price.value();
        }
    }
    const QJsonValue ranges = object.value(QStringLiteral("price_ranges"));
    if (!ranges.isUndefined() && !ranges.isNull()) {
        if (!ranges.isArray())
            return fail(problem(QStringLiteral("field 'price_ranges' is not an array")));
        for (const QJsonValue& entry : ranges.toArray()) {
            const QJsonObject range = entry.toObject();
            const auto start = requiredPrice(range, QStringLiteral("start"));
            const auto end = requiredPrice(range, QStringLiteral("end"));
            const auto step = requiredPrice(range, QStringLiteral("step"));
            if (!start.ok() || !end.ok() || !step.ok() || step->isZero() || end.value() < start.value())
                return fail(problem(QStringLiteral("field 'price_ranges' has an invalid {start,end,step}")));
            market.priceRanges.append(KalshiPriceRange{start.value(), end.value(), step.value()});
        }
    }
    const auto shard = optionalShard(object, QStringLiteral("exchange_index"));
    if (!shard.ok())
        return fail(shard.error());
    market.exchangeIndex = shard.value();
    market.rawJson = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return market;
}

Result<KalshiPage<KalshiMarket>> KalshiParser::parseMarketsPage(const QByteArray& body)
{
    return page<KalshiMarket>(body, QStringLiteral("markets"), &KalshiParser::parseMarket);
}

Result<KalshiMarket> KalshiParser::parseMarketResponse(const QByteArray& body)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    if (!object->value(QStringLiteral("market")).isObject())
        return problem(QStringLiteral("field 'market' is not an object"));
    return parseMarket(object->value(QStringLiteral("market")).toObject());
}

Result<KalshiEvent> KalshiParser::parseEvent(const QJsonObject& object)
{
    KalshiEvent event;
    const auto ticker = requiredId(object, QStringLiteral("event_ticker"));
    if (!ticker.ok())
        return ticker.error();
    event.eventTicker = ticker.value();
    const auto series = requiredId(object, QStringLiteral("series_ticker"));
    if (!series.ok())
        return problem(QStringLiteral("event %1: %2").arg(event.eventTicker, series.error().message));
    event.seriesTicker = series.value();
    const Status texts = optionalTexts(object, {{QStringLiteral("title"), &event.title},
                                                {QStringLiteral("sub_title"), &event.subTitle}});
    if (!texts.ok())
        return problem(QStringLiteral("event %1: %2").arg(event.eventTicker, texts.error().message));
    event.mutuallyExclusive = object.value(QStringLiteral("mutually_exclusive")).toBool(false);
    const Status feeType = optionalIds(object, {{QStringLiteral("fee_type_override"), &event.feeTypeOverride}});
    if (!feeType.ok())
        return problem(QStringLiteral("event %1: %2").arg(event.eventTicker, feeType.error().message));
    const QJsonValue multiplier = object.value(QStringLiteral("fee_multiplier_override"));
    if (multiplier.isDouble() || multiplier.isString()) {
        const auto ratio = Ratio::parse(multiplier.isString() ? multiplier.toString()
                                                              : QString::number(multiplier.toDouble(), 'f', 6));
        if (!ratio.ok())
            return problem(QStringLiteral("event %1: bad fee_multiplier_override").arg(event.eventTicker));
        event.feeMultiplierOverride = ratio.value();
    }
    for (const QJsonValue& entry : object.value(QStringLiteral("markets")).toArray()) {
        const auto market = parseMarket(entry.toObject());
        if (!market.ok())
            return problem(QStringLiteral("event %1: %2").arg(event.eventTicker, market.error().message));
        event.markets.append(market.value());
    }
    return event;
}

Result<KalshiPage<KalshiEvent>> KalshiParser::parseEventsPage(const QByteArray& body)
{
    return page<KalshiEvent>(body, QStringLiteral("events"), &KalshiParser::parseEvent);
}

Result<KalshiSeries> KalshiParser::parseSeries(const QByteArray& body)
{
    const auto root = objectOf(body);
    if (!root.ok())
        return root.error();
    const QJsonObject object = root->value(QStringLiteral("series")).toObject();
    KalshiSeries series;
    const auto ticker = requiredId(object, QStringLiteral("ticker"));
    if (!ticker.ok())
        return ticker.error();
    series.ticker = ticker.value();
    const Status title = optionalTexts(object, {{QStringLiteral("title"), &series.title}});
    if (!title.ok())
        return problem(QStringLiteral("series %1: %2").arg(series.ticker, title.error().message));
    const auto feeType = requiredId(object, QStringLiteral("fee_type"));
    if (!feeType.ok())
        return problem(QStringLiteral("series %1: %2").arg(series.ticker, feeType.error().message));
    series.feeType = feeType.value();
    const QJsonValue multiplier = object.value(QStringLiteral("fee_multiplier"));
    if (!multiplier.isDouble() && !multiplier.isString())
        return problem(QStringLiteral("series %1: field 'fee_multiplier' is missing or not a number").arg(series.ticker));
    // The API sends a JSON number; it is read through its 6-decimal text, so the ratio is exact in ppm.
    const auto ratio = Ratio::parse(multiplier.isString() ? multiplier.toString()
                                                          : QString::number(multiplier.toDouble(), 'f', 6));
    if (!ratio.ok())
        return problem(QStringLiteral("series %1: field 'fee_multiplier': %2").arg(series.ticker, ratio.error().message));
    series.feeMultiplier = ratio.value();
    return series;
}

Result<BookSnapshot> KalshiParser::parseOrderbookObject(const QJsonObject& orderbookFp)
{
    BookSnapshot snapshot;
    auto yes = levels(orderbookFp.value(QStringLiteral("yes_dollars")), QStringLiteral("yes_dollars"), false);
    if (!yes.ok())
        return yes.error();
    auto no = levels(orderbookFp.value(QStringLiteral("no_dollars")), QStringLiteral("no_dollars"), false);
    if (!no.ok())
        return no.error();
    snapshot.yesBids = std::move(yes).value();
    snapshot.noBids = std::move(no).value();
    return snapshot;
}

Result<BookSnapshot> KalshiParser::parseOrderbook(const QByteArray& body)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    const QJsonValue book = object->value(QStringLiteral("orderbook_fp"));
    if (!book.isObject())
        return problem(QStringLiteral("field 'orderbook_fp' is missing or not an object"));
    return parseOrderbookObject(book.toObject());
}

Result<KalshiBalance> KalshiParser::parseBalance(const QByteArray& body)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    KalshiBalance balance;
    const auto available = requiredCents(object.value(), QStringLiteral("balance"));
    if (!available.ok())
        return available.error();
    balance.balance = available.value();
    if (object->contains(QStringLiteral("portfolio_value"))) {
        const auto value = requiredCents(object.value(), QStringLiteral("portfolio_value"));
        if (!value.ok())
            return value.error();
        balance.portfolioValue = value.value();
    }
    balance.updatedTs = object->value(QStringLiteral("updated_ts")).toInteger();
    const QJsonValue breakdown = object->value(QStringLiteral("balance_breakdown"));
    if (!breakdown.isUndefined() && !breakdown.isNull()) {
        if (!breakdown.isArray())
            return problem(QStringLiteral("field 'balance_breakdown' is not an array"));
        for (const QJsonValue& entry : breakdown.toArray()) {
            if (!entry.isObject())
                return problem(QStringLiteral("field 'balance_breakdown' has a non-object entry"));
            const QJsonObject row = entry.toObject();
            if (!row.contains(QStringLiteral("exchange_index")))
                return problem(QStringLiteral("balance_breakdown entry without exchange_index"));
            const auto shard = optionalShard(row, QStringLiteral("exchange_index"));
            if (!shard.ok())
                return shard.error();
            const auto cash = requiredCash(row, QStringLiteral("balance"));
            if (!cash.ok())
                return problem(QStringLiteral("balance_breakdown shard %1: %2").arg(shard.value()).arg(cash.error().message));
            if (balance.onShard(shard.value()))
                return problem(QStringLiteral("balance_breakdown lists shard %1 twice").arg(shard.value()));
            balance.breakdown.append(KalshiShardBalance{shard.value(), cash.value()});
        }
    }
    return balance;
}

Result<KalshiPage<KalshiPosition>> KalshiParser::parsePositionsPage(const QByteArray& body)
{
    return page<KalshiPosition>(body, QStringLiteral("market_positions"), [](const QJsonObject& object) -> Result<KalshiPosition> {
        KalshiPosition position;
        const auto ticker = requiredId(object, QStringLiteral("ticker"));
        if (!ticker.ok())
            return ticker.error();
        position.ticker = ticker.value();
        const auto count = requiredCount(object, QStringLiteral("position_fp"), true);
        if (!count.ok())
            return count.error();
        position.position = count.value();
        const auto exposure = requiredCash(object, QStringLiteral("market_exposure_dollars"));
        if (!exposure.ok())
            return exposure.error();
        position.marketExposure = exposure.value();
        const auto pnl = optionalCash(object, QStringLiteral("realized_pnl_dollars"));
        if (!pnl.ok())
            return pnl.error();
        position.realizedPnl = pnl.value();
        const auto fees = optionalCash(object, QStringLiteral("fees_paid_dollars"));
        if (!fees.ok())
            return fees.error();
        position.feesPaid = fees.value();
        return position;
    });
}

Result<KalshiOrder> KalshiParser::parseOrder(const QJsonObject& object)
{
    KalshiOrder order;
    const auto id = requiredId(object, QStringLiteral("order_id"));
    if (!id.ok())
        return id.error();
    order.orderId = id.value();
    auto fail = [&](const Error& error) { return problem(QStringLiteral("order %1: %2").arg(order.orderId, error.message)); };
    const auto ticker = requiredId(object, QStringLiteral("ticker"));
    if (!ticker.ok())
        return fail(ticker.error());
    order.ticker = ticker.value();
    const auto side = requiredSide(object, QStringLiteral("book_side"));
    if (!side.ok())
        return fail(side.error());
    order.bid = side.value();
    const auto status = requiredId(object, QStringLiteral("status"));
    if (!status.ok())
        return fail(status.error());
    if (status.value() != QLatin1String("resting") && status.value() != QLatin1String("canceled")
        && status.value() != QLatin1String("executed"))
        return fail(problem(QStringLiteral("unknown status '%1'").arg(status.value())));
    order.status = status.value();
    const auto price = requiredPrice(object, QStringLiteral("yes_price_dollars"));
    if (!price.ok())
        return fail(price.error());
    order.yesPrice = price.value();
    const auto initial = requiredCount(object, QStringLiteral("initial_count_fp"));
    const auto filled = requiredCount(object, QStringLiteral("fill_count_fp"));
    const auto remaining = requiredCount(object, QStringLiteral("remaining_count_fp"));
    if (!initial.ok())
        return fail(initial.error());
    if (!filled.ok())
        return fail(filled.error());
    if (!remaining.ok())
        return fail(remaining.error());
    order.initialCount = initial.value();
    order.fillCount = filled.value();
    order.remainingCount = remaining.value();
    const Status ids = optionalIds(object, {{QStringLiteral("client_order_id"), &order.clientOrderId},
                                            {QStringLiteral("time_in_force"), &order.timeInForce}});
    if (!ids.ok())
        return fail(ids.error());
    const auto takerCost = optionalCash(object, QStringLiteral("taker_fill_cost_dollars"));
    const auto makerCost = optionalCash(object, QStringLiteral("maker_fill_cost_dollars"));
    const auto takerFees = optionalCash(object, QStringLiteral("taker_fees_dollars"));
    const auto makerFees = optionalCash(object, QStringLiteral("maker_fees_dollars"));
    for (const auto* amount : {&takerCost, &makerCost, &takerFees, &makerFees}) {
        if (!amount->ok())
            return fail(amount->error());
    }
    order.takerFillCost = takerCost.value();
    order.makerFillCost = makerCost.value();
    order.fees = takerFees.value() + makerFees.value(); // both sane: cannot overflow
    order.createdTime = optionalTime(object, QStringLiteral("created_time"));
    order.lastUpdateTime = optionalTime(object, QStringLiteral("last_update_time"));
    order.expirationTime = optionalTime(object, QStringLiteral("expiration_time"));
    const auto shard = optionalShard(object, QStringLiteral("exchange_index"));
    if (!shard.ok())
        return fail(shard.error());
    order.exchangeIndex = shard.value();
    return order;
}

Result<KalshiOrder> KalshiParser::parseOrderResponse(const QByteArray& body)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    if (!object->value(QStringLiteral("order")).isObject())
        return problem(QStringLiteral("field 'order' is not an object"));
    return parseOrder(object->value(QStringLiteral("order")).toObject());
}

Result<KalshiPage<KalshiOrder>> KalshiParser::parseOrdersPage(const QByteArray& body)
{
    return page<KalshiOrder>(body, QStringLiteral("orders"), &KalshiParser::parseOrder);
}

Result<KalshiFill> KalshiParser::parseFill(const QJsonObject& object)
{
    KalshiFill fill;
    const QString fillKey = object.contains(QStringLiteral("fill_id")) ? QStringLiteral("fill_id") : QStringLiteral("trade_id");
    const auto id = requiredId(object, fillKey);
    if (!id.ok())
        return id.error();
    fill.fillId = id.value();
    auto fail = [&](const Error& error) { return problem(QStringLiteral("fill %1: %2").arg(fill.fillId, error.message)); };
    const Status ids = optionalIds(object, {{QStringLiteral("trade_id"), &fill.tradeId},
                                            {QStringLiteral("client_order_id"), &fill.clientOrderId},
                                            {QStringLiteral("outcome_side"), &fill.outcomeSide}});
    if (!ids.ok())
        return fail(ids.error());
    const auto order = requiredId(object, QStringLiteral("order_id"));
    if (!order.ok())
        return fail(order.error());
    fill.orderId = order.value();
    const QString tickerKey = object.contains(QStringLiteral("ticker")) ? QStringLiteral("ticker") : QStringLiteral("market_ticker");
    const auto ticker = requiredId(object, tickerKey);
    if (!ticker.ok())
        return fail(ticker.error());
    fill.ticker = ticker.value();
    const auto side = requiredSide(object, QStringLiteral("book_side"));
    if (!side.ok())
        return fail(side.error());
    fill.bid = side.value();
    const auto price = requiredPrice(object, QStringLiteral("yes_price_dollars"));
    if (!price.ok())
        return fail(price.error());
    fill.yesPrice = price.value();
    const auto count = requiredCount(object, QStringLiteral("count_fp"));
    if (!count.ok())
        return fail(count.error());
    if (count->isZero())
        return fail(problem(QStringLiteral("field 'count_fp' is zero")));
    fill.count = count.value();
    const auto fee = requiredCash(object, QStringLiteral("fee_cost"));
    if (!fee.ok())
        return fail(fee.error());
    fill.fee = fee.value();
    const QJsonValue taker = object.value(QStringLiteral("is_taker"));
    if (!taker.isBool())
        return fail(problem(QStringLiteral("field 'is_taker' is not a boolean")));
    fill.isTaker = taker.toBool();
    if (object.contains(QStringLiteral("post_position_fp"))) {
        const auto post = requiredCount(object, QStringLiteral("post_position_fp"), true);
        if (!post.ok())
            return fail(post.error());
        fill.postPosition = post.value();
    }
    fill.createdTime = optionalTime(object, QStringLiteral("created_time"));
    if (!fill.createdTime.isValid() && object.value(QStringLiteral("ts_ms")).isDouble())
        fill.createdTime = QDateTime::fromMSecsSinceEpoch(object.value(QStringLiteral("ts_ms")).toInteger(), Qt::UTC);
    return fill;
}

Result<KalshiPage<KalshiFill>> KalshiParser::parseFillsPage(const QByteArray& body)
{
    return page<KalshiFill>(body, QStringLiteral("fills"), &KalshiParser::parseFill);
}

Result<KalshiCreateOrderAck> KalshiParser::parseCreateOrderAck(const QJsonObject& object)
{
    KalshiCreateOrderAck ack;
    const auto id = requiredId(object, QStringLiteral("order_id"));
    if (!id.ok())
        return id.error();
    ack.orderId = id.value();
    const Status clientId = optionalIds(object, {{QStringLiteral("client_order_id"), &ack.clientOrderId}});
    if (!clientId.ok())
        return clientId.error();
    const auto filled = requiredCount(object, QStringLiteral("fill_count"));
    if (!filled.ok())
        return filled.error();
    ack.fillCount = filled.value();
    const auto remaining = requiredCount(object, QStringLiteral("remaining_count"));
    if (!remaining.ok())
        return remaining.error();
    ack.remainingCount = remaining.value();
    if (object.contains(QStringLiteral("average_fill_price"))) {
        const auto average = requiredPrice(object, QStringLiteral("average_fill_price"));
        if (!average.ok())
            return average.error();
        ack.averageFillPrice = average.value();
    }
    ack.tsMs = object.value(QStringLiteral("ts_ms")).toInteger();
    return ack;
}

Result<KalshiCreateOrderAck> KalshiParser::parseCreateOrderResponse(const QByteArray& body)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    return parseCreateOrderAck(object.value());
}

Result<QList<KalshiBatchCreateResult>> KalshiParser::parseBatchCreateResponse(const QByteArray& body)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    const QJsonValue orders = object->value(QStringLiteral("orders"));
    if (!orders.isArray())
        return problem(QStringLiteral("field 'orders' is not an array"));
    QList<KalshiBatchCreateResult> results;
    for (const QJsonValue& entry : orders.toArray()) {
        const QJsonObject row = entry.toObject();
        KalshiBatchCreateResult result;
        const Status clientId = optionalIds(row, {{QStringLiteral("client_order_id"), &result.clientOrderId}});
        if (!clientId.ok())
            return clientId.error();
        const QJsonValue error = row.value(QStringLiteral("error"));
        if (error.isObject() || error.isString()) {
            // Shown and logged only: cut short.
            result.errorCode = (error.isObject() ? optionalString(error.toObject(), QStringLiteral("code")) : error.toString())
                                   .left(VenueInputLimits::kMaxIdLength);
            result.errorMessage = (error.isObject() ? optionalString(error.toObject(), QStringLiteral("message")) : error.toString())
                                      .left(VenueInputLimits::kMaxTextLength);
        } else {
            const auto ack = parseCreateOrderAck(row);
            if (!ack.ok()) {
                result.errorCode = QStringLiteral("parse");
                result.errorMessage = ack.error().message;
            } else {
                result.ack = ack.value();
            }
        }
        results.append(result);
    }
    return results;
}

Result<KalshiCancelAck> KalshiParser::parseCancelResponse(const QByteArray& body)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    KalshiCancelAck ack;
    const auto id = requiredId(object.value(), QStringLiteral("order_id"));
    if (!id.ok())
        return id.error();
    ack.orderId = id.value();
    const Status clientId = optionalIds(object.value(), {{QStringLiteral("client_order_id"), &ack.clientOrderId}});
    if (!clientId.ok())
        return clientId.error();
    const auto reduced = requiredCount(object.value(), QStringLiteral("reduced_by"));
    if (!reduced.ok())
        return reduced.error();
    ack.reducedBy = reduced.value();
    return ack;
}

Result<KalshiDecreaseAck> KalshiParser::parseDecreaseResponse(const QByteArray& body)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    KalshiDecreaseAck ack;
    const auto id = requiredId(object.value(), QStringLiteral("order_id"));
    if (!id.ok())
        return id.error();
    ack.orderId = id.value();
    const Status clientId = optionalIds(object.value(), {{QStringLiteral("client_order_id"), &ack.clientOrderId}});
    if (!clientId.ok())
        return clientId.error();
    const auto remaining = requiredCount(object.value(), QStringLiteral("remaining_count"));
    if (!remaining.ok())
        return remaining.error();
    ack.remainingCount = remaining.value();
    ack.tsMs = object->value(QStringLiteral("ts_ms")).toInteger();
    return ack;
}

Result<QString> KalshiParser::parseTransferResponse(const QByteArray& body)
{
    const auto object = objectOf(body);
    if (!object.ok())
        return object.error();
    return requiredId(object.value(), QStringLiteral("transfer_id"));
}

Result<KalshiWsMessage> KalshiParser::parseWsMessage(const QByteArray& text, bool noSideOnYesScale)
{
    const auto root = objectOf(text);
    if (!root.ok())
        return root.error();
    KalshiWsMessage message;
    const auto type = requiredId(root.value(), QStringLiteral("type"));
    if (!type.ok())
        return type.error();
    message.typeName = type.value();
    message.id = root->value(QStringLiteral("id")).toInteger();
    message.sid = root->value(QStringLiteral("sid")).toInteger();
    const QJsonValue seq = root->value(QStringLiteral("seq"));
    if (!seq.isUndefined() && !seq.isDouble())
        return problem(QStringLiteral("field 'seq' is not a number"));
    message.seq = seq.toInteger();
    if (message.id < 0 || message.sid < 0 || message.seq < 0)
        return problem(QStringLiteral("field 'id', 'sid' or 'seq' is negative"));
    const QJsonObject msg = root->value(QStringLiteral("msg")).toObject();
    const QString& name = message.typeName;

    if (name == QLatin1String("subscribed")) {
        message.type = KalshiWsMessage::Type::Subscribed;
        const Status channel = optionalIds(msg, {{QStringLiteral("channel"), &message.channel}});
        if (!channel.ok())
            return channel.error();
        message.sid = msg.value(QStringLiteral("sid")).toInteger();
        if (message.sid <= 0)
            return problem(QStringLiteral("subscribed without a sid"));
        return message;
    }
    if (name == QLatin1String("unsubscribed")) {
        message.type = KalshiWsMessage::Type::Unsubscribed;
        return message;
    }
    if (name == QLatin1String("ok")) {
        message.type = KalshiWsMessage::Type::Ok;
        return message;
    }
    if (name == QLatin1String("error")) {
        message.type = KalshiWsMessage::Type::Error;
        message.errorCode = msg.value(QStringLiteral("code")).toInt();
        const Status errorText = optionalTexts(msg, {{QStringLiteral("msg"), &message.errorMessage}});
        if (!errorText.ok())
            return errorText.error();
        return message;
    }
    if (name == QLatin1String("orderbook_snapshot") || name == QLatin1String("orderbook_delta")) {
        if (message.sid <= 0 || message.seq <= 0)
            return problem(QStringLiteral("%1 without sid or seq").arg(name));
        const auto ticker = requiredId(msg, QStringLiteral("market_ticker"));
        if (!ticker.ok())
            return ticker.error();
        message.marketTicker = ticker.value();
    }
    if (name == QLatin1String("orderbook_snapshot")) {
        message.type = KalshiWsMessage::Type::OrderbookSnapshot;
        auto yes = levels(msg.value(QStringLiteral("yes_dollars_fp")), QStringLiteral("yes_dollars_fp"), false);
        if (!yes.ok())
            return yes.error();
        auto no = levels(msg.value(QStringLiteral("no_dollars_fp")), QStringLiteral("no_dollars_fp"), false);
        if (!no.ok())
            return no.error();
        message.snapshot.yesBids = std::move(yes).value();
        if (noSideOnYesScale)
            message.snapshot.yesAsks = std::move(no).value();
        else
            message.snapshot.noBids = std::move(no).value();
        message.snapshot.sequence = message.seq;
        return message;
    }
    if (name == QLatin1String("orderbook_delta")) {
        message.type = KalshiWsMessage::Type::OrderbookDelta;
        const auto price = requiredPrice(msg, QStringLiteral("price_dollars"));
        if (!price.ok())
            return price.error();
        const auto delta = requiredCount(msg, QStringLiteral("delta_fp"), true);
        if (!delta.ok())
            return delta.error();
        const auto side = requiredString(msg, QStringLiteral("side"));
        if (!side.ok())
            return side.error();
        if (side.value() != QLatin1String("yes") && side.value() != QLatin1String("no"))
            return problem(QStringLiteral("field 'side' is '%1', expected yes or no").arg(side.value()));
        const bool yes = side.value() == QLatin1String("yes");
        BookDelta bookDelta;
        bookDelta.mode = BookDelta::Mode::Add;
        bookDelta.price = price.value();
        bookDelta.size = delta.value();
        bookDelta.sequence = message.seq;
        if (yes) {
            bookDelta.outcome = Outcome::Yes;
            bookDelta.side = BookSide::Bid;
        } else if (noSideOnYesScale) {
            bookDelta.outcome = Outcome::Yes;
            bookDelta.side = BookSide::Ask;
        } else {
            bookDelta.outcome = Outcome::No;
            bookDelta.side = BookSide::Bid;
        }
        message.delta = bookDelta;
        const Status clientId = optionalIds(msg, {{QStringLiteral("client_order_id"), &message.deltaClientOrderId}});
        if (!clientId.ok())
            return clientId.error();
        return message;
    }
    if (name == QLatin1String("fill")) {
        message.type = KalshiWsMessage::Type::Fill;
        const auto fill = parseFill(msg);
        if (!fill.ok())
            return fill.error();
        message.fill = fill.value();
        message.marketTicker = fill->ticker;
        return message;
    }
    if (name == QLatin1String("ticker") || name == QLatin1String("trade")) {
        message.type = name == QLatin1String("ticker") ? KalshiWsMessage::Type::Ticker : KalshiWsMessage::Type::Trade;
        const Status ticker = optionalIds(msg, {{QStringLiteral("market_ticker"), &message.marketTicker}});
        if (!ticker.ok())
            return ticker.error();
        return message;
    }
    message.type = KalshiWsMessage::Type::Other;
    return message;
}

QJsonObject KalshiParser::orderRequestJson(const KalshiOrderRequest& request)
{
    QJsonObject body{
        {QStringLiteral("ticker"), request.ticker},
        {QStringLiteral("side"), request.bid ? QStringLiteral("bid") : QStringLiteral("ask")},
        {QStringLiteral("count"), request.count.toString(2)},
        {QStringLiteral("price"), request.yesPrice.toDollarString(4)},
        {QStringLiteral("time_in_force"), request.timeInForce},
        {QStringLiteral("self_trade_prevention_type"), request.selfTradePrevention},
    };
    if (!request.clientOrderId.isEmpty())
        body.insert(QStringLiteral("client_order_id"), request.clientOrderId);
    if (request.expirationTime.isValid())
        body.insert(QStringLiteral("expiration_time"), request.expirationTime.toSecsSinceEpoch());
    if (request.postOnly)
        body.insert(QStringLiteral("post_only"), true);
    if (request.reduceOnly)
        body.insert(QStringLiteral("reduce_only"), true);
    return body;
}

QJsonObject KalshiParser::amendRequestJson(const KalshiAmendRequest& request)
{
    QJsonObject body{
        {QStringLiteral("ticker"), request.ticker},
        {QStringLiteral("side"), request.bid ? QStringLiteral("bid") : QStringLiteral("ask")},
        {QStringLiteral("price"), request.yesPrice.toDollarString(4)},
        {QStringLiteral("count"), request.totalCount.toString(2)},
    };
    if (!request.clientOrderId.isEmpty())
        body.insert(QStringLiteral("client_order_id"), request.clientOrderId);
    if (!request.updatedClientOrderId.isEmpty())
        body.insert(QStringLiteral("updated_client_order_id"), request.updatedClientOrderId);
    return body;
}

} // namespace orion
