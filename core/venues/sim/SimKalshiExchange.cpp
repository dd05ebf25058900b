#include "venues/sim/SimKalshiExchange.h"

#include "venues/sim/SimHttpServer.h"
#include "venues/sim/SimKalshiFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <set>

namespace orion {

namespace {

constexpr std::int64_t kOneDollar = 1'000'000;
// Fee numerators are 0.07 x multiplier x C x P x (1 - P) scaled so the taker rate is exact in integers:
// 4 x 70'000 (rate ppm) x multiplierPpm x hundredths x P x (1 - P), over kFeeDenominatorMicros per micro-dollar.
// The 4 lets maker fees of 0.25x and 0.5x stay exact.
constexpr detail::MoneyInt128 kFeeDenominatorMicros = static_cast<detail::MoneyInt128>(4) * 100 * 1'000'000'000'000'000'000LL; // 4 x 10^20

QString dollars(std::int64_t micros)
{
    return SimKalshiFormat::dollars(micros);
}

QString fp(std::int64_t hundredths)
{
    return SimKalshiFormat::fp(hundredths);
}

qint64 cents(std::int64_t micros)
{
    return micros / 10'000; // balances are reported truncated to the cent, as an available amount
}

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString rfc3339(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

SimHttpResponse error(int status, const QString& code, const QString& message, const QString& details = {})
{
    QJsonObject inner{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        inner.insert(QStringLiteral("details"), details);
    return SimHttpResponse::json(status, QJsonObject{{QStringLiteral("error"), inner}});
}

QJsonObject errorObject(const QString& code, const QString& message)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

// Cursor pagination: the cursor is an opaque token for the next offset; an empty cursor ends the list.
struct Page
{
    qsizetype offset = 0;
    qsizetype limit = 100;
    QString failure;
};

Page pageOf(const SimHttpRequest& request, qsizetype defaultLimit, qsizetype maxLimit)
{
    Page page;
    page.limit = defaultLimit;
    const QString limit = request.queryValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        const int value = limit.toInt(&ok);
        if (!ok || value < 1 || value > maxLimit) {
            page.failure = QStringLiteral("limit must be between 1 and %1").arg(maxLimit);
            return page;
        }
        page.limit = value;
    }
    const QString cursor = request.queryValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(cursor.toUtf8(), QByteArray::AbortOnBase64DecodingErrors);
        bool ok = false;
        const qlonglong offset = decoded.startsWith("off:") ? decoded.mid(4).toLongLong(&ok) : -1;
        if (!ok || offset < 0) {
            page.failure = QStringLiteral("invalid cursor");
            return page;
        }
        page.offset = static_cast<qsizetype>(offset);
    }
    return page;
}

QString nextCursor(const Page& page, qsizetype total)
{
    const qsizetype next = page.offset + page.limit;
    if (next >= total)
        return {};
    const QByteArray token = QByteArrayLiteral("off:") + QByteArray::number(static_cast<qlonglong>(next));
    return QString::fromLatin1(token.toBase64());
}

QJsonArray levelsJson(const std::vector<SimOrderMatcher::Level>& levels)
{
    QJsonArray array;
    for (const auto& level : levels)
        array.append(QJsonArray{dollars(level.priceMicros), fp(level.quantityHundredths)});
    return array;
}

QStringList listParam(const SimHttpRequest& request, const QString& key)
{
    QStringList values;
    for (const QString& value : request.query.allQueryItemValues(key, QUrl::FullyDecoded)) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(part.trimmed());
    }
    return values;
}

} // namespace

SimKalshiExchange::SimKalshiExchange(SimScenario scenario, QObject* parent)
    : QObject(parent), m_scenario(std::move(scenario)), m_flowState(m_scenario.seed == 0 ? 1 : m_scenario.seed)
{
    m_accounts.emplace(kMarketMakerAccount, SimAccount(kMarketMakerAccount, std::int64_t{1} << 50));
    m_accounts.emplace(kFlowAccount, SimAccount(kFlowAccount, std::int64_t{1} << 50));
    for (const SimScenarioMarket& definition : m_scenario.markets) {
        Market market;
        market.def = definition;
        for (const SimScenarioEvent& event : m_scenario.events) {
            if (event.eventTicker != definition.eventTicker)
                continue;
            for (const SimScenarioSeries& series : m_scenario.series) {
                if (series.ticker == event.seriesTicker)
                    market.series = series;
            }
        }
        market.matcher = std::make_unique<SimOrderMatcher>();
        market.matcher->setIdGenerator([] { return QUuid::createUuid().toString(QUuid::WithoutBraces); });
        market.ghost = m_scenario.faults.ghostOrderTickers.contains(definition.ticker);
        auto& stored = m_markets.emplace(definition.ticker, std::move(market)).first->second;
        auto seed = [&](const std::vector<SimScenarioLevel>& levels, SimOrderMatcher::Side side) {
            for (const SimScenarioLevel& level : levels) {
                SimOrderMatcher::OrderRequest request;
                request.accountId = kMarketMakerAccount;
                request.side = side;
                request.priceMicros = level.priceMicros;
                request.quantityHundredths = level.hundredths;
                (void)stored.matcher->submit(request);
            }
        };
        seed(definition.yesBids, SimOrderMatcher::Side::Bid);
        seed(definition.yesAsks, SimOrderMatcher::Side::Ask);
        (void)stored.matcher->takeLevelChanges();
    }
}

SimKalshiExchange::~SimKalshiExchange() = default;

qint64 SimKalshiExchange::nowMs() const
{
    return m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
}

Status SimKalshiExchange::registerKey(const QString& keyId, const QByteArray& publicKeyPem)
{
    const Status registered = m_auth.registerKey(keyId, publicKeyPem);
    if (!registered.ok())
        return registered;
    if (m_accounts.count(keyId) == 0)
        m_accounts.emplace(keyId, SimAccount(keyId, startingCash()));
    return {};
}

std::map<int, std::int64_t> SimKalshiExchange::startingCash() const
{
    std::map<int, std::int64_t> cash;
    if (m_scenario.startingBalanceByShard.empty())
        cash[0] = m_scenario.startingBalanceMicros;
    for (const auto& [shard, micros] : m_scenario.startingBalanceByShard)
        cash[shard] += micros;
    return cash;
}

int SimKalshiExchange::exchangeIndexOf(const QString& ticker) const
{
    const auto found = m_markets.find(ticker);
    return found == m_markets.end() ? 0 : found->second.def.exchangeIndex;
}

SimAccount& SimKalshiExchange::accountFor(const QString& accountId)
{
    auto found = m_accounts.find(accountId);
    if (found == m_accounts.end())
        found = m_accounts.emplace(accountId, SimAccount(accountId, startingCash())).first;
    return found->second;
}

const SimAccount* SimKalshiExchange::account(const QString& keyId) const
{
    const auto found = m_accounts.find(keyId);
    return found == m_accounts.end() ? nullptr : &found->second;
}

QStringList SimKalshiExchange::tickers() const
{
    QStringList list;
    for (const auto& entry : m_markets)
        list.append(entry.first);
    return list;
}

std::function<SimHttpResponse(const SimHttpRequest&)> SimKalshiExchange::authed(Handler handler, bool required)
{
    return [this, handler = std::move(handler), required](const SimHttpRequest& request) {
        (void)expireOrders(); // the exchange's clock moved: good-till-date orders that ran out are gone
        const bool present = request.hasHeader("KALSHI-ACCESS-KEY") || request.hasHeader("KALSHI-ACCESS-SIGNATURE");
        if (!required && !present)
            return handler(request, QString());
        const auto key = m_auth.authenticate(request.header("KALSHI-ACCESS-KEY"), request.header("KALSHI-ACCESS-TIMESTAMP"),
                                             request.header("KALSHI-ACCESS-SIGNATURE"), request.method, request.path,
                                             nowMs());
        if (!key.ok())
            return error(401, QStringLiteral("authentication_error"), key.error().message);
        return handler(request, key.value());
    };
}

