#include "storage/SqlJournal.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace orion {

namespace {

QString outcomeText(Outcome outcome)
{
    return outcome == Outcome::Yes ? QStringLiteral("yes") : QStringLiteral("no");
}

Outcome outcomeFrom(const QString& text)
{
    return text == QLatin1String("no") ? Outcome::No : Outcome::Yes;
}

VenueId venueFrom(const QString& text)
{
    return text == QLatin1String("polymarket") ? VenueId::Polymarket : VenueId::Kalshi;
}

QString sideText(OrderSide side)
{
    return side == OrderSide::Buy ? QStringLiteral("buy") : QStringLiteral("sell");
}

OrderSide sideFrom(const QString& text)
{
    return text == QLatin1String("sell") ? OrderSide::Sell : OrderSide::Buy;
}

QString tifText(TimeInForce tif)
{
    switch (tif) {
    case TimeInForce::GoodTillCancel:
        return QStringLiteral("gtc");
    case TimeInForce::ImmediateOrCancel:
        return QStringLiteral("ioc");
    case TimeInForce::FillOrKill:
        return QStringLiteral("fok");
    case TimeInForce::GoodTillDate:
        return QStringLiteral("gtd");
    }
    return QStringLiteral("fok");
}

TimeInForce tifFrom(const QString& text)
{
    if (text == QLatin1String("gtc")) {
        return TimeInForce::GoodTillCancel;
    }
    if (text == QLatin1String("gtd")) {
        return TimeInForce::GoodTillDate;
    }
    return text == QLatin1String("ioc") ? TimeInForce::ImmediateOrCancel : TimeInForce::FillOrKill;
}

QString statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingSubmit:
        return QStringLiteral("pending_submit");
    case OrderStatus::Accepted:
        return QStringLiteral("accepted");
    case OrderStatus::PartiallyFilled:
        return QStringLiteral("partially_filled");
    case OrderStatus::Filled:
        return QStringLiteral("filled");
    case OrderStatus::Canceled:
        return QStringLiteral("canceled");
    case OrderStatus::Rejected:
        return QStringLiteral("rejected");
    case OrderStatus::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("pending_submit");
}

OrderStatus statusFrom(const QString& text)
{
    for (const OrderStatus status : {OrderStatus::PendingSubmit, OrderStatus::Accepted, OrderStatus::PartiallyFilled,
                                     OrderStatus::Filled, OrderStatus::Canceled, OrderStatus::Rejected,
                                     OrderStatus::Expired}) {
        if (statusText(status) == text) {
            return status;
        }
    }
    return OrderStatus::PendingSubmit;
}

