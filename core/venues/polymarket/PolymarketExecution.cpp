#include "venues/polymarket/PolymarketExecution.h"

#include "common/Logging.h"
#include "venues/polymarket/PolymarketClobClient.h"

#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace orion {

namespace {

TimeInForce timeInForceOf(const QString& orderType)
{
    if (orderType == QStringLiteral("FAK"))
        return TimeInForce::ImmediateOrCancel;
    if (orderType == QStringLiteral("FOK"))
        return TimeInForce::FillOrKill;
    if (orderType == QStringLiteral("GTD"))
        return TimeInForce::GoodTillDate;
    return TimeInForce::GoodTillCancel;
}

// The venue expires a GTD order this long before its `expiration` (reference polymarket.md 5.3).
constexpr qint64 kVenueExpiryMarginSeconds = 60;

QString orderTypeOf(TimeInForce timeInForce)
{
    switch (timeInForce) {
    case TimeInForce::ImmediateOrCancel: return QStringLiteral("FAK");
    case TimeInForce::FillOrKill: return QStringLiteral("FOK");
    case TimeInForce::GoodTillDate: return QStringLiteral("GTD");
    case TimeInForce::GoodTillCancel: break;
    }
    return QStringLiteral("GTC");
}

SettlementState settlementOf(const QString& status)
{
    if (status == QStringLiteral("CONFIRMED"))
        return SettlementState::Confirmed;
    if (status == QStringLiteral("FAILED"))
        return SettlementState::Failed;
    return SettlementState::Provisional; // MATCHED, MINED, RETRYING
}

// Transport failures and timeouts leave the outcome of a POST unknown; everything else is a definite answer.
bool outcomeUnknown(const Error& error)
{
    return error.code.startsWith(QStringLiteral("net.")) || error.code.startsWith(QStringLiteral("http.5"));
}

} // namespace

PolymarketExecution::PolymarketExecution(PolymarketClobClient* clob, Options options, QObject* parent)
    : ExecutionClient(parent), m_clob(clob), m_options(std::move(options)),
      m_user(new PolymarketUserStream(m_options.userStream, this)), m_pollTimer(new QTimer(this)),
      m_heartbeatTimer(new QTimer(this))
{
    connect(m_user, &PolymarketUserStream::tradeUpdated, this, &PolymarketExecution::onTrade);
    connect(m_user, &PolymarketUserStream::orderUpdated, this, [this](const PolymarketOpenOrder& order) {
        if (m_delayed.contains(order.id)) {
            followDelayed(order.id); // out of the delay window: read what became of it
            return;
        }
        if (order.status == QStringLiteral("CANCELLATION") && m_orders.contains(order.id)) {
            const OrderInfo info = m_orders.value(order.id);
            const bool expired = info.command.timeInForce == TimeInForce::GoodTillDate && info.command.expiresAt.isValid()
                && QDateTime::currentDateTimeUtc() >= info.command.expiresAt;
            report(info, expired ? OrderStatus::Expired : OrderStatus::Canceled, order.sizeMatched,
                   expired ? QStringLiteral("expired") : QStringLiteral("canceled"));
        }
    });
    // Every status this client tells decides whether heartbeats are needed.
    connect(this, &ExecutionClient::orderStatusReported, this, &PolymarketExecution::track);
    connect(this, &ExecutionClient::orderStatusReportsReceived, this, [this](const QList<OrderStatusReport>& reports) {
        for (const OrderStatusReport& report : reports)
            track(report);
    });
    m_heartbeatTimer->setInterval(qMax(1, m_options.heartbeatIntervalMs));
    connect(m_heartbeatTimer, &QTimer::timeout, this, &PolymarketExecution::beat);
    connect(m_user, &PolymarketUserStream::continuityLost, this, [this](const QString& reason) {
        emit requestFailed(QStringLiteral("user stream"), makeError(QStringLiteral("polymarket.continuity"), reason));
    });
    m_pollTimer->setInterval(m_options.tradePollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PolymarketExecution::pollProvisional);
}

