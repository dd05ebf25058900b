#include "venues/polymarket/PolymarketClobClient.h"

#include "common/Logging.h"
#include "crypto/Random.h"
#include "venues/polymarket/PolymarketL1Auth.h"
#include "venues/polymarket/PolymarketOrderBuilder.h"
#include "venues/polymarket/PolymarketParser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace orion {

namespace {

__extension__ typedef __int128 Int128;

constexpr quint64 kSaltBound = quint64(1) << 53; // the salt travels as a JSON number

Error codeError(const QString& code, const QString& message)
{
    return makeError(QStringLiteral("polymarket.") + code, message);
}

} // namespace

PolymarketClobClient::PolymarketClobClient(QUrl baseUrl, const Secp256k1Signer& key, quint64 chainId, QObject* parent)
    : QObject(parent)
    , m_key(key)
    , m_chainId(chainId)
    , m_http(new HttpClient(std::move(baseUrl), this))
    , m_funder(key.address())
{
    m_http->setSigner([this](const QByteArray& method, const QString& path, const QByteArray& body) -> Result<HttpHeaders> {
        if (!m_l2)
            return codeError(QStringLiteral("auth"), QStringLiteral("no API credentials yet"));
        return m_l2->headers(nowMs() / 1000, method, path.toUtf8(), body);
    });
}

PolymarketClobClient::~PolymarketClobClient() = default;

Status PolymarketClobClient::setWallet(PolymarketSignatureType type, const EthAddress& funder)
{
    if (type == PolymarketSignatureType::Eoa && funder != m_key.address())
        return codeError(QStringLiteral("order"), QStringLiteral("an EOA wallet funds its own orders: the funder must be %1")
                                                      .arg(m_key.address().toChecksumHex()));
    if (type != PolymarketSignatureType::Eoa && funder == m_key.address())
        return codeError(QStringLiteral("order"),
                         QStringLiteral("a proxy, Safe or deposit wallet address is not the signing key's own address"));
    m_signatureType = type;
    m_funder = funder;
    return {};
}

void PolymarketClobClient::setCredentials(PolymarketApiCredentials credentials)
{
    m_l2 = std::make_unique<PolymarketL2Auth>(m_key.address(), std::move(credentials));
}

qint64 PolymarketClobClient::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

int PolymarketClobClient::httpStatus(const HttpReply& reply)
{
    // Qt reports HTTP 400 as ProtocolInvalidOperationError, which HttpClient files as a transport error with the
    // status zeroed; the venue's JSON error body still proves that a complete 400 answer arrived.
    if (reply.error == NetError::Protocol && reply.status == 0
        && QJsonDocument::fromJson(reply.body).object().contains(QStringLiteral("error")))
        return 400;
    return reply.isTransportError() ? 0 : reply.status;
}

Error PolymarketClobClient::toError(const HttpReply& reply)
{
    const int status = httpStatus(reply);
    if (status == 0)
        return reply.toError();
    QString message;
    QString code;
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    message = json.value(QStringLiteral("error")).toString();
    code = json.value(QStringLiteral("code")).toString();
    if (message.isEmpty())
        message = QStringLiteral("HTTP %1").arg(status); // HTML from a proxy or an empty body: never echoed
    switch (status) {
    case 400:
        if (message.contains(QStringLiteral("order_version_mismatch")))
            return codeError(QStringLiteral("order_version_mismatch"), message);
        return codeError(QStringLiteral("rejected"), message);
    case 401:
    case 403:
        return codeError(QStringLiteral("auth"), message);
    case 404:
        return codeError(QStringLiteral("not_found"), message);
    case 425:
        return codeError(QStringLiteral("restarting"), message);
    case 429:
        return codeError(QStringLiteral("rate_limited"), message);
    case 503:
        if (code == QStringLiteral("post_only_mode"))
            return codeError(QStringLiteral("post_only_mode"), message);
        return codeError(QStringLiteral("unavailable"), message);
    default:
        return makeError(QStringLiteral("http.%1").arg(status), message);
    }
}

void PolymarketClobClient::countBad(const Error& error)
{
    if (error.code == QStringLiteral("polymarket.parse")) {
        ++m_badPayloads;
        qCWarning(lcVenue) << "polymarket: bad payload:" << error.message;
    }
}

