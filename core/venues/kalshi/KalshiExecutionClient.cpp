#include "venues/kalshi/KalshiExecutionClient.h"

#include "common/Logging.h"
#include "venues/kalshi/KalshiMarketStream.h"
#include "venues/kalshi/KalshiRestClient.h"

#include <QPointer>

namespace orion {

namespace {

QString timeInForceName(TimeInForce tif)
{
    switch (tif) {
    case TimeInForce::GoodTillCancel:
    case TimeInForce::GoodTillDate: // Kalshi: good_till_canceled with an expiration_time
        return QStringLiteral("good_till_canceled");
    case TimeInForce::ImmediateOrCancel:
        return QStringLiteral("immediate_or_cancel");
    case TimeInForce::FillOrKill:
        return QStringLiteral("fill_or_kill");
    }
    return QStringLiteral("fill_or_kill");
}

TimeInForce timeInForceOf(const QString& name)
{
    if (name == QLatin1String("good_till_canceled"))
        return TimeInForce::GoodTillCancel;
    if (name == QLatin1String("immediate_or_cancel"))
        return TimeInForce::ImmediateOrCancel;
    return TimeInForce::FillOrKill;
}

// A venue answer that proves the order was refused (a 4xx other than 409/429): it certainly does not exist.
bool isDefiniteRejection(const Error& error)
{
    return error.code.startsWith(QLatin1String("kalshi.")) && error.code != QLatin1String("kalshi.order_already_exists")
        && error.code != QLatin1String("kalshi.rate_limited") && error.code != QLatin1String("kalshi.server_error")
        && error.code != QLatin1String("kalshi.parse");
}

} // namespace

KalshiExecutionClient::KalshiExecutionClient(KalshiRestClient& rest, KalshiMarketStream& stream, GridLookup grids,
                                             QObject* parent)
    : ExecutionClient(parent), m_rest(rest), m_stream(stream), m_grids(std::move(grids))
{
    connect(&m_stream, &KalshiMarketStream::connectionChanged, this, &ExecutionClient::connectionChanged);
    connect(&m_stream, &KalshiMarketStream::connectionChanged, this, &KalshiExecutionClient::onStreamConnection);
    connect(&m_stream, &KalshiMarketStream::fillReceived, this,
            [this](const KalshiFill& fill) { emit fillReported(fillFor(fill)); });
}

bool KalshiExecutionClient::isConnected() const
{
    return m_stream.isConnected();
}

void KalshiExecutionClient::start()
{
    m_started = true;
    m_stream.setFillsEnabled(true);
    m_stream.start();
}

void KalshiExecutionClient::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_disconnectedAt = QDateTime();
    m_stream.stop();
}

void KalshiExecutionClient::onStreamConnection(bool connected)
{
    if (!connected) {
        if (m_started && !m_disconnectedAt.isValid())
            m_disconnectedAt = QDateTime::currentDateTimeUtc();
        return;
    }
    if (!m_disconnectedAt.isValid())
        return;
    // Fills sent while the stream was down are lost with it: read them from REST (a repeat is harmless, fills are
    // identified by their fill id). Kalshi's min_ts is in whole seconds: start a second early.
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("min_ts"), QString::number(m_disconnectedAt.toSecsSinceEpoch() - 1));
    m_disconnectedAt = QDateTime();
    QPointer<KalshiExecutionClient> self(this);
    m_rest.getFills(filters, [self](Result<QList<KalshiFill>> fills) {
        if (!self)
            return;
        if (!fills.ok()) {
            emit self->requestFailed(QStringLiteral("fills missed while disconnected"), fills.error());
            return;
        }
        for (const KalshiFill& fill : fills.value())
            emit self->fillReported(self->fillFor(fill));
    });
}

