#include "venues/sim/SimKalshiServer.h"

#include "venues/sim/SimHttpServer.h"
#include "venues/sim/SimKalshiFormat.h"
#include "venues/sim/SimWebSocketServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace orion {

namespace {

constexpr std::int64_t kOneDollar = 1'000'000;

QStringList tickersOf(const QJsonObject& params)
{
    QStringList tickers;
    if (params.value(QStringLiteral("market_ticker")).isString())
        tickers.append(params.value(QStringLiteral("market_ticker")).toString());
    for (const QJsonValue& value : params.value(QStringLiteral("market_tickers")).toArray()) {
        if (value.isString())
            tickers.append(value.toString());
    }
    return tickers;
}

} // namespace

SimKalshiServer::SimKalshiServer(SimScenario scenario, QObject* parent)
    : QObject(parent),
      m_exchange(new SimKalshiExchange(std::move(scenario), this)),
      m_http(new SimHttpServer(this)),
      m_ws(new SimWebSocketServer(this)),
      m_flowTimer(new QTimer(this)),
      m_heartbeatTimer(new QTimer(this)),
      m_expiryTimer(new QTimer(this))
{
    m_heartbeatTimer->setInterval(10'000); // the real server: Ping "heartbeat" every 10 s
    connect(m_heartbeatTimer, &QTimer::timeout, this, &SimKalshiServer::sendHeartbeats);
    m_expiryTimer->setInterval(100);
    connect(m_expiryTimer, &QTimer::timeout, m_exchange, &SimKalshiExchange::expireOrders);
    m_exchange->installRoutes(*m_http);
    m_http->setResponseDelayMs(m_exchange->scenario().faults.slowResponseMs);
    connect(m_http, &SimHttpServer::requestReceived, this, &SimKalshiServer::onHttpRequest);

    m_ws->setAuthenticator([this](const QNetworkRequest& upgrade) {
        const QString path = upgrade.url().path().isEmpty() ? QString::fromLatin1(kWsPath) : upgrade.url().path();
        const auto key = m_exchange->auth().authenticate(
            upgrade.rawHeader("KALSHI-ACCESS-KEY"), upgrade.rawHeader("KALSHI-ACCESS-TIMESTAMP"),
            upgrade.rawHeader("KALSHI-ACCESS-SIGNATURE"), QByteArrayLiteral("GET"), path, m_exchange->nowMs());
        return key.ok() ? QString() : key.error().message;
    });
    connect(m_ws, &SimWebSocketServer::clientConnected, this, &SimKalshiServer::onClientConnected);
    connect(m_ws, &SimWebSocketServer::clientDisconnected, this, &SimKalshiServer::onClientDisconnected);
    connect(m_ws, &SimWebSocketServer::textMessageReceived, this, &SimKalshiServer::onText);

    connect(m_exchange, &SimKalshiExchange::levelChanged, this, &SimKalshiServer::onLevelChanged);
    connect(m_exchange, &SimKalshiExchange::tradeExecuted, this, &SimKalshiServer::onTrade);
    connect(m_exchange, &SimKalshiExchange::fillExecuted, this, &SimKalshiServer::onFill);
    connect(m_exchange, &SimKalshiExchange::tickerChanged, this, &SimKalshiServer::onTickerChanged);

    int flowInterval = 0;
    for (const SimScenarioMarket& market : m_exchange->scenario().markets) {
        if (market.flowIntervalMs > 0 && market.flowMaxHundredths > 0)
            flowInterval = flowInterval == 0 ? market.flowIntervalMs : std::min(flowInterval, market.flowIntervalMs);
    }
    m_flowTimer->setInterval(flowInterval);
    connect(m_flowTimer, &QTimer::timeout, m_exchange, &SimKalshiExchange::stepFlow);
}

SimKalshiServer::~SimKalshiServer() = default;

Status SimKalshiServer::listen(quint16 restPort, quint16 wsPort, const QHostAddress& address)
{
    if (!m_http->listen(address, restPort))
        return makeError(QStringLiteral("sim.listen"), QStringLiteral("REST port: ") + m_http->errorString());
    if (!m_ws->listen(address, wsPort))
        return makeError(QStringLiteral("sim.listen"), QStringLiteral("WebSocket port: ") + m_ws->errorString());
    if (m_flowTimer->interval() > 0)
        m_flowTimer->start();
    if (m_heartbeatTimer->interval() > 0)
        m_heartbeatTimer->start();
    m_expiryTimer->start();
    return {};
}

QUrl SimKalshiServer::restBaseUrl() const
{
    QUrl url = m_http->baseUrl();
    url.setPath(QString::fromLatin1(SimKalshiExchange::kRestPrefix));
    return url;
}

QUrl SimKalshiServer::wsUrl() const
{
    QUrl url = m_ws->url();
    url.setPath(QString::fromLatin1(kWsPath));
    return url;
}

Status SimKalshiServer::registerKey(const QString& keyId, const QByteArray& publicKeyPem)
{
    return m_exchange->registerKey(keyId, publicKeyPem);
}

void SimKalshiServer::fail429Next(int count)
{
    m_http->failNext(count, SimHttpResponse::json(429, QJsonObject{{QStringLiteral("error"),
                                                                    QStringLiteral("too many requests")}}));
}

void SimKalshiServer::fail5xxNext(int count, int status)
{
    m_http->failNext(count, SimHttpResponse::json(status, QJsonObject{{QStringLiteral("error"),
                                                                       QJsonObject{{QStringLiteral("code"),
                                                                                    QStringLiteral("internal_error")},
                                                                                   {QStringLiteral("message"),
                                                                                    QStringLiteral("internal error")}}}}));
}

void SimKalshiServer::malformedJsonNext(int count)
{
    SimHttpResponse response{200, {}, QByteArrayLiteral("{\"markets\":[{\"ticker\":\"KX")};
    response.withHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    m_http->failNext(count, response);
}

void SimKalshiServer::skipNextDeltas(int count)
{
    m_skipDeltas += count;
}

void SimKalshiServer::dropWebSocketClients()
{
    m_ws->dropAll();
}

void SimKalshiServer::setHeartbeatIntervalMs(int ms)
{
    m_heartbeatTimer->stop();
    m_heartbeatTimer->setInterval(std::max(0, ms));
    if (ms > 0 && m_ws->port() != 0)
        m_heartbeatTimer->start();
}

void SimKalshiServer::sendHeartbeats()
{
    // The sockets are the WebSocket server's children; SimWebSocketServer has no ping of its own.
    for (QWebSocket* socket : m_ws->findChildren<QWebSocket*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (socket->state() != QAbstractSocket::ConnectedState || m_stalledSockets.contains(socket))
            continue;
        socket->ping(QByteArrayLiteral("heartbeat"));
        ++m_heartbeats;
    }
}

void SimKalshiServer::stallWebSocketClients()
{
    for (const quint64 client : m_ws->clientIds())
        m_stalledClients.insert(client);
    for (QWebSocket* socket : m_ws->findChildren<QWebSocket*>(QString(), Qt::FindDirectChildrenOnly)) {
        m_stalledSockets.append(socket);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_stalledSockets.removeAll(socket); });
        // Nothing the client sends is processed, so Qt does not answer its pings either. The TCP socket under a
        // server-side QWebSocket stays a child of Qt's QTcpServer (inside m_ws): found by its address pair.
        for (QTcpSocket* transport : m_ws->findChildren<QTcpSocket*>()) {
            if (transport->localPort() == socket->localPort() && transport->peerPort() == socket->peerPort()
                && transport->peerAddress() == socket->peerAddress())
                transport->blockSignals(true);
        }
    }
}

