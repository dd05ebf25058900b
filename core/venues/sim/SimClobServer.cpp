#include "venues/sim/SimClobServer.h"

#include "crypto/Base64.h"
#include "crypto/Eip712.h"
#include "crypto/Erc7739Signature.h"
#include "crypto/EthAddress.h"
#include "crypto/Hex.h"
#include "crypto/Hmac.h"
#include "crypto/PolymarketTypedData.h"
#include "crypto/Secp256k1Recoverer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace orion {

namespace {

__extension__ typedef __int128 Int128;

constexpr std::int64_t kOne = 1'000'000;

SimHttpResponse error(int status, const QString& message)
{
    return SimHttpResponse::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

QString decimal(std::int64_t value, int scaleDigits)
{
    std::int64_t scale = 1;
    for (int i = 0; i < scaleDigits; ++i)
        scale *= 10;
    QString text = QString::number(value / scale);
    const std::int64_t fraction = value % scale;
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, scaleDigits, 10, QChar(u'0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return text;
}

QString price(std::int64_t micros)
{
    return decimal(micros, 6);
}

QString size(std::int64_t hundredths)
{
    return decimal(hundredths, 2);
}

// Numbers may arrive as JSON numbers (salt) or strings (amounts); anything else is not a uint.
bool readUint(const QJsonValue& value, quint64* out)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number < 0 || number > 9007199254740992.0 || number != static_cast<double>(static_cast<quint64>(number)))
            return false;
        *out = static_cast<quint64>(number);
        return true;
    }
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 19)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    bool ok = false;
    *out = text.toULongLong(&ok);
    return ok;
}

QString cursorFor(qsizetype offset)
{
    return QString::fromLatin1(QByteArray::number(offset).toBase64());
}

} // namespace

