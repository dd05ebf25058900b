#include "venues/kalshi/KalshiRestClient.h"

#include "common/Logging.h"
#include "common/Notional.h"
#include "venues/kalshi/KalshiParser.h"

#include <QJsonArray>
#include <QJsonObject>

namespace orion {

namespace {
const QString kRead = QStringLiteral("read");
const QString kWrite = QStringLiteral("write");
constexpr int kMaxPages = 10'000; // a venue that never ends its cursor chain is an error, not a hang
} // namespace

KalshiRestClient::KalshiRestClient(QUrl baseUrl, std::optional<KalshiRequestSigner> signer, const Clock& clock,
                                   QObject* parent)
    : QObject(parent), m_http(new HttpClient(std::move(baseUrl), this)), m_limiter(clock), m_signer(std::move(signer))
{
    if (m_signer)
        m_http->setSigner(m_signer->requestSigner());
    m_http->setRateLimiter(&m_limiter);
    m_http->setDefaultTimeoutMs(10'000);
    setRateTier(KalshiRateTier{});
}

KalshiRestClient::~KalshiRestClient() = default;

void KalshiRestClient::setRateTier(const KalshiRateTier& tier)
{
    m_limiter.configure(kRead, tier.readPerSecond * tier.readBurstSeconds, tier.readPerSecond);
    m_limiter.configure(kWrite, tier.writePerSecond * tier.writeBurstSeconds, tier.writePerSecond);
}

Error KalshiRestClient::errorFor(const HttpReply& reply) const
{
    if (reply.isTransportError()) {
        // HttpClient reports an HTTP 400 as a protocol error without status (Qt's ProtocolInvalidOperationError),
        // but the body is still Kalshi's answer: a Kalshi error object there is a venue rejection, not a network fault.
        if (reply.error == NetError::Protocol && !reply.body.isEmpty()) {
            const Error venue = KalshiParser::parseError(400, reply.body);
            if (!venue.code.startsWith(QLatin1String("kalshi.http_")))
                return venue;
        }
        return reply.toError();
    }
    Error error = KalshiParser::parseError(reply.status, reply.body);
    if (reply.status == 401 || reply.status == 403) {
        const QString key = m_signer ? m_signer->keyId() : QStringLiteral("(none: unsigned request)");
        return makeError(QStringLiteral("kalshi.auth"),
                         QStringLiteral("Kalshi rejected API key %1 (HTTP %2): %3").arg(key).arg(reply.status).arg(error.message));
    }
    if (reply.status >= 500)
        return makeError(QStringLiteral("kalshi.server_error"),
                         QStringLiteral("Kalshi HTTP %1 after %2 attempts: %3").arg(reply.status).arg(reply.attempts).arg(error.message));
    if (reply.status == 429)
        return makeError(QStringLiteral("kalshi.rate_limited"),
                         QStringLiteral("Kalshi rate limit exceeded after %1 attempts").arg(reply.attempts));
    return error;
}

void KalshiRestClient::send(HttpRequest request, BodyCallback done)
{
    if (request.sign && !m_signer) {
        // Public endpoints only without a key: a portfolio call cannot succeed, so it is not sent.
        if (request.path.startsWith(QLatin1String("/portfolio"))) {
            done(makeError(QStringLiteral("kalshi.auth"), QStringLiteral("no Kalshi API key configured")));
            return;
        }
        request.sign = false;
    }
    m_http->send(std::move(request), this, [this, done = std::move(done)](const HttpReply& reply) {
        if (!reply.ok()) {
            done(errorFor(reply));
            return;
        }
        done(reply.body);
    });
}

template <typename T>
Result<T> KalshiRestClient::counted(Result<T> parsed, const char* what)
{
    if (!parsed.ok()) {
        ++m_parseErrors;
        qCWarning(lcVenue) << "kalshi:" << what << "rejected:" << parsed.error().message;
    }
    return parsed;
}

template <typename T>
void KalshiRestClient::collectPages(const QString& path, QUrlQuery filters, QString cursor, QList<T> collected,
                                    int pages, std::function<Result<KalshiPage<T>>(const QByteArray&)> parse,
                                    Callback<QList<T>> done, Progress progress)
{
    QUrlQuery query = filters;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    HttpRequest request = HttpRequest::get(path, query);
    request.rateClass = kRead;
    request.cost = kReadCost;
    send(std::move(request), [this, path, filters, collected, pages, parse, done, progress](Result<QByteArray> body) mutable {
        if (!body.ok()) {
            done(body.error());
            return;
        }
        auto page = counted(parse(body.value()), "page");
        if (!page.ok()) {
            done(page.error());
            return;
        }
        if (page->rejected > 0) {
            m_parseErrors += page->rejected;
            for (const QString& message : page->problems)
                qCWarning(lcVenue) << "kalshi: record left out:" << message;
        }
        collected.append(page->items);
        const int pageCount = pages + 1;
        if (progress)
            progress(pageCount, static_cast<int>(collected.size()));
        if (page->cursor.isEmpty()) {
            done(collected);
            return;
        }
        if (pageCount >= kMaxPages) {
            done(makeError(QStringLiteral("kalshi.pagination"), QStringLiteral("more than %1 pages").arg(kMaxPages)));
            return;
        }
        collectPages<T>(path, filters, page->cursor, collected, pageCount, parse, done, progress);
    });
}

void KalshiRestClient::getMarketsPage(QUrlQuery filters, const QString& cursor, Callback<KalshiPage<KalshiMarket>> done)
{
    if (!cursor.isEmpty())
        filters.addQueryItem(QStringLiteral("cursor"), cursor);
    HttpRequest request = HttpRequest::get(QStringLiteral("/markets"), filters);
    request.rateClass = kRead;
    request.cost = kReadCost;
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        auto page = counted(KalshiParser::parseMarketsPage(body.value()), "markets page");
        if (page.ok()) {
            m_parseErrors += page->rejected;
            rememberMarkets(page->items);
        }
        done(std::move(page));
    });
}

