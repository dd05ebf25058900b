#include "venues/sim/SimPolymarketWsServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace orion {

namespace {

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

QString nowMs()
{
    return QString::number(QDateTime::currentMSecsSinceEpoch());
}

QString text(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

SimPolymarketWsServer::SimPolymarketWsServer(SimPolymarketExchange* exchange, QObject* parent)
    : QObject(parent), m_exchange(exchange), m_ws(new SimWebSocketServer(this))
{
    m_ws->setTextPingReply(QStringLiteral("PING"), QStringLiteral("PONG"));
    connect(m_ws, &SimWebSocketServer::clientConnected, this, [this](SimWebSocketServer::ClientId id) {
        Client client;
        client.user = m_ws->upgradeRequest(id).url().path().endsWith(QStringLiteral("/user"));
        m_clients.insert(id, client);
    });
    connect(m_ws, &SimWebSocketServer::clientDisconnected, this,
            [this](SimWebSocketServer::ClientId id) { m_clients.remove(id); });
    connect(m_ws, &SimWebSocketServer::textMessageReceived, this, &SimPolymarketWsServer::onText);
    connect(m_exchange, &SimPolymarketExchange::levelChanged, this, &SimPolymarketWsServer::onLevel);
    connect(m_exchange, &SimPolymarketExchange::tradePrinted, this, &SimPolymarketWsServer::onTrade);
    connect(m_exchange, &SimPolymarketExchange::tickSizeChanged, this, &SimPolymarketWsServer::onTick);
    connect(m_exchange, &SimPolymarketExchange::orderEvent, this, &SimPolymarketWsServer::onOrder);
    connect(m_exchange, &SimPolymarketExchange::tradeEvent, this, &SimPolymarketWsServer::onTradeEvent);
}

bool SimPolymarketWsServer::listen(const QHostAddress& address, quint16 port)
{
    return m_ws->listen(address, port);
}

int SimPolymarketWsServer::marketClientCount() const
{
    int count = 0;
    for (const Client& client : m_clients)
        count += !client.user && !client.assets.isEmpty() ? 1 : 0;
    return count;
}

int SimPolymarketWsServer::userClientCount() const
{
    int count = 0;
    for (const Client& client : m_clients)
        count += client.user && !client.address.isEmpty() ? 1 : 0;
    return count;
}

void SimPolymarketWsServer::onText(SimWebSocketServer::ClientId id, const QString& message)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    const QJsonObject json = QJsonDocument::fromJson(message.toUtf8()).object();
    if (it->user) {
        const QJsonObject auth = json.value(QStringLiteral("auth")).toObject();
        const SimPolymarketExchange::ApiKey* key = m_exchange->apiKey(auth.value(QStringLiteral("apiKey")).toString());
        if (!key || key->secret != auth.value(QStringLiteral("secret")).toString()
            || key->passphrase != auth.value(QStringLiteral("passphrase")).toString()) {
            m_ws->closeClient(id, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("invalid credentials"));
            return;
        }
        it->address = key->address;
        for (const QJsonValue& market : json.value(QStringLiteral("markets")).toArray())
            it->markets.insert(market.toString());
        return;
    }
    const QJsonArray assets = json.value(QStringLiteral("assets_ids")).toArray();
    const QString operation = json.value(QStringLiteral("operation")).toString(QStringLiteral("subscribe"));
    const bool dump = json.value(QStringLiteral("initial_dump")).toBool(true);
    for (const QJsonValue& value : assets) {
        const QString asset = value.toString();
        if (operation == QStringLiteral("unsubscribe")) {
            it->assets.remove(asset);
            continue;
        }
        if (!m_exchange->marketByToken(asset) || it->assets.size() >= m_maxAssets)
            continue;
        it->assets.insert(asset);
        if (dump)
            sendBook(id, asset);
    }
}

void SimPolymarketWsServer::sendBook(SimWebSocketServer::ClientId id, const QString& assetId)
{
    const SimPolymarketMarket* market = m_exchange->marketByToken(assetId);
    QJsonArray bids;
    const auto bidLevels = m_exchange->bids(assetId);
    for (auto level = bidLevels.crbegin(); level != bidLevels.crend(); ++level)
        bids.append(QJsonObject{{QStringLiteral("price"), decimal(level->priceMicros, 6)},
                                {QStringLiteral("size"), decimal(level->sizeHundredths, 2)}});
    QJsonArray asks;
    const auto askLevels = m_exchange->asks(assetId);
    for (auto level = askLevels.crbegin(); level != askLevels.crend(); ++level)
        asks.append(QJsonObject{{QStringLiteral("price"), decimal(level->priceMicros, 6)},
                                {QStringLiteral("size"), decimal(level->sizeHundredths, 2)}});
    QJsonObject event{{QStringLiteral("event_type"), QStringLiteral("book")},
                      {QStringLiteral("asset_id"), assetId},
                      {QStringLiteral("market"), market->conditionId},
                      {QStringLiteral("bids"), bids},
                      {QStringLiteral("asks"), asks},
                      {QStringLiteral("timestamp"), nowMs()}};
    event.insert(QStringLiteral("hash"), QString::fromLatin1(QCryptographicHash::hash(text(event).toUtf8(),
                                                                                      QCryptographicHash::Sha1)
                                                                 .toHex()));
    // The real feed sends arrays of events as often as single objects.
    m_ws->sendText(id, QString::fromUtf8(QJsonDocument(QJsonArray{event}).toJson(QJsonDocument::Compact)));
}

void SimPolymarketWsServer::toAssetSubscribers(const QString& assetId, const QJsonObject& event)
{
    const QString message = text(event);
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (!it->user && it->assets.contains(assetId))
            m_ws->sendText(it.key(), message);
    }
}

