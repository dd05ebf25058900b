#pragma once

#include "arbitrage/Opportunity.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "execution/ExecutionMode.h"
#include "execution/ExecutorParams.h"
#include "execution/Journal.h"
#include "execution/LegPlan.h"
#include "execution/OrderStateMachine.h"
#include "venues/Venue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace orion {

class BookStore;
class CapitalManager;
class CircuitBreaker;
class HaltFlag;
class RiskManager;

// Trades an opportunity's two legs so that Orion is never left holding one leg it did not want.
//
// Before anything is sent: the mode, readiness (reconciled), the kill switch, the circuit breaker, known fees,
// capital (Kelly size, cash on both venues) and the risk limits; then the intent (both legs) is journalled. Each
// order is reserved in the journal (which assigns its client order id) and the kill switch is read again right
// before it is handed to the venue. The riskier leg goes first (IOC); the second is sized to the first's actual
// fill. Order state comes only from the venue's reports; an order without an answer is asked about, never resent.
// A leg left over (second leg rejected or partly filled, a ghost fill taken back) is unwound or the hedge completed,
// whichever loses less, with a limit price, within a time bound; a missing leg is never blindly re-bought.
class Executor final : public QObject
{
    Q_OBJECT

public:
    Executor(Journal& journal, HaltFlag& halt, const Clock& clock, QObject* parent = nullptr);
    ~Executor() override;

    void setParams(const ExecutorParams& params);
    // Optional collaborators (not owned); without them the corresponding checks are skipped.
    void setBookStore(const BookStore* books) { m_books = books; }
    void setCircuitBreaker(CircuitBreaker* breaker) { m_breaker = breaker; }
    void setRiskManager(RiskManager* risk) { m_risk = risk; }
    void setCapitalManager(CapitalManager* capital) { m_capital = capital; }
    // The venues orders go to: PaperVenue clients in paper mode, the real clients in live mode.
    void setClients(ExecutionClient* kalshi, ExecutionClient* polymarket);
    // execution.busy while a trade is under way.
    [[nodiscard]] Status setMode(ExecutionMode mode);
    ExecutionMode mode() const { return m_mode; }
    // Nothing is traded until the start-up reconciliation is done.
    void setReady(bool ready) { m_ready = ready; }
    bool isReady() const { return m_ready; }

    // Starts a trade; returns its journal id. Errors say why nothing was sent: execution.mode, execution.not_ready,
    // execution.halted, execution.circuit_breaker, execution.no_client, execution.fee_unknown, execution.busy,
    // execution.size, risk.*, or a storage error.
    [[nodiscard]] Result<qint64> execute(const Opportunity& opportunity);
    // Picks up every unfinished trade of the current mode from the journal (after a restart and reconciliation),
    // and the halted ones in memory once the kill switch is down: each is settled or repaired.
    [[nodiscard]] Status resumeOpenTrades();
    // The kill switch: raises the flag, cancels every open order on both venues, halts every trade under way.
    void kill(const QString& reason);
    // Deadlines: asks venues about silent orders, retries repairs, escalates what missed its time bound.
    void poll();

    int activeTrades() const;
    std::optional<TradeState> tradeState(qint64 tradeId) const;

signals:
    void tradeStateChanged(qint64 tradeId, orion::TradeState state, const QString& note);
    void fillConfirmed(const orion::FillReport& fill);
    void alertRaised(const QString& text);

private:
    struct Run
    {
        explicit Run(LegPlan legPlan) : plan(std::move(legPlan)) {}
        JournalTrade trade;
        LegPlan plan;
        Cash exposure;
        QStringList orderIds;
        std::map<QString, OrderStateMachine> orders;
        QHash<QString, qint64> deadlines;
        QSet<QString> verifyAsked;
        qint64 nakedSinceMs = 0;
        qint64 settlingSinceMs = 0;
        int repairOrders = 0;
    };

    void onOrderStatus(const OrderStatusReport& report);
    void onOrderStatuses(const QList<OrderStatusReport>& reports);
    void onFill(const FillReport& fill);
    void onFills(const QList<FillReport>& fills);

    ExecutionClient* clientFor(VenueId venue) const;
    Run* runOf(const QString& clientOrderId);
    QString clientOrderIdOf(const QString& venueOrderId) const;
    bool sendOrder(Run& run, LegRole role, SubmitOrder command, TradeState stateWhileOut);
    void advance(Run& run);
    void settle(Run& run);
    void repair(Run& run);
    void setState(Run& run, TradeState state, const QString& note);
    void finish(Run& run, TradeState state, const QString& note);
    Quantity net(const Run& run, const PlannedLeg& leg) const;
    bool hasPendingOrders(const Run& run) const;
    bool hasProvisional(const Run& run) const;
    Cash costPerContract(const Run& run, const PlannedLeg& leg) const;
    Cash heldCost(const Run& run) const;
    Cash unhedgedCost(const Run& run) const;
    const OrderBook* bookOf(const MarketKey& market) const;
    FeeSchedule feesOf(const MarketKey& market) const;
    void recordFailure(const QString& what);
    Status loadRun(const JournalTrade& trade);

    Journal& m_journal;
    HaltFlag& m_halt;
    const Clock& m_clock;
    ExecutorParams m_params;
    const BookStore* m_books = nullptr;
    CircuitBreaker* m_breaker = nullptr;
    RiskManager* m_risk = nullptr;
    CapitalManager* m_capital = nullptr;
    QPointer<ExecutionClient> m_kalshi;
    QPointer<ExecutionClient> m_polymarket;
    QList<QMetaObject::Connection> m_connections;
    ExecutionMode m_mode = ExecutionMode::DryRun;
    bool m_ready = false;
    std::map<qint64, std::unique_ptr<Run>> m_runs;
    QHash<QString, qint64> m_orderToTrade;
    QTimer m_timer;
};

} // namespace orion