QString settlementText(SettlementState state)
{
    switch (state) {
    case SettlementState::Provisional:
        return QStringLiteral("provisional");
    case SettlementState::Confirmed:
        return QStringLiteral("confirmed");
    case SettlementState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("provisional");
}

SettlementState settlementFrom(const QString& text)
{
    if (text == QLatin1String("confirmed")) {
        return SettlementState::Confirmed;
    }
    return text == QLatin1String("failed") ? SettlementState::Failed : SettlementState::Provisional;
}

ExecutionMode modeFrom(const QString& text)
{
    for (const ExecutionMode mode : {ExecutionMode::DryRun, ExecutionMode::AlertOnly, ExecutionMode::Paper,
                                     ExecutionMode::Live}) {
        if (executionModeName(mode) == text) {
            return mode;
        }
    }
    return ExecutionMode::Live;
}

QVariant sqlInt(std::int64_t value)
{
    return QVariant::fromValue(static_cast<qint64>(value));
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

const QString kOrderColumns = QStringLiteral(
    "client_order_id, CAST(trade_id AS INTEGER), role, venue, market_id, side, outcome, price_micros, "
    "quantity_hundredths, time_in_force, reduce_only, status, venue_order_id, filled_hundredths, avg_price_micros, "
    "reason, created_at, updated_at");

JournalOrder orderFrom(const QSqlQuery& query)
{
    JournalOrder order;
    order.clientOrderId = query.value(0).toString();
    order.tradeId = query.value(1).toLongLong();
    order.role = parseLegRole(query.value(2).toString()).value_or(LegRole::First);
    order.command.clientOrderId = order.clientOrderId;
    order.command.market = MarketKey{venueFrom(query.value(3).toString()), query.value(4).toString()};
    order.command.side = sideFrom(query.value(5).toString());
    order.command.outcome = outcomeFrom(query.value(6).toString());
    order.command.limitPrice = Price::checkedFromMicros(query.value(7).toLongLong()).valueOr(Price::zero());
    order.command.quantity = Quantity::fromHundredths(query.value(8).toLongLong());
    order.command.timeInForce = tifFrom(query.value(9).toString());
    order.command.reduceOnly = query.value(10).toInt() != 0;
    order.status = statusFrom(query.value(11).toString());
    order.venueOrderId = query.value(12).toString();
    order.filled = Quantity::fromHundredths(query.value(13).toLongLong());
    order.averagePrice = Price::checkedFromMicros(query.value(14).toLongLong()).valueOr(Price::zero());
    order.reason = query.value(15).toString();
    order.createdAtMs = query.value(16).toLongLong();
    order.updatedAtMs = query.value(17).toLongLong();
    return order;
}

// A good-till-date order's expiry, from the detail of its reservation.
QDateTime reservedExpiry(const QSqlDatabase& connection, const QString& clientOrderId)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT detail FROM audit_log WHERE category = 'execution' AND action = "
                                 "'order.reserved' AND instr(detail, ?) > 0 ORDER BY id DESC LIMIT 1"));
    query.addBindValue(QString(QStringLiteral("\"client_order_id\":\"") + clientOrderId + QLatin1Char('"')));
    if (!query.exec() || !query.next()) {
        return {};
    }
    const QJsonObject detail = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    const QJsonValue expiry = detail.value(QStringLiteral("expires_at_ms"));
    return expiry.isDouble() ? utc(static_cast<qint64>(expiry.toDouble())) : QDateTime();
}

} // namespace

SqlJournal::SqlJournal(Database& database) : m_database(database) {}

Status SqlJournal::audit(const QString& action, const QString& detail, qint64 atMs)
{
    AuditLog log(m_database);
    return log.append(AuditEvent{utc(atMs), QStringLiteral("execution"), action, QStringLiteral("executor"), detail});
}

Result<JournalTrade> SqlJournal::beginTrade(const TradeIntent& intent)
{
    JournalTrade trade;
    trade.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    trade.intent = intent;
    trade.state = TradeState::Intent;
    trade.updatedAtMs = intent.atMs;
    const Status written = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO trades (uid, mode, pair_id, opportunity_id, direction, first_venue, first_market_id, "
            "first_outcome, first_limit_micros, first_quantity_hundredths, first_lot_hundredths, second_venue, "
            "second_market_id, second_outcome, second_limit_micros, second_quantity_hundredths, "
            "second_lot_hundredths, expected_cost_micros, expected_profit_micros, state, note, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
        query.addBindValue(trade.uid);
        query.addBindValue(executionModeName(intent.mode));
        query.addBindValue(intent.pairId.isNull() ? QStringLiteral("") : intent.pairId);
        query.addBindValue(static_cast<qint64>(intent.opportunityId));
        query.addBindValue(intent.direction == ArbDirection::KalshiYes ? QStringLiteral("kalshi_yes")
                                                                       : QStringLiteral("kalshi_no"));
        for (const PlannedLeg* leg : {&intent.first, &intent.second}) {
            query.addBindValue(venueName(leg->market.venue));
            query.addBindValue(leg->market.id);
            query.addBindValue(outcomeText(leg->outcome));
            query.addBindValue(sqlInt(leg->limit.micros()));
            query.addBindValue(sqlInt(leg->quantity.hundredths()));
            query.addBindValue(sqlInt(leg->lot.hundredths()));
        }
        query.addBindValue(sqlInt(intent.expectedCost.micros()));
        query.addBindValue(sqlInt(intent.expectedProfit.micros()));
        query.addBindValue(tradeStateName(TradeState::Intent));
        query.addBindValue(intent.atMs);
        query.addBindValue(intent.atMs);
        if (!query.exec()) {
            return sqlError(tr("Cannot journal the trade on %1").arg(intent.pairId), query.lastError());
        }
        trade.id = query.lastInsertId().toLongLong();
        QJsonObject detail;
        detail.insert(QStringLiteral("trade"), trade.id);
        detail.insert(QStringLiteral("pair"), intent.pairId);
        detail.insert(QStringLiteral("mode"), executionModeName(intent.mode));
        detail.insert(QStringLiteral("first"), intent.first.market.id);
        detail.insert(QStringLiteral("second"), intent.second.market.id);
        detail.insert(QStringLiteral("size"), intent.first.quantity.toString());
        detail.insert(QStringLiteral("expected_cost"), intent.expectedCost.toDollarString());
        detail.insert(QStringLiteral("expected_profit"), intent.expectedProfit.toDollarString());
        return audit(QStringLiteral("trade.intent"),
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), intent.atMs);
    });
    if (!written.ok()) {
        return written.error();
    }
    return trade;
}