Result<KalshiOrderRequest> KalshiExecutionClient::toRequest(const SubmitOrder& command) const
{
    if (command.clientOrderId.isEmpty())
        return makeError(QStringLiteral("kalshi.order"), QStringLiteral("an order needs a client order id"));
    if (command.quantity.hundredths() <= 0)
        return makeError(QStringLiteral("kalshi.order"), QStringLiteral("quantity must be positive"));
    const bool buy = command.side == OrderSide::Buy;
    const bool yes = command.outcome == Outcome::Yes;
    KalshiOrderRequest request;
    request.ticker = command.market.id;
    request.bid = yes == buy; // buy YES or sell NO bid on the YES book
    const Price yesLimit = yes ? command.limitPrice : command.limitPrice.complement();
    const KalshiPriceGrid grid = m_grids ? m_grids(command.market.id) : KalshiPriceGrid();
    const auto snapped = grid.snap(yesLimit, request.bid);
    if (!snapped.ok())
        return snapped.error();
    request.yesPrice = snapped.value();
    request.count = command.quantity;
    request.timeInForce = timeInForceName(command.timeInForce);
    if (command.timeInForce == TimeInForce::GoodTillDate) {
        if (!command.expiresAt.isValid())
            return makeError(QStringLiteral("kalshi.order"), QStringLiteral("a good-till-date order needs an expiry"));
        request.expirationTime = command.expiresAt;
    }
    request.clientOrderId = command.clientOrderId;
    request.postOnly = command.postOnly;
    request.reduceOnly = command.reduceOnly;
    return request;
}

void KalshiExecutionClient::reject(const SubmitOrder& command, const QString& reason)
{
    OrderStatusReport report;
    report.clientOrderId = command.clientOrderId;
    report.market = command.market;
    report.outcome = command.outcome;
    report.side = command.side;
    report.timeInForce = command.timeInForce;
    report.limitPrice = command.limitPrice;
    report.quantity = command.quantity;
    report.status = OrderStatus::Rejected;
    report.reason = reason;
    report.tsEvent = QDateTime::currentDateTimeUtc();
    report.tsInit = report.tsEvent;
    emit orderStatusReported(report);
}

void KalshiExecutionClient::submitOrder(const SubmitOrder& command)
{
    const auto request = toRequest(command);
    if (!request.ok()) {
        reject(command, request.error().message);
        return;
    }
    m_byClientId.insert(command.clientOrderId, Known{command, {}});
    QPointer<KalshiExecutionClient> self(this);
    m_rest.createOrder(request.value(), [self, command](Result<KalshiCreateOrderAck> ack) {
        if (!self)
            return;
        if (!ack.ok()) {
            if (isDefiniteRejection(ack.error())) {
                self->reject(command, ack.error().message);
                if (ack.error().code == QLatin1String("kalshi.auth"))
                    emit self->requestFailed(QStringLiteral("submit order"), ack.error());
                return;
            }
            // The order may exist (lost answer, duplicate after a retry): ask instead of sending it again.
            self->reportByClientOrderId(command, ack.error());
            return;
        }
        self->m_byClientId[command.clientOrderId].venueOrderId = ack->orderId;
        self->m_clientIdByVenueId.insert(ack->orderId, command.clientOrderId);
        OrderStatusReport report;
        report.clientOrderId = command.clientOrderId;
        report.venueOrderId = ack->orderId;
        report.market = command.market;
        report.outcome = command.outcome;
        report.side = command.side;
        report.timeInForce = command.timeInForce;
        report.limitPrice = command.limitPrice;
        report.quantity = command.quantity;
        report.filledQuantity = ack->fillCount;
        if (ack->averageFillPrice)
            report.averageFillPrice =
                command.outcome == Outcome::Yes ? *ack->averageFillPrice : ack->averageFillPrice->complement();
        if (ack->fillCount == command.quantity)
            report.status = OrderStatus::Filled;
        else if (!ack->remainingCount.isZero())
            report.status = ack->fillCount.isZero() ? OrderStatus::Accepted : OrderStatus::PartiallyFilled;
        else
            report.status = OrderStatus::Canceled; // IOC/FOK: the unfilled rest was cancelled by the venue
        report.tsEvent = ack->tsMs > 0 ? QDateTime::fromMSecsSinceEpoch(ack->tsMs, Qt::UTC) : QDateTime::currentDateTimeUtc();
        report.tsInit = QDateTime::currentDateTimeUtc();
        emit self->orderStatusReported(report);
    });
}

void KalshiExecutionClient::reportByClientOrderId(const SubmitOrder& command, const Error& cause)
{
    qCInfo(lcVenue) << "kalshi: create answer unusable (" << cause.toString() << "), looking up" << command.clientOrderId;
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("ticker"), command.market.id);
    QPointer<KalshiExecutionClient> self(this);
    m_rest.getOrders(filters, [self, command, cause](Result<QList<KalshiOrder>> orders) {
        if (!self)
            return;
        if (!orders.ok()) {
            emit self->requestFailed(QStringLiteral("submit order ") + command.clientOrderId, cause);
            return;
        }
        for (const KalshiOrder& order : orders.value()) {
            if (order.clientOrderId == command.clientOrderId) {
                self->m_byClientId[command.clientOrderId].venueOrderId = order.orderId;
                self->m_clientIdByVenueId.insert(order.orderId, command.clientOrderId);
                emit self->orderStatusReported(self->reportFor(order));
                return;
            }
        }
        self->reject(command, cause.message);
    });
}