SimClobServer::SimClobServer(SimPolymarketExchange* exchange, QObject* parent)
    : QObject(parent), m_exchange(exchange), m_http(new SimHttpServer(this))
{
    addRoute("GET", QStringLiteral("/ok"), [](const SimHttpRequest&) { return SimHttpResponse::json(200, QJsonObject{}); });
    addRoute("GET", QStringLiteral("/time"), [](const SimHttpRequest&) {
        return SimHttpResponse::text(200, QByteArray::number(QDateTime::currentSecsSinceEpoch()));
    });
    addRoute("GET", QStringLiteral("/version"), [this](const SimHttpRequest&) {
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("version"), m_version}});
    });
    addRoute("GET", QStringLiteral("/book"), [this](const SimHttpRequest& request) {
        return book(request.queryValue(QStringLiteral("token_id")));
    });
    addRoute("POST", QStringLiteral("/books"), [this](const SimHttpRequest& request) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (!document.isArray())
            return error(400, QStringLiteral("Invalid payload"));
        if (document.array().size() > m_booksLimit)
            return error(400, QStringLiteral("Payload exceeds the limit"));
        QJsonArray books;
        for (const QJsonValue& item : document.array()) {
            const QString token = item.toObject().value(QStringLiteral("token_id")).toString();
            if (m_exchange->marketByToken(token))
                books.append(bookJson(token));
        }
        return SimHttpResponse::json(200, books);
    });
    addRoute("GET", QStringLiteral("/tick-size"), [this](const SimHttpRequest& request) {
        const SimPolymarketMarket* market = m_exchange->marketByToken(request.queryValue(QStringLiteral("token_id")));
        if (!market)
            return error(404, QStringLiteral("market not found"));
        return SimHttpResponse::json(
            200, QJsonObject{{QStringLiteral("minimum_tick_size"), static_cast<double>(market->tickMicros) / kOne}});
    });
    addRoute("GET", QStringLiteral("/neg-risk"), [this](const SimHttpRequest& request) {
        const SimPolymarketMarket* market = m_exchange->marketByToken(request.queryValue(QStringLiteral("token_id")));
        if (!market)
            return error(404, QStringLiteral("market not found"));
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("neg_risk"), market->negRisk}});
    });
    addRoute("GET", QStringLiteral("/clob-markets/{conditionId}"), [this](const SimHttpRequest& request) {
        const SimPolymarketMarket* market = m_exchange->marketByCondition(request.param(QStringLiteral("conditionId")));
        if (!market)
            return error(404, QStringLiteral("market not found"));
        QJsonObject json;
        json.insert(QStringLiteral("c"), market->conditionId);
        json.insert(QStringLiteral("t"), QJsonArray{QJsonObject{{QStringLiteral("t"), market->yesTokenId},
                                                                {QStringLiteral("o"), QStringLiteral("Yes")}},
                                                    QJsonObject{{QStringLiteral("t"), market->noTokenId},
                                                                {QStringLiteral("o"), QStringLiteral("No")}}});
        json.insert(QStringLiteral("mts"), static_cast<double>(market->tickMicros) / kOne);
        json.insert(QStringLiteral("mos"), static_cast<double>(market->minSizeHundredths) / 100);
        if (market->negRisk)
            json.insert(QStringLiteral("nr"), true);
        if (market->feeKnown) {
            json.insert(QStringLiteral("fd"),
                        QJsonObject{{QStringLiteral("r"), market->feesEnabled ? static_cast<double>(market->feeRatePpm) / kOne : 0.0},
                                    {QStringLiteral("e"), market->feeExponent},
                                    {QStringLiteral("to"), market->takerOnly}});
        }
        json.insert(QStringLiteral("mbf"), 0);
        json.insert(QStringLiteral("tbf"), 0);
        json.insert(QStringLiteral("ao"), market->acceptingOrders);
        return SimHttpResponse::json(200, json);
    });

    // L1
    addRoute("POST", QStringLiteral("/auth/api-key"), [this](const SimHttpRequest& request) {
        SimHttpResponse failure;
        quint64 nonce = 0;
        const std::optional<QString> address = verifyL1(request, &nonce, &failure);
        if (!address)
            return failure;
        const SimPolymarketExchange::ApiKey* key = m_exchange->createApiKey(*address, nonce);
        if (!key)
            return error(400, QStringLiteral("Could not create api key"));
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("apiKey"), key->key},
                                                      {QStringLiteral("secret"), key->secret},
                                                      {QStringLiteral("passphrase"), key->passphrase}});
    });
    addRoute("GET", QStringLiteral("/auth/derive-api-key"), [this](const SimHttpRequest& request) {
        SimHttpResponse failure;
        quint64 nonce = 0;
        const std::optional<QString> address = verifyL1(request, &nonce, &failure);
        if (!address)
            return failure;
        const SimPolymarketExchange::ApiKey* key = m_exchange->deriveApiKey(*address, nonce);
        if (!key)
            return error(400, QStringLiteral("Could not derive api key!"));
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("apiKey"), key->key},
                                                      {QStringLiteral("secret"), key->secret},
                                                      {QStringLiteral("passphrase"), key->passphrase}});
    });

    // L2
    const auto l2 = [this](std::function<SimHttpResponse(const SimPolymarketExchange::ApiKey&, const SimHttpRequest&)>
                               body) {
        return [this, body](const SimHttpRequest& request) {
            SimHttpResponse failure;
            const std::optional<SimPolymarketExchange::ApiKey> key = verifyL2(request, &failure);
            if (!key)
                return failure;
            return body(*key, request);
        };
    };
    addRoute("GET", QStringLiteral("/auth/api-keys"), l2([](const auto& key, const SimHttpRequest&) {
                 return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("apiKeys"), QJsonArray{key.key}}});
             }));
    addRoute("POST", QStringLiteral("/order"), l2([this](const auto& key, const SimHttpRequest& request) {
                 const QJsonDocument document = QJsonDocument::fromJson(request.body);
                 if (!document.isObject())
                     return error(400, QStringLiteral("Invalid order payload"));
                 return postOrder(key, document.object());
             }));
    addRoute("POST", QStringLiteral("/orders"), l2([this](const auto& key, const SimHttpRequest& request) {
                 const QJsonDocument document = QJsonDocument::fromJson(request.body);
                 if (!document.isArray() || document.array().isEmpty())
                     return error(400, QStringLiteral("Invalid order payload"));
                 if (document.array().size() > 15)
                     return error(400, QStringLiteral("Too many orders in payload: max 15"));
                 QJsonArray results;
                 for (const QJsonValue& item : document.array()) {
                     int status = 200;
                     QJsonObject result = placeOne(key, item.toObject(), &status);
                     if (status != 200) {
                         const QString message = result.value(QStringLiteral("error")).toString();
                         result = QJsonObject{{QStringLiteral("success"), false},
                                              {QStringLiteral("errorMsg"), message}};
                     }
                     results.append(result);
                 }
                 return SimHttpResponse::json(200, results);
             }));
    addRoute("DELETE", QStringLiteral("/order"), l2([this](const auto& key, const SimHttpRequest& request) {
                 const QString id =
                     QJsonDocument::fromJson(request.body).object().value(QStringLiteral("orderID")).toString();
                 if (id.isEmpty())
                     return error(400, QStringLiteral("Invalid payload"));
                 return SimHttpResponse::json(200, cancelResult(key.address, {id}));
             }));
    addRoute("DELETE", QStringLiteral("/orders"), l2([this](const auto& key, const SimHttpRequest& request) {
                 QStringList ids;
                 for (const QJsonValue& id : QJsonDocument::fromJson(request.body).array())
                     ids.append(id.toString());
                 return SimHttpResponse::json(200, cancelResult(key.address, ids));
             }));
    addRoute("DELETE", QStringLiteral("/cancel-all"), l2([this](const auto& key, const SimHttpRequest&) {
                 return SimHttpResponse::json(200, cancelResult(key.address, m_exchange->openOrderIds(key.address)));
             }));
    addRoute("DELETE", QStringLiteral("/cancel-market-orders"), l2([this](const auto& key, const SimHttpRequest& request) {
                 const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                 return SimHttpResponse::json(
                     200, cancelResult(key.address,
                                       m_exchange->openOrderIds(key.address,
                                                                body.value(QStringLiteral("market")).toString(),
                                                                body.value(QStringLiteral("asset_id")).toString())));
             }));
    addRoute("GET", QStringLiteral("/data/orders"), l2([this](const auto& key, const SimHttpRequest& request) {
                 const QString id = request.queryValue(QStringLiteral("id"));
                 const QString market = request.queryValue(QStringLiteral("market"));
                 const QString asset = request.queryValue(QStringLiteral("asset_id"));
                 QJsonArray items;
                 for (const QString& orderId : m_exchange->openOrderIds(key.address, market, asset)) {
                     if (id.isEmpty() || id == orderId)
                         items.append(orderJson(*m_exchange->order(orderId)));
                 }
                 return page(items, request.queryValue(QStringLiteral("next_cursor")));
             }));
    addRoute("GET", QStringLiteral("/data/order/{id}"), l2([this](const auto& key, const SimHttpRequest& request) {
                 const SimPolymarketExchange::Order* order = m_exchange->order(request.param(QStringLiteral("id")));
                 if (!order || order->address != key.address)
                     return error(404, QStringLiteral("order not found"));
                 return SimHttpResponse::json(200, orderJson(*order));
             }));
    addRoute("GET", QStringLiteral("/data/trades"), l2([this](const auto& key, const SimHttpRequest& request) {
                 const QString id = request.queryValue(QStringLiteral("id"));
                 const QString market = request.queryValue(QStringLiteral("market"));
                 const qint64 after = request.queryValue(QStringLiteral("after")).toLongLong();
                 QJsonArray items;
                 for (const SimPolymarketExchange::Trade& trade : m_exchange->trades(key.address)) {
                     if ((id.isEmpty() || trade.id == id) && (market.isEmpty() || trade.market == market)
                         && trade.matchTimeSeconds >= after)
                         items.append(tradeJson(trade, key.address));
                 }
                 return page(items, request.queryValue(QStringLiteral("next_cursor")));
             }));
    const auto balance = [this](const auto& key, const SimHttpRequest& request) {
        const QString type = request.queryValue(QStringLiteral("asset_type"));
        const QString signatureType = request.queryValue(QStringLiteral("signature_type"));
        if (!signatureType.isEmpty() && signatureType != QStringLiteral("0") && signatureType != QStringLiteral("1")
            && signatureType != QStringLiteral("2") && signatureType != QStringLiteral("3"))
            return error(400, QStringLiteral("Invalid signature_type"));
        std::int64_t amount = 0;
        if (type == QStringLiteral("COLLATERAL")) {
            amount = m_exchange->collateral(key.address);
        } else if (type == QStringLiteral("CONDITIONAL")) {
            const QString token = request.queryValue(QStringLiteral("token_id"));
            if (!m_exchange->marketByToken(token))
                return error(400, QStringLiteral("Invalid token id"));
            amount = m_exchange->tokens(key.address, token) * 10'000;
        } else {
            return error(400, QStringLiteral("Invalid asset_type"));
        }
        const QString unlimited = QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935");
        QJsonObject allowances{{QString(PolymarketTypedData::kCtfExchangeV2.toString()), unlimited},
                               {QString(PolymarketTypedData::kNegRiskCtfExchangeV2.toString()), unlimited}};
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("balance"), QString::number(amount)},
                                                      {QStringLiteral("allowances"), allowances}});
    };
    addRoute("GET", QStringLiteral("/balance-allowance"), l2(balance));
    addRoute("POST", QStringLiteral("/v1/heartbeats"), l2([this](const auto& key, const SimHttpRequest& request) {
                 const QJsonDocument document = QJsonDocument::fromJson(request.body);
                 const QJsonValue id = document.object().value(QStringLiteral("heartbeat_id"));
                 if (!document.isObject() || (!id.isString() && !id.isNull() && !id.isUndefined()))
                     return error(400, QStringLiteral("Invalid payload"));
                 const SimPolymarketExchange::Reply reply = m_exchange->heartbeat(key.address, id.toString());
                 return SimHttpResponse::json(reply.status, reply.body);
             }));
    // The Data API's current positions of a wallet (reference polymarket.md 7), public like the real one.
    addRoute("GET", QStringLiteral("/positions"), [this](const SimHttpRequest& request) {
        const Result<EthAddress> user = EthAddress::fromHex(request.queryValue(QStringLiteral("user")));
        if (!user)
            return error(400, QStringLiteral("invalid user address"));
        const QString marketFilter = request.queryValue(QStringLiteral("market"));
        QJsonArray items;
        const QString depositWalletOwner = m_exchange->depositWalletOwner(user->toLowerHex());
        const QHash<QString, std::int64_t> held =
            m_exchange->holdings(depositWalletOwner.isEmpty() ? user->toLowerHex() : depositWalletOwner);
        QStringList tokens = held.keys();
        tokens.sort();
        for (const QString& token : std::as_const(tokens)) {
            const SimPolymarketMarket* market = m_exchange->marketByToken(token);
            if (!market || (!marketFilter.isEmpty() && !marketFilter.split(u',').contains(market->conditionId)))
                continue;
            const bool yes = market->yesTokenId == token;
            QJsonObject item;
            item.insert(QStringLiteral("proxyWallet"), user->toLowerHex());
            item.insert(QStringLiteral("asset"), token);
            item.insert(QStringLiteral("conditionId"), market->conditionId);
            item.insert(QStringLiteral("size"), static_cast<double>(held.value(token)) / 100);
            item.insert(QStringLiteral("title"), market->question);
            item.insert(QStringLiteral("slug"), market->slug);
            item.insert(QStringLiteral("outcome"), yes ? QStringLiteral("Yes") : QStringLiteral("No"));
            item.insert(QStringLiteral("outcomeIndex"), yes ? 0 : 1);
            item.insert(QStringLiteral("oppositeOutcome"), yes ? QStringLiteral("No") : QStringLiteral("Yes"));
            item.insert(QStringLiteral("oppositeAsset"), yes ? market->noTokenId : market->yesTokenId);
            item.insert(QStringLiteral("negativeRisk"), market->negRisk);
            items.append(item);
        }
        return SimHttpResponse::json(200, items);
    });
    addRoute("GET", QStringLiteral("/balance-allowance/update"), l2(balance));
}