void SimKalshiExchange::installRoutes(SimHttpServer& server)
{
    const QString p = QString::fromLatin1(kRestPrefix);
    auto open = [this](auto method) {
        return authed([this, method](const SimHttpRequest& request, const QString&) { return (this->*method)(request); },
                      false);
    };
    server.route("GET", p + QStringLiteral("/exchange/status"),
                 authed([this](const SimHttpRequest&, const QString&) { return exchangeStatus(); }, false));
    server.route("GET", p + QStringLiteral("/series"), open(&SimKalshiExchange::listSeries));
    server.route("GET", p + QStringLiteral("/series/{series_ticker}"), open(&SimKalshiExchange::getSeries));
    server.route("GET", p + QStringLiteral("/events"), open(&SimKalshiExchange::listEvents));
    server.route("GET", p + QStringLiteral("/events/{event_ticker}"), open(&SimKalshiExchange::getEvent));
    server.route("GET", p + QStringLiteral("/markets"), open(&SimKalshiExchange::listMarkets));
    server.route("GET", p + QStringLiteral("/markets/orderbooks"), open(&SimKalshiExchange::getOrderbooks));
    server.route("GET", p + QStringLiteral("/markets/{ticker}"), open(&SimKalshiExchange::getMarket));
    server.route("GET", p + QStringLiteral("/markets/{ticker}/orderbook"), open(&SimKalshiExchange::getOrderbook));

    server.route("GET", p + QStringLiteral("/portfolio/balance"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return getBalance(r, a); }, true));
    server.route("POST", p + QStringLiteral("/portfolio/intra_exchange_instance_transfer"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return transferCash(r, a); }, true));
    server.route("GET", p + QStringLiteral("/portfolio/intra_exchange_instance_transfers"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return listTransfers(r, a); }, true));
    server.route("GET", p + QStringLiteral("/portfolio/intra_exchange_instance_transfers/{transfer_id}"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return getTransfer(r, a); }, true));
    server.route("POST", p + QStringLiteral("/portfolio/events/orders/{order_id}/amend"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return amendOrder(r, a); }, true));
    server.route("POST", p + QStringLiteral("/portfolio/events/orders/{order_id}/decrease"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return decreaseOrder(r, a); }, true));
    server.route("GET", p + QStringLiteral("/portfolio/positions"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return getPositions(r, a); }, true));
    server.route("POST", p + QStringLiteral("/portfolio/events/orders/batched"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return batchCreate(r, a); }, true));
    server.route("DELETE", p + QStringLiteral("/portfolio/events/orders/batched"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return batchCancel(r, a); }, true));
    server.route("POST", p + QStringLiteral("/portfolio/events/orders"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return createOrder(r, a); }, true));
    server.route("DELETE", p + QStringLiteral("/portfolio/events/orders/{order_id}"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return cancelOrder(r, a); }, true));
    server.route("GET", p + QStringLiteral("/portfolio/orders"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return listOrders(r, a); }, true));
    server.route("GET", p + QStringLiteral("/portfolio/orders/{order_id}"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return getOrder(r, a); }, true));
    server.route("GET", p + QStringLiteral("/portfolio/fills"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return listFills(r, a); }, true));
    server.route("GET", p + QStringLiteral("/portfolio/settlements"),
                 authed([this](const SimHttpRequest& r, const QString& a) { return listSettlements(r, a); }, true));

    // The legacy V1 write paths are gone on the real API (June 2026).
    auto deprecated = authed(
        [](const SimHttpRequest&, const QString&) {
            return error(410, QStringLiteral("deprecated_v1_order_endpoint"),
                         QStringLiteral("Please switch to the V2 endpoints"),
                         QStringLiteral("https://docs.kalshi.com/api-reference/orders/create-order-v2"));
        },
        true);
    server.route("POST", p + QStringLiteral("/portfolio/orders/batched"), deprecated);
    server.route("DELETE", p + QStringLiteral("/portfolio/orders/batched"), deprecated);
    server.route("POST", p + QStringLiteral("/portfolio/orders"), deprecated);
    server.route("DELETE", p + QStringLiteral("/portfolio/orders/{order_id}"), deprecated);
    server.route("POST", p + QStringLiteral("/portfolio/orders/{order_id}/amend"), deprecated);
    server.route("POST", p + QStringLiteral("/portfolio/orders/{order_id}/decrease"), deprecated);
    server.setNotFoundHandler([](const SimHttpRequest&) {
        return error(404, QStringLiteral("not_found"), QStringLiteral("not found"));
    });
}

// ---- discovery -------------------------------------------------------------------------------------------------

SimHttpResponse SimKalshiExchange::exchangeStatus() const
{
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("exchange_active"), true},
                                                  {QStringLiteral("trading_active"), true},
                                                  {QStringLiteral("exchange_estimated_resume_time"), QJsonValue()}});
}

QJsonObject SimKalshiExchange::seriesJson(const SimScenarioSeries& series) const
{
    return QJsonObject{
        {QStringLiteral("ticker"), series.ticker},
        {QStringLiteral("title"), series.title},
        {QStringLiteral("category"), series.category},
        {QStringLiteral("frequency"), QStringLiteral("custom")},
        {QStringLiteral("fee_type"), series.feeType},
        // The real API sends fee_multiplier as a JSON number.
        {QStringLiteral("fee_multiplier"), static_cast<double>(series.feeMultiplierPpm) / 1'000'000.0},
        {QStringLiteral("settlement_sources"), QJsonArray()},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("contract_url"), QString(QStringLiteral("https://kalshi.com/contracts/") + series.ticker)},
    };
}

SimHttpResponse SimKalshiExchange::listSeries(const SimHttpRequest&) const
{
    QJsonArray list;
    for (const SimScenarioSeries& series : m_scenario.series)
        list.append(seriesJson(series));
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("series"), list}});
}

SimHttpResponse SimKalshiExchange::getSeries(const SimHttpRequest& request) const
{
    for (const SimScenarioSeries& series : m_scenario.series) {
        if (series.ticker == request.param(QStringLiteral("series_ticker")))
            return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("series"), seriesJson(series)}});
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("series not found"));
}

QString SimKalshiExchange::restStatus(const Market& market) const
{
    return market.def.status;
}

QJsonObject SimKalshiExchange::marketJson(const Market& market) const
{
    const auto& def = market.def;
    const auto bestBid = market.matcher->bestBid();
    const auto bestAsk = market.matcher->bestAsk();
    const auto bids = market.matcher->bids(1);
    const auto asks = market.matcher->asks(1);
    QJsonObject object{
        {QStringLiteral("ticker"), def.ticker},
        {QStringLiteral("event_ticker"), def.eventTicker},
        {QStringLiteral("market_type"), QStringLiteral("binary")},
        {QStringLiteral("title"), def.title},
        {QStringLiteral("yes_sub_title"), def.yesSubTitle},
        {QStringLiteral("no_sub_title"), def.noSubTitle},
        {QStringLiteral("status"), restStatus(market)},
        {QStringLiteral("open_time"), rfc3339(def.openTime)},
        {QStringLiteral("close_time"), rfc3339(def.closeTime)},
        {QStringLiteral("expected_expiration_time"), rfc3339(def.closeTime)},
        {QStringLiteral("latest_expiration_time"), rfc3339(def.closeTime.addDays(7))},
        {QStringLiteral("can_close_early"), false},
        {QStringLiteral("yes_bid_dollars"), dollars(bestBid.value_or(0))},
        {QStringLiteral("yes_bid_size_fp"), fp(bids.empty() ? 0 : bids[0].quantityHundredths)},
        {QStringLiteral("yes_ask_dollars"), dollars(bestAsk.value_or(kOneDollar))},
        {QStringLiteral("yes_ask_size_fp"), fp(asks.empty() ? 0 : asks[0].quantityHundredths)},
        {QStringLiteral("no_bid_dollars"), dollars(kOneDollar - bestAsk.value_or(kOneDollar))},
        {QStringLiteral("no_ask_dollars"), dollars(kOneDollar - bestBid.value_or(0))},
        {QStringLiteral("last_price_dollars"), dollars(market.lastPriceMicros)},
        {QStringLiteral("volume_fp"), fp(market.volumeHundredths)},
        {QStringLiteral("volume_24h_fp"), fp(market.volumeHundredths)},
        {QStringLiteral("open_interest_fp"), fp(0)},
        {QStringLiteral("notional_value_dollars"), QStringLiteral("1.0000")},
        {QStringLiteral("rules_primary"), def.rulesPrimary},
        {QStringLiteral("rules_secondary"), QString()},
        {QStringLiteral("strike_type"), QStringLiteral("custom")},
        {QStringLiteral("result"), market.result},
        {QStringLiteral("price_level_structure"),
         def.tickMicros == 10'000 ? QStringLiteral("linear_cent") : QStringLiteral("custom")},
        {QStringLiteral("price_ranges"),
         QJsonArray{QJsonObject{{QStringLiteral("start"), dollars(0)},
                                {QStringLiteral("end"), dollars(kOneDollar)},
                                {QStringLiteral("step"), dollars(def.tickMicros)}}}},
        {QStringLiteral("exchange_index"), def.exchangeIndex},
    };
    return object;
}

QJsonObject SimKalshiExchange::eventJson(const SimScenarioEvent& event, bool withMarkets) const
{
    int eventShard = 0; // an event's markets share its shard
    for (const auto& [ticker, market] : m_markets) {
        if (market.def.eventTicker == event.eventTicker)
            eventShard = market.def.exchangeIndex;
    }
    QJsonObject object{
        {QStringLiteral("event_ticker"), event.eventTicker},
        {QStringLiteral("series_ticker"), event.seriesTicker},
        {QStringLiteral("title"), event.title},
        {QStringLiteral("sub_title"), event.subTitle},
        {QStringLiteral("mutually_exclusive"), event.mutuallyExclusive},
        {QStringLiteral("collateral_return_type"), QString()},
        {QStringLiteral("strike_period"), QString()},
        {QStringLiteral("exchange_index"), eventShard},
    };
    if (withMarkets) {
        QJsonArray markets;
        for (const auto& [ticker, market] : m_markets) {
            if (market.def.eventTicker == event.eventTicker)
                markets.append(marketJson(market));
        }
        object.insert(QStringLiteral("markets"), markets);
    }
    return object;
}

namespace {

// The status filter's values map onto the markets' REST statuses (reference section 7).
bool statusMatches(const QString& filter, const QString& status)
{
    if (filter.isEmpty())
        return true;
    if (filter == QLatin1String("unopened"))
        return status == QLatin1String("initialized");
    if (filter == QLatin1String("open"))
        return status == QLatin1String("active");
    if (filter == QLatin1String("paused"))
        return status == QLatin1String("inactive");
    if (filter == QLatin1String("closed"))
        return status == QLatin1String("closed") || status == QLatin1String("determined");
    if (filter == QLatin1String("settled"))
        return status == QLatin1String("finalized");
    return false;
}

bool validStatusFilter(const QString& filter)
{
    static const QStringList valid{QStringLiteral("unopened"), QStringLiteral("open"), QStringLiteral("paused"),
                                   QStringLiteral("closed"), QStringLiteral("settled")};
    return filter.isEmpty() || valid.contains(filter);
}

} // namespace

SimHttpResponse SimKalshiExchange::listEvents(const SimHttpRequest& request) const
{
    const Page page = pageOf(request, 200, 200);
    if (!page.failure.isEmpty())
        return error(400, QStringLiteral("invalid_parameters"), page.failure);
    const QString status = request.queryValue(QStringLiteral("status"));
    if (!validStatusFilter(status))
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("invalid status filter"));
    const QString series = request.queryValue(QStringLiteral("series_ticker"));
    const bool nested = request.queryValue(QStringLiteral("with_nested_markets")) == QLatin1String("true");
    std::vector<const SimScenarioEvent*> matching;
    for (const SimScenarioEvent& event : m_scenario.events) {
        if (!series.isEmpty() && event.seriesTicker != series)
            continue;
        bool any = status.isEmpty();
        for (const auto& [ticker, market] : m_markets) {
            if (market.def.eventTicker == event.eventTicker && statusMatches(status, restStatus(market)))
                any = true;
        }
        if (any)
            matching.push_back(&event);
    }
    QJsonArray events;
    for (qsizetype i = page.offset; i < static_cast<qsizetype>(matching.size()) && i < page.offset + page.limit; ++i)
        events.append(eventJson(*matching[static_cast<std::size_t>(i)], nested));
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("events"), events},
                                                  {QStringLiteral("cursor"),
                                                   nextCursor(page, static_cast<qsizetype>(matching.size()))}});
}