void PolymarketExecution::start()
{
    m_clob->syncTime([this](Result<qint64> time) {
        if (!time)
            qCWarning(lcVenue) << "polymarket: server time unavailable, using the local clock";
        m_clob->createOrDeriveApiKey(m_options.apiKeyNonce, [this](Result<bool> key) {
            if (!key) {
                emit requestFailed(QStringLiteral("api key"), key.error());
                return;
            }
            m_clob->fetchVersion([this](Result<int> version) {
                if (!version) {
                    emit requestFailed(QStringLiteral("version"), version.error());
                    return;
                }
                m_user->start(m_clob->l2()->credentials());
                m_pollTimer->start();
                m_ready = true;
                emit connectionChanged(true);
                updateHeartbeats();
            });
        });
    });
}

void PolymarketExecution::stop()
{
    m_pollTimer->stop();
    m_heartbeatTimer->stop();
    m_user->stop();
    if (m_ready) {
        m_ready = false;
        emit connectionChanged(false);
    }
}

void PolymarketExecution::withMarket(const QString& conditionId,
                                     std::function<void(Result<PolymarketClobMarket>)> then)
{
    const auto cached = m_markets.constFind(conditionId);
    if (cached != m_markets.constEnd())
        return then(*cached);
    m_clob->getClobMarket(conditionId, [this, conditionId, then](Result<PolymarketClobMarket> market) {
        if (market)
            m_markets.insert(conditionId, *market);
        then(std::move(market));
    });
}

void PolymarketExecution::submitOrder(const SubmitOrder& command)
{
    if (!m_ready)
        return reject(command, QStringLiteral("not connected to Polymarket"));
    withMarket(command.market.id, [this, command](Result<PolymarketClobMarket> market) {
        if (!market)
            return reject(command, QStringLiteral("market parameters unavailable: ") + market.error().message);
        if (!market->fees.isKnown())
            return reject(command, QStringLiteral("taker fee unknown: market not tradable"));
        if (!market->acceptingOrders)
            return reject(command, QStringLiteral("market not accepting orders"));
        const bool resting = command.timeInForce == TimeInForce::GoodTillCancel
            || command.timeInForce == TimeInForce::GoodTillDate;
        if (command.postOnly && !resting)
            return reject(command, QStringLiteral("post-only needs good-till-cancel or good-till-date"));
        if (command.timeInForce == TimeInForce::GoodTillDate
            && (!command.expiresAt.isValid() || command.expiresAt <= QDateTime::currentDateTimeUtc()))
            return reject(command, QStringLiteral("a good-till-date order needs an expiry in the future"));
        if (resting && command.quantity < market->minimumOrderSize)
            return reject(command, QStringLiteral("size below the market minimum %1").arg(market->minimumOrderSize.toString()));
        place(command, *market);
    });
}

void PolymarketExecution::place(const SubmitOrder& command, const PolymarketClobMarket& market)
{
    PolymarketOrderRequest request;
    request.tokenId = command.outcome == Outcome::Yes ? market.yesTokenId : market.noTokenId;
    request.side = command.side == OrderSide::Buy ? PolymarketSide::Buy : PolymarketSide::Sell;
    request.price = command.limitPrice;
    request.size = command.quantity;
    request.orderType = orderTypeOf(command.timeInForce);
    request.postOnly = command.postOnly;
    if (command.timeInForce == TimeInForce::GoodTillDate)
        request.expiration = venueExpiration(command.expiresAt);
    request.tickSize = market.tickSize;
    request.negRisk = market.negRisk;
    // Known by its hash before it leaves, and told as PendingSubmit so the journal keeps the hash: a lost answer, or
    // a restart, can still find the order (the venue knows nothing of Orion's client order id).
    const auto signedOrder = [this, command, request](const QString& orderHash) {
        const QString previous = m_venueIdByClient.value(command.clientOrderId);
        if (!previous.isEmpty() && previous != orderHash) {
            m_orders.remove(previous); // re-signed after the venue said it did not process the first one
            m_unresolved.remove(previous);
        }
        const OrderInfo info{command, orderHash, request.tokenId};
        m_orders.insert(orderHash, info);
        m_venueIdByClient.insert(command.clientOrderId, orderHash);
        report(info, OrderStatus::PendingSubmit, Quantity::zero());
    };
    ++m_inFlight;
    m_clob->placeOrder(request, [this, command, request](Result<PolymarketOrderResponse> response) {
        --m_inFlight;
        if (!response) {
            if (outcomeUnknown(response.error())) {
                // The order may have been placed: never resend blindly, look it up by its hash instead.
                lookUp(command, response.error());
                return;
            }
            m_orders.remove(m_venueIdByClient.take(command.clientOrderId));
            return reject(command, response.error().message);
        }
        OrderInfo info{command, response->orderId, request.tokenId};
        m_orders.insert(info.venueOrderId, info);
        m_venueIdByClient.insert(command.clientOrderId, info.venueOrderId);
        report(info, OrderStatus::Accepted, Quantity::zero());
        for (const QString& tradeId : response->tradeIds)
            m_provisional.insert(tradeId);
        if (!response->tradeIds.isEmpty())
            pollProvisional();
        if (response->status == QStringLiteral("delayed")) {
            // Working in the venue's taker delay: followed until it is matched, placed or killed.
            m_delayed.insert(info.venueOrderId);
        } else if (response->status == QStringLiteral("live") && command.timeInForce != TimeInForce::GoodTillCancel
                   && command.timeInForce != TimeInForce::GoodTillDate) {
            const QString id = info.venueOrderId;
            QTimer::singleShot(m_options.liveTakerCheckMs, this, [this, id] { checkLiveTaker(id); });
        } else if (response->status == QStringLiteral("matched")) {
            const QString id = info.venueOrderId;
            m_clob->getOrder(id, [this](Result<PolymarketOpenOrder> order) {
                if (!order)
                    return;
                if (const auto status = statusReport(*order))
                    emit orderStatusReported(*status);
            });
        }
    }, signedOrder);
}