int SimKalshiServer::subscriptionCount() const
{
    int count = 0;
    for (const auto& entry : m_clients)
        count += static_cast<int>(entry.second.subscriptions.size());
    return count;
}

void SimKalshiServer::onHttpRequest()
{
    ++m_httpCount;
    const SimScenarioFaults& faults = m_exchange->scenario().faults;
    if (faults.http429EveryN > 0 && m_httpCount % faults.http429EveryN == 0)
        fail429Next(1);
    else if (faults.http5xxEveryN > 0 && m_httpCount % faults.http5xxEveryN == 0)
        fail5xxNext(1);
    else if (faults.malformedEveryN > 0 && m_httpCount % faults.malformedEveryN == 0)
        malformedJsonNext(1);
}

void SimKalshiServer::onClientConnected(quint64 client)
{
    Client state;
    state.accountId = QString::fromUtf8(m_ws->upgradeHeader(client, "KALSHI-ACCESS-KEY"));
    m_clients[client] = state;
}

void SimKalshiServer::onClientDisconnected(quint64 client)
{
    m_stalledClients.remove(client);
    m_clients.erase(client);
}

void SimKalshiServer::send(quint64 client, const QJsonObject& message, bool feed)
{
    if (m_stalledClients.contains(client))
        return;
    m_ws->sendText(client, QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!feed)
        return;
    ++m_feedMessages;
    const int dropAfter = m_exchange->scenario().faults.dropWsAfterMessages;
    if (dropAfter > 0 && !m_dropDone && m_feedMessages >= dropAfter) {
        m_dropDone = true;
        QTimer::singleShot(0, m_ws, &SimWebSocketServer::dropAll);
    }
}