bool SimClobServer::listen(const QHostAddress& address, quint16 port)
{
    return m_http->listen(address, port);
}

void SimClobServer::addRoute(const QByteArray& method, const QString& pattern, Handler handler)
{
    m_http->route(method, pattern, [this, handler = std::move(handler)](const SimHttpRequest& request) {
        if (m_restarting > 0) {
            --m_restarting;
            return error(425, QStringLiteral("matching engine is restarting, retry shortly"));
        }
        return handler(request);
    });
}

std::optional<QString> SimClobServer::verifyL1(const SimHttpRequest& request, quint64* nonce,
                                               SimHttpResponse* failure) const
{
    *failure = error(401, QStringLiteral("Invalid L1 Request headers"));
    const Result<EthAddress> address = EthAddress::fromHex(QString::fromUtf8(request.header("POLY_ADDRESS")));
    const QByteArray timestamp = request.header("POLY_TIMESTAMP");
    const Result<QByteArray> signature = Hex::decode(request.header("POLY_SIGNATURE"), 65);
    bool ok = false;
    const QByteArray nonceText = request.header("POLY_NONCE");
    *nonce = nonceText.isEmpty() ? 0 : nonceText.toULongLong(&ok);
    if (!address || !signature || timestamp.isEmpty() || (!nonceText.isEmpty() && !ok))
        return std::nullopt;
    if (qAbs(timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()) > m_maxSkew)
        return std::nullopt;
    PolymarketClobAuth auth;
    auth.address = *address;
    auth.timestamp = QString::fromUtf8(timestamp);
    auth.nonce = *nonce;
    if (!Secp256k1Recoverer::verify(PolymarketTypedData::clobAuthDigest(auth, m_chainId), *signature, *address))
        return std::nullopt;
    return address->toLowerHex();
}

