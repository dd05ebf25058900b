#pragma once

#include "common/Result.h"
#include "execution/Journal.h"
#include "venues/VenueReports.h"

#include <QHash>

#include <optional>

namespace orion {

// One order as the venue says it is, never as assumed. Status reports and fills come in any order and may repeat;
// this keeps the order consistent:
// - a terminal status stays terminal and the filled quantity never shrinks by a status report;
// - "Filled" with less than the order's quantity is really a partial fill then cancel, and is kept as Canceled;
// - fills are counted once by venue fill id; a provisional fill (Polymarket MATCHED) counts as filled but not as
//   confirmed; a fill that Failed (a ghost fill) is taken back out;
// - a fill of the other outcome (a YES/NO cross-match) is refused with execution.cross_match and not counted.
class OrderStateMachine final
{
public:
    explicit OrderStateMachine(JournalOrder order);

    [[nodiscard]] Status apply(const OrderStatusReport& report);
    [[nodiscard]] Status apply(const FillReport& fill);

    const JournalOrder& order() const { return m_order; }
    bool isTerminal() const { return orion::isTerminal(m_order.status); }
    bool hasVenueAnswer() const { return m_answered; }
    // Filled now, provisional fills included, failed fills excluded.
    Quantity filled() const { return m_order.filled; }
    Quantity provisional() const;
    Quantity failed() const;
    // The settlement state of a fill this order has seen.
    std::optional<SettlementState> settlementOf(const QString& venueFillId) const;
    // Fees of the counted fills.
    Cash fees() const;
    QList<FillReport> fills() const { return m_fills.values(); }

private:
    void recompute();

    JournalOrder m_order;
    Quantity m_reportedFilled;
    Price m_reportedAverage;
    QHash<QString, FillReport> m_fills;
    bool m_answered = false;
};

} // namespace orion