void SimKalshiServer::sendError(quint64 client, qint64 id, int code, const QString& message)
{
    QJsonObject error{{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("msg"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("msg"), message}}}};
    if (id > 0)
        error.insert(QStringLiteral("id"), id);
    send(client, error, false);
}

void SimKalshiServer::onText(quint64 client, const QString& text)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        sendError(client, 0, 1, QStringLiteral("Unable to process message"));
        return;
    }
    const QJsonObject command = document.object();
    emit commandReceived(command);
    const qint64 id = command.value(QStringLiteral("id")).toInteger();
    const QString cmd = command.value(QStringLiteral("cmd")).toString();
    const QJsonValue params = command.value(QStringLiteral("params"));
    if (cmd == QLatin1String("subscribe") || cmd == QLatin1String("unsubscribe")
        || cmd == QLatin1String("update_subscription")) {
        if (!params.isObject()) {
            sendError(client, id, 2, QStringLiteral("Params required"));
            return;
        }
        if (cmd == QLatin1String("subscribe"))
            subscribe(client, id, params.toObject());
        else if (cmd == QLatin1String("unsubscribe"))
            unsubscribe(client, id, params.toObject());
        else
            updateSubscription(client, id, params.toObject());
        return;
    }
    sendError(client, id, 5, QStringLiteral("Unknown command"));
}

void SimKalshiServer::subscribe(quint64 client, qint64 id, const QJsonObject& params)
{
    auto clientIt = m_clients.find(client);
    if (clientIt == m_clients.end())
        return;
    const QJsonArray channels = params.value(QStringLiteral("channels")).toArray();
    if (channels.isEmpty()) {
        sendError(client, id, 3, QStringLiteral("Channels required"));
        return;
    }
    static const QStringList known{QStringLiteral("orderbook_delta"), QStringLiteral("ticker"),
                                   QStringLiteral("trade"), QStringLiteral("fill")};
    const QStringList tickers = tickersOf(params);
    for (const QString& ticker : tickers) {
        if (!m_exchange->hasMarket(ticker)) {
            sendError(client, id, 16, QStringLiteral("Market not found"));
            return;
        }
    }
    for (const QJsonValue& value : channels) {
        const QString channel = value.toString();
        if (!known.contains(channel)) {
            sendError(client, id, 8, QStringLiteral("Unknown channel name"));
            continue;
        }
        if (channel == QLatin1String("orderbook_delta") && tickers.isEmpty()) {
            sendError(client, id, 14, QStringLiteral("Market Ticker required"));
            continue;
        }
        // Subscribing again to a channel adds the markets to the existing subscription.
        qint64 sid = 0;
        for (auto& [existingSid, existing] : clientIt->second.subscriptions) {
            if (existing.channel == channel)
                sid = existingSid;
        }
        QStringList added = tickers;
        if (sid == 0) {
            sid = m_nextSid++;
            Subscription subscription;
            subscription.channel = channel;
            subscription.useYesPrice = params.value(QStringLiteral("use_yes_price")).toBool(false);
            clientIt->second.subscriptions.emplace(sid, subscription);
        } else {
            added.erase(std::remove_if(added.begin(), added.end(),
                                       [&](const QString& t) {
                                           return clientIt->second.subscriptions.at(sid).tickers.contains(t);
                                       }),
                        added.end());
        }
        Subscription& subscription = clientIt->second.subscriptions.at(sid);
        for (const QString& ticker : tickers)
            subscription.tickers.insert(ticker);
        send(client,
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("type"), QStringLiteral("subscribed")},
                         {QStringLiteral("msg"), QJsonObject{{QStringLiteral("channel"), channel}, {QStringLiteral("sid"), sid}}}},
             false);
        if (channel == QLatin1String("orderbook_delta")) {
            for (const QString& ticker : added)
                sendSnapshot(client, sid, subscription, ticker);
        }
    }
}