void PolymarketExecution::lookUp(const SubmitOrder& command, const Error& cause)
{
    const QString id = m_venueIdByClient.value(command.clientOrderId);
    qCInfo(lcVenue) << "polymarket: answer to order" << command.clientOrderId << "lost (" << cause.toString()
                    << "), looking it up as" << id;
    m_unresolved.insert(id);
    m_clob->getOrder(id, [this, command, cause, id](Result<PolymarketOpenOrder> order) {
        if (!order) {
            // Still unknown: the caller asks again with requestOrderStatusReports().
            emit requestFailed(QStringLiteral("submit ") + command.clientOrderId, cause);
            return;
        }
        resolved(*order);
    });
}

void PolymarketExecution::resolved(const PolymarketOpenOrder& order)
{
    m_unresolved.remove(order.id);
    for (const QString& tradeId : order.tradeIds)
        m_provisional.insert(tradeId);
    if (!order.tradeIds.isEmpty())
        pollProvisional();
    if (const auto status = statusReport(order))
        emit orderStatusReported(*status);
    const auto known = m_orders.constFind(order.id);
    if (order.status == QStringLiteral("DELAYED"))
        m_delayed.insert(order.id);
    if (order.status == QStringLiteral("LIVE") && known != m_orders.constEnd()
        && known->command.timeInForce != TimeInForce::GoodTillCancel
        && known->command.timeInForce != TimeInForce::GoodTillDate) {
        const QString id = order.id;
        QTimer::singleShot(m_options.liveTakerCheckMs, this, [this, id] { checkLiveTaker(id); });
    }
}

void PolymarketExecution::checkLiveTaker(const QString& venueOrderId)
{
    m_clob->getOrder(venueOrderId, [this, venueOrderId](Result<PolymarketOpenOrder> order) {
        if (!order) {
            emit requestFailed(QStringLiteral("order ") + venueOrderId, order.error());
            return;
        }
        if (order->status != QStringLiteral("LIVE")) {
            if (const auto status = statusReport(*order))
                emit orderStatusReported(*status);
            return;
        }
        qCWarning(lcVenue) << "polymarket: taker order still resting after" << m_options.liveTakerCheckMs
                           << "ms, cancelling it";
        m_clob->cancelOrder(venueOrderId, [this, venueOrderId](Result<PolymarketCancelResult>) {
            m_clob->getOrder(venueOrderId, [this](Result<PolymarketOpenOrder> after) {
                if (!after)
                    return;
                if (const auto status = statusReport(*after))
                    emit orderStatusReported(*status);
            });
        });
    });
}

void PolymarketExecution::reject(const SubmitOrder& command, const QString& reason)
{
    qCInfo(lcVenue) << "polymarket: order" << command.clientOrderId << "rejected:" << reason;
    report(OrderInfo{command, {}, {}}, OrderStatus::Rejected, Quantity::zero(), reason);
}