Status SqlJournal::setTradeState(qint64 tradeId, TradeState state, const QString& note, qint64 atMs)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE trades SET state = ?, note = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(tradeStateName(state));
        query.addBindValue(note.isNull() ? QStringLiteral("") : note);
        query.addBindValue(atMs);
        query.addBindValue(tradeId);
        if (!query.exec()) {
            return sqlError(tr("Cannot journal the state of trade %1").arg(tradeId), query.lastError());
        }
        if (query.numRowsAffected() != 1) {
            return makeError(QStringLiteral("storage.not_found"), tr("There is no trade %1 in the journal").arg(tradeId));
        }
        QJsonObject detail;
        detail.insert(QStringLiteral("trade"), tradeId);
        detail.insert(QStringLiteral("note"), note);
        return audit(QStringLiteral("trade.") + tradeStateName(state),
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), atMs);
    });
}

Result<JournalOrder> SqlJournal::reserveOrder(qint64 tradeId, LegRole role, const SubmitOrder& command, qint64 atMs)
{
    JournalOrder order;
    const Status written = m_database.transaction([&]() -> Status {
        QSqlQuery uid(m_database.connection());
        uid.prepare(QStringLiteral("SELECT uid, (SELECT COUNT(*) FROM orders WHERE trade_id = CAST(trades.id AS TEXT)) "
                                   "FROM trades WHERE id = ?"));
        uid.addBindValue(tradeId);
        if (!uid.exec()) {
            return sqlError(tr("Cannot read trade %1").arg(tradeId), uid.lastError());
        }
        if (!uid.next()) {
            return makeError(QStringLiteral("storage.not_found"), tr("There is no trade %1 in the journal").arg(tradeId));
        }
        order.clientOrderId = uid.value(0).toString() + QLatin1Char('-') + QString::number(uid.value(1).toLongLong() + 1);
        order.tradeId = tradeId;
        order.role = role;
        order.command = command;
        order.command.clientOrderId = order.clientOrderId;
        order.status = OrderStatus::PendingSubmit;
        order.createdAtMs = atMs;
        order.updatedAtMs = atMs;

        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO orders (client_order_id, venue, market_id, side, outcome, price_micros, quantity_hundredths, "
            "filled_hundredths, time_in_force, status, trade_id, created_at, updated_at, role, avg_price_micros, "
            "reason, reduce_only) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 0, '', ?)"));
        query.addBindValue(order.clientOrderId);
        query.addBindValue(venueName(command.market.venue));
        query.addBindValue(command.market.id);
        query.addBindValue(sideText(command.side));
        query.addBindValue(outcomeText(command.outcome));
        query.addBindValue(sqlInt(command.limitPrice.micros()));
        query.addBindValue(sqlInt(command.quantity.hundredths()));
        query.addBindValue(tifText(command.timeInForce));
        query.addBindValue(statusText(OrderStatus::PendingSubmit));
        query.addBindValue(QString::number(tradeId));
        query.addBindValue(atMs);
        query.addBindValue(atMs);
        query.addBindValue(legRoleName(role));
        query.addBindValue(command.reduceOnly ? 1 : 0);
        if (!query.exec()) {
            return sqlError(tr("Cannot journal order %1").arg(order.clientOrderId), query.lastError());
        }
        QJsonObject detail;
        detail.insert(QStringLiteral("trade"), tradeId);
        detail.insert(QStringLiteral("client_order_id"), order.clientOrderId);
        detail.insert(QStringLiteral("role"), legRoleName(role));
        detail.insert(QStringLiteral("venue"), venueName(command.market.venue));
        detail.insert(QStringLiteral("market"), command.market.id);
        detail.insert(QStringLiteral("side"), sideText(command.side));
        detail.insert(QStringLiteral("outcome"), outcomeText(command.outcome));
        detail.insert(QStringLiteral("limit"), command.limitPrice.toDollarString());
        detail.insert(QStringLiteral("quantity"), command.quantity.toString());
        detail.insert(QStringLiteral("time_in_force"), tifText(command.timeInForce));
        if (command.expiresAt.isValid()) {
            // The orders table has no expiry column: the reservation's detail is where a restart finds it.
            detail.insert(QStringLiteral("expires_at_ms"), command.expiresAt.toMSecsSinceEpoch());
        }
        return audit(QStringLiteral("order.reserved"),
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), atMs);
    });
    if (!written.ok()) {
        return written.error();
    }
    return order;
}

