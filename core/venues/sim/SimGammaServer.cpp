#include "venues/sim/SimGammaServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace orion {

namespace {

QString jsonString(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

SimHttpResponse badRequest(const QString& message)
{
    return SimHttpResponse::json(400, QJsonObject{{QStringLiteral("error"), message}});
}

// The keyset cursor is opaque to clients: base64 of the next index.
QString cursorFor(qsizetype index)
{
    return QString::fromLatin1(QByteArray("k:" + QByteArray::number(index)).toBase64());
}

qsizetype indexOf(const QString& cursor, bool* ok)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1());
    *ok = raw.startsWith("k:");
    return *ok ? raw.mid(2).toLongLong(ok) : 0;
}

SimHttpResponse keysetPage(const QList<QJsonObject>& items, const SimHttpRequest& request, const QString& key)
{
    if (request.query.hasQueryItem(QStringLiteral("offset")))
        return badRequest(QStringLiteral("offset is not supported on keyset endpoints, use after_cursor"));
    int limit = 20;
    if (request.query.hasQueryItem(QStringLiteral("limit")))
        limit = request.queryValue(QStringLiteral("limit")).toInt();
    if (limit <= 0 || limit > 100)
        return badRequest(QStringLiteral("limit must be between 1 and 100"));
    qsizetype start = 0;
    const QString cursor = request.queryValue(QStringLiteral("after_cursor"));
    if (!cursor.isEmpty()) {
        bool ok = false;
        start = indexOf(cursor, &ok);
        if (!ok || start < 0)
            return badRequest(QStringLiteral("invalid after_cursor"));
    }
    QJsonArray page;
    for (qsizetype i = start; i < items.size() && page.size() < limit; ++i)
        page.append(items.at(i));
    QJsonObject json{{key, page}};
    const qsizetype next = start + page.size();
    if (next < items.size())
        json.insert(QStringLiteral("next_cursor"), cursorFor(next));
    return SimHttpResponse::json(200, json);
}

SimHttpResponse offsetPage(const QList<QJsonObject>& items, const SimHttpRequest& request)
{
    const int limit = request.query.hasQueryItem(QStringLiteral("limit"))
                          ? qBound(1, request.queryValue(QStringLiteral("limit")).toInt(), 500)
                          : 500;
    const qsizetype offset = request.queryValue(QStringLiteral("offset")).toLongLong();
    QJsonArray page;
    for (qsizetype i = offset; i < items.size() && page.size() < limit; ++i)
        page.append(items.at(i));
    return SimHttpResponse::json(200, page);
}

} // namespace

SimGammaServer::SimGammaServer(const SimPolymarketExchange* exchange, QObject* parent)
    : QObject(parent), m_exchange(exchange), m_http(new SimHttpServer(this))
{
    m_http->route("GET", QStringLiteral("/markets"), [this](const SimHttpRequest& request) {
        return offsetPage(filteredMarkets(request), request);
    });
    m_http->route("GET", QStringLiteral("/markets/keyset"), [this](const SimHttpRequest& request) {
        QList<QJsonObject> items = filteredMarkets(request);
        items.append(m_raw);
        return keysetPage(items, request, QStringLiteral("markets"));
    });
    m_http->route("GET", QStringLiteral("/events"), [this](const SimHttpRequest& request) {
        return offsetPage(events(request), request);
    });
    m_http->route("GET", QStringLiteral("/events/keyset"), [this](const SimHttpRequest& request) {
        return keysetPage(events(request), request, QStringLiteral("events"));
    });
}

bool SimGammaServer::listen(const QHostAddress& address, quint16 port)
{
    return m_http->listen(address, port);
}