void PolymarketClobClient::send(HttpRequest request, std::function<void(const HttpReply&)> done)
{
    m_http->send(std::move(request), this, std::move(done));
}

void PolymarketClobClient::syncTime(Callback<qint64> done)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/time"));
    request.sign = false;
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    send(request, [this, sentAt, done](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        const Result<qint64> seconds = PolymarketParser::serverTime(reply.body);
        if (!seconds) {
            countBad(seconds.error());
            return done(seconds.error());
        }
        const qint64 midpoint = sentAt + (QDateTime::currentMSecsSinceEpoch() - sentAt) / 2;
        // Whole seconds only: keep the offset when the clocks agree within the server's resolution.
        const qint64 offset = *seconds * 1000 - midpoint;
        m_clockOffsetMs = qAbs(offset) < 1000 ? 0 : offset;
        done(*seconds);
    });
}

void PolymarketClobClient::fetchVersion(Callback<int> done)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/version"));
    request.sign = false;
    send(request, [this, done](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        const Result<int> version = PolymarketParser::version(reply.body);
        if (!version) {
            countBad(version.error());
            return done(version.error());
        }
        m_version = *version;
        done(*version);
    });
}

void PolymarketClobClient::getClobMarket(const QString& conditionId, Callback<PolymarketClobMarket> done)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/clob-markets/") + conditionId);
    request.sign = false;
    send(request, [this, done](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        Result<PolymarketClobMarket> market = PolymarketParser::clobMarket(reply.body);
        if (!market)
            countBad(market.error());
        done(std::move(market));
    });
}

void PolymarketClobClient::getBook(const QString& tokenId, Callback<PolymarketBook> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token_id"), tokenId);
    HttpRequest request = HttpRequest::get(QStringLiteral("/book"), query);
    request.sign = false;
    send(request, [this, done, tokenId](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        const Result<QJsonObject> json = reply.jsonObject();
        Result<PolymarketBook> book = json ? PolymarketParser::book(*json)
                                           : Result<PolymarketBook>(makeError(QStringLiteral("polymarket.parse"),
                                                                              json.error().message));
        if (book && book->assetId != tokenId)
            book = makeError(QStringLiteral("polymarket.parse"), QStringLiteral("book of another token"));
        if (!book)
            countBad(book.error());
        done(std::move(book));
    });
}

void PolymarketClobClient::getBooks(const QStringList& tokenIds, Callback<QList<PolymarketBook>> done)
{
    QStringList unique = tokenIds;
    unique.removeDuplicates();
    getBooksChunk(unique, m_booksBatchSize, {}, std::move(done));
}

void PolymarketClobClient::getBooksChunk(QStringList remaining, qsizetype chunk, QList<PolymarketBook> acc,
                                         Callback<QList<PolymarketBook>> done)
{
    if (remaining.isEmpty())
        return done(acc);
    const QStringList batch = remaining.mid(0, chunk);
    QJsonArray body;
    for (const QString& token : batch)
        body.append(QJsonObject{{QStringLiteral("token_id"), token}});
    HttpRequest request = HttpRequest::postJson(QStringLiteral("/books"), QJsonDocument(body));
    request.sign = false;
    request.idempotent = true; // a read
    send(request, [this, remaining, chunk, acc, batch, done](const HttpReply& reply) mutable {
        if (!reply.ok()) {
            const Error error = toError(reply);
            if (error.message.contains(QStringLiteral("exceeds the limit")) && chunk > 1) {
                // The venue's limit is lower than ours: learn it and ask in smaller pieces.
                m_booksBatchSize = qMax<qsizetype>(1, chunk / 2);
                qCInfo(lcVenue) << "polymarket: /books limit below" << chunk << "tokens, now" << m_booksBatchSize;
                return getBooksChunk(remaining, m_booksBatchSize, acc, done);
            }
            return done(error);
        }
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        if (!document.isArray()) {
            const Error error = makeError(QStringLiteral("polymarket.parse"), QStringLiteral("/books: not an array"));
            countBad(error);
            return done(error);
        }
        for (const QJsonValue& item : document.array()) {
            Result<PolymarketBook> book = PolymarketParser::book(item.toObject());
            if (!book || !batch.contains(book->assetId)) {
                countBad(book ? makeError(QStringLiteral("polymarket.parse"), QStringLiteral("book of another token"))
                              : book.error());
                continue;
            }
            acc.append(std::move(*book));
        }
        remaining.erase(remaining.begin(), remaining.begin() + batch.size());
        getBooksChunk(remaining, chunk, acc, done);
    });
}