void PolymarketExecution::report(const OrderInfo& info, OrderStatus status, Quantity filled, const QString& reason)
{
    OrderStatusReport report;
    report.clientOrderId = info.command.clientOrderId;
    report.venueOrderId = info.venueOrderId;
    report.market = info.command.market;
    report.outcome = info.command.outcome;
    report.side = info.command.side;
    report.timeInForce = info.command.timeInForce;
    report.expiresAt = info.command.expiresAt;
    report.limitPrice = info.command.limitPrice;
    report.quantity = info.command.quantity;
    report.filledQuantity = filled;
    report.status = status;
    report.reason = reason;
    report.tsEvent = QDateTime::currentDateTimeUtc();
    report.tsInit = report.tsEvent;
    emit orderStatusReported(report);
}

std::optional<OrderStatusReport> PolymarketExecution::statusReport(const PolymarketOpenOrder& order) const
{
    OrderStatusReport report;
    const auto known = m_orders.constFind(order.id);
    if (known != m_orders.constEnd())
        report.clientOrderId = known->command.clientOrderId;
    report.venueOrderId = order.id;
    report.market = MarketKey{VenueId::Polymarket, order.market};
    const auto market = m_markets.constFind(order.market);
    report.outcome = market != m_markets.constEnd() && market->noTokenId == order.assetId ? Outcome::No : Outcome::Yes;
    if (market == m_markets.constEnd())
        report.outcome = order.outcome.compare(QStringLiteral("No"), Qt::CaseInsensitive) == 0 ? Outcome::No : Outcome::Yes;
    report.side = order.buy ? OrderSide::Buy : OrderSide::Sell;
    report.timeInForce = timeInForceOf(order.orderType);
    if (report.timeInForce == TimeInForce::GoodTillDate && order.expiresAt.isValid()) {
        // Orion's expiry is the venue's effective one, 60 s before `expiration`.
        report.expiresAt = known != m_orders.constEnd() && known->command.expiresAt.isValid()
            ? known->command.expiresAt
            : order.expiresAt.addSecs(-kVenueExpiryMarginSeconds);
    }
    report.limitPrice = order.price;
    report.quantity = order.originalSize;
    report.filledQuantity = order.sizeMatched;
    if (order.status == QStringLiteral("LIVE") || order.status == QStringLiteral("DELAYED"))
        report.status = order.sizeMatched.isZero() ? OrderStatus::Accepted : OrderStatus::PartiallyFilled;
    else if (order.status == QStringLiteral("MATCHED"))
        report.status = OrderStatus::Filled;
    else if (order.status.startsWith(QStringLiteral("CANCELED")))
        report.status = report.expiresAt.isValid() && QDateTime::currentDateTimeUtc() >= report.expiresAt
            ? OrderStatus::Expired
            : OrderStatus::Canceled;
    else
        return std::nullopt;
    report.tsEvent = order.createdAt;
    report.tsInit = QDateTime::currentDateTimeUtc();
    return report;
}

QList<FillReport> PolymarketExecution::fillsOf(const PolymarketTrade& trade) const
{
    QList<FillReport> fills;
    const auto market = m_markets.constFind(trade.market);
    const auto outcomeOf = [this, &market](const QString& assetId, const QString& outcome) {
        if (market != m_markets.constEnd())
            return market->noTokenId == assetId ? Outcome::No : Outcome::Yes;
        return outcome.compare(QStringLiteral("No"), Qt::CaseInsensitive) == 0 ? Outcome::No : Outcome::Yes;
    };
    // The venue names the funder (a proxy/Safe/deposit wallet) as maker_address; the key's own address covers EOA.
    const QString self = m_clob->address().toLowerHex();
    const QString funder = m_clob->funder().toLowerHex();
    const auto makeFill = [&](const QString& orderId, const QString& assetId, const QString& outcome, bool buy,
                              Price price, Quantity size, bool taker) {
        FillReport fill;
        fill.venueFillId = trade.id + u'/' + orderId;
        fill.venueOrderId = orderId;
        fill.clientOrderId = m_orders.value(orderId).command.clientOrderId;
        fill.market = MarketKey{VenueId::Polymarket, trade.market};
        fill.outcome = outcomeOf(assetId, outcome);
        fill.side = buy ? OrderSide::Buy : OrderSide::Sell;
        fill.price = price;
        fill.quantity = size;
        fill.isTaker = taker;
        if (taker && market != m_markets.constEnd()) {
            const Result<Cash> fee = market->fees.takerFee(price, size);
            fill.fee = fee ? *fee : Cash::zero();
        }
        fill.settlement = settlementOf(trade.status);
        fill.tsEvent = trade.matchTime;
        fill.tsInit = QDateTime::currentDateTimeUtc();
        return fill;
    };
    if (trade.traderSide == QStringLiteral("TAKER") || m_orders.contains(trade.takerOrderId))
        fills.append(makeFill(trade.takerOrderId, trade.assetId, trade.outcome, trade.buy, trade.price, trade.size, true));
    for (const PolymarketMakerOrder& maker : trade.makerOrders) {
        const QString makerAddress = maker.makerAddress.toLower();
        if (m_orders.contains(maker.orderId) || makerAddress == self || makerAddress == funder)
            fills.append(makeFill(maker.orderId, maker.assetId, maker.outcome, maker.buy, maker.price,
                                  maker.matchedAmount, false));
    }
    return fills;
}