Status SqlJournal::updateOrder(const JournalOrder& order)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery before(m_database.connection());
        before.prepare(QStringLiteral("SELECT status, filled_hundredths FROM orders WHERE client_order_id = ?"));
        before.addBindValue(order.clientOrderId);
        if (!before.exec() || !before.next()) {
            return makeError(QStringLiteral("storage.not_found"),
                             tr("There is no order %1 in the journal").arg(order.clientOrderId));
        }
        const bool changed = before.value(0).toString() != statusText(order.status)
                             || before.value(1).toLongLong() != order.filled.hundredths();
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE orders SET status = ?, venue_order_id = ?, filled_hundredths = ?, "
                                     "avg_price_micros = ?, reason = ?, updated_at = ? WHERE client_order_id = ?"));
        query.addBindValue(statusText(order.status));
        query.addBindValue(order.venueOrderId.isEmpty() ? QVariant() : QVariant(order.venueOrderId));
        query.addBindValue(sqlInt(order.filled.hundredths()));
        query.addBindValue(sqlInt(order.averagePrice.micros()));
        query.addBindValue(order.reason.isNull() ? QStringLiteral("") : order.reason);
        query.addBindValue(std::max(order.updatedAtMs, order.createdAtMs));
        query.addBindValue(order.clientOrderId);
        if (!query.exec()) {
            return sqlError(tr("Cannot update order %1").arg(order.clientOrderId), query.lastError());
        }
        if (!changed) {
            return {};
        }
        QJsonObject detail;
        detail.insert(QStringLiteral("client_order_id"), order.clientOrderId);
        detail.insert(QStringLiteral("status"), statusText(order.status));
        detail.insert(QStringLiteral("filled"), order.filled.toString());
        detail.insert(QStringLiteral("average_price"), order.averagePrice.toDollarString());
        detail.insert(QStringLiteral("reason"), order.reason);
        return audit(QStringLiteral("order.") + statusText(order.status),
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                     std::max(order.updatedAtMs, order.createdAtMs));
    });
}