SimHttpResponse SimKalshiExchange::getEvent(const SimHttpRequest& request) const
{
    for (const SimScenarioEvent& event : m_scenario.events) {
        if (event.eventTicker != request.param(QStringLiteral("event_ticker")))
            continue;
        QJsonArray markets;
        for (const auto& [ticker, market] : m_markets) {
            if (market.def.eventTicker == event.eventTicker)
                markets.append(marketJson(market));
        }
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("event"), eventJson(event, false)},
                                                      {QStringLiteral("markets"), markets}});
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("event not found"));
}

SimHttpResponse SimKalshiExchange::listMarkets(const SimHttpRequest& request) const
{
    const Page page = pageOf(request, 100, 1000);
    if (!page.failure.isEmpty())
        return error(400, QStringLiteral("invalid_parameters"), page.failure);
    const QString status = request.queryValue(QStringLiteral("status"));
    if (!validStatusFilter(status))
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("invalid status filter"));
    const QString event = request.queryValue(QStringLiteral("event_ticker"));
    const QString series = request.queryValue(QStringLiteral("series_ticker"));
    const QStringList tickers = listParam(request, QStringLiteral("tickers"));
    std::vector<const Market*> matching;
    for (const auto& [ticker, market] : m_markets) {
        if (!event.isEmpty() && market.def.eventTicker != event)
            continue;
        if (!series.isEmpty() && market.series.ticker != series)
            continue;
        if (!tickers.isEmpty() && !tickers.contains(ticker))
            continue;
        if (!statusMatches(status, restStatus(market)))
            continue;
        matching.push_back(&market);
    }
    QJsonArray markets;
    for (qsizetype i = page.offset; i < static_cast<qsizetype>(matching.size()) && i < page.offset + page.limit; ++i)
        markets.append(marketJson(*matching[static_cast<std::size_t>(i)]));
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("markets"), markets},
                                                  {QStringLiteral("cursor"),
                                                   nextCursor(page, static_cast<qsizetype>(matching.size()))}});
}

SimHttpResponse SimKalshiExchange::getMarket(const SimHttpRequest& request) const
{
    const auto found = m_markets.find(request.param(QStringLiteral("ticker")));
    if (found == m_markets.end())
        return error(404, QStringLiteral("not_found"), QStringLiteral("market not found"));
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("market"), marketJson(found->second)}});
}

std::optional<SimKalshiExchange::BookLevels> SimKalshiExchange::bookLevels(const QString& ticker, int depth) const
{
    const auto found = m_markets.find(ticker);
    if (found == m_markets.end())
        return std::nullopt;
    BookLevels levels;
    levels.yes = found->second.matcher->bids(depth);
    for (const auto& ask : found->second.matcher->asks(depth))
        levels.no.push_back({kOneDollar - ask.priceMicros, ask.quantityHundredths});
    // Ascending by price, best (highest) last, as the real order book lists them.
    std::reverse(levels.yes.begin(), levels.yes.end());
    std::reverse(levels.no.begin(), levels.no.end());
    return levels;
}

SimHttpResponse SimKalshiExchange::getOrderbook(const SimHttpRequest& request) const
{
    int depth = 0;
    const QString depthText = request.queryValue(QStringLiteral("depth"));
    if (!depthText.isEmpty()) {
        bool ok = false;
        depth = depthText.toInt(&ok);
        if (!ok || depth < 0 || depth > 100)
            return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("depth must be between 0 and 100"));
    }
    const auto levels = bookLevels(request.param(QStringLiteral("ticker")), depth);
    if (!levels)
        return error(404, QStringLiteral("not_found"), QStringLiteral("market not found"));
    return SimHttpResponse::json(
        200, QJsonObject{{QStringLiteral("orderbook_fp"),
                          QJsonObject{{QStringLiteral("yes_dollars"), levelsJson(levels->yes)},
                                      {QStringLiteral("no_dollars"), levelsJson(levels->no)}}}});
}

SimHttpResponse SimKalshiExchange::getOrderbooks(const SimHttpRequest& request) const
{
    const QStringList tickers = listParam(request, QStringLiteral("tickers"));
    if (tickers.isEmpty() || tickers.size() > 100)
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("between 1 and 100 tickers required"));
    QJsonArray books;
    for (const QString& ticker : tickers) {
        const auto levels = bookLevels(ticker);
        if (!levels)
            return error(404, QStringLiteral("not_found"), QStringLiteral("market not found: ") + ticker);
        books.append(QJsonObject{{QStringLiteral("ticker"), ticker},
                                 {QStringLiteral("orderbook_fp"),
                                  QJsonObject{{QStringLiteral("yes_dollars"), levelsJson(levels->yes)},
                                              {QStringLiteral("no_dollars"), levelsJson(levels->no)}}}});
    }
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("orderbooks"), books}});
}

// ---- portfolio -------------------------------------------------------------------------------------------------

SimHttpResponse SimKalshiExchange::getBalance(const SimHttpRequest& request, const QString& accountId) const
{
    const SimAccount* owner = account(accountId);
    std::optional<int> onlyShard;
    const QString indexText = request.queryValue(QStringLiteral("exchange_index"));
    if (!indexText.isEmpty()) {
        bool ok = false;
        const int index = indexText.toInt(&ok);
        if (!ok || index < 0)
            return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("invalid exchange_index"));
        onlyShard = index;
    }
    std::set<int> shards{0};
    for (const auto& entry : m_markets)
        shards.insert(entry.second.def.exchangeIndex);
    if (owner) {
        for (const int shard : owner->shards())
            shards.insert(shard);
    }
    QJsonArray breakdown;
    for (const int shard : shards) {
        breakdown.append(QJsonObject{{QStringLiteral("exchange_index"), shard},
                                     {QStringLiteral("balance"), dollars(owner ? owner->availableMicros(shard) : 0)}});
    }
    std::int64_t available = 0;
    if (owner)
        available = onlyShard ? owner->availableMicros(*onlyShard) : owner->availableMicros();
    std::int64_t exposure = 0;
    if (owner) {
        for (const SimPosition& position : owner->positions()) {
            if (!onlyShard || position.exchangeIndex == *onlyShard)
                exposure += position.costMicros;
        }
    }
    return SimHttpResponse::json(200, QJsonObject{
                                          {QStringLiteral("balance"), cents(available)},
                                          {QStringLiteral("balance_dollars"), dollars(available)},
                                          {QStringLiteral("portfolio_value"), cents(exposure)},
                                          {QStringLiteral("updated_ts"), nowMs() / 1000},
                                          {QStringLiteral("balance_breakdown"), breakdown},
                                      });
}

QJsonObject SimKalshiExchange::transferJson(const Transfer& transfer) const
{
    return QJsonObject{
        {QStringLiteral("transfer_id"), transfer.transferId},
        {QStringLiteral("source"), QStringLiteral("event_contract")},
        {QStringLiteral("destination"), QStringLiteral("event_contract")},
        {QStringLiteral("source_exchange_shard"), transfer.fromShard},
        {QStringLiteral("destination_exchange_shard"), transfer.toShard},
        {QStringLiteral("amount"), dollars(transfer.micros)},
        {QStringLiteral("status"), QStringLiteral("complete")}, // the simulator settles transfers at once
        {QStringLiteral("created_ts"), transfer.tsMs / 1000},
    };
}

SimHttpResponse SimKalshiExchange::transferCash(const SimHttpRequest& request, const QString& accountId)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("body is not a JSON object"));
    const QJsonObject body = document.object();
    const QString source = body.value(QStringLiteral("source")).toString();
    const QString destination = body.value(QStringLiteral("destination")).toString();
    if (source.isEmpty() || destination.isEmpty())
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("source and destination are required"));
    if (source != QLatin1String("event_contract") || destination != QLatin1String("event_contract"))
        return error(400, QStringLiteral("invalid_parameters"),
                     QStringLiteral("only event_contract to event_contract transfers are supported"));
    const QJsonValue amountValue = body.value(QStringLiteral("amount"));
    const qint64 centicents = amountValue.isDouble() ? amountValue.toInteger(-1) : -1;
    if (centicents <= 0 || static_cast<double>(centicents) != amountValue.toDouble())
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("amount must be a positive integer of centicents"));
    auto shardOf = [&](const char* key, int& shard) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true; // default 0
        const qint64 index = value.isDouble() ? value.toInteger(-1) : -1;
        shard = static_cast<int>(index);
        return index >= 0 && index <= 15;
    };
    int from = 0;
    int to = 0;
    if (!shardOf("source_exchange_shard", from) || !shardOf("destination_exchange_shard", to))
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("exchange shard must be 0-15"));
    if (from == to)
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("source and destination shard are the same"));
    const std::int64_t micros = centicents * 100;
    SimAccount& owner = accountFor(accountId);
    if (owner.availableMicros(from) < micros)
        return error(400, QStringLiteral("insufficient_balance"),
                     QStringLiteral("available balance too low on exchange_index %1: %2 requested, %3 available")
                         .arg(from).arg(dollars(micros), dollars(owner.availableMicros(from))));
    const Status moved = owner.transfer(from, to, micros);
    if (!moved.ok())
        return error(400, QStringLiteral("insufficient_balance"), moved.error().message);
    Transfer transfer{QUuid::createUuid().toString(QUuid::WithoutBraces), accountId, from, to, micros, nowMs()};
    m_transfers.push_back(transfer);
    return SimHttpResponse::json(201, QJsonObject{{QStringLiteral("transfer_id"), transfer.transferId}});
}