void PolymarketClobClient::createOrDeriveApiKey(quint64 nonce, Callback<bool> done)
{
    const auto l1 = [this, nonce](const QByteArray&, const QString&, const QByteArray&) {
        return PolymarketL1Auth::headers(m_key, m_chainId, nowMs() / 1000, nonce);
    };
    const auto store = [this](const HttpReply& reply) -> Result<bool> {
        const Result<QStringList> values = PolymarketParser::apiCredentials(reply.body);
        if (!values) {
            countBad(values.error());
            return values.error();
        }
        QByteArray secret = values->at(1).toUtf8();
        QByteArray passphrase = values->at(2).toUtf8();
        setCredentials(PolymarketApiCredentials{values->at(0), SecretBytes::takeFrom(secret),
                                                SecretBytes::takeFrom(passphrase)});
        return true;
    };
    HttpRequest create = HttpRequest::post(QStringLiteral("/auth/api-key"), QByteArray());
    create.signer = l1;
    send(create, [this, l1, store, done](const HttpReply& reply) {
        if (reply.ok())
            return done(store(reply));
        if (httpStatus(reply) != 400)
            return done(toError(reply));
        // A key exists for this nonce: derive it.
        HttpRequest derive = HttpRequest::get(QStringLiteral("/auth/derive-api-key"));
        derive.signer = l1;
        send(derive, [store, done](const HttpReply& derived) {
            if (!derived.ok())
                return done(toError(derived));
            done(store(derived));
        });
    });
}

Result<PolymarketSignedOrder> PolymarketClobClient::buildSignedOrder(const PolymarketOrderRequest& request,
                                                                     int exchangeVersion) const
{
    Result<PolymarketAmounts> amounts = makeError(QStringLiteral("polymarket.order"), QStringLiteral("order type"));
    const bool market = request.orderType == QStringLiteral("FOK") || request.orderType == QStringLiteral("FAK");
    if (!market && request.orderType != QStringLiteral("GTC") && request.orderType != QStringLiteral("GTD"))
        return makeError(QStringLiteral("polymarket.order"), QStringLiteral("unknown order type ") + request.orderType);
    if (!market) {
        amounts = PolymarketOrderBuilder::limitAmounts(request.side, request.price, request.size, request.tickSize);
    } else if (request.side == PolymarketSide::Buy) {
        // size x price in micro-dollars = hundredths x micros / 100, floored (marketBuyAmounts floors to the cent)
        const auto spend = static_cast<std::int64_t>(static_cast<Int128>(request.size.hundredths())
                                                     * request.price.micros() / 100);
        amounts = PolymarketOrderBuilder::marketBuyAmounts(request.price, Cash::fromMicros(spend), request.tickSize);
    } else {
        amounts = PolymarketOrderBuilder::marketSellAmounts(request.price, request.size, request.tickSize);
    }
    if (!amounts)
        return amounts.error();
    const Result<quint64> salt = Random::uniformBelow(kSaltBound);
    if (!salt)
        return salt.error();
    PolymarketOrderV2 order;
    order.salt = *salt;
    order.maker = m_funder;
    order.signer = m_signatureType == PolymarketSignatureType::Poly1271 ? m_funder : m_key.address();
    order.tokenId = request.tokenId;
    order.makerAmount = amounts->makerAmount;
    order.takerAmount = amounts->takerAmount;
    order.side = request.side;
    order.signatureType = m_signatureType;
    order.timestamp = static_cast<quint64>(nowMs());
    const PolymarketOrderSigner signer(m_key);
    return signer.sign(order, PolymarketOrderBuilder::exchangeDomain(request.negRisk, exchangeVersion, m_chainId),
                       request.orderType == QStringLiteral("GTD") ? request.expiration : 0);
}