void SimKalshiServer::unsubscribe(quint64 client, qint64 id, const QJsonObject& params)
{
    auto clientIt = m_clients.find(client);
    if (clientIt == m_clients.end())
        return;
    const QJsonArray sids = params.value(QStringLiteral("sids")).toArray();
    if (sids.isEmpty()) {
        sendError(client, id, 4, QStringLiteral("Sids required"));
        return;
    }
    for (const QJsonValue& value : sids) {
        const qint64 sid = value.toInteger();
        if (clientIt->second.subscriptions.erase(sid) == 0) {
            sendError(client, id, 7, QStringLiteral("Unknown subscription ID"));
            continue;
        }
        send(client,
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("type"), QStringLiteral("unsubscribed")},
                         {QStringLiteral("sid"), sid}},
             false);
    }
}

void SimKalshiServer::updateSubscription(quint64 client, qint64 id, const QJsonObject& params)
{
    auto clientIt = m_clients.find(client);
    if (clientIt == m_clients.end())
        return;
    const QJsonArray sids = params.value(QStringLiteral("sids")).toArray();
    if (sids.size() != 1) {
        sendError(client, id, 12, QStringLiteral("Exactly one sid required"));
        return;
    }
    const qint64 sid = sids.at(0).toInteger();
    auto subIt = clientIt->second.subscriptions.find(sid);
    if (subIt == clientIt->second.subscriptions.end()) {
        sendError(client, id, 7, QStringLiteral("Unknown subscription ID"));
        return;
    }
    const QString action = params.value(QStringLiteral("action")).toString();
    const QStringList tickers = tickersOf(params);
    if (action.isEmpty()) {
        sendError(client, id, 15, QStringLiteral("Action required"));
        return;
    }
    if (tickers.isEmpty()) {
        sendError(client, id, 14, QStringLiteral("Market Ticker required"));
        return;
    }
    Subscription& subscription = subIt->second;
    if (action == QLatin1String("get_snapshot")) {
        if (subscription.channel != QLatin1String("orderbook_delta")) {
            sendError(client, id, 13, QStringLiteral("Action not supported"));
            return;
        }
        for (const QString& ticker : tickers) {
            if (subscription.tickers.contains(ticker))
                sendSnapshot(client, sid, subscription, ticker);
        }
    } else if (action == QLatin1String("add_markets")) {
        for (const QString& ticker : tickers) {
            if (!m_exchange->hasMarket(ticker)) {
                sendError(client, id, 16, QStringLiteral("Market not found"));
                return;
            }
        }
        for (const QString& ticker : tickers) {
            if (subscription.tickers.contains(ticker))
                continue;
            subscription.tickers.insert(ticker);
            if (subscription.channel == QLatin1String("orderbook_delta"))
                sendSnapshot(client, sid, subscription, ticker);
        }
    } else if (action == QLatin1String("delete_markets")) {
        for (const QString& ticker : tickers)
            subscription.tickers.remove(ticker);
    } else {
        sendError(client, id, 13, QStringLiteral("Action not supported"));
        return;
    }
    QJsonArray list;
    for (const QString& ticker : tickers)
        list.append(ticker);
    send(client,
         QJsonObject{{QStringLiteral("id"), id},
                     {QStringLiteral("type"), QStringLiteral("ok")},
                     {QStringLiteral("sid"), sid},
                     {QStringLiteral("seq"), subscription.seq},
                     {QStringLiteral("msg"), QJsonObject{{QStringLiteral("market_tickers"), list}}}},
         false);
}

void SimKalshiServer::sendSnapshot(quint64 client, qint64 sid, Subscription& subscription, const QString& ticker)
{
    const auto levels = m_exchange->bookLevels(ticker);
    if (!levels)
        return;
    QJsonObject msg{{QStringLiteral("market_ticker"), ticker}, {QStringLiteral("market_id"), ticker}};
    QJsonArray yes;
    for (const auto& level : levels->yes)
        yes.append(QJsonArray{SimKalshiFormat::dollars(level.priceMicros), SimKalshiFormat::fp(level.quantityHundredths)});
    QJsonArray no;
    for (const auto& level : levels->no) {
        const std::int64_t price = subscription.useYesPrice ? kOneDollar - level.priceMicros : level.priceMicros;
        no.append(QJsonArray{SimKalshiFormat::dollars(price), SimKalshiFormat::fp(level.quantityHundredths)});
    }
    // A side's key is absent when that side is empty, as on the real feed.
    if (!yes.isEmpty())
        msg.insert(QStringLiteral("yes_dollars_fp"), yes);
    if (!no.isEmpty())
        msg.insert(QStringLiteral("no_dollars_fp"), no);
    ++m_snapshotsSent;
    send(client,
         QJsonObject{{QStringLiteral("type"), QStringLiteral("orderbook_snapshot")},
                     {QStringLiteral("sid"), sid},
                     {QStringLiteral("seq"), ++subscription.seq},
                     {QStringLiteral("msg"), msg}},
         true);
}

