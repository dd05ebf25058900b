#include "execution/OrderStateMachine.h"

#include "common/Notional.h"

#include <algorithm>

namespace orion {

OrderStateMachine::OrderStateMachine(JournalOrder order)
    : m_order(std::move(order)), m_reportedFilled(m_order.filled), m_reportedAverage(m_order.averagePrice)
{
    m_order.command.clientOrderId = m_order.clientOrderId;
    m_answered = m_order.status != OrderStatus::PendingSubmit;
}

Status OrderStateMachine::apply(const OrderStatusReport& report)
{
    if (report.clientOrderId != m_order.clientOrderId) {
        return makeError(QStringLiteral("execution.order_id"),
                         QStringLiteral("report for %1 applied to %2").arg(report.clientOrderId, m_order.clientOrderId));
    }
    // A PendingSubmit report only tells the venue's id before the order leaves (Polymarket's order hash).
    m_answered = m_answered || report.status != OrderStatus::PendingSubmit;
    if (!report.venueOrderId.isEmpty()) {
        m_order.venueOrderId = report.venueOrderId;
    }
    if (report.filledQuantity > m_reportedFilled) {
        m_reportedFilled = std::min(report.filledQuantity, m_order.command.quantity);
        m_reportedAverage = report.averageFillPrice;
    }
    if (!isTerminal()) {
        OrderStatus status = report.status;
        if (status == OrderStatus::Filled && m_reportedFilled < m_order.command.quantity) {
            status = OrderStatus::Canceled; // partial fill then cancel, reported as filled
        }
        // Never back to PendingSubmit once the venue has answered.
        if (status != OrderStatus::PendingSubmit) {
            m_order.status = status;
        }
        if (!report.reason.isEmpty()) {
            m_order.reason = report.reason;
        }
    }
    recompute();
    return {};
}

Status OrderStateMachine::apply(const FillReport& fill)
{
    if (fill.outcome != m_order.command.outcome || fill.market != m_order.command.market) {
        return makeError(QStringLiteral("execution.cross_match"),
                         QStringLiteral("order %1 for %2 received a fill of another outcome or market (%3)")
                             .arg(m_order.clientOrderId, m_order.command.market.id, fill.venueFillId));
    }
    m_answered = true;
    const auto it = m_fills.find(fill.venueFillId);
    if (it != m_fills.end()) {
        // A repeat: only the settlement may move on (Provisional -> Confirmed or Failed), never back.
        if (it->settlement == SettlementState::Provisional) {
            it->settlement = fill.settlement;
        }
    } else {
        m_fills.insert(fill.venueFillId, fill);
    }
    recompute();
    return {};
}

void OrderStateMachine::recompute()
{
    Quantity counted;
    Quantity failedQuantity;
    Cash notionalSum;
    for (const FillReport& fill : std::as_const(m_fills)) {
        if (fill.settlement == SettlementState::Failed) {
            failedQuantity += fill.quantity;
            continue;
        }
        counted += fill.quantity;
        notionalSum += notional(fill.price, fill.quantity, Rounding::Up).valueOr(Cash::zero());
    }
    // The status report may know of fills whose reports have not arrived yet; failed fills come off either way.
    const Quantity reported = std::max(Quantity::zero(), m_reportedFilled - failedQuantity);
    m_order.filled = std::min(std::max(counted, reported), m_order.command.quantity);
    if (!counted.isZero() && counted >= reported) {
        const RoundedValue average = multiplyDivideRounded(notionalSum.micros(), Quantity::kHundredthsPerContract,
                                                           counted.hundredths(), Rounding::Up);
        m_order.averagePrice = average.ok() ? Price::checkedFromMicros(average.value).valueOr(m_order.command.limitPrice)
                                            : m_order.command.limitPrice;
    } else if (!m_reportedFilled.isZero()) {
        m_order.averagePrice = m_reportedAverage;
    }
    if (m_order.status == OrderStatus::Filled && m_order.filled < m_order.command.quantity) {
        m_order.status = OrderStatus::Canceled; // a ghost fill took part of it back
    }
}

std::optional<SettlementState> OrderStateMachine::settlementOf(const QString& venueFillId) const
{
    const auto it = m_fills.constFind(venueFillId);
    if (it == m_fills.constEnd()) {
        return std::nullopt;
    }
    return it->settlement;
}

Quantity OrderStateMachine::provisional() const
{
    Quantity sum;
    for (const FillReport& fill : m_fills) {
        if (fill.settlement == SettlementState::Provisional) {
            sum += fill.quantity;
        }
    }
    return sum;
}

Quantity OrderStateMachine::failed() const
{
    Quantity sum;
    for (const FillReport& fill : m_fills) {
        if (fill.settlement == SettlementState::Failed) {
            sum += fill.quantity;
        }
    }
    return sum;
}

Cash OrderStateMachine::fees() const
{
    Cash sum;
    for (const FillReport& fill : m_fills) {
        if (fill.settlement != SettlementState::Failed) {
            sum += fill.fee;
        }
    }
    return sum;
}

} // namespace orion