SimHttpResponse SimKalshiExchange::getTransfer(const SimHttpRequest& request, const QString& accountId) const
{
    for (const Transfer& transfer : m_transfers) {
        if (transfer.accountId == accountId && transfer.transferId == request.param(QStringLiteral("transfer_id")))
            return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("transfer"), transferJson(transfer)}});
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("transfer not found"));
}

SimHttpResponse SimKalshiExchange::listTransfers(const SimHttpRequest& request, const QString& accountId) const
{
    const Page page = pageOf(request, 100, 1000);
    if (!page.failure.isEmpty())
        return error(400, QStringLiteral("invalid_parameters"), page.failure);
    std::vector<const Transfer*> rows;
    for (auto it = m_transfers.rbegin(); it != m_transfers.rend(); ++it) { // newest first
        if (it->accountId == accountId)
            rows.push_back(&*it);
    }
    QJsonArray transfers;
    for (qsizetype i = page.offset; i < static_cast<qsizetype>(rows.size()) && i < page.offset + page.limit; ++i)
        transfers.append(transferJson(*rows[static_cast<std::size_t>(i)]));
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("transfers"), transfers},
                                                  {QStringLiteral("cursor"),
                                                   nextCursor(page, static_cast<qsizetype>(rows.size()))}});
}

SimHttpResponse SimKalshiExchange::getPositions(const SimHttpRequest& request, const QString& accountId) const
{
    const Page page = pageOf(request, 100, 1000);
    if (!page.failure.isEmpty())
        return error(400, QStringLiteral("invalid_parameters"), page.failure);
    const QString tickerFilter = request.queryValue(QStringLiteral("ticker"));
    const SimAccount* owner = account(accountId);
    std::vector<std::pair<QString, SimPosition>> rows;
    if (owner) {
        for (auto it = owner->positions().cbegin(); it != owner->positions().cend(); ++it) {
            if (!tickerFilter.isEmpty() && it.key() != tickerFilter)
                continue;
            rows.emplace_back(it.key(), it.value());
        }
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QJsonArray positions;
    for (qsizetype i = page.offset; i < static_cast<qsizetype>(rows.size()) && i < page.offset + page.limit; ++i) {
        const auto& [ticker, position] = rows[static_cast<std::size_t>(i)];
        positions.append(QJsonObject{
            {QStringLiteral("ticker"), ticker},
            {QStringLiteral("position_fp"), fp(position.positionHundredths)},
            {QStringLiteral("market_exposure_dollars"), dollars(position.costMicros)},
            {QStringLiteral("realized_pnl_dollars"), dollars(position.realizedPnlMicros)},
            {QStringLiteral("fees_paid_dollars"), dollars(position.feesPaidMicros)},
            {QStringLiteral("total_traded_dollars"), dollars(position.totalTradedMicros)},
            {QStringLiteral("last_updated_ts"), rfc3339(position.lastUpdatedMs)},
            {QStringLiteral("exchange_index"), exchangeIndexOf(ticker)},
        });
    }
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("market_positions"), positions},
                                                  {QStringLiteral("event_positions"), QJsonArray()},
                                                  {QStringLiteral("cursor"),
                                                   nextCursor(page, static_cast<qsizetype>(rows.size()))}});
}

// ---- orders ----------------------------------------------------------------------------------------------------

std::int64_t SimKalshiExchange::chargeFee(Order& order, const Market& market, std::int64_t priceMicros,
                                          std::int64_t hundredths, bool maker)
{
    int factor = 4; // taker: 4/4 of the rate
    if (maker) {
        if (market.series.feeType == QLatin1String("quadratic_with_maker_fees"))
            factor = 1;
        else if (market.series.feeType == QLatin1String("quadratic_with_combo_maker_fees"))
            factor = 2;
        else
            factor = 0;
    }
    order.feeExact += static_cast<detail::MoneyInt128>(factor) * 70'000 * market.series.feeMultiplierPpm * hundredths
                    * priceMicros * (kOneDollar - priceMicros);
    // Charged total: the exact sum rounded up to the cent, so the order's fees equal one equivalent fill.
    const detail::MoneyInt128 perCent = kFeeDenominatorMicros * 10'000;
    const detail::MoneyInt128 centsDue = (order.feeExact + perCent - 1) / perCent;
    const std::int64_t total = static_cast<std::int64_t>(centsDue) * 10'000;
    const std::int64_t fee = total - order.feeCharged;
    order.feeCharged = total;
    return fee;
}

void SimKalshiExchange::releaseHold(Order& order)
{
    const std::int64_t unit = order.bid ? order.priceMicros : kOneDollar - order.priceMicros;
    const std::int64_t needed = order.status == QLatin1String("resting") ? SimAccount::amount(unit, order.remaining, true) : 0;
    if (needed < order.held) {
        accountFor(order.accountId).release(order.held - needed, order.exchangeIndex);
        order.held = needed;
    }
}

bool SimKalshiExchange::topUpHold(Order& order)
{
    const std::int64_t unit = order.bid ? order.priceMicros : kOneDollar - order.priceMicros;
    const std::int64_t needed = order.status == QLatin1String("resting") ? SimAccount::amount(unit, order.remaining, true) : 0;
    if (needed <= order.held)
        return true;
    SimAccount& owner = accountFor(order.accountId);
    if (owner.availableMicros(order.exchangeIndex) < needed - order.held)
        return false;
    owner.hold(needed - order.held, order.exchangeIndex);
    order.held = needed;
    return true;
}

void SimKalshiExchange::emitLevelChanges(Market& market, const QString& clientOrderId, const QString& accountId)
{
    for (const auto& change : market.matcher->takeLevelChanges()) {
        const bool yes = change.side == SimOrderMatcher::Side::Bid;
        emit levelChanged(market.def.ticker, yes, yes ? change.priceMicros : kOneDollar - change.priceMicros,
                          change.deltaHundredths, clientOrderId, accountId);
    }
}

void SimKalshiExchange::applyMatch(Market& market, Order& taker, const SimOrderMatcher::OrderResult& result)
{
    const qint64 now = nowMs();
    for (const auto& fill : result.fills) {
        const QString tradeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        market.lastPriceMicros = fill.priceMicros;
        market.volumeHundredths += fill.quantityHundredths;
        auto record = [&](Order& order, bool isTaker) {
            order.filled += fill.quantityHundredths;
            order.remaining -= fill.quantityHundredths;
            const std::int64_t value = SimAccount::amount(fill.priceMicros, fill.quantityHundredths, false);
            order.fillValue += value;
            const std::int64_t fee = chargeFee(order, market, fill.priceMicros, fill.quantityHundredths, !isTaker);
            if (isTaker) {
                order.takerFillCost += value;
                order.takerFees += fee;
            } else {
                order.makerFillCost += value;
                order.makerFees += fee;
            }
            if (order.remaining == 0)
                order.status = QStringLiteral("executed");
            order.updatedMs = now;
            releaseHold(order);
            SimAccount& owner = accountFor(order.accountId);
            const std::int64_t post = owner.applyFill(market.def.ticker, order.bid, fill.priceMicros,
                                                      fill.quantityHundredths, fee, now, market.def.exchangeIndex);
            FillRecord fillRecord{QUuid::createUuid().toString(QUuid::WithoutBraces), tradeId, order.orderId,
                                  order.clientOrderId, order.accountId, market.def.ticker, order.bid,
                                  fill.priceMicros, fill.quantityHundredths, isTaker, fee, post, now,
                                  market.def.exchangeIndex};
            m_fills.push_back(fillRecord);
            QJsonObject message = fillJson(fillRecord);
            message.insert(QStringLiteral("market_ticker"), market.def.ticker);
            message.insert(QStringLiteral("post_position_fp"), fp(post));
            message.insert(QStringLiteral("ts_ms"), now);
            emit fillExecuted(order.accountId, message);
        };
        auto makerIt = m_orders.find(fill.makerOrderId);
        if (makerIt != m_orders.end()) {
            record(makerIt->second, false);
        } else {
            // Scenario liquidity: only the account moves.
            accountFor(fill.makerAccountId)
                .applyFill(market.def.ticker, fill.takerSide != SimOrderMatcher::Side::Bid, fill.priceMicros,
                           fill.quantityHundredths, 0, now, market.def.exchangeIndex);
        }
        record(taker, true);
        const bool takerBid = fill.takerSide == SimOrderMatcher::Side::Bid;
        emit tradeExecuted(QJsonObject{
            {QStringLiteral("trade_id"), tradeId},
            {QStringLiteral("market_ticker"), market.def.ticker},
            {QStringLiteral("yes_price_dollars"), dollars(fill.priceMicros)},
            {QStringLiteral("no_price_dollars"), dollars(kOneDollar - fill.priceMicros)},
            {QStringLiteral("count_fp"), fp(fill.quantityHundredths)},
            {QStringLiteral("taker_outcome_side"), takerBid ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("taker_book_side"), takerBid ? QStringLiteral("bid") : QStringLiteral("ask")},
            {QStringLiteral("is_block_trade"), false},
            {QStringLiteral("ts_ms"), now},
        });
    }
    for (const auto& victim : result.cancelledMakers) {
        auto it = m_orders.find(victim.orderId);
        if (it != m_orders.end()) {
            it->second.status = QStringLiteral("canceled");
            it->second.updatedMs = now;
            releaseHold(it->second);
        }
    }
}