void SimPolymarketWsServer::onLevel(const QString& conditionId, const QString& assetId, bool bid,
                                    std::int64_t priceMicros, std::int64_t sizeHundredths)
{
    const auto bids = m_exchange->bids(assetId);
    const auto asks = m_exchange->asks(assetId);
    const QJsonObject change{{QStringLiteral("asset_id"), assetId},
                             {QStringLiteral("price"), decimal(priceMicros, 6)},
                             {QStringLiteral("size"), decimal(sizeHundredths, 2)},
                             {QStringLiteral("side"), bid ? QStringLiteral("BUY") : QStringLiteral("SELL")},
                             {QStringLiteral("hash"), QString()},
                             {QStringLiteral("best_bid"), bids.isEmpty() ? QStringLiteral("0") : decimal(bids.first().priceMicros, 6)},
                             {QStringLiteral("best_ask"), asks.isEmpty() ? QStringLiteral("1") : decimal(asks.first().priceMicros, 6)}};
    toAssetSubscribers(assetId, QJsonObject{{QStringLiteral("event_type"), QStringLiteral("price_change")},
                                            {QStringLiteral("market"), conditionId},
                                            {QStringLiteral("timestamp"), nowMs()},
                                            {QStringLiteral("price_changes"), QJsonArray{change}}});
}

void SimPolymarketWsServer::onTrade(const QString& conditionId, const QString& assetId, std::int64_t priceMicros,
                                    std::int64_t sizeHundredths, bool takerBuy)
{
    toAssetSubscribers(assetId, QJsonObject{{QStringLiteral("event_type"), QStringLiteral("last_trade_price")},
                                            {QStringLiteral("asset_id"), assetId},
                                            {QStringLiteral("market"), conditionId},
                                            {QStringLiteral("price"), decimal(priceMicros, 6)},
                                            {QStringLiteral("size"), decimal(sizeHundredths, 2)},
                                            {QStringLiteral("side"), takerBuy ? QStringLiteral("BUY") : QStringLiteral("SELL")},
                                            {QStringLiteral("fee_rate_bps"), QStringLiteral("0")},
                                            {QStringLiteral("timestamp"), nowMs()}});
}

void SimPolymarketWsServer::onTick(const QString& conditionId, std::int64_t oldTick, std::int64_t newTick)
{
    const SimPolymarketMarket* market = m_exchange->marketByCondition(conditionId);
    if (!market)
        return;
    for (const QString& asset : {market->yesTokenId, market->noTokenId}) {
        toAssetSubscribers(asset, QJsonObject{{QStringLiteral("event_type"), QStringLiteral("tick_size_change")},
                                              {QStringLiteral("asset_id"), asset},
                                              {QStringLiteral("market"), conditionId},
                                              {QStringLiteral("old_tick_size"), decimal(oldTick, 6)},
                                              {QStringLiteral("new_tick_size"), decimal(newTick, 6)},
                                              {QStringLiteral("timestamp"), nowMs()}});
    }
}

