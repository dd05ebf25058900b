#pragma once

// A venue whose every answer the test scripts, for failure injection: rejections, partial fills, silence after
// accepting, provisional fills that later fail. Answers are emitted synchronously, inside the call.
#include "venues/Venue.h"

#include <QHash>
#include <QList>

#include <functional>

namespace orion::test {

class ScriptedVenue final : public ExecutionClient
{
public:
    struct Script
    {
        OrderStatus status = OrderStatus::Filled;
        std::optional<Quantity> filled;   // default: all for Filled, none otherwise
        std::optional<Price> price;       // default: the order's limit
        SettlementState settlement = SettlementState::Confirmed;
        QString reason;
        bool silent = false;              // the venue takes the order but the answer is lost
        std::function<void()> before;     // runs before the answer (move a book, raise the kill switch)
    };

    explicit ScriptedVenue(VenueId venue) : m_venue(venue) {}

    QList<Script> scripts; // one per order, in order; when empty, orders fill completely at their limit
    QList<SubmitOrder> submitted;
    QList<FillReport> fills;
    QHash<QString, OrderStatusReport> known;
    int cancelAllCalls = 0;
    int statusRequests = 0;

    VenueId venue() const override { return m_venue; }
    bool isConnected() const override { return true; }
    void start() override {}
    void stop() override {}

    void submitOrder(const SubmitOrder& command) override
    {
        submitted.append(command);
        const Script script = scripts.isEmpty() ? Script{} : scripts.takeFirst();
        if (script.before) {
            script.before();
        }
        if (known.contains(command.clientOrderId)) {
            emit orderStatusReported(report(command, OrderStatus::Rejected, Quantity::zero(), Price::zero(),
                                            QStringLiteral("duplicate client order id")));
            return;
        }
        const Quantity filled = script.filled.value_or(script.status == OrderStatus::Filled ? command.quantity
                                                                                            : Quantity::zero());
        const Price price = script.price.value_or(command.limitPrice);
        OrderStatusReport status = report(command, script.status, filled, price, script.reason);
        known.insert(command.clientOrderId, status);
        std::optional<FillReport> fill;
        if (filled > Quantity::zero()) {
            FillReport f;
            f.venueFillId = QStringLiteral("%1-fill-%2").arg(venueName(m_venue)).arg(fills.size() + 1);
            f.venueOrderId = status.venueOrderId;
            f.clientOrderId = command.clientOrderId;
            f.market = command.market;
            f.outcome = command.outcome;
            f.side = command.side;
            f.price = price;
            f.quantity = filled;
            f.settlement = script.settlement;
            f.tsEvent = QDateTime::currentDateTimeUtc();
            f.tsInit = f.tsEvent;
            fills.append(f);
            fill = f;
        }
        if (script.silent) {
            return;
        }
        if (fill) {
            emit fillReported(*fill);
        }
        emit orderStatusReported(status);
    }
    void cancelOrder(const CancelOrder& command) override
    {
        auto it = known.find(command.clientOrderId);
        if (it != known.end() && !isTerminal(it->status)) {
            it->status = OrderStatus::Canceled;
            emit orderStatusReported(*it);
        }
    }
    void cancelAllOrders() override { ++cancelAllCalls; }
    void requestOrderStatusReports() override
    {
        ++statusRequests;
        emit orderStatusReportsReceived(known.values());
    }
    void requestFillReports(const QDateTime&) override { emit fillReportsReceived(fills); }
    void requestPositionReports() override
    {
        QHash<QString, PositionReport> positions;
        for (const FillReport& fill : std::as_const(fills)) {
            if (fill.settlement == SettlementState::Failed) {
                continue;
            }
            const QString key = fill.market.id + (fill.outcome == Outcome::Yes ? QStringLiteral("|y") : QStringLiteral("|n"));
            PositionReport& position = positions[key];
            position.market = fill.market;
            position.outcome = fill.outcome;
            position.quantity += fill.side == OrderSide::Buy ? fill.quantity : -fill.quantity;
        }
        emit positionReportsReceived(positions.values());
    }
    void requestBalance() override {}

    // Settles an earlier provisional fill (Polymarket MINED/CONFIRMED or FAILED).
    void settle(int fillIndex, SettlementState settlement)
    {
        fills[fillIndex].settlement = settlement;
        emit fillReported(fills[fillIndex]);
    }

    QList<SubmitOrder> ordersWithRole(const QString& suffix) const
    {
        QList<SubmitOrder> found;
        for (const SubmitOrder& order : submitted) {
            if (order.clientOrderId.endsWith(suffix)) {
                found.append(order);
            }
        }
        return found;
    }

private:
    OrderStatusReport report(const SubmitOrder& command, OrderStatus status, Quantity filled, Price price,
                             const QString& reason) const
    {
        OrderStatusReport r;
        r.clientOrderId = command.clientOrderId;
        r.venueOrderId = QStringLiteral("v-") + command.clientOrderId;
        r.market = command.market;
        r.outcome = command.outcome;
        r.side = command.side;
        r.timeInForce = command.timeInForce;
        r.limitPrice = command.limitPrice;
        r.quantity = command.quantity;
        r.filledQuantity = filled;
        r.averageFillPrice = filled.isZero() ? Price::zero() : price;
        r.status = status;
        r.reason = reason;
        r.tsEvent = QDateTime::currentDateTimeUtc();
        r.tsInit = r.tsEvent;
        return r;
    }

    VenueId m_venue;
};

} // namespace orion::test