void PolymarketExecution::onTrade(const PolymarketTrade& trade)
{
    if (!m_markets.contains(trade.market)) {
        // A trade of a market this session has not traded (an order of a previous session): the outcome of each
        // fill comes from the market's token ids, never from a label (the user channel's may be missing).
        withMarket(trade.market, [this, trade](Result<PolymarketClobMarket> market) {
            if (market)
                onTrade(trade);
            else
                m_provisional.insert(trade.id); // asked again on the next poll
        });
        return;
    }
    const SettlementState state = settlementOf(trade.status);
    bool deferred = false;
    for (const FillReport& fill : fillsOf(trade)) {
        // The user channel can report a fill before POST /order has answered with the order id: keep the trade
        // for the next poll, when the fill can be tied to its client order id.
        if (fill.clientOrderId.isEmpty() && m_inFlight > 0) {
            deferred = true;
            continue;
        }
        const auto previous = m_fillStates.constFind(fill.venueFillId);
        if (previous != m_fillStates.constEnd() && *previous == fill.settlement)
            continue;
        m_fillStates.insert(fill.venueFillId, fill.settlement);
        emit fillReported(fill);
    }
    if (state == SettlementState::Provisional || deferred)
        m_provisional.insert(trade.id);
    else
        m_provisional.remove(trade.id);
}

quint64 PolymarketExecution::venueExpiration(const QDateTime& expiresAt)
{
    // Rounded up to the second: never expire before the trader asked.
    const qint64 ms = expiresAt.toMSecsSinceEpoch();
    return static_cast<quint64>((ms + 999) / 1000 + kVenueExpiryMarginSeconds);
}

bool PolymarketExecution::heartbeatsRunning() const
{
    return m_heartbeatTimer->isActive();
}

void PolymarketExecution::track(const OrderStatusReport& report)
{
    if (report.venueOrderId.isEmpty())
        return;
    const bool mayRest = !isTerminal(report.status)
        && (report.timeInForce == TimeInForce::GoodTillCancel || report.timeInForce == TimeInForce::GoodTillDate
            || m_delayed.contains(report.venueOrderId));
    if (mayRest)
        m_working.insert(report.venueOrderId);
    else
        m_working.remove(report.venueOrderId);
    if (isTerminal(report.status))
        m_delayed.remove(report.venueOrderId);
    updateHeartbeats();
}

void PolymarketExecution::updateHeartbeats()
{
    const bool wanted = m_ready && m_options.heartbeatIntervalMs > 0 && !m_working.isEmpty();
    if (wanted && !m_heartbeatTimer->isActive()) {
        m_heartbeatTimer->start();
        beat(); // arm the switch now, not an interval later
    } else if (!wanted && m_heartbeatTimer->isActive()) {
        // Nothing can rest: stop; the next chain starts afresh (the venue answers a stale id with the right one).
        m_heartbeatTimer->stop();
    }
}

void PolymarketExecution::beat()
{
    if (m_heartbeatInFlight)
        return;
    m_heartbeatInFlight = true;
    m_clob->sendHeartbeat(m_heartbeatId, [this](Result<QString> next) {
        m_heartbeatInFlight = false;
        if (!next) {
            qCWarning(lcVenue) << "polymarket: heartbeat failed:" << next.error().toString();
            emit requestFailed(QStringLiteral("heartbeat"), next.error());
            return;
        }
        m_heartbeatId = *next;
    });
}