Status SqlJournal::recordFill(const FillReport& fill)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery existing(m_database.connection());
        existing.prepare(QStringLiteral("SELECT settlement FROM fills WHERE venue = ? AND venue_fill_id = ?"));
        existing.addBindValue(venueName(fill.market.venue));
        existing.addBindValue(fill.venueFillId);
        if (!existing.exec()) {
            return sqlError(tr("Cannot read fill %1").arg(fill.venueFillId), existing.lastError());
        }
        const qint64 atMs = (fill.tsEvent.isValid() ? fill.tsEvent : fill.tsInit).toMSecsSinceEpoch();
        if (existing.next()) {
            // Only a provisional fill may still change (to confirmed or failed).
            if (settlementFrom(existing.value(0).toString()) != SettlementState::Provisional
                || fill.settlement == SettlementState::Provisional) {
                return {};
            }
            QSqlQuery update(m_database.connection());
            update.prepare(QStringLiteral("UPDATE fills SET settlement = ? WHERE venue = ? AND venue_fill_id = ?"));
            update.addBindValue(settlementText(fill.settlement));
            update.addBindValue(venueName(fill.market.venue));
            update.addBindValue(fill.venueFillId);
            if (!update.exec()) {
                return sqlError(tr("Cannot update fill %1").arg(fill.venueFillId), update.lastError());
            }
            return audit(QStringLiteral("fill.") + settlementText(fill.settlement), fill.venueFillId, atMs);
        }
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO fills (order_id, venue_fill_id, venue, market_id, price_micros, quantity_hundredths, "
            "fee_micros, is_taker, filled_at, outcome, side, settlement) "
            "SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM orders WHERE client_order_id = ?"));
        query.addBindValue(fill.venueFillId);
        query.addBindValue(venueName(fill.market.venue));
        query.addBindValue(fill.market.id);
        query.addBindValue(sqlInt(fill.price.micros()));
        query.addBindValue(sqlInt(fill.quantity.hundredths()));
        query.addBindValue(sqlInt(fill.fee.micros()));
        query.addBindValue(fill.isTaker ? 1 : 0);
        query.addBindValue(atMs);
        query.addBindValue(outcomeText(fill.outcome));
        query.addBindValue(sideText(fill.side));
        query.addBindValue(settlementText(fill.settlement));
        query.addBindValue(fill.clientOrderId);
        if (!query.exec()) {
            return sqlError(tr("Cannot record fill %1").arg(fill.venueFillId), query.lastError());
        }
        if (query.numRowsAffected() != 1) {
            return makeError(QStringLiteral("storage.not_found"),
                             tr("Fill %1 is for order %2, which is not in the journal")
                                 .arg(fill.venueFillId, fill.clientOrderId));
        }
        QJsonObject detail;
        detail.insert(QStringLiteral("fill"), fill.venueFillId);
        detail.insert(QStringLiteral("client_order_id"), fill.clientOrderId);
        detail.insert(QStringLiteral("price"), fill.price.toDollarString());
        detail.insert(QStringLiteral("quantity"), fill.quantity.toString());
        detail.insert(QStringLiteral("fee"), fill.fee.toDollarString());
        detail.insert(QStringLiteral("settlement"), settlementText(fill.settlement));
        return audit(QStringLiteral("fill.recorded"),
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), atMs);
    });
}

Result<QList<JournalTrade>> SqlJournal::selectTrades(const QString& where, const QVariantList& binds)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, uid, mode, pair_id, opportunity_id, direction, first_venue, first_market_id, first_outcome, "
        "first_limit_micros, first_quantity_hundredths, first_lot_hundredths, second_venue, second_market_id, "
        "second_outcome, second_limit_micros, second_quantity_hundredths, second_lot_hundredths, "
        "expected_cost_micros, expected_profit_micros, state, note, created_at, updated_at FROM trades ")
                  + where + QStringLiteral(" ORDER BY id"));
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec()) {
        return sqlError(tr("Cannot read the trades"), query.lastError());
    }
    QList<JournalTrade> trades;
    while (query.next()) {
        JournalTrade trade;
        trade.id = query.value(0).toLongLong();
        trade.uid = query.value(1).toString();
        trade.intent.mode = modeFrom(query.value(2).toString());
        trade.intent.pairId = query.value(3).toString();
        trade.intent.opportunityId = query.value(4).toULongLong();
        trade.intent.direction = query.value(5).toString() == QLatin1String("kalshi_no") ? ArbDirection::KalshiNo
                                                                                         : ArbDirection::KalshiYes;
        int column = 6;
        for (PlannedLeg* leg : {&trade.intent.first, &trade.intent.second}) {
            leg->market = MarketKey{venueFrom(query.value(column).toString()), query.value(column + 1).toString()};
            leg->outcome = outcomeFrom(query.value(column + 2).toString());
            leg->limit = Price::checkedFromMicros(query.value(column + 3).toLongLong()).valueOr(Price::zero());
            leg->quantity = Quantity::fromHundredths(query.value(column + 4).toLongLong());
            leg->lot = Quantity::fromHundredths(query.value(column + 5).toLongLong());
            column += 6;
        }
        trade.intent.expectedCost = Cash::fromMicros(query.value(18).toLongLong());
        trade.intent.expectedProfit = Cash::fromMicros(query.value(19).toLongLong());
        trade.state = parseTradeState(query.value(20).toString()).value_or(TradeState::NeedsAttention);
        trade.note = query.value(21).toString();
        trade.intent.atMs = query.value(22).toLongLong();
        trade.updatedAtMs = query.value(23).toLongLong();
        trades.append(trade);
    }
    return trades;
}