void PolymarketClobClient::placeOrder(const PolymarketOrderRequest& request, Callback<PolymarketOrderResponse> done,
                                      SignedCallback signedOrder)
{
    if (m_version == 0) {
        fetchVersion([this, request, done, signedOrder](Result<int> version) {
            if (!version)
                return done(version.error());
            postSigned(request, false, 0, done, signedOrder);
        });
        return;
    }
    postSigned(request, false, 0, done, signedOrder);
}

void PolymarketClobClient::postSigned(const PolymarketOrderRequest& request, bool versionRetried, int restartRetries,
                                      Callback<PolymarketOrderResponse> done, SignedCallback onSigned)
{
    if (!m_l2)
        return done(codeError(QStringLiteral("auth"), QStringLiteral("no API credentials yet")));
    const Result<PolymarketSignedOrder> signedOrder = buildSignedOrder(request, m_version);
    if (!signedOrder)
        return done(signedOrder.error());
    if (onSigned)
        onSigned(signedOrder->orderHash);
    const QJsonObject payload =
        PolymarketOrderSigner::postPayload(*signedOrder, m_l2->apiKey(), request.orderType, request.postOnly);
    HttpRequest post = HttpRequest::postJson(QStringLiteral("/order"), payload);
    post.rateClass = QStringLiteral("order");
    post.retry = false; // retried here, re-signed, and only when the venue says it did not process it
    send(post, [this, request, versionRetried, restartRetries, done, onSigned](const HttpReply& reply) {
        if (!reply.ok()) {
            const Error error = toError(reply);
            if (error.code == QStringLiteral("polymarket.order_version_mismatch") && !versionRetried) {
                qCInfo(lcVenue) << "polymarket: order version mismatch, re-reading /version";
                fetchVersion([this, request, restartRetries, done, onSigned](Result<int> version) {
                    if (!version)
                        return done(version.error());
                    postSigned(request, true, restartRetries, done, onSigned);
                });
                return;
            }
            if (error.code == QStringLiteral("polymarket.restarting") && restartRetries < m_restartAttempts) {
                qCInfo(lcVenue) << "polymarket: matching engine restarting, re-posting in" << m_restartDelayMs << "ms";
                QTimer::singleShot(m_restartDelayMs, this,
                                   [this, request, versionRetried, restartRetries, done, onSigned] {
                                       postSigned(request, versionRetried, restartRetries + 1, done, onSigned);
                                   });
                return;
            }
            return done(error);
        }
        const Result<QJsonObject> json = reply.jsonObject();
        if (!json) {
            const Error error = makeError(QStringLiteral("polymarket.parse"), json.error().message);
            countBad(error);
            return done(error);
        }
        Result<PolymarketOrderResponse> response = PolymarketParser::orderResponse(*json);
        if (!response)
            countBad(response.error());
        else if (!response->success)
            return done(codeError(QStringLiteral("rejected"), response->errorMessage));
        done(std::move(response));
    });
}

void PolymarketClobClient::placeOrders(const QList<PolymarketOrderRequest>& requests,
                                       Callback<QList<Result<PolymarketOrderResponse>>> done)
{
    if (requests.isEmpty())
        return done(QList<Result<PolymarketOrderResponse>>());
    if (requests.size() > kMaxBatchOrders)
        return done(makeError(QStringLiteral("polymarket.order"),
                              QStringLiteral("a batch holds at most %1 orders").arg(kMaxBatchOrders)));
    if (!m_l2)
        return done(codeError(QStringLiteral("auth"), QStringLiteral("no API credentials yet")));
    if (m_version == 0) {
        fetchVersion([this, requests, done](Result<int> version) {
            if (!version)
                return done(version.error());
            placeOrders(requests, done);
        });
        return;
    }
    QJsonArray payload;
    for (const PolymarketOrderRequest& request : requests) {
        const Result<PolymarketSignedOrder> signedOrder = buildSignedOrder(request, m_version);
        if (!signedOrder)
            return done(signedOrder.error()); // nothing sent: a batch is all or nothing on our side
        payload.append(
            PolymarketOrderSigner::postPayload(*signedOrder, m_l2->apiKey(), request.orderType, request.postOnly));
    }
    HttpRequest post = HttpRequest::postJson(QStringLiteral("/orders"), QJsonDocument(payload));
    post.rateClass = QStringLiteral("order");
    post.retry = false;
    const qsizetype expected = requests.size();
    send(post, [this, done, expected](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        if (!document.isArray() || document.array().size() != expected) {
            const Error error =
                makeError(QStringLiteral("polymarket.parse"), QStringLiteral("/orders: not one answer per order"));
            countBad(error);
            return done(error);
        }
        QList<Result<PolymarketOrderResponse>> results;
        for (const QJsonValue& item : document.array()) {
            Result<PolymarketOrderResponse> response = PolymarketParser::orderResponse(item.toObject());
            if (!response) {
                countBad(response.error());
            } else if (!response->success || response->orderId.isEmpty()) {
                // Errors come in errorMsg, with or without success:false.
                response = codeError(QStringLiteral("rejected"), response->errorMessage.isEmpty()
                                                                     ? QStringLiteral("refused without a reason")
                                                                     : response->errorMessage);
            }
            results.append(std::move(response));
        }
        done(results);
    });
}