OrderStatusReport KalshiExecutionClient::reportFor(const KalshiOrder& order) const
{
    OrderStatusReport report;
    report.clientOrderId = order.clientOrderId;
    report.venueOrderId = order.orderId;
    report.market = MarketKey{VenueId::Kalshi, order.ticker};
    const auto known = m_byClientId.constFind(order.clientOrderId);
    if (known != m_byClientId.constEnd() && !order.clientOrderId.isEmpty()) {
        report.outcome = known->command.outcome;
        report.side = known->command.side;
    } else {
        // Not ours from this session: read bid as buying YES and ask as buying NO (Kalshi's outcome_side).
        report.outcome = order.bid ? Outcome::Yes : Outcome::No;
        report.side = OrderSide::Buy;
    }
    const bool yes = report.outcome == Outcome::Yes;
    report.limitPrice = yes ? order.yesPrice : order.yesPrice.complement();
    report.timeInForce = timeInForceOf(order.timeInForce);
    if (order.expirationTime.isValid()) {
        // good_till_canceled with an expiration_time is a good-till-date order.
        report.timeInForce = TimeInForce::GoodTillDate;
        report.expiresAt = order.expirationTime;
    }
    report.quantity = order.initialCount;
    report.filledQuantity = order.fillCount;
    const Cash cost = order.takerFillCost + order.makerFillCost;
    if (!order.fillCount.isZero()) {
        // Average YES price, rounded against us: up when buying YES-equivalents, down otherwise.
        const std::int64_t yesAverage = static_cast<std::int64_t>(
            (static_cast<detail::MoneyInt128>(cost.micros()) * 100 + order.fillCount.hundredths() - 1)
            / order.fillCount.hundredths());
        const auto average = Price::checkedFromMicros(yesAverage);
        if (average.ok())
            report.averageFillPrice = yes ? average.value() : average->complement();
    }
    if (order.status == QLatin1String("resting"))
        report.status = order.fillCount.isZero() ? OrderStatus::Accepted : OrderStatus::PartiallyFilled;
    else if (order.status == QLatin1String("executed"))
        report.status = OrderStatus::Filled;
    else if (order.expirationTime.isValid() && order.lastUpdateTime.isValid()
             && order.lastUpdateTime >= order.expirationTime)
        report.status = OrderStatus::Expired; // Kalshi says "canceled"; its expiration_time had come
    else
        report.status = OrderStatus::Canceled;
    report.tsEvent = order.lastUpdateTime.isValid() ? order.lastUpdateTime : order.createdTime;
    report.tsInit = QDateTime::currentDateTimeUtc();
    return report;
}

FillReport KalshiExecutionClient::fillFor(const KalshiFill& fill) const
{
    FillReport report;
    report.venueFillId = fill.fillId;
    report.venueOrderId = fill.orderId;
    report.clientOrderId = fill.clientOrderId.isEmpty() ? m_clientIdByVenueId.value(fill.orderId) : fill.clientOrderId;
    report.market = MarketKey{VenueId::Kalshi, fill.ticker};
    const auto known = m_byClientId.constFind(report.clientOrderId);
    if (known != m_byClientId.constEnd() && !report.clientOrderId.isEmpty()) {
        report.outcome = known->command.outcome;
        report.side = known->command.side;
    } else {
        report.outcome = fill.bid ? Outcome::Yes : Outcome::No;
        report.side = OrderSide::Buy;
    }
    report.price = report.outcome == Outcome::Yes ? fill.yesPrice : fill.yesPrice.complement();
    report.quantity = fill.count;
    report.fee = fill.fee;
    report.isTaker = fill.isTaker;
    report.settlement = SettlementState::Confirmed;
    report.tsEvent = fill.createdTime;
    report.tsInit = QDateTime::currentDateTimeUtc();
    return report;
}