SimKalshiExchange::CreateOutcome SimKalshiExchange::create(const QJsonObject& body, const QString& accountId)
{
    auto reject = [](int status, const QString& code, const QString& message) {
        return CreateOutcome{status, QJsonObject{{QStringLiteral("error"), errorObject(code, message)}}};
    };
    const QJsonValue tickerValue = body.value(QStringLiteral("ticker"));
    const QJsonValue sideValue = body.value(QStringLiteral("side"));
    const QJsonValue countValue = body.value(QStringLiteral("count"));
    const QJsonValue priceValue = body.value(QStringLiteral("price"));
    const QJsonValue tifValue = body.value(QStringLiteral("time_in_force"));
    const QJsonValue stpValue = body.value(QStringLiteral("self_trade_prevention_type"));
    if (!tickerValue.isString() || !sideValue.isString() || !countValue.isString() || !priceValue.isString()
        || !tifValue.isString() || !stpValue.isString())
        return reject(400, QStringLiteral("invalid_parameters"),
                      QStringLiteral("ticker, side, count, price, time_in_force and self_trade_prevention_type are "
                                     "required strings"));
    const QString side = sideValue.toString();
    if (side != QLatin1String("bid") && side != QLatin1String("ask"))
        return reject(400, QStringLiteral("invalid_parameters"), QStringLiteral("side must be bid or ask"));
    const QString tif = tifValue.toString();
    SimOrderMatcher::TimeInForce matcherTif = SimOrderMatcher::TimeInForce::GoodTillCancel;
    if (tif == QLatin1String("immediate_or_cancel"))
        matcherTif = SimOrderMatcher::TimeInForce::ImmediateOrCancel;
    else if (tif == QLatin1String("fill_or_kill"))
        matcherTif = SimOrderMatcher::TimeInForce::FillOrKill;
    else if (tif != QLatin1String("good_till_canceled"))
        return reject(400, QStringLiteral("invalid_parameters"), QStringLiteral("invalid time_in_force"));
    const QString stp = stpValue.toString();
    if (stp != QLatin1String("taker_at_cross") && stp != QLatin1String("maker"))
        return reject(400, QStringLiteral("invalid_parameters"), QStringLiteral("invalid self_trade_prevention_type"));
    const auto priceMicros = SimKalshiFormat::parseMicros(priceValue.toString());
    if (!priceMicros || *priceMicros <= 0 || *priceMicros >= kOneDollar)
        return reject(400, QStringLiteral("invalid_price"), QStringLiteral("invalid price"));
    const auto countHundredths = SimKalshiFormat::parseHundredths(countValue.toString());
    if (!countHundredths || *countHundredths <= 0)
        return reject(400, QStringLiteral("invalid_order_size"), QStringLiteral("invalid count"));
    auto marketIt = m_markets.find(tickerValue.toString());
    if (marketIt == m_markets.end())
        return reject(404, QStringLiteral("market_not_found"), QStringLiteral("market not found"));
    Market& market = marketIt->second;
    if (market.def.status != QLatin1String("active"))
        return reject(400, QStringLiteral("MARKET_INACTIVE"), QStringLiteral("market is not open for trading"));
    if (*priceMicros % market.def.tickMicros != 0)
        return reject(400, QStringLiteral("invalid_price"), QStringLiteral("price is not on the market's price grid"));
    const QString clientOrderId = body.value(QStringLiteral("client_order_id")).toString();
    const QString idempotencyKey = accountId + QLatin1Char('\n') + clientOrderId;
    if (!clientOrderId.isEmpty() && m_clientOrderIds.contains(idempotencyKey))
        return reject(409, QStringLiteral("order_already_exists"), QStringLiteral("duplicate client_order_id"));
    qint64 expirationMs = 0;
    const QJsonValue expiration = body.value(QStringLiteral("expiration_time"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        if (tif != QLatin1String("good_till_canceled"))
            return reject(400, QStringLiteral("invalid_parameters"),
                          QStringLiteral("expiration_time is only allowed with good_till_canceled"));
        const qint64 seconds = expiration.isDouble() ? expiration.toInteger(-1) : -1;
        if (seconds <= 0)
            return reject(400, QStringLiteral("invalid_parameters"), QStringLiteral("expiration_time must be Unix seconds"));
        expirationMs = seconds * 1000;
        // Since Nov 2025 a past expiration is rejected, no longer turned into an IOC.
        if (expirationMs <= nowMs())
            return reject(400, QStringLiteral("invalid_parameters"), QStringLiteral("expiration_time is in the past"));
    }
    const int shard = market.def.exchangeIndex;
    const QJsonValue indexValue = body.value(QStringLiteral("exchange_index"));
    if (!indexValue.isUndefined() && !indexValue.isNull()) {
        const qint64 requested = indexValue.isDouble() ? indexValue.toInteger(-2) : -2;
        if (requested < -1)
            return reject(400, QStringLiteral("invalid_parameters"), QStringLiteral("invalid exchange_index"));
        if (requested >= 0 && requested != shard) // -1: auto-route by ticker
            return reject(400, QStringLiteral("invalid_parameters"),
                          QStringLiteral("market %1 is on exchange_index %2, not %3")
                              .arg(market.def.ticker).arg(shard).arg(requested));
    }

    const bool bid = side == QLatin1String("bid");
    const bool postOnly = body.value(QStringLiteral("post_only")).toBool(false);
    const bool reduceOnly = body.value(QStringLiteral("reduce_only")).toBool(false);
    SimAccount& owner = accountFor(accountId);
    const std::int64_t position = owner.position(market.def.ticker).positionHundredths;
    const std::int64_t closable = bid ? std::max<std::int64_t>(0, -position) : std::max<std::int64_t>(0, position);
    if (reduceOnly && *countHundredths > closable)
        return reject(400, QStringLiteral("invalid_order"), QStringLiteral("reduce_only order would increase the position"));
    const std::int64_t unit = bid ? *priceMicros : kOneDollar - *priceMicros;
    const std::int64_t opening = std::max<std::int64_t>(0, *countHundredths - closable);
    const std::int64_t required = SimAccount::amount(unit, opening, true);
    // Collateral is per shard: cash on another shard does not fund this order (move it with a transfer).
    if (required > owner.availableMicros(shard))
        return CreateOutcome{400, QJsonObject{{QStringLiteral("error"),
                                               QJsonObject{{QStringLiteral("code"), QStringLiteral("insufficient_balance")},
                                                           {QStringLiteral("message"), QStringLiteral("available balance too low")},
                                                           {QStringLiteral("details"),
                                                            QStringLiteral("exchange_index %1: %2 needed, %3 available")
                                                                .arg(shard)
                                                                .arg(dollars(required), dollars(owner.availableMicros(shard)))}}}}};

    Order order;
    order.clientOrderId = clientOrderId;
    order.accountId = accountId;
    order.ticker = market.def.ticker;
    order.bid = bid;
    order.priceMicros = *priceMicros;
    order.initial = *countHundredths;
    order.remaining = order.initial;
    order.timeInForce = tif;
    order.selfTrade = stp;
    order.postOnly = postOnly;
    order.reduceOnly = reduceOnly;
    order.createdMs = nowMs();
    order.updatedMs = order.createdMs;
    order.expirationMs = expirationMs;
    order.exchangeIndex = shard;

    if (market.ghost) {
        // Fault: accepted, then never matched.
        order.orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        order.held = SimAccount::amount(unit, order.remaining, true);
        owner.hold(order.held, shard);
    } else {
        SimOrderMatcher::OrderRequest request;
        request.accountId = accountId;
        request.clientOrderId = clientOrderId;
        request.side = bid ? SimOrderMatcher::Side::Bid : SimOrderMatcher::Side::Ask;
        request.priceMicros = *priceMicros;
        request.quantityHundredths = *countHundredths;
        request.timeInForce = matcherTif;
        request.postOnly = postOnly;
        request.selfTrade = stp == QLatin1String("maker") ? SimOrderMatcher::SelfTradePrevention::CancelMaker
                                                          : SimOrderMatcher::SelfTradePrevention::CancelTaker;
        const auto result = market.matcher->submit(request);
        if (result.status == SimOrderMatcher::Status::Rejected) {
            (void)market.matcher->takeLevelChanges();
            if (result.rejectCode == QLatin1String("post_only_cross"))
                return reject(400, QStringLiteral("post_only_cross"), QStringLiteral("post-only order would cross"));
            return reject(400, QStringLiteral("invalid_order"), result.rejectCode);
        }
        order.orderId = result.orderId;
        // Hold the resting part's collateral before fills move cash, so releases balance.
        order.held = SimAccount::amount(unit, order.remaining, true);
        owner.hold(order.held, shard);
        auto& stored = m_orders.emplace(order.orderId, order).first->second;
        m_orderSequence.push_back(order.orderId);
        if (!clientOrderId.isEmpty())
            m_clientOrderIds.insert(idempotencyKey, order.orderId);
        applyMatch(market, stored, result);
        if (result.status != SimOrderMatcher::Status::Resting && stored.status == QLatin1String("resting"))
            stored.status = stored.remaining == 0 ? QStringLiteral("executed") : QStringLiteral("canceled");
        releaseHold(stored);
        emitLevelChanges(market, clientOrderId, accountId);
        if (!result.fills.empty())
            emit tickerChanged(market.def.ticker);
        return CreateOutcome{201, fillSummary(stored)};
    }
    auto& stored = m_orders.emplace(order.orderId, order).first->second;
    m_orderSequence.push_back(order.orderId);
    if (!clientOrderId.isEmpty())
        m_clientOrderIds.insert(idempotencyKey, order.orderId);
    return CreateOutcome{201, QJsonObject{{QStringLiteral("order_id"), stored.orderId},
                                          {QStringLiteral("client_order_id"), stored.clientOrderId},
                                          {QStringLiteral("fill_count"), fp(0)},
                                          {QStringLiteral("remaining_count"), fp(stored.remaining)},
                                          {QStringLiteral("ts_ms"), nowMs()}}};
}

QJsonObject SimKalshiExchange::fillSummary(const Order& order) const
{
    QJsonObject response{
        {QStringLiteral("order_id"), order.orderId},
        {QStringLiteral("client_order_id"), order.clientOrderId},
        {QStringLiteral("fill_count"), fp(order.filled)},
        {QStringLiteral("remaining_count"), fp(order.status == QLatin1String("resting") ? order.remaining : 0)},
        {QStringLiteral("ts_ms"), nowMs()},
    };
    if (order.filled > 0) {
        response.insert(QStringLiteral("average_fill_price"),
                        dollars(static_cast<std::int64_t>(static_cast<detail::MoneyInt128>(order.fillValue) * 100 / order.filled)));
        response.insert(QStringLiteral("average_fee_paid"),
                        dollars(static_cast<std::int64_t>(static_cast<detail::MoneyInt128>(order.takerFees + order.makerFees)
                                                          * 100 / order.filled)));
    }
    return response;
}

SimHttpResponse SimKalshiExchange::createOrder(const SimHttpRequest& request, const QString& accountId)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("body is not a JSON object"));
    const CreateOutcome outcome = create(document.object(), accountId);
    return SimHttpResponse::json(outcome.status, outcome.body);
}