void KalshiRestClient::getAllMarkets(QUrlQuery filters, Callback<QList<KalshiMarket>> done, Progress progress)
{
    if (!filters.hasQueryItem(QStringLiteral("limit")))
        filters.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    collectPages<KalshiMarket>(QStringLiteral("/markets"), filters, {}, {}, 0, &KalshiParser::parseMarketsPage,
                               [this, done = std::move(done)](Result<QList<KalshiMarket>> markets) {
                                   if (markets.ok())
                                       rememberMarkets(markets.value());
                                   done(std::move(markets));
                               },
                               std::move(progress));
}

void KalshiRestClient::getAllEvents(QUrlQuery filters, Callback<QList<KalshiEvent>> done, Progress progress)
{
    if (!filters.hasQueryItem(QStringLiteral("limit")))
        filters.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    collectPages<KalshiEvent>(QStringLiteral("/events"), filters, {}, {}, 0, &KalshiParser::parseEventsPage,
                              [this, done = std::move(done)](Result<QList<KalshiEvent>> events) {
                                  if (events.ok()) {
                                      for (const KalshiEvent& event : events.value())
                                          rememberMarkets(event.markets);
                                  }
                                  done(std::move(events));
                              },
                              std::move(progress));
}

namespace {
QString segment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

void KalshiRestClient::getMarket(const QString& ticker, Callback<KalshiMarket> done)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/markets/") + segment(ticker));
    request.rateClass = kRead;
    request.cost = kReadCost;
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        auto market = counted(KalshiParser::parseMarketResponse(body.value()), "market");
        if (market.ok())
            rememberMarkets({market.value()});
        done(std::move(market));
    });
}

void KalshiRestClient::getSeries(const QString& seriesTicker, Callback<KalshiSeries> done)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/series/") + segment(seriesTicker));
    request.rateClass = kRead;
    request.cost = kReadCost;
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        done(counted(KalshiParser::parseSeries(body.value()), "series"));
    });
}