void SimKalshiServer::onLevelChanged(const QString& ticker, bool yesSide, qint64 priceMicros, qint64 deltaHundredths,
                                     const QString& clientOrderId, const QString& accountId)
{
    ++m_deltaCount;
    const int gapEvery = m_exchange->scenario().faults.sequenceGapEveryN;
    const bool scenarioGap = gapEvery > 0 && m_deltaCount % gapEvery == 0;
    const bool testGap = m_skipDeltas > 0;
    if (testGap)
        --m_skipDeltas;
    const auto clients = m_clients; // sends may drop clients
    for (const auto& [client, state] : clients) {
        for (const auto& [sid, subscription] : state.subscriptions) {
            if (subscription.channel != QLatin1String("orderbook_delta") || !subscription.tickers.contains(ticker))
                continue;
            Subscription& live = m_clients.at(client).subscriptions.at(sid);
            ++live.seq;
            if (scenarioGap || testGap)
                continue; // the message is lost; its number is used up
            const std::int64_t price = (!yesSide && live.useYesPrice) ? kOneDollar - priceMicros : priceMicros;
            QJsonObject msg{{QStringLiteral("market_ticker"), ticker},
                            {QStringLiteral("market_id"), ticker},
                            {QStringLiteral("price_dollars"), SimKalshiFormat::dollars(price)},
                            {QStringLiteral("delta_fp"), SimKalshiFormat::fp(deltaHundredths)},
                            {QStringLiteral("side"), yesSide ? QStringLiteral("yes") : QStringLiteral("no")},
                            {QStringLiteral("ts_ms"), m_exchange->nowMs()}};
            if (!clientOrderId.isEmpty() && accountId == state.accountId)
                msg.insert(QStringLiteral("client_order_id"), clientOrderId);
            send(client,
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("orderbook_delta")},
                             {QStringLiteral("sid"), sid},
                             {QStringLiteral("seq"), live.seq},
                             {QStringLiteral("msg"), msg}},
                 true);
            if (m_clients.count(client) == 0)
                break;
        }
    }
}

void SimKalshiServer::onTrade(const QJsonObject& trade)
{
    const QString ticker = trade.value(QStringLiteral("market_ticker")).toString();
    const auto clients = m_clients;
    for (const auto& [client, state] : clients) {
        for (const auto& [sid, subscription] : state.subscriptions) {
            if (subscription.channel == QLatin1String("trade")
                && (subscription.tickers.isEmpty() || subscription.tickers.contains(ticker)))
                send(client,
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("trade")}, {QStringLiteral("sid"), sid},
                                 {QStringLiteral("msg"), trade}},
                     true);
        }
    }
}

void SimKalshiServer::onFill(const QString& accountId, const QJsonObject& fill)
{
    const QString ticker = fill.value(QStringLiteral("market_ticker")).toString();
    const auto clients = m_clients;
    for (const auto& [client, state] : clients) {
        if (state.accountId != accountId)
            continue;
        for (const auto& [sid, subscription] : state.subscriptions) {
            if (subscription.channel == QLatin1String("fill")
                && (subscription.tickers.isEmpty() || subscription.tickers.contains(ticker)))
                send(client,
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("fill")}, {QStringLiteral("sid"), sid},
                                 {QStringLiteral("msg"), fill}},
                     true);
        }
    }
}

void SimKalshiServer::onTickerChanged(const QString& ticker)
{
    const QJsonObject message = m_exchange->tickerMessage(ticker);
    const auto clients = m_clients;
    for (const auto& [client, state] : clients) {
        for (const auto& [sid, subscription] : state.subscriptions) {
            if (subscription.channel == QLatin1String("ticker")
                && (subscription.tickers.isEmpty() || subscription.tickers.contains(ticker)))
                send(client,
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("ticker")}, {QStringLiteral("sid"), sid},
                                 {QStringLiteral("msg"), message}},
                     true);
        }
    }
}

} // namespace orion