SimHttpResponse SimKalshiExchange::batchCreate(const SimHttpRequest& request, const QString& accountId)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue orders = document.object().value(QStringLiteral("orders"));
    if (!document.isObject() || !orders.isArray())
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("orders array required"));
    QJsonArray results;
    for (const QJsonValue& value : orders.toArray()) {
        const CreateOutcome outcome = create(value.toObject(), accountId);
        QJsonObject row = outcome.body;
        if (outcome.status >= 400) {
            row = QJsonObject{{QStringLiteral("order_id"), QJsonValue()},
                              {QStringLiteral("client_order_id"), value.toObject().value(QStringLiteral("client_order_id"))},
                              {QStringLiteral("error"), outcome.body.value(QStringLiteral("error"))}};
        }
        results.append(row);
    }
    return SimHttpResponse::json(201, QJsonObject{{QStringLiteral("orders"), results}});
}

SimKalshiExchange::CreateOutcome SimKalshiExchange::cancel(const QString& orderId, const QString& accountId)
{
    auto it = m_orders.find(orderId);
    if (it == m_orders.end() || it->second.accountId != accountId)
        return CreateOutcome{404, QJsonObject{{QStringLiteral("error"),
                                               errorObject(QStringLiteral("not_found"), QStringLiteral("order not found"))}}};
    Order& order = it->second;
    if (order.status != QLatin1String("resting"))
        return CreateOutcome{400, QJsonObject{{QStringLiteral("error"),
                                               errorObject(QStringLiteral("order_not_cancelable"),
                                                           QStringLiteral("order is not resting"))}}};
    Market& market = m_markets.at(order.ticker);
    (void)market.matcher->cancel(orderId);
    const std::int64_t reducedBy = order.remaining;
    order.status = QStringLiteral("canceled");
    order.updatedMs = nowMs();
    releaseHold(order);
    emitLevelChanges(market, order.clientOrderId, accountId);
    return CreateOutcome{200, QJsonObject{{QStringLiteral("order_id"), orderId},
                                          {QStringLiteral("client_order_id"), order.clientOrderId},
                                          {QStringLiteral("reduced_by"), fp(reducedBy)},
                                          {QStringLiteral("ts_ms"), nowMs()}}};
}

SimHttpResponse SimKalshiExchange::cancelOrder(const SimHttpRequest& request, const QString& accountId)
{
    const CreateOutcome outcome = cancel(request.param(QStringLiteral("order_id")), accountId);
    return SimHttpResponse::json(outcome.status, outcome.body);
}

SimHttpResponse SimKalshiExchange::batchCancel(const SimHttpRequest& request, const QString& accountId)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue orders = document.object().value(QStringLiteral("orders"));
    if (!document.isObject() || !orders.isArray())
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("orders array required"));
    QJsonArray results;
    for (const QJsonValue& value : orders.toArray()) {
        const QString orderId = value.toObject().value(QStringLiteral("order_id")).toString();
        const CreateOutcome outcome = cancel(orderId, accountId);
        QJsonObject row = outcome.body;
        if (outcome.status >= 400)
            row = QJsonObject{{QStringLiteral("order_id"), orderId},
                              {QStringLiteral("error"), outcome.body.value(QStringLiteral("error"))}};
        results.append(row);
    }
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("orders"), results}});
}

SimKalshiExchange::OrderChange SimKalshiExchange::orderChange(const SimHttpRequest& request, const QString& accountId)
{
    OrderChange change;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        change.refusal = error(400, QStringLiteral("invalid_parameters"), QStringLiteral("body is not a JSON object"));
        return change;
    }
    change.body = document.object();
    auto it = m_orders.find(request.param(QStringLiteral("order_id")));
    if (it == m_orders.end() || it->second.accountId != accountId) {
        change.refusal = error(404, QStringLiteral("not_found"), QStringLiteral("order not found"));
        return change;
    }
    change.order = &it->second;
    return change;
}

SimHttpResponse SimKalshiExchange::amendOrder(const SimHttpRequest& request, const QString& accountId)
{
    OrderChange change = orderChange(request, accountId);
    if (change.refusal)
        return *change.refusal;
    const QJsonObject& body = change.body;
    Order& order = *change.order;
    const QJsonValue ticker = body.value(QStringLiteral("ticker"));
    const QJsonValue side = body.value(QStringLiteral("side"));
    const QJsonValue price = body.value(QStringLiteral("price"));
    const QJsonValue count = body.value(QStringLiteral("count"));
    if (!ticker.isString() || !side.isString() || !price.isString() || !count.isString())
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("ticker, side, price and count are required strings"));
    const QString clientOrderId = body.value(QStringLiteral("client_order_id")).toString();
    if (!clientOrderId.isEmpty() && clientOrderId != order.clientOrderId)
        return error(400, QStringLiteral("order_id_and_client_order_id_mismatch"),
                     QStringLiteral("client_order_id does not belong to this order"));
    if (ticker.toString() != order.ticker)
        return error(400, QStringLiteral("order_ticker_mismatch"), QStringLiteral("ticker does not match the order"));
    if (side.toString() != (order.bid ? QLatin1String("bid") : QLatin1String("ask")))
        return error(400, QStringLiteral("order_side_mismatch"), QStringLiteral("side does not match the order"));
    if (order.status != QLatin1String("resting"))
        return error(400, QStringLiteral("invalid_order"), QStringLiteral("order is not resting"));
    Market& market = m_markets.at(order.ticker);
    if (market.def.status != QLatin1String("active"))
        return error(400, QStringLiteral("MARKET_INACTIVE"), QStringLiteral("market is not open for trading"));
    const auto priceMicros = SimKalshiFormat::parseMicros(price.toString());
    if (!priceMicros || *priceMicros <= 0 || *priceMicros >= kOneDollar || *priceMicros % market.def.tickMicros != 0)
        return error(400, QStringLiteral("invalid_price"), QStringLiteral("invalid price"));
    const auto total = SimKalshiFormat::parseHundredths(count.toString());
    // count is the new TOTAL: what already filled plus what should rest.
    if (!total || *total <= order.filled)
        return error(400, QStringLiteral("invalid_order_size"), QStringLiteral("count must exceed the filled count"));
    const QString updatedClientId = body.value(QStringLiteral("updated_client_order_id")).toString();
    const QString updatedKey = accountId + QLatin1Char('\n') + updatedClientId;
    if (!updatedClientId.isEmpty() && updatedClientId != order.clientOrderId && m_clientOrderIds.contains(updatedKey))
        return error(409, QStringLiteral("order_already_exists"), QStringLiteral("duplicate updated_client_order_id"));
    const std::int64_t newRemaining = *total - order.filled;
    const std::int64_t unit = order.bid ? *priceMicros : kOneDollar - *priceMicros;
    const std::int64_t needed = SimAccount::amount(unit, newRemaining, true);
    SimAccount& owner = accountFor(accountId);
    if (needed - order.held > owner.availableMicros(order.exchangeIndex))
        return error(400, QStringLiteral("insufficient_balance"),
                     QStringLiteral("available balance too low on exchange_index %1").arg(order.exchangeIndex));

    SimOrderMatcher::OrderResult result;
    if (!market.ghost) {
        SimOrderMatcher::OrderRequest replacement;
        replacement.accountId = accountId;
        replacement.clientOrderId = updatedClientId.isEmpty() ? order.clientOrderId : updatedClientId;
        replacement.side = order.bid ? SimOrderMatcher::Side::Bid : SimOrderMatcher::Side::Ask;
        replacement.priceMicros = *priceMicros;
        replacement.quantityHundredths = newRemaining;
        replacement.postOnly = order.postOnly;
        replacement.selfTrade = order.selfTrade == QLatin1String("maker") ? SimOrderMatcher::SelfTradePrevention::CancelMaker
                                                                         : SimOrderMatcher::SelfTradePrevention::CancelTaker;
        result = market.matcher->replace(order.orderId, replacement);
        if (result.status == SimOrderMatcher::Status::Rejected) {
            (void)market.matcher->takeLevelChanges();
            if (result.rejectCode == QLatin1String("post_only_cross"))
                return error(400, QStringLiteral("post_only_cross"), QStringLiteral("post-only order would cross"));
            return error(400, QStringLiteral("invalid_order"), result.rejectCode);
        }
    }
    if (!updatedClientId.isEmpty() && updatedClientId != order.clientOrderId) {
        order.clientOrderId = updatedClientId;
        m_clientOrderIds.insert(updatedKey, order.orderId);
    }
    order.priceMicros = *priceMicros;
    order.initial = *total;
    order.remaining = newRemaining;
    order.updatedMs = nowMs();
    (void)topUpHold(order); // checked above
    releaseHold(order);     // a cheaper price or smaller size frees collateral
    applyMatch(market, order, result);
    if (!market.ghost && result.status != SimOrderMatcher::Status::Resting && order.status == QLatin1String("resting"))
        order.status = order.remaining == 0 ? QStringLiteral("executed") : QStringLiteral("canceled");
    releaseHold(order);
    emitLevelChanges(market, order.clientOrderId, accountId);
    if (!result.fills.empty())
        emit tickerChanged(market.def.ticker);
    return SimHttpResponse::json(200, fillSummary(order));
}