std::optional<SimPolymarketExchange::ApiKey> SimClobServer::verifyL2(const SimHttpRequest& request,
                                                                     SimHttpResponse* failure) const
{
    *failure = error(401, QStringLiteral("Unauthorized/Invalid api key"));
    const SimPolymarketExchange::ApiKey* key = m_exchange->apiKey(QString::fromUtf8(request.header("POLY_API_KEY")));
    if (!key)
        return std::nullopt;
    const QByteArray timestamp = request.header("POLY_TIMESTAMP");
    if (timestamp.isEmpty() || qAbs(timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()) > m_maxSkew)
        return std::nullopt;
    if (QString::fromUtf8(request.header("POLY_PASSPHRASE")) != key->passphrase)
        return std::nullopt;
    if (QString::fromUtf8(request.header("POLY_ADDRESS")).toLower() != key->address)
        return std::nullopt;
    const Result<SecretBytes> secret = Base64::decodeSecret(key->secret.toUtf8());
    if (!secret)
        return std::nullopt;
    const Result<QByteArray> mac =
        Hmac::sha256(*secret, QByteArray(timestamp + request.method + request.path.toUtf8() + request.body));
    if (!mac || !Hmac::equal(Base64::encodeUrl(*mac), request.header("POLY_SIGNATURE")))
        return std::nullopt;
    return *key;
}