void KalshiExecutionClient::cancelOrder(const CancelOrder& command)
{
    QString venueOrderId = command.venueOrderId;
    if (venueOrderId.isEmpty())
        venueOrderId = m_byClientId.value(command.clientOrderId).venueOrderId;
    if (venueOrderId.isEmpty()) {
        emit requestFailed(QStringLiteral("cancel ") + command.clientOrderId,
                           makeError(QStringLiteral("kalshi.order"), QStringLiteral("no Kalshi order id known for ") + command.clientOrderId));
        return;
    }
    QPointer<KalshiExecutionClient> self(this);
    m_rest.cancelOrder(venueOrderId, [self, venueOrderId, command](Result<KalshiCancelAck> ack) {
        if (!self)
            return;
        if (!ack.ok() && ack.error().code != QLatin1String("kalshi.order_not_cancelable")) {
            emit self->requestFailed(QStringLiteral("cancel ") + command.clientOrderId, ack.error());
            return;
        }
        // The order's final state (filled quantity included) comes from the venue.
        self->m_rest.getOrder(venueOrderId, [self, command](Result<KalshiOrder> order) {
            if (!self)
                return;
            if (!order.ok()) {
                emit self->requestFailed(QStringLiteral("cancel ") + command.clientOrderId, order.error());
                return;
            }
            emit self->orderStatusReported(self->reportFor(order.value()));
        });
    });
}

void KalshiExecutionClient::amendOrder(const QString& clientOrderId, Price limitPrice, Quantity totalQuantity)
{
    const QString what = QStringLiteral("amend ") + clientOrderId;
    const std::optional<Known> found = acknowledged(clientOrderId, what);
    if (!found)
        return;
    const Known& known = *found;
    SubmitOrder changed = known.command;
    changed.limitPrice = limitPrice;
    changed.quantity = totalQuantity;
    const auto request = toRequest(changed); // same side mapping and grid snap as a new order
    if (!request.ok()) {
        emit requestFailed(what, request.error());
        return;
    }
    KalshiAmendRequest amend;
    amend.ticker = request->ticker;
    amend.bid = request->bid;
    amend.yesPrice = request->yesPrice;
    amend.totalCount = totalQuantity;
    amend.clientOrderId = clientOrderId;
    const QString venueOrderId = known.venueOrderId;
    QPointer<KalshiExecutionClient> self(this);
    m_rest.amendOrder(venueOrderId, amend, [self, venueOrderId, changed, what](Result<KalshiCreateOrderAck> ack) {
        if (!self)
            return;
        if (!ack.ok()) {
            emit self->requestFailed(what, ack.error());
            return;
        }
        self->m_byClientId[changed.clientOrderId].command = changed;
        self->reportCurrent(venueOrderId, what);
    });
}

void KalshiExecutionClient::decreaseOrder(const QString& clientOrderId, Quantity remaining)
{
    const QString what = QStringLiteral("decrease ") + clientOrderId;
    const std::optional<Known> found = acknowledged(clientOrderId, what);
    if (!found)
        return;
    const QString venueOrderId = found->venueOrderId;
    QPointer<KalshiExecutionClient> self(this);
    m_rest.decreaseOrder(venueOrderId, remaining, [self, venueOrderId, what](Result<KalshiDecreaseAck> ack) {
        if (!self)
            return;
        if (!ack.ok()) {
            emit self->requestFailed(what, ack.error());
            return;
        }
        self->reportCurrent(venueOrderId, what);
    });
}

std::optional<KalshiExecutionClient::Known> KalshiExecutionClient::acknowledged(const QString& clientOrderId,
                                                                             const QString& what)
{
    const Known known = m_byClientId.value(clientOrderId);
    if (known.venueOrderId.isEmpty()) {
        emit requestFailed(what, makeError(QStringLiteral("kalshi.order"),
                                           QStringLiteral("no Kalshi order id known for ") + clientOrderId));
        return std::nullopt;
    }
    return known;
}

void KalshiExecutionClient::reportCurrent(const QString& venueOrderId, const QString& what)
{
    // The venue's order after the change (fills made by an amend that crossed included).
    QPointer<KalshiExecutionClient> self(this);
    m_rest.getOrder(venueOrderId, [self, what](Result<KalshiOrder> order) {
        if (!self)
            return;
        if (!order.ok()) {
            emit self->requestFailed(what, order.error());
            return;
        }
        emit self->orderStatusReported(self->reportFor(order.value()));
    });
}