SimHttpResponse SimKalshiExchange::decreaseOrder(const SimHttpRequest& request, const QString& accountId)
{
    OrderChange change = orderChange(request, accountId);
    if (change.refusal)
        return *change.refusal;
    const QJsonObject& body = change.body;
    Order& order = *change.order;
    const bool hasBy = body.contains(QStringLiteral("reduce_by"));
    const bool hasTo = body.contains(QStringLiteral("reduce_to"));
    if (hasBy == hasTo)
        return error(400, QStringLiteral("invalid_parameters"), QStringLiteral("exactly one of reduce_by and reduce_to is required"));
    const auto amount = SimKalshiFormat::parseHundredths(body.value(hasBy ? QStringLiteral("reduce_by") : QStringLiteral("reduce_to")).toString());
    if (!amount || *amount < 0)
        return error(400, QStringLiteral("invalid_order_size"), QStringLiteral("invalid count"));
    if (order.status != QLatin1String("resting"))
        return error(400, QStringLiteral("invalid_order"), QStringLiteral("order is not resting"));
    const std::int64_t cut = std::min(order.remaining, hasBy ? *amount : order.remaining - *amount);
    if (cut <= 0)
        return error(400, QStringLiteral("invalid_order_size"), QStringLiteral("the order would not decrease"));
    Market& market = m_markets.at(order.ticker);
    if (!market.ghost)
        (void)market.matcher->reduce(order.orderId, cut); // in place: the rest keeps its time priority
    order.remaining -= cut;
    if (order.remaining == 0)
        order.status = QStringLiteral("canceled");
    order.updatedMs = nowMs();
    releaseHold(order);
    emitLevelChanges(market, order.clientOrderId, accountId);
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("order_id"), order.orderId},
                                                  {QStringLiteral("client_order_id"), order.clientOrderId},
                                                  {QStringLiteral("remaining_count"), fp(order.remaining)},
                                                  {QStringLiteral("ts_ms"), nowMs()}});
}

int SimKalshiExchange::expireOrders()
{
    const qint64 now = nowMs();
    int expired = 0;
    for (auto& [id, order] : m_orders) {
        if (order.expirationMs <= 0 || order.expirationMs > now || order.status != QLatin1String("resting"))
            continue;
        Market& market = m_markets.at(order.ticker);
        (void)market.matcher->cancel(id);
        order.status = QStringLiteral("canceled");
        order.updatedMs = now;
        releaseHold(order);
        emitLevelChanges(market, order.clientOrderId, order.accountId);
        ++expired;
    }
    return expired;
}

QJsonObject SimKalshiExchange::orderJson(const Order& order) const
{
    return QJsonObject{
        {QStringLiteral("order_id"), order.orderId},
        {QStringLiteral("client_order_id"), order.clientOrderId},
        {QStringLiteral("user_id"), order.accountId},
        {QStringLiteral("ticker"), order.ticker},
        // V2 orders report side "yes" with the real direction in book_side.
        {QStringLiteral("side"), QStringLiteral("yes")},
        {QStringLiteral("outcome_side"), order.bid ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("book_side"), order.bid ? QStringLiteral("bid") : QStringLiteral("ask")},
        {QStringLiteral("status"), order.status},
        {QStringLiteral("type"), QStringLiteral("limit")},
        {QStringLiteral("time_in_force"), order.timeInForce},
        {QStringLiteral("yes_price_dollars"), dollars(order.priceMicros)},
        {QStringLiteral("no_price_dollars"), dollars(kOneDollar - order.priceMicros)},
        {QStringLiteral("initial_count_fp"), fp(order.initial)},
        {QStringLiteral("fill_count_fp"), fp(order.filled)},
        {QStringLiteral("remaining_count_fp"), fp(order.status == QLatin1String("resting") ? order.remaining : 0)},
        {QStringLiteral("taker_fill_cost_dollars"), dollars(order.takerFillCost)},
        {QStringLiteral("maker_fill_cost_dollars"), dollars(order.makerFillCost)},
        {QStringLiteral("taker_fees_dollars"), dollars(order.takerFees)},
        {QStringLiteral("maker_fees_dollars"), dollars(order.makerFees)},
        {QStringLiteral("created_time"), rfc3339(order.createdMs)},
        {QStringLiteral("last_update_time"), rfc3339(order.updatedMs)},
        {QStringLiteral("self_trade_prevention_type"), order.selfTrade},
        {QStringLiteral("post_only"), order.postOnly},
        {QStringLiteral("reduce_only"), order.reduceOnly},
        {QStringLiteral("expiration_time"), order.expirationMs > 0 ? QJsonValue(rfc3339(order.expirationMs)) : QJsonValue()},
        {QStringLiteral("exchange_index"), order.exchangeIndex},
    };
}

SimHttpResponse SimKalshiExchange::listOrders(const SimHttpRequest& request, const QString& accountId) const
{
    const Page page = pageOf(request, 100, 1000);
    if (!page.failure.isEmpty())
        return error(400, QStringLiteral("invalid_parameters"), page.failure);
    const QString ticker = request.queryValue(QStringLiteral("ticker"));
    const QString status = request.queryValue(QStringLiteral("status"));
    std::vector<const Order*> rows;
    for (auto it = m_orderSequence.rbegin(); it != m_orderSequence.rend(); ++it) { // newest first
        const Order& order = m_orders.at(*it);
        if (order.accountId != accountId || (!ticker.isEmpty() && order.ticker != ticker)
            || (!status.isEmpty() && order.status != status))
            continue;
        rows.push_back(&order);
    }
    QJsonArray orders;
    for (qsizetype i = page.offset; i < static_cast<qsizetype>(rows.size()) && i < page.offset + page.limit; ++i)
        orders.append(orderJson(*rows[static_cast<std::size_t>(i)]));
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("orders"), orders},
                                                  {QStringLiteral("cursor"),
                                                   nextCursor(page, static_cast<qsizetype>(rows.size()))}});
}

SimHttpResponse SimKalshiExchange::getOrder(const SimHttpRequest& request, const QString& accountId) const
{
    const auto it = m_orders.find(request.param(QStringLiteral("order_id")));
    if (it == m_orders.end() || it->second.accountId != accountId)
        return error(404, QStringLiteral("not_found"), QStringLiteral("order not found"));
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("order"), orderJson(it->second)}});
}

QJsonObject SimKalshiExchange::fillJson(const FillRecord& fill) const
{
    return QJsonObject{
        {QStringLiteral("fill_id"), fill.fillId},
        {QStringLiteral("trade_id"), fill.tradeId},
        {QStringLiteral("order_id"), fill.orderId},
        {QStringLiteral("client_order_id"), fill.clientOrderId},
        {QStringLiteral("ticker"), fill.ticker},
        {QStringLiteral("market_ticker"), fill.ticker},
        {QStringLiteral("outcome_side"), fill.bid ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("book_side"), fill.bid ? QStringLiteral("bid") : QStringLiteral("ask")},
        {QStringLiteral("count_fp"), fp(fill.hundredths)},
        {QStringLiteral("yes_price_dollars"), dollars(fill.priceMicros)},
        {QStringLiteral("no_price_dollars"), dollars(kOneDollar - fill.priceMicros)},
        {QStringLiteral("is_taker"), fill.isTaker},
        {QStringLiteral("fee_cost"), dollars(fill.feeMicros)},
        {QStringLiteral("created_time"), rfc3339(fill.tsMs)},
        {QStringLiteral("ts"), fill.tsMs / 1000},
        {QStringLiteral("exchange_index"), fill.exchangeIndex},
    };
}

SimHttpResponse SimKalshiExchange::listFills(const SimHttpRequest& request, const QString& accountId) const
{
    const Page page = pageOf(request, 100, 1000);
    if (!page.failure.isEmpty())
        return error(400, QStringLiteral("invalid_parameters"), page.failure);
    const QString ticker = request.queryValue(QStringLiteral("ticker"));
    const QString orderId = request.queryValue(QStringLiteral("order_id"));
    const qint64 minTs = request.queryValue(QStringLiteral("min_ts")).toLongLong();
    std::vector<const FillRecord*> rows;
    for (auto it = m_fills.rbegin(); it != m_fills.rend(); ++it) {
        if (it->accountId != accountId || (!ticker.isEmpty() && it->ticker != ticker)
            || (!orderId.isEmpty() && it->orderId != orderId) || (minTs > 0 && it->tsMs / 1000 < minTs))
            continue;
        rows.push_back(&*it);
    }
    QJsonArray fills;
    for (qsizetype i = page.offset; i < static_cast<qsizetype>(rows.size()) && i < page.offset + page.limit; ++i) {
        QJsonObject row = fillJson(*rows[static_cast<std::size_t>(i)]);
        row.remove(QStringLiteral("client_order_id")); // removed from REST fills (March 2026)
        fills.append(row);
    }
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("fills"), fills},
                                                  {QStringLiteral("cursor"),
                                                   nextCursor(page, static_cast<qsizetype>(rows.size()))}});
}