SimHttpResponse SimClobServer::postOrder(const SimPolymarketExchange::ApiKey& key, const QJsonObject& payload)
{
    int status = 200;
    const QJsonObject body = placeOne(key, payload, &status);
    SimHttpResponse response = SimHttpResponse::json(status, body);
    if (status == 503)
        response.withHeader("Retry-After", QByteArray::number(m_postOnlyRetryAfter));
    return response;
}

QJsonObject SimClobServer::placeOne(const SimPolymarketExchange::ApiKey& key, const QJsonObject& payload, int* status)
{
    const auto fail = [status](int code, const QString& message) {
        *status = code;
        return QJsonObject{{QStringLiteral("error"), message}};
    };
    const QJsonObject json = payload.value(QStringLiteral("order")).toObject();
    if (json.isEmpty())
        return fail(400, QStringLiteral("Invalid order payload"));
    if (payload.value(QStringLiteral("owner")).toString() != key.key)
        return fail(400, QStringLiteral("the order owner has to be the owner of the API KEY"));
    const QString orderType = payload.value(QStringLiteral("orderType")).toString(QStringLiteral("GTC"));
    if (orderType != QStringLiteral("GTC") && orderType != QStringLiteral("GTD") && orderType != QStringLiteral("FOK")
        && orderType != QStringLiteral("FAK"))
        return fail(400, QStringLiteral("Invalid order payload: orderType"));
    const bool postOnly = payload.value(QStringLiteral("postOnly")).toBool(false);
    if (m_postOnly && !postOnly) {
        *status = 503;
        return QJsonObject{{QStringLiteral("error"), QStringLiteral("the exchange is in post-only mode")},
                           {QStringLiteral("code"), QStringLiteral("post_only_mode")},
                           {QStringLiteral("retry_after_seconds"), m_postOnlyRetryAfter}};
    }

    PolymarketOrderV2 order;
    const Result<EthAddress> maker = EthAddress::fromHex(json.value(QStringLiteral("maker")).toString());
    const Result<EthAddress> signer = EthAddress::fromHex(json.value(QStringLiteral("signer")).toString());
    const Result<QByteArray> signature = Hex::decode(json.value(QStringLiteral("signature")).toString().toUtf8());
    const Result<QByteArray> metadata = Hex::decode(json.value(QStringLiteral("metadata")).toString().toUtf8(), 32);
    const Result<QByteArray> builder = Hex::decode(json.value(QStringLiteral("builder")).toString().toUtf8(), 32);
    quint64 signatureType = 0;
    quint64 expiration = 0;
    const QString side = json.value(QStringLiteral("side")).toString();
    if (!maker || !signer || !signature || !metadata || !builder || !readUint(json.value(QStringLiteral("salt")), &order.salt)
        || !readUint(json.value(QStringLiteral("makerAmount")), &order.makerAmount)
        || !readUint(json.value(QStringLiteral("takerAmount")), &order.takerAmount)
        || !readUint(json.value(QStringLiteral("timestamp")), &order.timestamp)
        || !readUint(json.value(QStringLiteral("signatureType")), &signatureType)
        || (json.contains(QStringLiteral("expiration")) && !readUint(json.value(QStringLiteral("expiration")), &expiration))
        || (side != QStringLiteral("BUY") && side != QStringLiteral("SELL")) || signatureType > 3)
        return fail(400, QStringLiteral("Invalid order payload"));
    order.maker = *maker;
    order.signer = *signer;
    order.tokenId = json.value(QStringLiteral("tokenId")).toString();
    order.side = side == QStringLiteral("BUY") ? PolymarketSide::Buy : PolymarketSide::Sell;
    order.signatureType = static_cast<PolymarketSignatureType>(signatureType);
    order.metadata = *metadata;
    order.builder = *builder;
    // A POLY_1271 order is signed as the deposit wallet itself; the API key belongs to the wallet's owner EOA.
    const bool depositWallet = order.signatureType == PolymarketSignatureType::Poly1271;
    if (depositWallet && *maker != *signer)
        return fail(400, QStringLiteral("Invalid order payload: a POLY_1271 order's maker must be its signer"));
    const QString signingOwner = depositWallet ? m_exchange->depositWalletOwner(signer->toLowerHex()) : signer->toLowerHex();
    if (depositWallet && signingOwner.isEmpty())
        return fail(400, QStringLiteral("invalid signature")); // no wallet contract to vouch for it
    if (signingOwner != key.address)
        return fail(400, QStringLiteral("the order signer address has to be the address of the API KEY"));
    if (order.signatureType == PolymarketSignatureType::Eoa && *maker != *signer)
        return fail(400, QStringLiteral("Invalid order payload: an EOA order's maker must be its signer"));
    const SimPolymarketMarket* market = m_exchange->marketByToken(order.tokenId);
    if (!market)
        return fail(400, QStringLiteral("Invalid order payload: unknown token id"));

    const auto domainFor = [this, market](int version) {
        QStringView exchange = PolymarketTypedData::kCtfExchangeV2;
        if (version >= 3)
            exchange = PolymarketTypedData::kCtfExchangeV3;
        else if (market->negRisk)
            exchange = PolymarketTypedData::kNegRiskCtfExchangeV2;
        return PolymarketTypedData::exchangeDomain(version >= 3 ? QStringLiteral("3") : QStringLiteral("2"), m_chainId,
                                                   EthAddress::fromHex(exchange).value());
    };
    const Result<QByteArray> digest = PolymarketTypedData::orderV2Digest(order, domainFor(m_version));
    if (!digest)
        return fail(400, QStringLiteral("Invalid order payload"));
    const EthAddress owner = EthAddress::fromHex(signingOwner).value();
    // What the exchange checks: ECDSA by the signer, or for a deposit wallet what its isValidSignature checks:
    // the ERC-7739 wrapper describes this very order under this exchange's domain and its owner signed it.
    const auto signedFor = [&order, &signature, &owner, depositWallet](const Eip712Domain& domain) -> bool {
        if (!depositWallet) {
            const Result<QByteArray> orderDigest = PolymarketTypedData::orderV2Digest(order, domain);
            return orderDigest && Secp256k1Recoverer::verify(*orderDigest, *signature, owner).ok();
        }
        const Result<Erc7739Signature> wrapper = Erc7739Signature::decode(*signature);
        const Result<QByteArray> contentsHash = PolymarketTypedData::orderV2StructHash(order);
        const Result<QByteArray> innerDigest = PolymarketTypedData::orderV2DepositWalletDigest(order, domain);
        return wrapper && contentsHash && innerDigest
               && wrapper->contentsType == QByteArray(PolymarketTypedData::kOrderV2Type)
               && wrapper->contentsHash == *contentsHash
               && wrapper->appDomainSeparator == Eip712::domainSeparator(domain)
               && Secp256k1Recoverer::verify(*innerDigest, wrapper->innerSignature, owner).ok();
    };
    if (!signedFor(domainFor(m_version))) {
        if (signedFor(domainFor(m_version >= 3 ? 2 : 3)))
            return fail(400, QStringLiteral("order_version_mismatch: the exchange expects version %1").arg(m_version));
        return fail(400, QStringLiteral("invalid signature"));
    }

    SimPolymarketExchange::PlaceRequest request;
    request.orderId = Hex::encodePrefixed(*digest);
    request.owner = key.key;
    request.address = key.address;
    request.tokenId = order.tokenId;
    request.buy = order.side == PolymarketSide::Buy;
    request.makerAmount = order.makerAmount;
    request.takerAmount = order.takerAmount;
    request.orderType = orderType;
    request.postOnly = postOnly;
    request.expiration = expiration;
    const SimPolymarketExchange::Reply reply = m_exchange->place(request);
    *status = reply.status;
    if (reply.status == 200) {
        ++m_ordersAccepted;
        m_depositWalletOrdersAccepted += depositWallet ? 1 : 0;
    }
    return reply.body;
}

