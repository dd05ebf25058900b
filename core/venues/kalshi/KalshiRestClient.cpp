#include "venues/kalshi/KalshiRestClient.h"

#include "common/Logging.h"
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
        if (page.ok())
            m_parseErrors += page->rejected;
        done(std::move(page));
    });
}

void KalshiRestClient::getAllMarkets(QUrlQuery filters, Callback<QList<KalshiMarket>> done, Progress progress)
{
    if (!filters.hasQueryItem(QStringLiteral("limit")))
        filters.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    collectPages<KalshiMarket>(QStringLiteral("/markets"), filters, {}, {}, 0, &KalshiParser::parseMarketsPage,
                               std::move(done), std::move(progress));
}

void KalshiRestClient::getAllEvents(QUrlQuery filters, Callback<QList<KalshiEvent>> done, Progress progress)
{
    if (!filters.hasQueryItem(QStringLiteral("limit")))
        filters.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    collectPages<KalshiEvent>(QStringLiteral("/events"), filters, {}, {}, 0, &KalshiParser::parseEventsPage,
                              std::move(done), std::move(progress));
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
        done(counted(KalshiParser::parseMarketResponse(body.value()), "market"));
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
        done(counted(KalshiParser::parseBalance(body.value()), "balance"));
    });
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
    HttpRequest request = HttpRequest::postJson(QStringLiteral("/portfolio/events/orders"), KalshiParser::orderRequestJson(order));
    request.rateClass = kWrite;
    request.cost = kCreateCost;
    // Safe to resend only because Kalshi rejects a second order with the same client_order_id (409).
    request.idempotent = !order.clientOrderId.isEmpty();
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        done(counted(KalshiParser::parseCreateOrderResponse(body.value()), "create order"));
    });
}

void KalshiRestClient::batchCreateOrders(const QList<KalshiOrderRequest>& requests,
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
    send(std::move(request), [this, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok())
            return done(body.error());
        done(counted(KalshiParser::parseBatchCreateResponse(body.value()), "batch create"));
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