void KalshiRestClient::getOrderbook(const QString& ticker, int depth, Callback<BookSnapshot> done)
{
    QUrlQuery query;
    if (depth > 0)
        query.addQueryItem(QStringLiteral("depth"), QString::number(depth));
    HttpRequest request = HttpRequest::get(QStringLiteral("/markets/") + segment(ticker) + QStringLiteral("/orderbook"), query);
    request.rateClass = kRead;
    request.cost = kReadCost;
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        done(counted(KalshiParser::parseOrderbook(body.value()), "orderbook"));
    });
}

void KalshiRestClient::getBalance(Callback<KalshiBalance> done)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/portfolio/balance"));
    request.rateClass = kRead;
    request.cost = kReadCost;
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        auto balance = counted(KalshiParser::parseBalance(body.value()), "balance");
        if (balance.ok())
            m_balance = balance.value();
        done(std::move(balance));
    });
}

void KalshiRestClient::transferBetweenShards(int fromExchangeIndex, int toExchangeIndex, Cash amount,
                                             Callback<QString> done)
{
    // The API counts centicents; a finer amount would be rounded by someone, so it is refused here.
    constexpr std::int64_t kMicrosPerCenticent = 100;
    if (amount.micros() <= 0 || amount.micros() % kMicrosPerCenticent != 0) {
        done(makeError(QStringLiteral("kalshi.invalid_transfer"),
                       QStringLiteral("transfer amount %1 is not a positive whole number of $0.0001").arg(amount.toDollarString(6))));
        return;
    }
    if (fromExchangeIndex < 0 || toExchangeIndex < 0 || fromExchangeIndex == toExchangeIndex) {
        done(makeError(QStringLiteral("kalshi.invalid_transfer"),
                       QStringLiteral("cannot transfer from exchange shard %1 to %2").arg(fromExchangeIndex).arg(toExchangeIndex)));
        return;
    }
    const QJsonObject transfer{
        {QStringLiteral("source"), QStringLiteral("event_contract")},
        {QStringLiteral("destination"), QStringLiteral("event_contract")},
        {QStringLiteral("amount"), static_cast<qint64>(amount.micros() / kMicrosPerCenticent)},
        {QStringLiteral("source_exchange_shard"), fromExchangeIndex},
        {QStringLiteral("destination_exchange_shard"), toExchangeIndex},
    };
    HttpRequest request = HttpRequest::postJson(QStringLiteral("/portfolio/intra_exchange_instance_transfer"), transfer);
    request.rateClass = kWrite;
    request.cost = kReadCost;
    request.idempotent = false;
    send(std::move(request), [this, fromExchangeIndex, toExchangeIndex, amount, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        auto id = counted(KalshiParser::parseTransferResponse(body.value()), "transfer");
        if (id.ok() && m_balance) {
            // Keep the cached shard cash in step until the next balance read.
            for (KalshiShardBalance& entry : m_balance->breakdown) {
                if (entry.exchangeIndex == fromExchangeIndex)
                    entry.balance = Cash::fromMicros(entry.balance.micros() - amount.micros());
                else if (entry.exchangeIndex == toExchangeIndex)
                    entry.balance = Cash::fromMicros(entry.balance.micros() + amount.micros());
            }
            if (!m_balance->onShard(toExchangeIndex))
                m_balance->breakdown.append(KalshiShardBalance{toExchangeIndex, amount});
        }
        done(std::move(id));
    });
}

void KalshiRestClient::rememberMarkets(const QList<KalshiMarket>& markets)
{
    for (const KalshiMarket& market : markets)
        m_marketShards.insert(market.ticker, market.exchangeIndex);
}

std::optional<int> KalshiRestClient::exchangeIndexOf(const QString& ticker) const
{
    const auto found = m_marketShards.constFind(ticker);
    if (found == m_marketShards.constEnd())
        return std::nullopt;
    return *found;
}