QJsonObject SimGammaServer::marketJson(const SimPolymarketMarket& market) const
{
    const auto bids = m_exchange->bids(market.yesTokenId);
    const auto asks = m_exchange->asks(market.yesTokenId);
    QJsonObject json;
    json.insert(QStringLiteral("id"), market.gammaId);
    json.insert(QStringLiteral("question"), market.question);
    json.insert(QStringLiteral("conditionId"), market.conditionId);
    json.insert(QStringLiteral("questionID"), market.questionId);
    json.insert(QStringLiteral("slug"), market.slug);
    json.insert(QStringLiteral("description"), market.description);
    json.insert(QStringLiteral("resolutionSource"), QString());
    json.insert(QStringLiteral("category"), market.category);
    json.insert(QStringLiteral("endDate"), market.endDate.toUTC().toString(Qt::ISODate));
    json.insert(QStringLiteral("endDateIso"), market.endDate.toUTC().date().toString(Qt::ISODate));
    json.insert(QStringLiteral("outcomes"), jsonString(QJsonArray{QStringLiteral("Yes"), QStringLiteral("No")}));
    json.insert(QStringLiteral("outcomePrices"), jsonString(QJsonArray{QStringLiteral("0.5"), QStringLiteral("0.5")}));
    json.insert(QStringLiteral("clobTokenIds"), jsonString(QJsonArray{market.yesTokenId, market.noTokenId}));
    json.insert(QStringLiteral("active"), market.active);
    json.insert(QStringLiteral("closed"), market.closed);
    json.insert(QStringLiteral("archived"), false);
    json.insert(QStringLiteral("acceptingOrders"), market.acceptingOrders);
    json.insert(QStringLiteral("enableOrderBook"), true);
    json.insert(QStringLiteral("orderPriceMinTickSize"), static_cast<double>(market.tickMicros) / 1e6);
    json.insert(QStringLiteral("orderMinSize"), static_cast<double>(market.minSizeHundredths) / 100);
    json.insert(QStringLiteral("negRisk"), market.negRisk);
    json.insert(QStringLiteral("feesEnabled"), market.feesEnabled);
    if (market.feeKnown)
        json.insert(QStringLiteral("feeSchedule"),
                    QJsonObject{{QStringLiteral("rate"), static_cast<double>(market.feeRatePpm) / 1e6},
                                {QStringLiteral("exponent"), market.feeExponent},
                                {QStringLiteral("takerOnly"), market.takerOnly},
                                {QStringLiteral("rebateRate"), 0.2}});
    if (!bids.isEmpty())
        json.insert(QStringLiteral("bestBid"), static_cast<double>(bids.first().priceMicros) / 1e6);
    if (!asks.isEmpty())
        json.insert(QStringLiteral("bestAsk"), static_cast<double>(asks.first().priceMicros) / 1e6);
    json.insert(QStringLiteral("events"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), market.eventId},
                                       {QStringLiteral("slug"), market.eventSlug},
                                       {QStringLiteral("title"), market.eventTitle}}});
    return json;
}

QList<QJsonObject> SimGammaServer::filteredMarkets(const SimHttpRequest& request) const
{
    const bool wantClosed = request.queryValue(QStringLiteral("closed")) == QStringLiteral("true");
    const QStringList tokenIds = request.query.allQueryItemValues(QStringLiteral("clob_token_ids"));
    const QStringList conditionIds = request.query.allQueryItemValues(QStringLiteral("condition_ids"));
    const QString slug = request.queryValue(QStringLiteral("slug"));
    QList<QJsonObject> items;
    for (const SimPolymarketMarket& market : m_exchange->markets()) {
        if (market.closed != wantClosed)
            continue;
        if (!tokenIds.isEmpty() && !tokenIds.contains(market.yesTokenId) && !tokenIds.contains(market.noTokenId))
            continue;
        if (!conditionIds.isEmpty() && !conditionIds.contains(market.conditionId))
            continue;
        if (!slug.isEmpty() && slug != market.slug)
            continue;
        items.append(marketJson(market));
    }
    return items;
}

QList<QJsonObject> SimGammaServer::events(const SimHttpRequest& request) const
{
    const bool wantClosed = request.queryValue(QStringLiteral("closed")) == QStringLiteral("true");
    QList<QJsonObject> result;
    QHash<QString, qsizetype> byId;
    for (const SimPolymarketMarket& market : m_exchange->markets()) {
        if (market.closed != wantClosed)
            continue;
        if (!byId.contains(market.eventId)) {
            byId.insert(market.eventId, result.size());
            result.append(QJsonObject{{QStringLiteral("id"), market.eventId},
                                      {QStringLiteral("slug"), market.eventSlug},
                                      {QStringLiteral("title"), market.eventTitle},
                                      {QStringLiteral("active"), market.active},
                                      {QStringLiteral("closed"), market.closed},
                                      {QStringLiteral("negRisk"), market.negRisk},
                                      {QStringLiteral("markets"), QJsonArray()}});
        }
        QJsonObject& event = result[byId.value(market.eventId)];
        QJsonArray markets = event.value(QStringLiteral("markets")).toArray();
        markets.append(marketJson(market));
        event.insert(QStringLiteral("markets"), markets);
    }
    return result;
}

} // namespace orion