void PolymarketExecution::followDelayed(const QString& venueOrderId)
{
    m_clob->getOrder(venueOrderId, [this, venueOrderId](Result<PolymarketOpenOrder> order) {
        if (!order)
            return; // asked again on the next poll
        if (order->status == QStringLiteral("DELAYED"))
            return;
        m_delayed.remove(venueOrderId);
        for (const QString& tradeId : order->tradeIds)
            m_provisional.insert(tradeId);
        if (!order->tradeIds.isEmpty())
            pollProvisional();
        if (const auto status = statusReport(*order))
            emit orderStatusReported(*status);
        const auto known = m_orders.constFind(venueOrderId);
        if (order->status == QStringLiteral("LIVE") && known != m_orders.constEnd()
            && known->command.timeInForce != TimeInForce::GoodTillCancel
            && known->command.timeInForce != TimeInForce::GoodTillDate)
            checkLiveTaker(venueOrderId);
    });
}

void PolymarketExecution::pollProvisional()
{
    for (const QString& id : QSet<QString>(m_delayed))
        followDelayed(id);
    for (const QString& tradeId : QSet<QString>(m_provisional)) {
        QUrlQuery filter;
        filter.addQueryItem(QStringLiteral("id"), tradeId);
        m_clob->getTrades(filter, [this](Result<QList<PolymarketTrade>> trades) {
            if (!trades)
                return;
            for (const PolymarketTrade& trade : *trades)
                onTrade(trade);
        });
    }
}

void PolymarketExecution::cancelOrder(const CancelOrder& command)
{
    const QString id = command.venueOrderId.isEmpty() ? m_venueIdByClient.value(command.clientOrderId)
                                                      : command.venueOrderId;
    if (id.isEmpty()) {
        emit requestFailed(QStringLiteral("cancel ") + command.clientOrderId,
                           makeError(QStringLiteral("polymarket.unknown_order"), QStringLiteral("no venue order id")));
        return;
    }
    m_clob->cancelOrder(id, [this, id, command](Result<PolymarketCancelResult> result) {
        if (!result) {
            emit requestFailed(QStringLiteral("cancel ") + command.clientOrderId, result.error());
            return;
        }
        m_clob->getOrder(id, [this](Result<PolymarketOpenOrder> order) {
            if (!order)
                return;
            if (const auto status = statusReport(*order))
                emit orderStatusReported(*status);
        });
    });
}

void PolymarketExecution::cancelAllOrders()
{
    m_clob->cancelAll([this](Result<PolymarketCancelResult> result) {
        if (!result) {
            emit requestFailed(QStringLiteral("cancel all"), result.error());
            return;
        }
        for (const QString& id : result->canceled) {
            const auto known = m_orders.constFind(id);
            if (known != m_orders.constEnd())
                report(*known, OrderStatus::Canceled, Quantity::zero(), QStringLiteral("cancel all"));
        }
    });
}

void PolymarketExecution::requestOrderStatusReports()
{
    m_clob->getOpenOrders({}, [this](Result<QList<PolymarketOpenOrder>> orders) {
        if (!orders) {
            emit requestFailed(QStringLiteral("open orders"), orders.error());
            return;
        }
        auto reports = std::make_shared<QList<OrderStatusReport>>();
        for (const PolymarketOpenOrder& order : *orders) {
            if (const auto status = statusReport(order))
                reports->append(*status);
        }
        // Orders whose POST answer was lost are not open if they matched at once: asked one by one.
        const QStringList unresolved(m_unresolved.begin(), m_unresolved.end());
        if (unresolved.isEmpty()) {
            emit orderStatusReportsReceived(*reports);
            return;
        }
        auto outstanding = std::make_shared<qsizetype>(unresolved.size());
        for (const QString& id : unresolved) {
            m_clob->getOrder(id, [this, reports, outstanding](Result<PolymarketOpenOrder> order) {
                if (order) {
                    m_unresolved.remove(order->id);
                    for (const QString& tradeId : order->tradeIds)
                        m_provisional.insert(tradeId);
                    if (const auto status = statusReport(*order))
                        reports->append(*status);
                }
                if (--*outstanding == 0) {
                    pollProvisional();
                    emit orderStatusReportsReceived(*reports);
                }
            });
        }
    });
}