void KalshiRestClient::setExchangeIndex(const QString& ticker, int exchangeIndex)
{
    m_marketShards.insert(ticker, exchangeIndex);
}

Result<Cash> KalshiRestClient::collateralFor(const KalshiOrderRequest& order)
{
    const Price unit = order.bid ? order.yesPrice : Price::fromMicros(Price::kMicrosPerDollar - order.yesPrice.micros());
    return notional(unit, order.count, Rounding::Up);
}

QHash<int, Error> KalshiRestClient::shortfalls(const QList<KalshiOrderRequest>& orders) const
{
    QHash<int, Error> refused;
    if (!m_balance || m_balance->breakdown.isEmpty())
        return refused;
    QHash<int, std::int64_t> committed; // per shard, by the orders before this one in the list
    for (int i = 0; i < orders.size(); ++i) {
        const KalshiOrderRequest& order = orders[i];
        const auto shard = exchangeIndexOf(order.ticker);
        if (!shard || order.reduceOnly) // a reduce-only order locks nothing
            continue;
        const auto needed = collateralFor(order);
        if (!needed.ok())
            continue;
        const std::int64_t available = m_balance->onShard(*shard).value_or(Cash::zero()).micros() - committed.value(*shard);
        if (needed->micros() > available) {
            refused.insert(i, makeError(QStringLiteral("kalshi.shard_collateral"),
                                        QStringLiteral("Kalshi order on %1 not sent: exchange shard %2 has $%3 available, the "
                                                       "order needs $%4 (collateral is per shard: transfer cash to shard %2)")
                                            .arg(order.ticker)
                                            .arg(*shard)
                                            .arg(Cash::fromMicros(std::max<std::int64_t>(0, available)).toDollarString(2),
                                                 needed->toDollarString(2))));
            continue;
        }
        committed[*shard] += needed->micros();
    }
    return refused;
}

void KalshiRestClient::checkCollateral(const QList<KalshiOrderRequest>& orders, std::function<void(QHash<int, Error>)> then)
{
    if (shortfalls(orders).isEmpty()) {
        then({});
        return;
    }
    // The cached numbers may be stale (a deposit, a cancel, a fill): read the balance before refusing anything.
    getBalance([this, orders, then = std::move(then)](Result<KalshiBalance> refreshed) {
        if (!refreshed.ok()) {
            qCWarning(lcVenue) << "kalshi: balance refresh before an order failed:" << refreshed.error().message;
            then({}); // the venue will decide
            return;
        }
        then(shortfalls(orders));
    });
}

void KalshiRestClient::commitCollateral(const KalshiOrderRequest& order)
{
    const auto shard = exchangeIndexOf(order.ticker);
    const auto needed = collateralFor(order);
    if (!m_balance || !shard || order.reduceOnly || !needed.ok())
        return;
    for (KalshiShardBalance& entry : m_balance->breakdown) {
        if (entry.exchangeIndex == *shard)
            entry.balance = Cash::fromMicros(entry.balance.micros() - needed->micros());
    }
}

void KalshiRestClient::getAllPositions(Callback<QList<KalshiPosition>> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    collectPages<KalshiPosition>(QStringLiteral("/portfolio/positions"), query, {}, {}, 0,
                                 &KalshiParser::parsePositionsPage, std::move(done), {});
}

void KalshiRestClient::getFills(QUrlQuery filters, Callback<QList<KalshiFill>> done)
{
    if (!filters.hasQueryItem(QStringLiteral("limit")))
        filters.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    collectPages<KalshiFill>(QStringLiteral("/portfolio/fills"), filters, {}, {}, 0, &KalshiParser::parseFillsPage,
                             std::move(done), {});
}

void KalshiRestClient::getOrders(QUrlQuery filters, Callback<QList<KalshiOrder>> done)
{
    if (!filters.hasQueryItem(QStringLiteral("limit")))
        filters.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    collectPages<KalshiOrder>(QStringLiteral("/portfolio/orders"), filters, {}, {}, 0, &KalshiParser::parseOrdersPage,
                              std::move(done), {});
}