SimHttpResponse SimClobServer::book(const QString& tokenId) const
{
    if (tokenId.isEmpty())
        return error(400, QStringLiteral("Invalid token id"));
    if (!m_exchange->marketByToken(tokenId))
        return error(404, QStringLiteral("No orderbook exists for the requested token id"));
    return SimHttpResponse::json(200, bookJson(tokenId));
}

QJsonObject SimClobServer::bookJson(const QString& tokenId) const
{
    const SimPolymarketMarket* market = m_exchange->marketByToken(tokenId);
    // Like the real venue: best price LAST on both sides (bids ascending, asks descending).
    QJsonArray bids;
    const auto bidLevels = m_exchange->bids(tokenId);
    for (auto it = bidLevels.crbegin(); it != bidLevels.crend(); ++it)
        bids.append(QJsonObject{{QStringLiteral("price"), price(it->priceMicros)},
                                {QStringLiteral("size"), size(it->sizeHundredths)}});
    QJsonArray asks;
    const auto askLevels = m_exchange->asks(tokenId);
    for (auto it = askLevels.crbegin(); it != askLevels.crend(); ++it)
        asks.append(QJsonObject{{QStringLiteral("price"), price(it->priceMicros)},
                                {QStringLiteral("size"), size(it->sizeHundredths)}});
    QJsonObject json;
    json.insert(QStringLiteral("market"), market->conditionId);
    json.insert(QStringLiteral("asset_id"), tokenId);
    json.insert(QStringLiteral("timestamp"), QString::number(QDateTime::currentMSecsSinceEpoch()));
    json.insert(QStringLiteral("bids"), bids);
    json.insert(QStringLiteral("asks"), asks);
    json.insert(QStringLiteral("min_order_size"), size(market->minSizeHundredths));
    json.insert(QStringLiteral("tick_size"), price(market->tickMicros));
    json.insert(QStringLiteral("neg_risk"), market->negRisk);
    const std::int64_t last = m_exchange->lastTradePrice(tokenId);
    json.insert(QStringLiteral("last_trade_price"), last > 0 ? price(last) : QString());
    json.insert(QStringLiteral("hash"), QString());
    const QByteArray hash = QCryptographicHash::hash(QJsonDocument(json).toJson(QJsonDocument::Compact),
                                                     QCryptographicHash::Sha1);
    json.insert(QStringLiteral("hash"), QString::fromLatin1(hash.toHex()));
    return json;
}