SimHttpResponse SimKalshiExchange::listSettlements(const SimHttpRequest& request, const QString& accountId) const
{
    const Page page = pageOf(request, 100, 1000);
    if (!page.failure.isEmpty())
        return error(400, QStringLiteral("invalid_parameters"), page.failure);
    std::vector<const Settlement*> rows;
    for (auto it = m_settlements.rbegin(); it != m_settlements.rend(); ++it) {
        if (it->accountId == accountId)
            rows.push_back(&*it);
    }
    QJsonArray settlements;
    for (qsizetype i = page.offset; i < static_cast<qsizetype>(rows.size()) && i < page.offset + page.limit; ++i) {
        const Settlement& s = *rows[static_cast<std::size_t>(i)];
        settlements.append(QJsonObject{
            {QStringLiteral("ticker"), s.ticker},
            {QStringLiteral("event_ticker"), s.eventTicker},
            {QStringLiteral("market_result"), s.result},
            {QStringLiteral("yes_count_fp"), fp(s.yesCount)},
            {QStringLiteral("no_count_fp"), fp(s.noCount)},
            {QStringLiteral("yes_total_cost_dollars"), dollars(s.yesCost)},
            {QStringLiteral("no_total_cost_dollars"), dollars(s.noCost)},
            {QStringLiteral("revenue"), cents(s.revenueMicros)},
            {QStringLiteral("value"), s.result == QLatin1String("yes") ? 100 : 0},
            {QStringLiteral("fee_cost"), dollars(0)},
            {QStringLiteral("settled_time"), rfc3339(s.tsMs)},
            {QStringLiteral("exchange_index"), s.exchangeIndex},
        });
    }
    return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("settlements"), settlements},
                                                  {QStringLiteral("cursor"),
                                                   nextCursor(page, static_cast<qsizetype>(rows.size()))}});
}

// ---- control ---------------------------------------------------------------------------------------------------

Status SimKalshiExchange::settle(const QString& ticker, bool yesWins)
{
    auto marketIt = m_markets.find(ticker);
    if (marketIt == m_markets.end())
        return makeError(QStringLiteral("sim.market"), QStringLiteral("unknown market ") + ticker);
    Market& market = marketIt->second;
    for (auto& [id, order] : m_orders) {
        if (order.ticker == ticker && order.status == QLatin1String("resting")) {
            order.status = QStringLiteral("canceled");
            order.updatedMs = nowMs();
            releaseHold(order);
        }
    }
    (void)market.matcher->cancelEverything();
    emitLevelChanges(market, {}, {});
    market.result = yesWins ? QStringLiteral("yes") : QStringLiteral("no");
    market.def.status = QStringLiteral("finalized");
    for (auto& [id, owner] : m_accounts) {
        const SimPosition position = owner.position(ticker);
        if (position.positionHundredths == 0)
            continue;
        Settlement settlement;
        settlement.accountId = id;
        settlement.ticker = ticker;
        settlement.eventTicker = market.def.eventTicker;
        settlement.result = market.result;
        settlement.yesCount = std::max<std::int64_t>(0, position.positionHundredths);
        settlement.noCount = std::max<std::int64_t>(0, -position.positionHundredths);
        (position.positionHundredths > 0 ? settlement.yesCost : settlement.noCost) = position.costMicros;
        settlement.revenueMicros = owner.settle(ticker, yesWins);
        settlement.tsMs = nowMs();
        settlement.exchangeIndex = market.def.exchangeIndex;
        m_settlements.push_back(settlement);
    }
    emit tickerChanged(ticker);
    return {};
}

void SimKalshiExchange::setGhostMarket(const QString& ticker, bool ghost)
{
    auto it = m_markets.find(ticker);
    if (it != m_markets.end())
        it->second.ghost = ghost;
}

Result<SimOrderMatcher::OrderResult> SimKalshiExchange::placeFlowOrder(const QString& ticker, bool bid,
                                                                       std::int64_t priceMicros,
                                                                       std::int64_t hundredths, bool immediateOrCancel)
{
    auto it = m_markets.find(ticker);
    if (it == m_markets.end())
        return makeError(QStringLiteral("sim.market"), QStringLiteral("unknown market ") + ticker);
    Market& market = it->second;
    SimOrderMatcher::OrderRequest request;
    request.accountId = kFlowAccount;
    request.side = bid ? SimOrderMatcher::Side::Bid : SimOrderMatcher::Side::Ask;
    request.priceMicros = priceMicros;
    request.quantityHundredths = hundredths;
    request.timeInForce = immediateOrCancel ? SimOrderMatcher::TimeInForce::ImmediateOrCancel
                                            : SimOrderMatcher::TimeInForce::GoodTillCancel;
    const auto result = market.matcher->submit(request);
    if (result.status == SimOrderMatcher::Status::Rejected)
        return makeError(QStringLiteral("sim.order"), result.rejectCode);
    Order flow;
    flow.orderId = result.orderId;
    flow.accountId = kFlowAccount;
    flow.ticker = ticker;
    flow.bid = bid;
    flow.priceMicros = priceMicros;
    flow.initial = hundredths;
    flow.remaining = hundredths;
    flow.timeInForce = immediateOrCancel ? QStringLiteral("immediate_or_cancel") : QStringLiteral("good_till_canceled");
    flow.selfTrade = QStringLiteral("taker_at_cross");
    flow.createdMs = nowMs();
    auto& stored = m_orders.emplace(flow.orderId, flow).first->second;
    m_orderSequence.push_back(flow.orderId);
    applyMatch(market, stored, result);
    if (result.status != SimOrderMatcher::Status::Resting && stored.status == QLatin1String("resting"))
        stored.status = stored.remaining == 0 ? QStringLiteral("executed") : QStringLiteral("canceled");
    emitLevelChanges(market, {}, kFlowAccount);
    if (!result.fills.empty())
        emit tickerChanged(ticker);
    return result;
}

Result<QString> SimKalshiExchange::placeMakerOrder(const QString& ticker, bool bid, std::int64_t priceMicros,
                                                   std::int64_t hundredths)
{
    auto it = m_markets.find(ticker);
    if (it == m_markets.end())
        return makeError(QStringLiteral("sim.market"), QStringLiteral("unknown market ") + ticker);
    Market& market = it->second;
    SimOrderMatcher::OrderRequest request;
    request.accountId = kMarketMakerAccount;
    request.side = bid ? SimOrderMatcher::Side::Bid : SimOrderMatcher::Side::Ask;
    request.priceMicros = priceMicros;
    request.quantityHundredths = hundredths;
    request.postOnly = true;
    const auto result = market.matcher->submit(request);
    if (result.status == SimOrderMatcher::Status::Rejected) {
        (void)market.matcher->takeLevelChanges();
        return makeError(QStringLiteral("sim.order"), result.rejectCode);
    }
    Order order;
    order.orderId = result.orderId;
    order.accountId = kMarketMakerAccount;
    order.ticker = ticker;
    order.bid = bid;
    order.priceMicros = priceMicros;
    order.initial = hundredths;
    order.remaining = hundredths;
    order.timeInForce = QStringLiteral("good_till_canceled");
    order.selfTrade = QStringLiteral("taker_at_cross");
    order.postOnly = true;
    order.createdMs = nowMs();
    order.updatedMs = order.createdMs;
    m_orders.emplace(order.orderId, order);
    m_orderSequence.push_back(order.orderId);
    emitLevelChanges(market, {}, kMarketMakerAccount);
    return result.orderId;
}

Status SimKalshiExchange::cancelMakerOrder(const QString& orderId)
{
    const CreateOutcome outcome = cancel(orderId, kMarketMakerAccount);
    if (outcome.status != 200) {
        const QJsonObject reason = outcome.body.value(QStringLiteral("error")).toObject();
        return makeError(QStringLiteral("sim.order"), reason.value(QStringLiteral("message")).toString());
    }
    return {};
}

void SimKalshiExchange::stepFlow()
{
    for (auto& [ticker, market] : m_markets) {
        if (market.def.flowMaxHundredths <= 0 || market.def.status != QLatin1String("active"))
            continue;
        // xorshift32: deterministic for a given seed.
        m_flowState ^= m_flowState << 13;
        m_flowState ^= m_flowState >> 17;
        m_flowState ^= m_flowState << 5;
        const bool buy = (m_flowState & 1U) != 0;
        const std::int64_t size = 100 + static_cast<std::int64_t>(m_flowState % static_cast<quint32>(
                                                                      std::max<std::int64_t>(1, market.def.flowMaxHundredths)));
        const auto best = buy ? market.matcher->bestAsk() : market.matcher->bestBid();
        if (!best)
            continue;
        (void)placeFlowOrder(ticker, buy, *best, size, true);
    }
}

QJsonObject SimKalshiExchange::tickerMessage(const QString& ticker) const
{
    const auto it = m_markets.find(ticker);
    if (it == m_markets.end())
        return {};
    const Market& market = it->second;
    const auto bids = market.matcher->bids(1);
    const auto asks = market.matcher->asks(1);
    return QJsonObject{
        {QStringLiteral("market_ticker"), ticker},
        {QStringLiteral("market_id"), ticker},
        {QStringLiteral("price_dollars"), dollars(market.lastPriceMicros)},
        {QStringLiteral("yes_bid_dollars"), dollars(bids.empty() ? 0 : bids[0].priceMicros)},
        {QStringLiteral("yes_ask_dollars"), dollars(asks.empty() ? kOneDollar : asks[0].priceMicros)},
        {QStringLiteral("yes_bid_size_fp"), fp(bids.empty() ? 0 : bids[0].quantityHundredths)},
        {QStringLiteral("yes_ask_size_fp"), fp(asks.empty() ? 0 : asks[0].quantityHundredths)},
        {QStringLiteral("volume_fp"), fp(market.volumeHundredths)},
        {QStringLiteral("open_interest_fp"), fp(0)},
        {QStringLiteral("ts_ms"), nowMs()},
    };
}

} // namespace orion