void PolymarketClobClient::sendHeartbeat(const QString& heartbeatId, Callback<QString> done)
{
    heartbeat(heartbeatId, false, std::move(done));
}

void PolymarketClobClient::heartbeat(const QString& heartbeatId, bool adopted, Callback<QString> done)
{
    HttpRequest request =
        HttpRequest::postJson(QStringLiteral("/v1/heartbeats"), QJsonObject{{QStringLiteral("heartbeat_id"), heartbeatId}});
    request.retry = false; // the next beat is the retry
    send(request, [this, adopted, done](const HttpReply& reply) {
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        const QString next = json.value(QStringLiteral("heartbeat_id")).toString();
        if (reply.ok()) {
            if (next.isEmpty()) {
                const Error error = makeError(QStringLiteral("polymarket.parse"), QStringLiteral("heartbeat without an id"));
                countBad(error);
                return done(error);
            }
            return done(next);
        }
        if (httpStatus(reply) == 400 && !next.isEmpty() && !adopted) {
            qCInfo(lcVenue) << "polymarket: heartbeat id was stale, continuing with the venue's";
            return heartbeat(next, true, done);
        }
        done(toError(reply));
    });
}

void PolymarketClobClient::setDataApiUrl(const QUrl& url)
{
    delete m_data;
    m_data = new HttpClient(url, this);
}

void PolymarketClobClient::getPositions(Callback<QList<PolymarketPosition>> done)
{
    getPositionsPage(0, {}, std::move(done));
}