QJsonObject SimClobServer::orderJson(const SimPolymarketExchange::Order& order) const
{
    QJsonArray trades;
    for (const QString& id : order.tradeIds)
        trades.append(id);
    QJsonObject json;
    json.insert(QStringLiteral("id"), order.id);
    json.insert(QStringLiteral("status"), order.status);
    json.insert(QStringLiteral("owner"), order.owner);
    json.insert(QStringLiteral("maker_address"), order.address);
    json.insert(QStringLiteral("market"), order.market);
    json.insert(QStringLiteral("asset_id"), order.assetId);
    json.insert(QStringLiteral("side"), order.buy ? QStringLiteral("BUY") : QStringLiteral("SELL"));
    json.insert(QStringLiteral("original_size"), size(order.originalHundredths));
    json.insert(QStringLiteral("size_matched"), size(order.matchedHundredths));
    json.insert(QStringLiteral("price"), price(order.priceMicros));
    json.insert(QStringLiteral("associate_trades"), trades);
    json.insert(QStringLiteral("outcome"), order.yes ? QStringLiteral("Yes") : QStringLiteral("No"));
    json.insert(QStringLiteral("created_at"), order.createdAtSeconds);
    json.insert(QStringLiteral("expiration"), QString::number(order.expiration));
    json.insert(QStringLiteral("order_type"), order.orderType);
    return json;
}