void KalshiExecutionClient::cancelAllOrders()
{
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("status"), QStringLiteral("resting"));
    QPointer<KalshiExecutionClient> self(this);
    m_rest.getOrders(filters, [self](Result<QList<KalshiOrder>> orders) {
        if (!self)
            return;
        if (!orders.ok()) {
            emit self->requestFailed(QStringLiteral("cancel all"), orders.error());
            return;
        }
        QStringList ids;
        QHash<QString, KalshiOrder> byId;
        for (const KalshiOrder& order : orders.value()) {
            ids.append(order.orderId);
            byId.insert(order.orderId, order);
        }
        if (ids.isEmpty())
            return;
        self->m_rest.batchCancelOrders(ids, [self, byId](Result<QList<KalshiBatchCancelResult>> results) {
            if (!self)
                return;
            if (!results.ok()) {
                emit self->requestFailed(QStringLiteral("cancel all"), results.error());
                return;
            }
            for (const KalshiBatchCancelResult& result : results.value()) {
                if (!result.reducedBy) {
                    emit self->requestFailed(QStringLiteral("cancel ") + result.orderId,
                                             makeError(QStringLiteral("kalshi.") + result.errorCode, result.errorMessage));
                    continue;
                }
                KalshiOrder order = byId.value(result.orderId);
                order.status = QStringLiteral("canceled");
                order.remainingCount = Quantity::zero();
                emit self->orderStatusReported(self->reportFor(order));
            }
        });
    });
}

void KalshiExecutionClient::requestOrderStatusReports()
{
    QPointer<KalshiExecutionClient> self(this);
    m_rest.getOrders({}, [self](Result<QList<KalshiOrder>> orders) {
        if (!self)
            return;
        if (!orders.ok()) {
            emit self->requestFailed(QStringLiteral("order status reports"), orders.error());
            return;
        }
        QList<OrderStatusReport> reports;
        for (const KalshiOrder& order : orders.value())
            reports.append(self->reportFor(order));
        emit self->orderStatusReportsReceived(reports);
    });
}

void KalshiExecutionClient::requestFillReports(const QDateTime& since)
{
    QUrlQuery filters;
    if (since.isValid())
        filters.addQueryItem(QStringLiteral("min_ts"), QString::number(since.toSecsSinceEpoch()));
    QPointer<KalshiExecutionClient> self(this);
    m_rest.getFills(filters, [self](Result<QList<KalshiFill>> fills) {
        if (!self)
            return;
        if (!fills.ok()) {
            emit self->requestFailed(QStringLiteral("fill reports"), fills.error());
            return;
        }
        QList<FillReport> reports;
        for (const KalshiFill& fill : fills.value())
            reports.append(self->fillFor(fill));
        emit self->fillReportsReceived(reports);
    });
}

void KalshiExecutionClient::requestPositionReports()
{
    QPointer<KalshiExecutionClient> self(this);
    m_rest.getAllPositions([self](Result<QList<KalshiPosition>> positions) {
        if (!self)
            return;
        if (!positions.ok()) {
            emit self->requestFailed(QStringLiteral("position reports"), positions.error());
            return;
        }
        QList<PositionReport> reports;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const KalshiPosition& position : positions.value()) {
            if (position.position.isZero())
                continue;
            PositionReport report;
            report.market = MarketKey{VenueId::Kalshi, position.ticker};
            // Kalshi nets a market into one signed count: + YES contracts, - NO contracts.
            report.outcome = position.position.isNegative() ? Outcome::No : Outcome::Yes;
            report.quantity = position.position.isNegative() ? -position.position : position.position;
            report.cost = position.marketExposure;
            report.tsEvent = now;
            reports.append(report);
        }
        emit self->positionReportsReceived(reports);
    });
}

void KalshiExecutionClient::requestBalance()
{
    QPointer<KalshiExecutionClient> self(this);
    m_rest.getBalance([self](Result<KalshiBalance> balance) {
        if (!self)
            return;
        if (!balance.ok()) {
            emit self->requestFailed(QStringLiteral("balance"), balance.error());
            return;
        }
        BalanceReport report;
        report.venue = VenueId::Kalshi;
        report.available = balance->balance;
        report.portfolioValue = balance->portfolioValue;
        report.tsEvent = balance->updatedTs > 0 ? QDateTime::fromSecsSinceEpoch(balance->updatedTs, Qt::UTC)
                                                : QDateTime::currentDateTimeUtc();
        emit self->balanceReported(report);
        QMap<int, Cash> shards;
        for (const KalshiShardBalance& shard : balance->breakdown)
            shards.insert(shard.exchangeIndex, shard.balance);
        emit self->shardBalancesReported(shards);
    });
}

} // namespace orion