void KalshiRestClient::getOrder(const QString& orderId, Callback<KalshiOrder> done)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/portfolio/orders/") + segment(orderId));
    request.rateClass = kRead;
    request.cost = kReadCost;
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        done(counted(KalshiParser::parseOrderResponse(body.value()), "order"));
    });
}

void KalshiRestClient::createOrder(const KalshiOrderRequest& order, Callback<KalshiCreateOrderAck> done)
{
    checkCollateral({order}, [this, order, done = std::move(done)](QHash<int, Error> refused) {
        if (refused.contains(0)) {
            qCWarning(lcVenue) << "kalshi:" << refused.value(0).message;
            done(refused.value(0));
            return;
        }
        sendCreate(order, done);
    });
}

void KalshiRestClient::sendCreate(const KalshiOrderRequest& order, Callback<KalshiCreateOrderAck> done)
{
    HttpRequest request = HttpRequest::postJson(QStringLiteral("/portfolio/events/orders"), KalshiParser::orderRequestJson(order));
    request.rateClass = kWrite;
    request.cost = kCreateCost;
    // Safe to resend only because Kalshi rejects a second order with the same client_order_id (409).
    request.idempotent = !order.clientOrderId.isEmpty();
    send(std::move(request), [this, order, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        auto ack = counted(KalshiParser::parseCreateOrderResponse(body.value()), "create order");
        if (ack.ok())
            commitCollateral(order);
        done(std::move(ack));
    });
}

void KalshiRestClient::batchCreateOrders(const QList<KalshiOrderRequest>& requests,
                                         Callback<QList<KalshiBatchCreateResult>> done)
{
    checkCollateral(requests, [this, requests, done = std::move(done)](QHash<int, Error> refused) {
        if (refused.isEmpty()) {
            sendBatchCreate(requests, done);
            return;
        }
        // The refused orders are answered here; the others go out, and the answers are merged back in order.
        QList<KalshiOrderRequest> sent;
        for (int i = 0; i < requests.size(); ++i) {
            if (!refused.contains(i))
                sent.append(requests[i]);
        }
        auto merge = [requests, refused, done](const QList<KalshiBatchCreateResult>& answered) {
            QList<KalshiBatchCreateResult> results;
            qsizetype next = 0;
            for (int i = 0; i < requests.size(); ++i) {
                if (refused.contains(i)) {
                    KalshiBatchCreateResult local;
                    local.clientOrderId = requests[i].clientOrderId;
                    local.errorCode = QStringLiteral("shard_collateral");
                    local.errorMessage = refused.value(i).message;
                    results.append(local);
                } else if (next < answered.size()) {
                    results.append(answered[next++]);
                }
            }
            done(results);
        };
        if (sent.isEmpty()) {
            merge({});
            return;
        }
        sendBatchCreate(sent, [merge, done](Result<QList<KalshiBatchCreateResult>> answered) {
            if (!answered.ok())
                return done(answered.error());
            merge(answered.value());
        });
    });
}

void KalshiRestClient::sendBatchCreate(const QList<KalshiOrderRequest>& requests,
                                       Callback<QList<KalshiBatchCreateResult>> done)
{
    QJsonArray orders;
    bool allHaveIds = true;
    for (const KalshiOrderRequest& order : requests) {
        orders.append(KalshiParser::orderRequestJson(order));
        allHaveIds = allHaveIds && !order.clientOrderId.isEmpty();
    }
    HttpRequest request =
        HttpRequest::postJson(QStringLiteral("/portfolio/events/orders/batched"), QJsonObject{{QStringLiteral("orders"), orders}});
    request.rateClass = kWrite;
    request.cost = kCreateCost * std::max<qint64>(1, requests.size());
    request.idempotent = allHaveIds;
    send(std::move(request), [this, requests, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        auto results = counted(KalshiParser::parseBatchCreateResponse(body.value()), "batch create");
        if (results.ok()) {
            for (qsizetype i = 0; i < results->size() && i < requests.size(); ++i) {
                if (results.value()[i].ack)
                    commitCollateral(requests[i]);
            }
        }
        done(std::move(results));
    });
}