QJsonObject SimClobServer::tradeJson(const SimPolymarketExchange::Trade& trade, const QString& viewer) const
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), trade.id);
    json.insert(QStringLiteral("taker_order_id"), trade.takerOrderId);
    json.insert(QStringLiteral("market"), trade.market);
    json.insert(QStringLiteral("asset_id"), trade.takerAssetId);
    json.insert(QStringLiteral("side"), trade.takerBuy ? QStringLiteral("BUY") : QStringLiteral("SELL"));
    json.insert(QStringLiteral("size"), size(trade.sizeHundredths));
    json.insert(QStringLiteral("fee_rate_bps"), QString::number(trade.feeRateBps));
    json.insert(QStringLiteral("price"), price(trade.takerPriceMicros));
    json.insert(QStringLiteral("status"), trade.status);
    json.insert(QStringLiteral("match_time"), QString::number(trade.matchTimeSeconds));
    json.insert(QStringLiteral("last_update"), QString::number(trade.lastUpdateSeconds));
    json.insert(QStringLiteral("outcome"), trade.takerYes ? QStringLiteral("Yes") : QStringLiteral("No"));
    json.insert(QStringLiteral("bucket_index"), 0);
    json.insert(QStringLiteral("owner"), trade.takerOwner);
    json.insert(QStringLiteral("maker_address"), trade.takerAddress);
    json.insert(QStringLiteral("transaction_hash"), trade.transactionHash);
    json.insert(QStringLiteral("trader_side"),
                viewer == trade.takerAddress ? QStringLiteral("TAKER") : QStringLiteral("MAKER"));
    json.insert(QStringLiteral("maker_orders"),
                QJsonArray{QJsonObject{{QStringLiteral("order_id"), trade.makerOrderId},
                                       {QStringLiteral("owner"), trade.makerOwner},
                                       {QStringLiteral("maker_address"), trade.makerAddress},
                                       {QStringLiteral("matched_amount"), size(trade.sizeHundredths)},
                                       {QStringLiteral("price"), price(trade.makerPriceMicros)},
                                       {QStringLiteral("fee_rate_bps"), QStringLiteral("0")},
                                       {QStringLiteral("asset_id"), trade.makerAssetId},
                                       {QStringLiteral("outcome"), trade.makerYes ? QStringLiteral("Yes") : QStringLiteral("No")},
                                       {QStringLiteral("side"), trade.makerBuy ? QStringLiteral("BUY") : QStringLiteral("SELL")}}});
    return json;
}

QJsonObject SimClobServer::cancelResult(const QString& address, const QStringList& ids)
{
    QJsonArray canceled;
    QJsonObject notCanceled;
    for (const QString& id : ids) {
        const QString reason = m_exchange->cancel(address, id);
        if (reason.isEmpty())
            canceled.append(id);
        else
            notCanceled.insert(id, reason);
    }
    return QJsonObject{{QStringLiteral("canceled"), canceled}, {QStringLiteral("not_canceled"), notCanceled}};
}

SimHttpResponse SimClobServer::page(const QJsonArray& items, const QString& cursor) const
{
    qsizetype offset = 0;
    if (!cursor.isEmpty()) {
        bool ok = false;
        offset = QByteArray::fromBase64(cursor.toLatin1()).toLongLong(&ok);
        if (!ok || offset < 0)
            return error(400, QStringLiteral("invalid next_cursor"));
    }
    QJsonArray data;
    for (qsizetype i = offset; i < items.size() && data.size() < m_pageSize; ++i)
        data.append(items.at(i));
    const qsizetype next = offset + data.size();
    QJsonObject json;
    json.insert(QStringLiteral("limit"), m_pageSize);
    json.insert(QStringLiteral("count"), data.size());
    json.insert(QStringLiteral("next_cursor"), next >= items.size() ? QStringLiteral("LTE=") : cursorFor(next));
    json.insert(QStringLiteral("data"), data);
    return SimHttpResponse::json(200, json);
}

} // namespace orion
