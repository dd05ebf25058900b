#include "venues/sim/SimPolymarketExchange.h"

#include "crypto/Keccak256.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace orion {

namespace {

__extension__ typedef __int128 Int128;

constexpr std::int64_t kOne = 1'000'000;
const QString kHouse = QStringLiteral("house");

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QJsonObject errorBody(const QString& message)
{
    return QJsonObject{{QStringLiteral("error"), message}};
}

SimPolymarketExchange::Reply reject(const QString& message, int status = 400)
{
    return {status, errorBody(message)};
}

QString dollars(std::int64_t micros)
{
    QString text = QString::number(micros / kOne) + u'.' + QStringLiteral("%1").arg(micros % kOne, 6, 10, QChar(u'0'));
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// Cash for `hundredths` shares at `priceMicros`, rounded against the party (a buyer pays up, a seller gets down).
std::int64_t cashFor(std::int64_t hundredths, std::int64_t priceMicros, bool buyer)
{
    const Int128 product = static_cast<Int128>(hundredths) * priceMicros;
    return static_cast<std::int64_t>(buyer ? (product + 99) / 100 : product / 100);
}

} // namespace

// The matcher request that puts `order` on the YES book.
SimOrderMatcher::OrderRequest bookRequest(const SimPolymarketExchange::Order& order, bool fakLingers)
{
    const auto book = SimOrderMatcher::yesBookOrder(order.yes ? SimOrderMatcher::Outcome::Yes : SimOrderMatcher::Outcome::No,
                                                    order.buy ? SimOrderMatcher::Action::Buy
                                                              : SimOrderMatcher::Action::Sell,
                                                    order.priceMicros);
    SimOrderMatcher::OrderRequest request;
    request.accountId = order.address;
    request.clientOrderId = order.id;
    request.side = book.side;
    request.priceMicros = book.priceMicros;
    request.quantityHundredths = order.originalHundredths;
    request.postOnly = order.postOnly;
    if (order.orderType == QStringLiteral("FOK"))
        request.timeInForce = SimOrderMatcher::TimeInForce::FillOrKill;
    else if (order.orderType == QStringLiteral("FAK") && !fakLingers)
        request.timeInForce = SimOrderMatcher::TimeInForce::ImmediateOrCancel;
    return request;
}

SimPolymarketExchange::SimPolymarketExchange(QObject* parent) : QObject(parent), m_clock(new QTimer(this))
{
    m_clock->setInterval(100);
    connect(m_clock, &QTimer::timeout, this, &SimPolymarketExchange::expireDue);
    connect(m_clock, &QTimer::timeout, this, &SimPolymarketExchange::checkHeartbeats);
    m_clock->start();
}

SimPolymarketExchange::~SimPolymarketExchange() = default;

void SimPolymarketExchange::addMarket(const SimPolymarketMarket& market)
{
    MarketState state;
    state.spec = market;
    state.matcher = std::make_unique<SimOrderMatcher>(QStringLiteral("m-"));
    m_tokenToCondition.insert(market.yesTokenId, market.conditionId);
    m_tokenToCondition.insert(market.noTokenId, market.conditionId);
    m_markets[market.conditionId] = std::move(state);
}

QList<SimPolymarketMarket> SimPolymarketExchange::markets() const
{
    QList<SimPolymarketMarket> result;
    for (const auto& [id, state] : m_markets)
        result.append(state.spec);
    return result;
}

const SimPolymarketMarket* SimPolymarketExchange::marketByCondition(const QString& conditionId) const
{
    const auto it = m_markets.find(conditionId);
    return it == m_markets.end() ? nullptr : &it->second.spec;
}

const SimPolymarketMarket* SimPolymarketExchange::marketByToken(const QString& tokenId) const
{
    bool yes = true;
    const MarketState* state = stateOf(tokenId, &yes);
    return state ? &state->spec : nullptr;
}

SimPolymarketExchange::MarketState* SimPolymarketExchange::stateOf(const QString& tokenId, bool* yes)
{
    const auto condition = m_tokenToCondition.constFind(tokenId);
    if (condition == m_tokenToCondition.constEnd())
        return nullptr;
    MarketState& state = m_markets[*condition];
    *yes = state.spec.yesTokenId == tokenId;
    return &state;
}

const SimPolymarketExchange::MarketState* SimPolymarketExchange::stateOf(const QString& tokenId, bool* yes) const
{
    return const_cast<SimPolymarketExchange*>(this)->stateOf(tokenId, yes);
}

void SimPolymarketExchange::setTickSize(const QString& conditionId, std::int64_t tickMicros)
{
    const auto it = m_markets.find(conditionId);
    if (it == m_markets.end())
        return;
    const std::int64_t old = it->second.spec.tickMicros;
    it->second.spec.tickMicros = tickMicros;
    emit tickSizeChanged(conditionId, old, tickMicros);
}

QString SimPolymarketExchange::seedOrder(const QString& tokenId, bool buy, std::int64_t priceMicros,
                                         std::int64_t sizeHundredths)
{
    bool yes = true;
    MarketState* state = stateOf(tokenId, &yes);
    if (!state)
        return {};
    const QString id = QStringLiteral("0x") + QString::fromLatin1(Keccak256::hash(newId(QStringLiteral("seed")).toUtf8()).toHex());
    const auto book = SimOrderMatcher::yesBookOrder(yes ? SimOrderMatcher::Outcome::Yes : SimOrderMatcher::Outcome::No,
                                                    buy ? SimOrderMatcher::Action::Buy : SimOrderMatcher::Action::Sell,
                                                    priceMicros);
    SimOrderMatcher::OrderRequest request;
    request.accountId = kHouse;
    request.clientOrderId = id;
    request.side = book.side;
    request.priceMicros = book.priceMicros;
    request.quantityHundredths = sizeHundredths;
    const SimOrderMatcher::OrderResult result = state->matcher->submit(request);
    if (result.status == SimOrderMatcher::Status::Rejected)
        return {};
    Order order;
    order.id = id;
    order.owner = kHouse;
    order.address = kHouse;
    order.market = state->spec.conditionId;
    order.assetId = tokenId;
    order.yes = yes;
    order.buy = buy;
    order.priceMicros = priceMicros;
    order.originalHundredths = sizeHundredths;
    order.status = QStringLiteral("LIVE");
    order.orderType = QStringLiteral("GTC");
    order.createdAtSeconds = nowSeconds();
    m_orders.insert(id, order);
    m_orderSequence.append(id);
    m_live.insert(id);
    state->matcherToHash.insert(result.orderId, id);
    state->hashToMatcher.insert(id, result.orderId);
    const qint64 now = nowSeconds();
    for (const SimOrderMatcher::Fill& fill : result.fills)
        settle(*state, fill, now);
    if (m_orders[id].status != QStringLiteral("LIVE"))
        finished(id);
    publishLevelChanges(*state);
    return id;
}

const SimPolymarketExchange::ApiKey* SimPolymarketExchange::createApiKey(const QString& address, quint64 nonce)
{
    const QString lookup = address.toLower() + u'/' + QString::number(nonce);
    if (m_keyByAddressNonce.contains(lookup))
        return nullptr;
    // Deterministic per (address, nonce), like the venue's derivation.
    const QByteArray seed = Keccak256::hash(QByteArray(QByteArray("orion-sim-polymarket/") + lookup.toUtf8()));
    ApiKey key;
    key.key = QUuid::fromRfc4122(seed.left(16)).toString(QUuid::WithoutBraces);
    key.secret = QString::fromLatin1(Keccak256::hash(QByteArray(seed + "secret")).toBase64(QByteArray::Base64UrlEncoding));
    key.passphrase = QString::fromLatin1(Keccak256::hash(QByteArray(seed + "passphrase")).toHex().left(64));
    key.address = address.toLower();
    key.nonce = nonce;
    m_keys.insert(key.key, key);
    m_keyByAddressNonce.insert(lookup, key.key);
    if (!m_collateral.contains(key.address))
        m_collateral.insert(key.address, m_startingCollateral);
    return &m_keys[key.key];
}

const SimPolymarketExchange::ApiKey* SimPolymarketExchange::deriveApiKey(const QString& address, quint64 nonce)
{
    const QString lookup = address.toLower() + u'/' + QString::number(nonce);
    const auto it = m_keyByAddressNonce.constFind(lookup);
    if (it == m_keyByAddressNonce.constEnd())
        return nullptr;
    return &m_keys[*it];
}

const SimPolymarketExchange::ApiKey* SimPolymarketExchange::apiKey(const QString& key) const
{
    const auto it = m_keys.constFind(key);
    return it == m_keys.constEnd() ? nullptr : &*it;
}

void SimPolymarketExchange::registerDepositWallet(const QString& wallet, const QString& owner)
{
    m_depositWallets.insert(wallet.toLower(), owner.toLower());
}

std::int64_t SimPolymarketExchange::collateral(const QString& address) const
{
    return m_collateral.value(address.toLower(), 0);
}

void SimPolymarketExchange::setCollateral(const QString& address, std::int64_t micros)
{
    m_collateral.insert(address.toLower(), micros);
}

std::int64_t SimPolymarketExchange::tokens(const QString& address, const QString& tokenId) const
{
    return m_tokens.value(address.toLower() + u'/' + tokenId, 0);
}

void SimPolymarketExchange::setTokens(const QString& address, const QString& tokenId, std::int64_t hundredths)
{
    m_tokens.insert(address.toLower() + u'/' + tokenId, hundredths);
}

std::int64_t SimPolymarketExchange::reservedCollateral(const QString& address) const
{
    std::int64_t reserved = 0;
    for (const QString& id : m_live) {
        const Order& order = m_orders[id];
        if (order.address == address && order.buy)
            reserved += cashFor(order.originalHundredths - order.matchedHundredths, order.priceMicros, true);
    }
    return reserved;
}

std::int64_t SimPolymarketExchange::reservedTokens(const QString& address, const QString& tokenId) const
{
    std::int64_t reserved = 0;
    for (const QString& id : m_live) {
        const Order& order = m_orders[id];
        if (order.address == address && !order.buy && order.assetId == tokenId)
            reserved += order.originalHundredths - order.matchedHundredths;
    }
    return reserved;
}

std::int64_t SimPolymarketExchange::takerFee(const SimPolymarketMarket& market, std::int64_t priceMicros,
                                             std::int64_t hundredths) const
{
    if (!market.feesEnabled || market.feeRatePpm == 0)
        return 0;
    // fee = C x rate x (p(1-p))^e, rounded to 5 decimals (10 micro-dollars), half up.
    Int128 curve = static_cast<Int128>(priceMicros) * (kOne - priceMicros); // 1e-12
    Int128 scale = static_cast<Int128>(kOne) * kOne;
    if (market.feeExponent == 2) {
        curve = curve * curve;
        scale = scale * scale;
    }
    const Int128 numerator = static_cast<Int128>(hundredths) * market.feeRatePpm * curve; // / (100 * 1e6 * scale)
    const Int128 denominator = static_cast<Int128>(100) * kOne * scale / kOne;           // result in micros
    const Int128 tensOfMicros = (numerator / 10 + denominator / 2) / denominator;
    return static_cast<std::int64_t>(tensOfMicros * 10);
}

SimPolymarketExchange::Reply SimPolymarketExchange::place(const PlaceRequest& request)
{
    bool yes = true;
    MarketState* state = stateOf(request.tokenId, &yes);
    if (!state)
        return reject(QStringLiteral("Invalid order payload: unknown token id"));
    const SimPolymarketMarket& market = state->spec;
    if (!market.acceptingOrders || market.closed)
        return reject(QStringLiteral("the market is not yet ready to process new orders"));
    if (m_orders.contains(request.orderId))
        return reject(QStringLiteral("Duplicated"));
    const bool marketOrder = request.orderType == QStringLiteral("FOK") || request.orderType == QStringLiteral("FAK");
    if (request.postOnly && marketOrder)
        return reject(QStringLiteral("INVALID_POST_ONLY_ORDER_TYPE: only GTC and GTD orders can be post-only"));
    if (request.orderType == QStringLiteral("GTD")
        && static_cast<qint64>(request.expiration) < nowSeconds() + kGtdSecurityMarginSeconds + m_gtdMinimumLifetime)
        return reject(QStringLiteral("INVALID_ORDER_EXPIRATION: invalid expiration value, the order must live at "
                                     "least %1 s after the %2 s security margin")
                          .arg(m_gtdMinimumLifetime)
                          .arg(kGtdSecurityMarginSeconds));
    if (request.makerAmount == 0 || request.takerAmount == 0)
        return reject(QStringLiteral("Invalid order payload: zero amount"));

    const auto shares = static_cast<Int128>(request.buy ? request.takerAmount : request.makerAmount);
    const auto cash = static_cast<Int128>(request.buy ? request.makerAmount : request.takerAmount);
    const std::int64_t tick = market.tickMicros;
    std::int64_t priceMicros = 0;
    std::int64_t sizeHundredths = 0;
    if (!marketOrder) {
        if (shares % 10'000 != 0)
            return reject(QStringLiteral("Invalid order payload: size has more than 2 decimals"));
        sizeHundredths = static_cast<std::int64_t>(shares / 10'000);
        if ((cash * kOne) % shares != 0)
            return reject(QStringLiteral("order %1 is invalid. Price breaks minimum tick size rule: %2")
                              .arg(request.orderId, dollars(tick)));
        priceMicros = static_cast<std::int64_t>(cash * kOne / shares);
    } else {
        sizeHundredths = static_cast<std::int64_t>(shares / 10'000);
        const Int128 exact = cash * kOne;
        // the worst acceptable price, on the tick grid: a buyer's limit is rounded down, a seller's up
        priceMicros = static_cast<std::int64_t>(exact / shares);
        if (!request.buy && exact % shares != 0)
            ++priceMicros;
        priceMicros = request.buy ? priceMicros / tick * tick : (priceMicros + tick - 1) / tick * tick;
    }
    if (priceMicros % tick != 0 || priceMicros < tick || priceMicros > kOne - tick)
        return reject(QStringLiteral("order %1 is invalid. Price (%2) breaks minimum tick size rule: %3")
                          .arg(request.orderId, dollars(priceMicros), dollars(tick)));
    if (sizeHundredths <= 0 || (!marketOrder && sizeHundredths < market.minSizeHundredths))
        return reject(QStringLiteral("Size (%1) lower than the minimum: %2")
                          .arg(dollars(sizeHundredths * 10'000), dollars(market.minSizeHundredths * 10'000)));

    const QString address = request.address.toLower();
    if (request.buy) {
        const std::int64_t fee = takerFee(market, priceMicros, sizeHundredths);
        const std::int64_t needed = static_cast<std::int64_t>(request.makerAmount) + fee; // the taker fee is on top
        if (needed > collateral(address) - reservedCollateral(address))
            return reject(QStringLiteral("not enough balance / allowance"));
    } else if (sizeHundredths > tokens(address, request.tokenId) - reservedTokens(address, request.tokenId)) {
        return reject(QStringLiteral("not enough balance / allowance"));
    }

    Order order;
    order.id = request.orderId;
    order.owner = request.owner;
    order.address = address;
    order.market = market.conditionId;
    order.assetId = request.tokenId;
    order.yes = yes;
    order.buy = request.buy;
    order.priceMicros = priceMicros;
    order.originalHundredths = sizeHundredths;
    order.status = QStringLiteral("LIVE");
    order.orderType = request.orderType;
    order.postOnly = request.postOnly;
    order.createdAtSeconds = nowSeconds();
    order.expiration = request.orderType == QStringLiteral("GTD") ? request.expiration : 0;

    // Taker delay: a marketable order waits in `delayed` (it cannot be cancelled) and is matched later.
    const int delayMs = m_takerDelayMs.value(market.conditionId, 0);
    if (delayMs > 0 && !request.postOnly) {
        const QList<Level> opposite = request.buy ? asks(request.tokenId) : bids(request.tokenId);
        const bool marketable = !opposite.isEmpty()
            && (request.buy ? opposite.first().priceMicros <= priceMicros : opposite.first().priceMicros >= priceMicros);
        if (marketable) {
            order.status = QStringLiteral("DELAYED");
            m_orders.insert(order.id, order);
            m_orderSequence.append(order.id);
            m_live.insert(order.id);
            emit orderEvent(address, order.id, QStringLiteral("PLACEMENT"));
            const QString id = order.id;
            QTimer::singleShot(delayMs, this, [this, id] { execute(id); });
            QJsonObject body;
            body.insert(QStringLiteral("success"), true);
            body.insert(QStringLiteral("errorMsg"), QString());
            body.insert(QStringLiteral("orderID"), id);
            body.insert(QStringLiteral("status"), QStringLiteral("delayed"));
            body.insert(QStringLiteral("makingAmount"), QString());
            body.insert(QStringLiteral("takingAmount"), QString());
            body.insert(QStringLiteral("transactionsHashes"), QJsonArray());
            body.insert(QStringLiteral("tradeIDs"), QJsonArray());
            return {200, body};
        }
    }

    const bool fakLingers = request.orderType == QStringLiteral("FAK") && m_fakLingerMs > 0;
    SimOrderMatcher::OrderResult result = state->matcher->submit(bookRequest(order, fakLingers));
    if (result.status == SimOrderMatcher::Status::Rejected) {
        if (result.rejectCode == QStringLiteral("post_only_cross"))
            return reject(QStringLiteral("invalid post-only order: order crosses book"));
        return reject(QStringLiteral("Invalid order payload: ") + result.rejectCode);
    }
    if (result.status == SimOrderMatcher::Status::Killed)
        return reject(QStringLiteral("order couldn't be fully filled. FOK orders are fully filled or killed."));
    if (request.orderType == QStringLiteral("FAK") && !fakLingers && result.fills.empty())
        return reject(QStringLiteral("no orders found to match with FAK order. FAK orders are partially filled or "
                                     "killed if no match is found."));

    m_orders.insert(order.id, order);
    m_orderSequence.append(order.id);
    m_live.insert(order.id);
    state->matcherToHash.insert(result.orderId, order.id);
    state->hashToMatcher.insert(order.id, result.orderId);
    emit orderEvent(address, order.id, QStringLiteral("PLACEMENT"));

    const qint64 now = nowSeconds();
    QJsonArray tradeIds;
    std::int64_t making = 0;
    std::int64_t taking = 0;
    for (const SimOrderMatcher::Fill& fill : result.fills) {
        settle(*state, fill, now);
        const Trade& trade = m_trades[m_tradeSequence.last()];
        tradeIds.append(trade.id);
        const std::int64_t cashMoved = cashFor(trade.sizeHundredths, trade.takerPriceMicros, request.buy);
        making += request.buy ? cashMoved : trade.sizeHundredths * 10'000;
        taking += request.buy ? trade.sizeHundredths * 10'000 : cashMoved;
    }
    Order& stored = m_orders[order.id];
    if (result.status != SimOrderMatcher::Status::Resting) {
        stored.status = stored.matchedHundredths >= stored.originalHundredths ? QStringLiteral("MATCHED")
                                                                             : QStringLiteral("CANCELED");
        finished(order.id);
    }
    publishLevelChanges(*state);
    if (fakLingers && result.status == SimOrderMatcher::Status::Resting) {
        const QString id = order.id;
        QTimer::singleShot(m_fakLingerMs, this, [this, id] { cancelRemainder(id); });
    }
    if (!result.fills.empty() && m_autoConfirmMs > 0)
        QTimer::singleShot(m_autoConfirmMs, this, &SimPolymarketExchange::confirmTrades);

    QJsonObject body;
    body.insert(QStringLiteral("success"), true);
    body.insert(QStringLiteral("errorMsg"), QString());
    body.insert(QStringLiteral("orderID"), order.id);
    body.insert(QStringLiteral("status"), result.fills.empty() ? QStringLiteral("live") : QStringLiteral("matched"));
    body.insert(QStringLiteral("makingAmount"), making > 0 ? dollars(making) : QString());
    body.insert(QStringLiteral("takingAmount"), taking > 0 ? dollars(taking) : QString());
    body.insert(QStringLiteral("transactionsHashes"), QJsonArray());
    body.insert(QStringLiteral("tradeIDs"), tradeIds);
    return {200, body};
}

void SimPolymarketExchange::settle(MarketState& state, const SimOrderMatcher::Fill& fill, std::int64_t now)
{
    const QString takerId = state.matcherToHash.value(fill.takerOrderId);
    const QString makerId = state.matcherToHash.value(fill.makerOrderId);
    // The taker's order is recorded after submit() returns; use the matcher's view for it.
    Order* maker = m_orders.contains(makerId) ? &m_orders[makerId] : nullptr;
    const QString takerHash = takerId.isEmpty() ? fill.takerClientOrderId : takerId;
    Order* taker = m_orders.contains(takerHash) ? &m_orders[takerHash] : nullptr;
    if (!maker || !taker)
        return;
    Trade trade;
    trade.id = newId(QStringLiteral("trade-"));
    trade.market = state.spec.conditionId;
    trade.status = QStringLiteral("MATCHED");
    trade.matchTimeSeconds = now;
    trade.lastUpdateSeconds = now;
    trade.feeRateBps = state.spec.feesEnabled ? state.spec.feeRatePpm / 100 : 0;
    trade.takerOrderId = taker->id;
    trade.takerOwner = taker->owner;
    trade.takerAddress = taker->address;
    trade.takerAssetId = taker->assetId;
    trade.takerYes = taker->yes;
    trade.takerBuy = taker->buy;
    trade.takerPriceMicros = taker->yes ? fill.priceMicros : kOne - fill.priceMicros;
    trade.makerOrderId = maker->id;
    trade.makerOwner = maker->owner;
    trade.makerAddress = maker->address;
    trade.makerAssetId = maker->assetId;
    trade.makerYes = maker->yes;
    trade.makerBuy = maker->buy;
    trade.makerPriceMicros = maker->yes ? fill.priceMicros : kOne - fill.priceMicros;
    trade.sizeHundredths = fill.quantityHundredths;
    trade.takerFeeMicros = takerFee(state.spec, trade.takerPriceMicros, trade.sizeHundredths);
    taker->matchedHundredths += fill.quantityHundredths;
    maker->matchedHundredths += fill.quantityHundredths;
    taker->tradeIds.append(trade.id);
    maker->tradeIds.append(trade.id);
    if (maker->matchedHundredths >= maker->originalHundredths) {
        maker->status = QStringLiteral("MATCHED");
        finished(maker->id);
    }
    m_trades.insert(trade.id, trade);
    m_tradeSequence.append(trade.id);
    applyTrade(trade, 1);
    state.lastYesTradeMicros = fill.priceMicros;
    emit orderEvent(maker->address, maker->id, QStringLiteral("UPDATE"));
    emit orderEvent(taker->address, taker->id, QStringLiteral("UPDATE"));
    emit tradeEvent(taker->address, trade.id);
    if (maker->address != taker->address)
        emit tradeEvent(maker->address, trade.id);
    emit tradePrinted(trade.market, trade.takerAssetId, trade.takerPriceMicros, trade.sizeHundredths, trade.takerBuy);
}

void SimPolymarketExchange::applyTrade(const Trade& trade, int direction)
{
    const auto apply = [this, direction](const QString& address, const QString& assetId, bool buy,
                                         std::int64_t priceMicros, std::int64_t hundredths, std::int64_t fee) {
        if (address == kHouse)
            return;
        const std::int64_t cashMoved = cashFor(hundredths, priceMicros, buy);
        const std::int64_t cashDelta = (buy ? -cashMoved : cashMoved) - fee;
        const std::int64_t tokenDelta = buy ? hundredths : -hundredths;
        m_collateral[address] += direction * cashDelta;
        m_tokens[address + u'/' + assetId] += direction * tokenDelta;
    };
    apply(trade.takerAddress, trade.takerAssetId, trade.takerBuy, trade.takerPriceMicros, trade.sizeHundredths,
          trade.takerFeeMicros);
    apply(trade.makerAddress, trade.makerAssetId, trade.makerBuy, trade.makerPriceMicros, trade.sizeHundredths, 0);
}

void SimPolymarketExchange::publishLevelChanges(MarketState& state)
{
    for (const SimOrderMatcher::LevelChange& change : state.matcher->takeLevelChanges()) {
        const bool yesBid = change.side == SimOrderMatcher::Side::Bid;
        emit levelChanged(state.spec.conditionId, state.spec.yesTokenId, yesBid, change.priceMicros,
                          change.newTotalHundredths);
        // A YES bid at p is a NO ask at 1 - p.
        emit levelChanged(state.spec.conditionId, state.spec.noTokenId, !yesBid, kOne - change.priceMicros,
                          change.newTotalHundredths);
    }
}

QString SimPolymarketExchange::cancel(const QString& address, const QString& orderId)
{
    const auto it = m_orders.find(orderId);
    if (it == m_orders.end() || it->address != address.toLower())
        return QStringLiteral("order not found");
    if (it->status == QStringLiteral("DELAYED"))
        return QStringLiteral("the order is in the taker delay window and cannot be canceled yet");
    if (it->status != QStringLiteral("LIVE"))
        return QStringLiteral("order can't be found - already canceled or matched");
    cancelRemainder(orderId);
    return {};
}

void SimPolymarketExchange::cancelRemainder(const QString& orderId)
{
    const auto it = m_orders.find(orderId);
    if (it == m_orders.end() || it->status != QStringLiteral("LIVE"))
        return;
    MarketState& state = m_markets[it->market];
    state.matcher->cancel(state.hashToMatcher.value(orderId));
    it->status = QStringLiteral("CANCELED");
    const QString address = it->address;
    finished(orderId);
    publishLevelChanges(state);
    emit orderEvent(address, orderId, QStringLiteral("CANCELLATION"));
}

void SimPolymarketExchange::execute(const QString& orderId)
{
    const auto it = m_orders.find(orderId);
    if (it == m_orders.end() || it->status != QStringLiteral("DELAYED"))
        return;
    MarketState& state = m_markets[it->market];
    const bool fakLingers = it->orderType == QStringLiteral("FAK") && m_fakLingerMs > 0;
    // A market that closed during the delay takes no more orders.
    const bool open = state.spec.acceptingOrders && !state.spec.closed;
    const SimOrderMatcher::OrderResult result =
        open ? state.matcher->submit(bookRequest(*it, fakLingers)) : SimOrderMatcher::OrderResult{};
    if (!open || result.status == SimOrderMatcher::Status::Rejected
        || result.status == SimOrderMatcher::Status::Killed) {
        it->status = QStringLiteral("CANCELED");
        const QString address = it->address;
        finished(orderId);
        emit orderEvent(address, orderId, QStringLiteral("CANCELLATION"));
        return;
    }
    it->status = QStringLiteral("LIVE");
    state.matcherToHash.insert(result.orderId, orderId);
    state.hashToMatcher.insert(orderId, result.orderId);
    const qint64 now = nowSeconds();
    for (const SimOrderMatcher::Fill& fill : result.fills)
        settle(state, fill, now);
    Order& stored = m_orders[orderId];
    const QString address = stored.address;
    if (result.status != SimOrderMatcher::Status::Resting) {
        stored.status = stored.matchedHundredths >= stored.originalHundredths ? QStringLiteral("MATCHED")
                                                                             : QStringLiteral("CANCELED");
        finished(orderId);
    }
    publishLevelChanges(state);
    // Placed as `unmatched` when nothing was left to take: the user channel tells the new state either way.
    emit orderEvent(address, orderId, stored.status == QStringLiteral("CANCELED") ? QStringLiteral("CANCELLATION")
                                                                                  : QStringLiteral("UPDATE"));
    if (fakLingers && result.status == SimOrderMatcher::Status::Resting)
        QTimer::singleShot(m_fakLingerMs, this, [this, orderId] { cancelRemainder(orderId); });
    if (!result.fills.empty() && m_autoConfirmMs > 0)
        QTimer::singleShot(m_autoConfirmMs, this, &SimPolymarketExchange::confirmTrades);
}

void SimPolymarketExchange::finished(const QString& orderId)
{
    if (!m_live.remove(orderId))
        return;
    m_finished.append(orderId);
    while (m_finished.size() > kFinishedOrderHistory) {
        const QString oldest = m_finished.takeFirst();
        const auto it = m_orders.constFind(oldest);
        if (it != m_orders.constEnd()) {
            MarketState& state = m_markets[it->market];
            state.matcherToHash.remove(state.hashToMatcher.take(oldest));
            m_orders.erase(it);
        }
        m_orderSequence.removeOne(oldest);
    }
}

void SimPolymarketExchange::expireDue()
{
    const qint64 now = nowSeconds();
    for (const QString& id : QList<QString>(m_live.begin(), m_live.end())) {
        const Order& order = m_orders[id];
        if (order.orderType == QStringLiteral("GTD") && order.status == QStringLiteral("LIVE")
            && static_cast<qint64>(order.expiration) - kGtdSecurityMarginSeconds <= now)
            cancelRemainder(id);
    }
}

void SimPolymarketExchange::setTakerDelayMs(const QString& conditionId, int ms)
{
    if (ms > 0)
        m_takerDelayMs.insert(conditionId, ms);
    else
        m_takerDelayMs.remove(conditionId);
}

SimPolymarketExchange::Reply SimPolymarketExchange::heartbeat(const QString& address, const QString& heartbeatId)
{
    const QString who = address.toLower();
    const auto it = m_heartbeats.find(who);
    if (!heartbeatId.isEmpty() && (it == m_heartbeats.end() || it->id != heartbeatId)) {
        // Stale (or from a chain the switch already ended): the answer names the id to continue with.
        if (it == m_heartbeats.end())
            m_heartbeats.insert(who, Heartbeat{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                               QDateTime::currentMSecsSinceEpoch()});
        return {400, QJsonObject{{QStringLiteral("error"), QStringLiteral("Invalid Heartbeat ID")},
                                 {QStringLiteral("heartbeat_id"), m_heartbeats.value(who).id}}};
    }
    Heartbeat beat{QUuid::createUuid().toString(QUuid::WithoutBraces), QDateTime::currentMSecsSinceEpoch()};
    m_heartbeats.insert(who, beat);
    return {200, QJsonObject{{QStringLiteral("heartbeat_id"), beat.id}}};
}

void SimPolymarketExchange::checkHeartbeats()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_heartbeats.begin(); it != m_heartbeats.end();) {
        if (now - it->lastMs <= m_heartbeatTimeoutMs) {
            ++it;
            continue;
        }
        const QString address = it.key();
        it = m_heartbeats.erase(it);
        for (const QString& id : openOrderIds(address))
            cancelRemainder(id);
    }
}

QHash<QString, std::int64_t> SimPolymarketExchange::holdings(const QString& address) const
{
    QHash<QString, std::int64_t> held;
    const QString prefix = address.toLower() + u'/';
    for (auto it = m_tokens.constBegin(); it != m_tokens.constEnd(); ++it) {
        if (it.key().startsWith(prefix) && it.value() != 0)
            held.insert(it.key().mid(prefix.size()), it.value());
    }
    return held;
}

QStringList SimPolymarketExchange::openOrderIds(const QString& address, const QString& market,
                                                const QString& assetId) const
{
    QStringList ids;
    for (const QString& id : m_orderSequence) {
        const Order& order = m_orders[id];
        if (order.address == address.toLower() && order.status == QStringLiteral("LIVE")
            && (market.isEmpty() || order.market == market) && (assetId.isEmpty() || order.assetId == assetId))
            ids.append(id);
    }
    return ids;
}

const SimPolymarketExchange::Order* SimPolymarketExchange::order(const QString& orderId) const
{
    const auto it = m_orders.constFind(orderId);
    return it == m_orders.constEnd() ? nullptr : &*it;
}

QList<SimPolymarketExchange::Order> SimPolymarketExchange::orders(const QString& address) const
{
    QList<Order> result;
    for (const QString& id : m_orderSequence) {
        if (m_orders[id].address == address.toLower())
            result.append(m_orders[id]);
    }
    return result;
}

QList<SimPolymarketExchange::Trade> SimPolymarketExchange::trades(const QString& address) const
{
    QList<Trade> result;
    for (const QString& id : m_tradeSequence) {
        const Trade& trade = m_trades[id];
        if (trade.takerAddress == address.toLower() || trade.makerAddress == address.toLower())
            result.append(trade);
    }
    return result;
}

const SimPolymarketExchange::Trade* SimPolymarketExchange::trade(const QString& tradeId) const
{
    const auto it = m_trades.constFind(tradeId);
    return it == m_trades.constEnd() ? nullptr : &*it;
}

QList<SimPolymarketExchange::Level> SimPolymarketExchange::bids(const QString& tokenId) const
{
    bool yes = true;
    const MarketState* state = stateOf(tokenId, &yes);
    QList<Level> levels;
    if (!state)
        return levels;
    if (yes) {
        for (const auto& level : state->matcher->bids())
            levels.append({level.priceMicros, level.quantityHundredths});
    } else {
        for (const auto& level : state->matcher->asks())
            levels.append({kOne - level.priceMicros, level.quantityHundredths});
    }
    return levels;
}

QList<SimPolymarketExchange::Level> SimPolymarketExchange::asks(const QString& tokenId) const
{
    bool yes = true;
    const MarketState* state = stateOf(tokenId, &yes);
    QList<Level> levels;
    if (!state)
        return levels;
    if (yes) {
        for (const auto& level : state->matcher->asks())
            levels.append({level.priceMicros, level.quantityHundredths});
    } else {
        for (const auto& level : state->matcher->bids())
            levels.append({kOne - level.priceMicros, level.quantityHundredths});
    }
    return levels;
}

std::int64_t SimPolymarketExchange::lastTradePrice(const QString& tokenId) const
{
    bool yes = true;
    const MarketState* state = stateOf(tokenId, &yes);
    if (!state || state->lastYesTradeMicros == 0)
        return 0;
    return yes ? state->lastYesTradeMicros : kOne - state->lastYesTradeMicros;
}

void SimPolymarketExchange::confirmTrades()
{
    for (const QString& id : m_tradeSequence) {
        Trade& trade = m_trades[id];
        if (trade.status != QStringLiteral("MATCHED"))
            continue;
        trade.status = QStringLiteral("CONFIRMED");
        trade.transactionHash =
            QStringLiteral("0x") + QString::fromLatin1(Keccak256::hash(trade.id.toUtf8()).toHex());
        trade.lastUpdateSeconds = nowSeconds();
        emit tradeEvent(trade.takerAddress, trade.id);
        if (trade.makerAddress != trade.takerAddress)
            emit tradeEvent(trade.makerAddress, trade.id);
    }
}

void SimPolymarketExchange::failTrades()
{
    for (const QString& id : m_tradeSequence) {
        Trade& trade = m_trades[id];
        if (trade.status != QStringLiteral("MATCHED"))
            continue;
        trade.status = QStringLiteral("FAILED");
        trade.lastUpdateSeconds = nowSeconds();
        applyTrade(trade, -1);
        emit tradeEvent(trade.takerAddress, trade.id);
        if (trade.makerAddress != trade.takerAddress)
            emit tradeEvent(trade.makerAddress, trade.id);
    }
}

Status SimPolymarketExchange::resolve(const QString& conditionId, bool yesWins)
{
    const auto it = m_markets.find(conditionId);
    if (it == m_markets.end())
        return makeError(QStringLiteral("sim.market"), QStringLiteral("unknown market ") + conditionId);
    SimPolymarketMarket& spec = it->second.spec;
    if (spec.closed)
        return makeError(QStringLiteral("sim.market"), QStringLiteral("already resolved: ") + conditionId);
    spec.closed = true;
    spec.acceptingOrders = false;
    for (const QString& id : QList<QString>(m_orderSequence)) {
        if (m_orders[id].market == conditionId)
            cancelRemainder(id);
    }
    const QString winner = yesWins ? spec.yesTokenId : spec.noTokenId;
    for (auto holding = m_tokens.begin(); holding != m_tokens.end(); ++holding) {
        const qsizetype slash = holding.key().lastIndexOf(u'/');
        const QString token = holding.key().mid(slash + 1);
        if (token != spec.yesTokenId && token != spec.noTokenId)
            continue;
        if (token == winner && holding.value() > 0)
            m_collateral[holding.key().left(slash)] += holding.value() * 10'000; // hundredths of a $1 share
        holding.value() = 0;
    }
    return {};
}

QString SimPolymarketExchange::newId(const QString& prefix)
{
    return prefix + QString::number(m_nextId++);
}

} // namespace orion