void KalshiRestClient::cancelOrder(const QString& orderId, Callback<KalshiCancelAck> done)
{
    HttpRequest request = HttpRequest::del(QStringLiteral("/portfolio/events/orders/") + segment(orderId));
    request.rateClass = kWrite;
    request.cost = kCancelCost;
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        done(counted(KalshiParser::parseCancelResponse(body.value()), "cancel"));
    });
}

void KalshiRestClient::amendOrder(const QString& orderId, const KalshiAmendRequest& amend,
                                  Callback<KalshiCreateOrderAck> done)
{
    HttpRequest request = HttpRequest::postJson(QStringLiteral("/portfolio/events/orders/") + segment(orderId)
                                                    + QStringLiteral("/amend"),
                                                KalshiParser::amendRequestJson(amend));
    request.rateClass = kWrite;
    request.cost = kCreateCost;
    // Absolute price and total count: sending it twice leaves the same order.
    request.idempotent = true;
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        done(counted(KalshiParser::parseCreateOrderResponse(body.value()), "amend order"));
    });
}

void KalshiRestClient::decreaseOrder(const QString& orderId, Quantity remaining, Callback<KalshiDecreaseAck> done)
{
    if (remaining.hundredths() < 0) {
        done(makeError(QStringLiteral("kalshi.invalid_order"), QStringLiteral("cannot decrease an order below zero")));
        return;
    }
    // reduce_to, not reduce_by: absolute, so a retried request cannot cut twice.
    HttpRequest request = HttpRequest::postJson(QStringLiteral("/portfolio/events/orders/") + segment(orderId)
                                                    + QStringLiteral("/decrease"),
                                                QJsonObject{{QStringLiteral("reduce_to"), remaining.toString(2)}});
    request.rateClass = kWrite;
    request.cost = kCancelCost;
    request.idempotent = true;
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        done(counted(KalshiParser::parseDecreaseResponse(body.value()), "decrease order"));
    });
}

void KalshiRestClient::batchCancelOrders(const QStringList& orderIds, Callback<QList<KalshiBatchCancelResult>> done)
{
    QJsonArray orders;
    for (const QString& id : orderIds)
        orders.append(QJsonObject{{QStringLiteral("order_id"), id}});
    HttpRequest request = HttpRequest::del(QStringLiteral("/portfolio/events/orders/batched"));
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("orders"), orders}}).toJson(QJsonDocument::Compact);
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.rateClass = kWrite;
    request.cost = kCancelCost * std::max<qint64>(1, orderIds.size());
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        const QJsonDocument document = QJsonDocument::fromJson(body.value());
        const QJsonValue list = document.object().value(QStringLiteral("orders"));
        if (!list.isArray()) {
            ++m_parseErrors;
            return done(makeError(QStringLiteral("kalshi.parse"), QStringLiteral("field 'orders' is not an array")));
        }
        QList<KalshiBatchCancelResult> results;
        for (const QJsonValue& entry : list.toArray()) {
            const QJsonObject row = entry.toObject();
            KalshiBatchCancelResult result;
            result.orderId = row.value(QStringLiteral("order_id")).toString();
            const QJsonValue error = row.value(QStringLiteral("error"));
            if (error.isObject()) {
                result.errorCode = error.toObject().value(QStringLiteral("code")).toString();
                result.errorMessage = error.toObject().value(QStringLiteral("message")).toString();
            } else {
                const auto reduced = Quantity::parse(row.value(QStringLiteral("reduced_by")).toString());
                if (reduced.ok()) {
                    result.reducedBy = reduced.value();
                } else {
                    ++m_parseErrors;
                    result.errorCode = QStringLiteral("parse");
                    result.errorMessage = QStringLiteral("field 'reduced_by' is not a count");
                }
            }
            results.append(result);
        }
        done(results);
    });
}

} // namespace orion