void SimPolymarketWsServer::onOrder(const QString& address, const QString& orderId, const QString& type)
{
    const SimPolymarketExchange::Order* order = m_exchange->order(orderId);
    if (!order)
        return;
    QJsonArray trades;
    for (const QString& id : order->tradeIds)
        trades.append(id);
    const QJsonObject event{{QStringLiteral("event_type"), QStringLiteral("order")},
                            {QStringLiteral("id"), order->id},
                            {QStringLiteral("market"), order->market},
                            {QStringLiteral("asset_id"), order->assetId},
                            {QStringLiteral("side"), order->buy ? QStringLiteral("BUY") : QStringLiteral("SELL")},
                            {QStringLiteral("price"), decimal(order->priceMicros, 6)},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("original_size"), decimal(order->originalHundredths, 2)},
                            {QStringLiteral("size_matched"), decimal(order->matchedHundredths, 2)},
                            {QStringLiteral("outcome"), order->yes ? QStringLiteral("Yes") : QStringLiteral("No")},
                            {QStringLiteral("owner"), order->owner},
                            {QStringLiteral("order_owner"), order->owner},
                            {QStringLiteral("associate_trades"), trades},
                            {QStringLiteral("timestamp"), nowMs()}};
    const QString message = text(event);
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it->user && it->address == address && (it->markets.isEmpty() || it->markets.contains(order->market)))
            m_ws->sendText(it.key(), message);
    }
}

void SimPolymarketWsServer::onTradeEvent(const QString& address, const QString& tradeId)
{
    const SimPolymarketExchange::Trade* trade = m_exchange->trade(tradeId);
    if (!trade)
        return;
    const bool taker = trade->takerAddress == address;
    const QJsonObject event{
        {QStringLiteral("event_type"), QStringLiteral("trade")},
        {QStringLiteral("id"), trade->id},
        {QStringLiteral("market"), trade->market},
        {QStringLiteral("asset_id"), trade->takerAssetId},
        {QStringLiteral("side"), trade->takerBuy ? QStringLiteral("BUY") : QStringLiteral("SELL")},
        {QStringLiteral("size"), decimal(trade->sizeHundredths, 2)},
        {QStringLiteral("price"), decimal(trade->takerPriceMicros, 6)},
        {QStringLiteral("status"), trade->status},
        {QStringLiteral("outcome"), trade->takerYes ? QStringLiteral("Yes") : QStringLiteral("No")},
        {QStringLiteral("taker_order_id"), trade->takerOrderId},
        {QStringLiteral("maker_orders"),
         QJsonArray{QJsonObject{{QStringLiteral("order_id"), trade->makerOrderId},
                                {QStringLiteral("asset_id"), trade->makerAssetId},
                                {QStringLiteral("matched_amount"), decimal(trade->sizeHundredths, 2)},
                                {QStringLiteral("price"), decimal(trade->makerPriceMicros, 6)},
                                {QStringLiteral("outcome"), trade->makerYes ? QStringLiteral("Yes") : QStringLiteral("No")},
                                {QStringLiteral("owner"), trade->makerOwner},
                                {QStringLiteral("side"), trade->makerBuy ? QStringLiteral("BUY") : QStringLiteral("SELL")}}}},
        {QStringLiteral("fee_rate_bps"), QString::number(trade->feeRateBps)},
        {QStringLiteral("transaction_hash"), trade->transactionHash},
        {QStringLiteral("trader_side"), taker ? QStringLiteral("TAKER") : QStringLiteral("MAKER")},
        {QStringLiteral("matchtime"), QString::number(trade->matchTimeSeconds)},
        {QStringLiteral("last_update"), QString::number(trade->lastUpdateSeconds)},
        {QStringLiteral("owner"), taker ? trade->takerOwner : trade->makerOwner},
        {QStringLiteral("timestamp"), nowMs()}};
    const QString message = text(event);
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it->user && it->address == address && (it->markets.isEmpty() || it->markets.contains(trade->market)))
            m_ws->sendText(it.key(), message);
    }
}

} // namespace orion