Result<QList<JournalTrade>> SqlJournal::openTrades()
{
    return selectTrades(QStringLiteral("WHERE state NOT IN ('hedged', 'flat')"), {});
}

Result<JournalTrade> SqlJournal::trade(qint64 tradeId)
{
    const Result<QList<JournalTrade>> found = selectTrades(QStringLiteral("WHERE id = ?"), {tradeId});
    if (!found.ok()) {
        return found.error();
    }
    if (found.value().isEmpty()) {
        return makeError(QStringLiteral("storage.not_found"), tr("There is no trade %1 in the journal").arg(tradeId));
    }
    return found.value().constFirst();
}

Result<QList<JournalOrder>> SqlJournal::orders(qint64 tradeId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kOrderColumns
                  + QStringLiteral(" FROM orders WHERE trade_id = ? ORDER BY id"));
    query.addBindValue(QString::number(tradeId));
    if (!query.exec()) {
        return sqlError(tr("Cannot read the orders of trade %1").arg(tradeId), query.lastError());
    }
    QList<JournalOrder> found;
    while (query.next()) {
        found.append(orderFrom(query));
    }
    for (JournalOrder& order : found) {
        if (order.command.timeInForce == TimeInForce::GoodTillDate) {
            order.command.expiresAt = reservedExpiry(m_database.connection(), order.clientOrderId);
        }
    }
    return found;
}


Result<QList<FillReport>> SqlJournal::fills(const QString& clientOrderId)
{
    return selectFills(QStringLiteral("o.client_order_id = ?"), {clientOrderId},
                       tr("Cannot read the fills of order %1").arg(clientOrderId));
}

Result<QList<FillReport>> SqlJournal::fillsOfMode(ExecutionMode mode)
{
    return selectFills(QStringLiteral("o.trade_id IN (SELECT CAST(id AS TEXT) FROM trades WHERE mode = ?)"),
                       {executionModeName(mode)}, tr("Cannot read the %1 fills").arg(executionModeName(mode)));
}

Result<QList<FillReport>> SqlJournal::selectFills(const QString& where, const QVariantList& binds,
                                                  const QString& failure)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT f.venue_fill_id, o.venue_order_id, o.client_order_id, f.venue, f.market_id, f.outcome, f.side, "
        "f.price_micros, f.quantity_hundredths, f.fee_micros, f.is_taker, f.settlement, f.filled_at "
        "FROM fills f JOIN orders o ON o.id = f.order_id WHERE ") + where + QStringLiteral(" ORDER BY f.id"));
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    if (!query.exec()) {
        return sqlError(failure, query.lastError());
    }
    QList<FillReport> found;
    while (query.next()) {
        FillReport fill;
        fill.venueFillId = query.value(0).toString();
        fill.venueOrderId = query.value(1).toString();
        fill.clientOrderId = query.value(2).toString();
        fill.market = MarketKey{venueFrom(query.value(3).toString()), query.value(4).toString()};
        fill.outcome = outcomeFrom(query.value(5).toString());
        fill.side = sideFrom(query.value(6).toString());
        fill.price = Price::checkedFromMicros(query.value(7).toLongLong()).valueOr(Price::zero());
        fill.quantity = Quantity::fromHundredths(query.value(8).toLongLong());
        fill.fee = Cash::fromMicros(query.value(9).toLongLong());
        fill.isTaker = query.value(10).toInt() != 0;
        fill.settlement = settlementFrom(query.value(11).toString());
        fill.tsEvent = utc(query.value(12).toLongLong());
        fill.tsInit = fill.tsEvent;
        found.append(fill);
    }
    return found;
}

} // namespace orion