void PolymarketClobClient::getPositionsPage(int offset, QList<PolymarketPosition> acc,
                                            Callback<QList<PolymarketPosition>> done)
{
    constexpr int kLimit = 500;   // the Data API's maximum page
    constexpr int kMaxOffset = 10'000;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"), m_funder.toChecksumHex());
    query.addQueryItem(QStringLiteral("sizeThreshold"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kLimit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    HttpRequest request = HttpRequest::get(QStringLiteral("/positions"), query);
    request.sign = false;
    HttpClient& http = m_data ? *m_data : *m_http;
    http.send(std::move(request), this, [this, offset, acc, done](const HttpReply& reply) mutable {
        if (!reply.ok())
            return done(toError(reply));
        int rejected = 0;
        const Result<QList<PolymarketPosition>> page = PolymarketParser::positions(reply.body, &rejected);
        if (!page) {
            countBad(page.error());
            return done(page.error());
        }
        if (rejected > 0) {
            m_badPayloads += rejected;
            qCWarning(lcVenue) << "polymarket:" << rejected << "malformed positions skipped";
        }
        acc.append(*page);
        if (page->size() < kLimit || offset + kLimit > kMaxOffset)
            return done(acc);
        getPositionsPage(offset + kLimit, acc, done);
    });
}

void PolymarketClobClient::cancelOrder(const QString& orderId, Callback<PolymarketCancelResult> done)
{
    HttpRequest request = HttpRequest::postJson(QStringLiteral("/order"), QJsonObject{{QStringLiteral("orderID"), orderId}});
    request.method = QByteArrayLiteral("DELETE");
    request.idempotent = true; // cancelling twice is harmless
    send(request, [this, done](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        Result<PolymarketCancelResult> result = PolymarketParser::cancelResult(reply.body);
        if (!result)
            countBad(result.error());
        done(std::move(result));
    });
}

void PolymarketClobClient::cancelAll(Callback<PolymarketCancelResult> done)
{
    HttpRequest request = HttpRequest::del(QStringLiteral("/cancel-all"));
    send(request, [this, done](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        Result<PolymarketCancelResult> result = PolymarketParser::cancelResult(reply.body);
        if (!result)
            countBad(result.error());
        done(std::move(result));
    });
}

template <typename T>
void PolymarketClobClient::collectPages(const QString& path, QUrlQuery filter, const QString& cursor, QList<T> acc,
                                        std::function<Result<PolymarketPage<T>>(const QByteArray&)> parse,
                                        Callback<QList<T>> done)
{
    QUrlQuery query = filter;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("next_cursor"), cursor);
    send(HttpRequest::get(path, query), [this, path, filter, cursor, acc, parse, done](const HttpReply& reply) mutable {
        if (!reply.ok())
            return done(toError(reply));
        const Result<PolymarketPage<T>> page = parse(reply.body);
        if (!page) {
            countBad(page.error());
            return done(page.error());
        }
        if (page->rejectedRecords > 0) {
            m_badPayloads += page->rejectedRecords;
            qCWarning(lcVenue) << "polymarket:" << page->rejectedRecords << "malformed records skipped on" << path;
        }
        acc.append(page->items);
        const QString next = page->nextCursor;
        if (next.isEmpty() || next == QStringLiteral("LTE=") || next == cursor)
            return done(acc);
        collectPages<T>(path, filter, next, acc, parse, done);
    });
}

void PolymarketClobClient::getOpenOrders(const QString& market, Callback<QList<PolymarketOpenOrder>> done)
{
    QUrlQuery filter;
    if (!market.isEmpty())
        filter.addQueryItem(QStringLiteral("market"), market);
    collectPages<PolymarketOpenOrder>(QStringLiteral("/data/orders"), filter, {}, {}, &PolymarketParser::openOrdersPage,
                                      done);
}

void PolymarketClobClient::getOrder(const QString& orderId, Callback<PolymarketOpenOrder> done)
{
    send(HttpRequest::get(QStringLiteral("/data/order/") + orderId), [this, done](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        const Result<QJsonObject> json = reply.jsonObject();
        Result<PolymarketOpenOrder> order =
            json ? PolymarketParser::openOrder(*json)
                 : Result<PolymarketOpenOrder>(makeError(QStringLiteral("polymarket.parse"), json.error().message));
        if (!order)
            countBad(order.error());
        done(std::move(order));
    });
}

void PolymarketClobClient::getTrades(const QUrlQuery& filter, Callback<QList<PolymarketTrade>> done)
{
    collectPages<PolymarketTrade>(QStringLiteral("/data/trades"), filter, {}, {}, &PolymarketParser::tradesPage, done);
}

void PolymarketClobClient::getBalance(Callback<Cash> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("asset_type"), QStringLiteral("COLLATERAL"));
    query.addQueryItem(QStringLiteral("signature_type"), QString::number(static_cast<int>(m_signatureType)));
    send(HttpRequest::get(QStringLiteral("/balance-allowance"), query), [this, done](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        Result<Cash> cash = PolymarketParser::balance(reply.body);
        if (!cash)
            countBad(cash.error());
        done(std::move(cash));
    });
}

void PolymarketClobClient::getTokenBalance(const QString& tokenId, Callback<Quantity> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("asset_type"), QStringLiteral("CONDITIONAL"));
    query.addQueryItem(QStringLiteral("token_id"), tokenId);
    query.addQueryItem(QStringLiteral("signature_type"), QString::number(static_cast<int>(m_signatureType)));
    send(HttpRequest::get(QStringLiteral("/balance-allowance"), query), [this, done](const HttpReply& reply) {
        if (!reply.ok())
            return done(toError(reply));
        const Result<Cash> units = PolymarketParser::balance(reply.body); // same 6-decimal integer
        if (!units) {
            countBad(units.error());
            return done(units.error());
        }
        done(Quantity::fromHundredths(units->micros() / 10'000));
    });
}

} // namespace orion