void PolymarketExecution::requestFillReports(const QDateTime& since)
{
    QUrlQuery filter;
    if (since.isValid())
        filter.addQueryItem(QStringLiteral("after"), QString::number(since.toSecsSinceEpoch()));
    m_clob->getTrades(filter, [this](Result<QList<PolymarketTrade>> trades) {
        if (!trades) {
            emit requestFailed(QStringLiteral("trades"), trades.error());
            return;
        }
        const QList<PolymarketTrade> list = *trades;
        const auto report = [this, list] {
            QList<FillReport> fills;
            for (const PolymarketTrade& trade : list) {
                const QList<FillReport> ours = fillsOf(trade);
                // Trades still settling (of a previous session too) are followed until CONFIRMED or FAILED.
                if (!ours.isEmpty() && settlementOf(trade.status) == SettlementState::Provisional)
                    m_provisional.insert(trade.id);
                fills.append(ours);
            }
            emit fillReportsReceived(fills);
        };
        // Each fill's outcome comes from its market's token ids: markets not yet known are read first.
        QSet<QString> unknown;
        for (const PolymarketTrade& trade : list) {
            if (!m_markets.contains(trade.market))
                unknown.insert(trade.market);
        }
        if (unknown.isEmpty())
            return report();
        auto outstanding = std::make_shared<qsizetype>(unknown.size());
        for (const QString& conditionId : std::as_const(unknown)) {
            withMarket(conditionId, [outstanding, report](Result<PolymarketClobMarket>) {
                if (--*outstanding == 0)
                    report();
            });
        }
    });
}

void PolymarketExecution::requestPositionReports()
{
    // Every token the wallet holds: the Data API lists them (also markets this session never loaded), the markets
    // this session knows are added, and each amount is read from the CLOB, the execution truth (the Data API lags).
    QHash<QString, PolymarketPosition> tokens;
    for (const PolymarketClobMarket& market : std::as_const(m_markets)) {
        tokens.insert(market.yesTokenId, PolymarketPosition{market.conditionId, market.yesTokenId, QStringLiteral("Yes"), {}});
        tokens.insert(market.noTokenId, PolymarketPosition{market.conditionId, market.noTokenId, QStringLiteral("No"), {}});
    }
    m_clob->getPositions([this, tokens](Result<QList<PolymarketPosition>> listed) mutable {
        if (!listed) {
            qCWarning(lcVenue) << "polymarket: Data API positions unavailable (" << listed.error().toString()
                               << "), reporting the markets of this session only";
        } else {
            for (const PolymarketPosition& position : std::as_const(*listed)) {
                if (!tokens.contains(position.assetId))
                    tokens.insert(position.assetId, position);
            }
        }
        reportPositions(tokens);
    });
}

void PolymarketExecution::reportPositions(const QHash<QString, PolymarketPosition>& tokens)
{
    struct Pending
    {
        QList<PositionReport> reports;
        qsizetype outstanding = 0;
        bool failed = false;
    };
    if (tokens.isEmpty()) {
        emit positionReportsReceived({});
        return;
    }
    auto pending = std::make_shared<Pending>();
    pending->outstanding = tokens.size();
    for (const PolymarketPosition& token : tokens) {
        m_clob->getTokenBalance(token.assetId, [this, pending, token](Result<Quantity> held) {
            if (!held && !pending->failed) {
                pending->failed = true;
                emit requestFailed(QStringLiteral("positions"), held.error());
            } else if (held && !held->isZero()) {
                const auto market = m_markets.constFind(token.conditionId);
                const Outcome outcome = market != m_markets.constEnd()
                    ? (market->noTokenId == token.assetId ? Outcome::No : Outcome::Yes)
                    : (token.outcome.compare(QStringLiteral("No"), Qt::CaseInsensitive) == 0 ? Outcome::No
                                                                                            : Outcome::Yes);
                pending->reports.append(PositionReport{MarketKey{VenueId::Polymarket, token.conditionId}, outcome,
                                                       *held, Cash::zero(), QDateTime::currentDateTimeUtc()});
            }
            if (--pending->outstanding == 0 && !pending->failed)
                emit positionReportsReceived(pending->reports);
        });
    }
}

void PolymarketExecution::requestBalance()
{
    m_clob->getBalance([this](Result<Cash> cash) {
        if (!cash) {
            emit requestFailed(QStringLiteral("balance"), cash.error());
            return;
        }
        BalanceReport report;
        report.venue = VenueId::Polymarket;
        report.available = *cash;
        report.tsEvent = QDateTime::currentDateTimeUtc();
        emit balanceReported(report);
    });
}

} // namespace orion
