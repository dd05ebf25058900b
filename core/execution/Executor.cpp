#include "execution/Executor.h"

#include "common/CrashPoint.h"
#include "common/Logging.h"
#include "common/Notional.h"
#include "market/BookStore.h"
#include "risk/CapitalManager.h"
#include "risk/CircuitBreaker.h"
#include "risk/HaltFlag.h"
#include "risk/RiskManager.h"

#include <algorithm>

namespace orion {

namespace {

QString tradeKey(qint64 tradeId)
{
    return QStringLiteral("trade-%1").arg(tradeId);
}

// Cost per contract of a leg, fee included, rounded up.
Cash perContract(Cash cost, Cash fee, Quantity size)
{
    if (size <= Quantity::zero()) {
        return Cash::zero();
    }
    const RoundedValue value =
        multiplyDivideRounded((cost + fee).micros(), Quantity::kHundredthsPerContract, size.hundredths(), Rounding::Up);
    return value.ok() ? Cash::fromMicros(value.value) : Cash::zero();
}

bool sameLeg(const SubmitOrder& command, const PlannedLeg& leg)
{
    return command.market == leg.market && command.outcome == leg.outcome;
}

// Names of the crash points (ORION_CRASH_AT) around handing an order to its venue and booking its first fill.
const char* sendCrashPoint(LegRole role, bool sent)
{
    switch (role) {
    case LegRole::First:
        return sent ? "after_first_send" : "before_first_send";
    case LegRole::Second:
        return sent ? "after_second_send" : "before_second_send";
    case LegRole::Unwind:
    case LegRole::Hedge:
        break;
    }
    return sent ? "after_repair_send" : "before_repair_send";
}

const char* fillCrashPoint(LegRole role)
{
    switch (role) {
    case LegRole::First:
        return "after_first_fill";
    case LegRole::Second:
        return "after_second_fill";
    case LegRole::Unwind:
    case LegRole::Hedge:
        break;
    }
    return "after_repair_fill";
}

// The venue took the order (its first answer, not a rejection, arrived) but the journal does not know yet.
const char* answerCrashPoint(LegRole role)
{
    switch (role) {
    case LegRole::First:
        return "on_first_answer";
    case LegRole::Second:
        return "on_second_answer";
    case LegRole::Unwind:
    case LegRole::Hedge:
        break;
    }
    return "on_repair_answer";
}

} // namespace

Executor::Executor(Journal& journal, HaltFlag& halt, const Clock& clock, QObject* parent)
    : QObject(parent), m_journal(journal), m_halt(halt), m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &Executor::poll);
    setParams(m_params);
}

Executor::~Executor() = default;

void Executor::setParams(const ExecutorParams& params)
{
    m_params = params;
    if (m_params.pollIntervalMs > 0) {
        m_timer.start(m_params.pollIntervalMs);
    } else {
        m_timer.stop();
    }
}

void Executor::setClients(ExecutionClient* kalshi, ExecutionClient* polymarket)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_kalshi = kalshi;
    m_polymarket = polymarket;
    for (ExecutionClient* client : {kalshi, polymarket}) {
        if (client == nullptr) {
            continue;
        }
        m_connections << connect(client, &ExecutionClient::orderStatusReported, this, &Executor::onOrderStatus);
        m_connections << connect(client, &ExecutionClient::orderStatusReportsReceived, this, &Executor::onOrderStatuses);
        m_connections << connect(client, &ExecutionClient::fillReported, this, &Executor::onFill);
        m_connections << connect(client, &ExecutionClient::fillReportsReceived, this, &Executor::onFills);
    }
}

Status Executor::setMode(ExecutionMode mode)
{
    if (mode != m_mode && activeTrades() > 0) {
        return makeError(QStringLiteral("execution.busy"),
                         QStringLiteral("%1 trades are under way; the mode changes when they are done").arg(activeTrades()));
    }
    m_mode = mode;
    return {};
}

ExecutionClient* Executor::clientFor(VenueId venue) const
{
    return venue == VenueId::Kalshi ? m_kalshi.data() : m_polymarket.data();
}

int Executor::activeTrades() const
{
    int count = 0;
    for (const auto& [id, run] : m_runs) {
        if (!isFinal(run->trade.state)) {
            ++count;
        }
    }
    return count;
}

std::optional<TradeState> Executor::tradeState(qint64 tradeId) const
{
    const auto it = m_runs.find(tradeId);
    if (it == m_runs.end()) {
        return std::nullopt;
    }
    return it->second->trade.state;
}

const OrderBook* Executor::bookOf(const MarketKey& market) const
{
    if (m_books == nullptr) {
        return nullptr;
    }
    const std::optional<MarketHandle> handle = m_books->find(market);
    return handle ? &m_books->book(*handle) : nullptr;
}

FeeSchedule Executor::feesOf(const MarketKey& market) const
{
    if (m_books == nullptr) {
        return FeeSchedule::unknown();
    }
    const std::optional<MarketHandle> handle = m_books->find(market);
    return handle ? m_books->terms(*handle).fees : FeeSchedule::unknown();
}

void Executor::recordFailure(const QString& what)
{
    qCWarning(lcExecution) << what;
    if (m_breaker != nullptr) {
        m_breaker->recordOrderFailure(what);
    }
}

Result<qint64> Executor::execute(const Opportunity& opportunity)
{
    if (!sendsOrders(m_mode)) {
        return makeError(QStringLiteral("execution.mode"),
                         QStringLiteral("mode %1 sends no orders").arg(executionModeName(m_mode)));
    }
    if (!m_ready) {
        return makeError(QStringLiteral("execution.not_ready"),
                         QStringLiteral("the journal has not been reconciled with the venues yet"));
    }
    if (m_halt.isRaised()) {
        return makeError(QStringLiteral("execution.halted"), QStringLiteral("halted: %1").arg(m_halt.reason()));
    }
    if (m_breaker != nullptr && m_breaker->isTripped()) {
        return makeError(QStringLiteral("execution.circuit_breaker"),
                         QStringLiteral("circuit breaker: %1").arg(m_breaker->reason()));
    }
    if (clientFor(VenueId::Kalshi) == nullptr || clientFor(VenueId::Polymarket) == nullptr) {
        return makeError(QStringLiteral("execution.no_client"), QStringLiteral("a venue has no execution client"));
    }
    for (const auto& [id, run] : m_runs) {
        if (!isFinal(run->trade.state) && run->trade.intent.pairId == opportunity.pairId) {
            return makeError(QStringLiteral("execution.busy"),
                             QStringLiteral("trade %1 on pair %2 is still under way").arg(id).arg(opportunity.pairId));
        }
    }

    LegRiskFactors kalshi{Quantity::zero(), m_params.kalshiLatencyMs, Quantity::fromHundredths(1)};
    LegRiskFactors polymarket{Quantity::zero(), m_params.polymarketLatencyMs, Quantity::fromHundredths(1)};
    if (m_books != nullptr) {
        for (auto* leg : {&opportunity.kalshi, &opportunity.polymarket}) {
            const std::optional<MarketHandle> handle = m_books->find(leg->market);
            if (!handle || !m_books->terms(*handle).fees.isKnown()) {
                return makeError(QStringLiteral("execution.fee_unknown"),
                                 QStringLiteral("the fee of %1 is not known: not traded").arg(leg->market.id));
            }
            LegRiskFactors& factors = leg == &opportunity.kalshi ? kalshi : polymarket;
            factors.depthAtLimit = m_books->book(*handle).askSizeUpTo(leg->outcome, leg->worstPrice);
            factors.lot = m_books->terms(*handle).lotSize;
        }
    } else {
        kalshi.depthAtLimit = opportunity.size;
        polymarket.depthAtLimit = opportunity.size;
    }

    const Quantity lot = std::max(kalshi.lot, polymarket.lot);
    Quantity size = opportunity.size.roundedTo(lot, Rounding::Down).valueOr(Quantity::zero());
    if (m_capital != nullptr && size > Quantity::zero()) {
        SizingInput sizing;
        sizing.maxSize = size;
        sizing.lot = lot;
        sizing.kalshiCostPerContract = perContract(opportunity.kalshi.cost, opportunity.kalshi.fee, opportunity.size);
        sizing.polymarketCostPerContract =
            perContract(opportunity.polymarket.cost, opportunity.polymarket.fee, opportunity.size);
        sizing.profitPerContract = opportunity.edgePerContract;
        sizing.completionProbability = m_params.completionProbability;
        sizing.lossPerContractOnFailure = m_params.failureLossPerContract;
        sizing.kalshiTicker = opportunity.kalshi.market.id;
        const Result<Quantity> sized = m_capital->size(sizing);
        if (!sized.ok()) {
            return sized.error();
        }
        size = sized.value();
        if (size <= Quantity::zero()) {
            if (const std::optional<int> shard = m_capital->kalshiShortShard(opportunity.kalshi.market.id)) {
                return makeError(QStringLiteral("execution.shard_collateral"),
                                 QStringLiteral("Kalshi exchange shard %1 holds too little cash for %2: transfer "
                                                "collateral to shard %1")
                                     .arg(*shard)
                                     .arg(opportunity.kalshi.market.id));
            }
        }
    }
    if (size <= Quantity::zero()) {
        return makeError(QStringLiteral("execution.size"),
                         QStringLiteral("capital and lot sizes leave nothing to trade on %1").arg(opportunity.pairId));
    }
    // The opportunity's cost scaled to the traded size, rounded up.
    const RoundedValue scaled = multiplyDivideRounded(opportunity.totalCost.micros(), size.hundredths(),
                                                      opportunity.size.hundredths(), Rounding::Up);
    const Cash cost = Cash::fromMicros(scaled.ok() ? scaled.value : opportunity.totalCost.micros());
    const RoundedValue profit = multiplyDivideRounded(opportunity.lockedInProfit.micros(), size.hundredths(),
                                                      opportunity.size.hundredths(), Rounding::Down);
    if (m_risk != nullptr) {
        const Status allowed = m_risk->check(opportunity.pairId, cost);
        if (!allowed.ok()) {
            return allowed.error();
        }
    }
    const Result<LegPlan> plan = LegPlan::build(opportunity, size, kalshi, polymarket);
    if (!plan.ok()) {
        return plan.error();
    }

    TradeIntent intent;
    intent.pairId = opportunity.pairId;
    intent.opportunityId = opportunity.id;
    intent.direction = opportunity.direction;
    intent.mode = m_mode;
    intent.first = plan.value().first();
    intent.second = plan.value().second();
    intent.expectedCost = cost;
    intent.expectedProfit = Cash::fromMicros(profit.ok() ? profit.value : 0);
    intent.atMs = m_clock.nowMs();
    const Result<JournalTrade> begun = m_journal.beginTrade(intent);
    if (!begun.ok()) {
        return begun.error();
    }
    const qint64 tradeId = begun.value().id;
    crashPoint("after_intent");
    if (m_risk != nullptr) {
        const Status reserved = m_risk->reserve(tradeKey(tradeId), opportunity.pairId, cost);
        if (!reserved.ok()) {
            (void)m_journal.setTradeState(tradeId, TradeState::Flat, reserved.error().message, m_clock.nowMs());
            return reserved.error();
        }
    }
    auto run = std::make_unique<Run>(plan.value());
    run->trade = begun.value();
    run->exposure = cost;
    Run& ref = *run;
    m_runs.emplace(tradeId, std::move(run));
    qCInfo(lcExecution) << "trade" << tradeId << "on" << opportunity.pairId << "size" << size.toString() << "first leg"
                        << venueName(ref.plan.first().market.venue);
    sendOrder(ref, LegRole::First, ref.plan.firstOrder(), TradeState::FirstLeg);
    return tradeId;
}

bool Executor::sendOrder(Run& run, LegRole role, SubmitOrder command, TradeState stateWhileOut)
{
    const qint64 now = m_clock.nowMs();
    const Result<JournalOrder> reserved = m_journal.reserveOrder(run.trade.id, role, command, now);
    if (!reserved.ok()) {
        // Nothing leaves without its journal entry.
        setState(run, TradeState::NeedsAttention,
                 QStringLiteral("journal refused the %1 order: %2").arg(legRoleName(role), reserved.error().message));
        if (m_breaker != nullptr) {
            m_breaker->trip(QStringLiteral("the journal cannot be written: %1").arg(reserved.error().message));
        }
        return false;
    }
    const QString clientOrderId = reserved.value().clientOrderId;
    command.clientOrderId = clientOrderId;
    run.orderIds << clientOrderId;
    m_orderToTrade.insert(clientOrderId, run.trade.id);
    OrderStateMachine& machine = run.orders.emplace(clientOrderId, OrderStateMachine(reserved.value())).first->second;

    ExecutionClient* client = clientFor(command.market.venue);
    if (m_halt.isRaised() || client == nullptr) {
        const QString why = client == nullptr ? QStringLiteral("no execution client")
                                              : QStringLiteral("halted: %1").arg(m_halt.reason());
        OrderStatusReport notSent;
        notSent.clientOrderId = clientOrderId;
        notSent.status = OrderStatus::Rejected;
        notSent.reason = QStringLiteral("not sent (%1)").arg(why);
        (void)machine.apply(notSent);
        (void)m_journal.updateOrder(machine.order());
        setState(run, TradeState::Halted,
                 QStringLiteral("%1 order not sent: %2").arg(legRoleName(role), why));
        return false;
    }
    run.deadlines.insert(clientOrderId, now + m_params.ackTimeoutMs);
    setState(run, stateWhileOut,
             QStringLiteral("%1 order %2: %3 %4 %5 of %6 at %7")
                 .arg(legRoleName(role), clientOrderId,
                      command.side == OrderSide::Buy ? QStringLiteral("buy") : QStringLiteral("sell"),
                      command.quantity.toString(), command.outcome == Outcome::Yes ? QStringLiteral("YES") : QStringLiteral("NO"),
                      command.market.id, command.limitPrice.toDollarString()));
    crashPoint(sendCrashPoint(role, false));
    client->submitOrder(command);
    crashPoint(sendCrashPoint(role, true));
    return true;
}

Executor::Run* Executor::runOf(const QString& clientOrderId)
{
    const auto id = m_orderToTrade.constFind(clientOrderId);
    if (id == m_orderToTrade.constEnd()) {
        return nullptr;
    }
    const auto it = m_runs.find(*id);
    return it == m_runs.end() ? nullptr : it->second.get();
}

QString Executor::clientOrderIdOf(const QString& venueOrderId) const
{
    if (venueOrderId.isEmpty()) {
        return {};
    }
    for (const auto& [id, run] : m_runs) {
        for (const auto& [clientOrderId, machine] : run->orders) {
            if (machine.order().venueOrderId == venueOrderId) {
                return clientOrderId;
            }
        }
    }
    return {};
}

void Executor::onOrderStatus(const OrderStatusReport& report)
{
    if (report.clientOrderId.isEmpty()) {
        // An order of a previous session on a venue that does not keep Orion's id (Polymarket): known by the venue
        // id the journal kept.
        OrderStatusReport named = report;
        named.clientOrderId = clientOrderIdOf(report.venueOrderId);
        if (!named.clientOrderId.isEmpty()) {
            onOrderStatus(named);
        }
        return;
    }
    Run* run = runOf(report.clientOrderId);
    if (run == nullptr) {
        return;
    }
    OrderStateMachine& machine = run->orders.at(report.clientOrderId);
    if (machine.order().status == OrderStatus::PendingSubmit && report.status != OrderStatus::Rejected) {
        crashPoint(answerCrashPoint(machine.order().role));
    }
    const bool wasTerminal = machine.isTerminal();
    if (!machine.apply(report).ok()) {
        return;
    }
    (void)m_journal.updateOrder(machine.order());
    if (!wasTerminal && machine.isTerminal()) {
        if (machine.order().status == OrderStatus::Rejected) {
            recordFailure(QStringLiteral("%1 rejected %2: %3")
                              .arg(venueName(machine.order().command.market.venue), report.clientOrderId,
                                   machine.order().reason));
        } else if (m_breaker != nullptr) {
            m_breaker->recordOrderSuccess();
        }
    }
    advance(*run);
}

void Executor::onOrderStatuses(const QList<OrderStatusReport>& reports)
{
    for (const OrderStatusReport& report : reports) {
        onOrderStatus(report);
    }
}

void Executor::onFill(const FillReport& fill)
{
    if (fill.clientOrderId.isEmpty()) {
        FillReport named = fill;
        named.clientOrderId = clientOrderIdOf(fill.venueOrderId);
        if (!named.clientOrderId.isEmpty()) {
            onFill(named);
        }
        return;
    }
    Run* run = runOf(fill.clientOrderId);
    if (run == nullptr) {
        return;
    }
    OrderStateMachine& machine = run->orders.at(fill.clientOrderId);
    const std::optional<SettlementState> before = machine.settlementOf(fill.venueFillId);
    const Status applied = machine.apply(fill);
    if (!applied.ok()) {
        setState(*run, TradeState::NeedsAttention, applied.error().message);
        if (m_breaker != nullptr) {
            m_breaker->trip(applied.error().message);
        }
        return;
    }
    (void)m_journal.recordFill(fill);
    (void)m_journal.updateOrder(machine.order());
    const std::optional<SettlementState> after = machine.settlementOf(fill.venueFillId);
    if (after == before) {
        return; // a repeat: nothing changed
    }
    crashPoint(fillCrashPoint(machine.order().role));
    if (after == SettlementState::Confirmed) {
        emit fillConfirmed(fill);
    } else if (after == SettlementState::Failed) {
        emit alertRaised(QStringLiteral("fill %1 of %2 failed to settle (ghost fill)")
                             .arg(fill.venueFillId, fill.clientOrderId));
    }
    advance(*run);
}

void Executor::onFills(const QList<FillReport>& fills)
{
    for (const FillReport& fill : fills) {
        onFill(fill);
    }
}

Quantity Executor::net(const Run& run, const PlannedLeg& leg) const
{
    Quantity sum;
    for (const auto& [id, machine] : run.orders) {
        const SubmitOrder& command = machine.order().command;
        if (sameLeg(command, leg)) {
            sum += command.side == OrderSide::Buy ? machine.filled() : -machine.filled();
        }
    }
    return sum;
}

bool Executor::hasPendingOrders(const Run& run) const
{
    return std::any_of(run.orders.begin(), run.orders.end(),
                       [](const auto& entry) { return !entry.second.isTerminal(); });
}

bool Executor::hasProvisional(const Run& run) const
{
    return std::any_of(run.orders.begin(), run.orders.end(),
                       [](const auto& entry) { return entry.second.provisional() > Quantity::zero(); });
}

Cash Executor::costPerContract(const Run& run, const PlannedLeg& leg) const
{
    Cash cost;
    Quantity bought;
    for (const auto& [id, machine] : run.orders) {
        const JournalOrder& order = machine.order();
        if (sameLeg(order.command, leg) && order.command.side == OrderSide::Buy && machine.filled() > Quantity::zero()) {
            cost += notional(order.averagePrice, machine.filled(), Rounding::Up).valueOr(Cash::zero()) + machine.fees();
            bought += machine.filled();
        }
    }
    if (bought.isZero()) {
        return Cash::fromPrice(leg.limit);
    }
    return perContract(cost, Cash::zero(), bought);
}

Cash Executor::heldCost(const Run& run) const
{
    Cash cost;
    for (const PlannedLeg* leg : {&run.plan.first(), &run.plan.second()}) {
        cost += notional(costPerContract(run, *leg), std::max(net(run, *leg), Quantity::zero()), Rounding::Up)
                    .valueOr(Cash::zero());
    }
    return cost;
}

Cash Executor::unhedgedCost(const Run& run) const
{
    const Quantity first = net(run, run.plan.first());
    const Quantity second = net(run, run.plan.second());
    const PlannedLeg& longLeg = first > second ? run.plan.first() : run.plan.second();
    const Quantity excess = first > second ? first - second : second - first;
    return notional(costPerContract(run, longLeg), excess, Rounding::Up).valueOr(Cash::zero());
}

void Executor::setState(Run& run, TradeState state, const QString& note)
{
    const qint64 now = m_clock.nowMs();
    run.trade.state = state;
    run.trade.note = note;
    run.trade.updatedAtMs = now;
    const Status written = m_journal.setTradeState(run.trade.id, state, note, now);
    if (!written.ok()) {
        qCCritical(lcExecution) << "cannot journal trade" << run.trade.id << "state:" << written.error().toString();
    }
    qCInfo(lcExecution) << "trade" << run.trade.id << tradeStateName(state) << note;
    emit tradeStateChanged(run.trade.id, state, note);
    if (state == TradeState::Halted || state == TradeState::NeedsAttention) {
        emit alertRaised(QStringLiteral("trade %1 %2: %3").arg(run.trade.id).arg(tradeStateName(state), note));
    }
}

void Executor::finish(Run& run, TradeState state, const QString& note)
{
    run.nakedSinceMs = 0;
    if (m_risk != nullptr) {
        if (state == TradeState::Flat) {
            m_risk->release(tradeKey(run.trade.id));
        } else {
            m_risk->adjust(tradeKey(run.trade.id), heldCost(run));
        }
    }
    setState(run, state, note);
}

void Executor::advance(Run& run)
{
    if (isFinal(run.trade.state) || hasPendingOrders(run)) {
        return;
    }
    if (run.trade.state == TradeState::Halted && m_halt.isRaised()) {
        return; // stays as it is until a person lowers the kill switch
    }
    if (run.trade.state == TradeState::FirstLeg) {
        const Quantity filled = net(run, run.plan.first());
        if (filled <= Quantity::zero()) {
            const JournalOrder& first = run.orders.at(run.orderIds.constFirst()).order();
            finish(run, TradeState::Flat,
                   QStringLiteral("first leg did not fill (%1%2)")
                       .arg(orderStatusName(first.status),
                            first.reason.isEmpty() ? QString() : QStringLiteral(": ") + first.reason));
            return;
        }
        run.nakedSinceMs = m_clock.nowMs();
        if (m_halt.isRaised()) {
            setState(run, TradeState::Halted,
                     QStringLiteral("second leg not sent (halted: %1); %2 of the first leg unhedged")
                         .arg(m_halt.reason(), filled.toString()));
            return;
        }
        const SubmitOrder second = run.plan.secondOrder(filled);
        if (second.quantity <= Quantity::zero()) {
            repair(run);
            return;
        }
        sendOrder(run, LegRole::Second, second, TradeState::SecondLeg);
        return;
    }
    settle(run);
}

void Executor::settle(Run& run)
{
    const Quantity first = net(run, run.plan.first());
    const Quantity second = net(run, run.plan.second());
    if (first == second) {
        if (first <= Quantity::zero()) {
            finish(run, TradeState::Flat, QStringLiteral("nothing held"));
        } else if (hasProvisional(run)) {
            if (run.trade.state != TradeState::AwaitingSettlement) {
                run.settlingSinceMs = m_clock.nowMs();
                setState(run, TradeState::AwaitingSettlement,
                         QStringLiteral("%1 on both legs, waiting for provisional fills to confirm").arg(first.toString()));
            }
        } else {
            finish(run, TradeState::Hedged, QStringLiteral("%1 contracts on both legs").arg(first.toString()));
        }
        return;
    }
    if (run.nakedSinceMs == 0) {
        run.nakedSinceMs = m_clock.nowMs();
    }
    repair(run);
}

void Executor::repair(Run& run)
{
    if (m_halt.isRaised()) {
        if (run.trade.state != TradeState::Halted) {
            setState(run, TradeState::Halted, QStringLiteral("repair not sent (halted: %1)").arg(m_halt.reason()));
        }
        return;
    }
    const Quantity first = net(run, run.plan.first());
    const Quantity second = net(run, run.plan.second());
    const bool firstLong = first > second;
    const PlannedLeg& longLeg = firstLong ? run.plan.first() : run.plan.second();
    const PlannedLeg& shortLeg = firstLong ? run.plan.second() : run.plan.first();
    const Quantity excess = firstLong ? first - second : second - first;
    const qint64 now = m_clock.nowMs();
    if (run.nakedSinceMs == 0) {
        run.nakedSinceMs = now;
    }
    if (now - run.nakedSinceMs > m_params.repairDeadlineMs || run.repairOrders >= m_params.maxRepairOrders) {
        const QString why = QStringLiteral("%1 of %2 still unhedged after %3 ms and %4 repair orders")
                                .arg(excess.toString(), longLeg.market.id)
                                .arg(now - run.nakedSinceMs)
                                .arg(run.repairOrders);
        setState(run, TradeState::NeedsAttention, why);
        if (m_breaker != nullptr) {
            m_breaker->trip(QStringLiteral("trade %1: %2").arg(run.trade.id).arg(why));
        }
        return;
    }

    RepairSituation situation;
    situation.longMarket = longLeg.market;
    situation.longOutcome = longLeg.outcome;
    situation.longCostPerContract = costPerContract(run, longLeg);
    situation.shortMarket = shortLeg.market;
    situation.shortOutcome = shortLeg.outcome;
    situation.excess = excess;
    situation.shortLot = shortLeg.lot;
    situation.longBook = bookOf(longLeg.market);
    situation.longFees = feesOf(longLeg.market);
    situation.shortBook = bookOf(shortLeg.market);
    situation.shortFees = feesOf(shortLeg.market);
    // A leg that lost a fill to a failed settlement is never re-bought: only the excess is sold. Nor is a hedge the
    // venue refused tried again (no balance, market closed): the excess is sold instead.
    for (const auto& [id, machine] : run.orders) {
        const JournalOrder& order = machine.order();
        if (sameLeg(order.command, shortLeg)
            && (machine.failed() > Quantity::zero()
                || (order.role == LegRole::Hedge && order.status == OrderStatus::Rejected))) {
            situation.allowCompleteHedge = false;
        }
    }
    const RepairDecision decision = UnwindPolicy::decide(situation, m_params.repair);
    if (decision.action == RepairDecision::Action::Wait) {
        if (run.trade.state != TradeState::Repairing || run.trade.note != decision.why) {
            setState(run, TradeState::Repairing, decision.why);
        }
        return;
    }
    ++run.repairOrders;
    sendOrder(run,
              decision.action == RepairDecision::Action::Unwind ? LegRole::Unwind : LegRole::Hedge,
              decision.order, TradeState::Repairing);
}

void Executor::kill(const QString& reason)
{
    m_halt.raise(reason);
    for (ExecutionClient* client : {m_kalshi.data(), m_polymarket.data()}) {
        if (client != nullptr) {
            client->cancelAllOrders();
        }
    }
    for (auto& [id, run] : m_runs) {
        if (!isFinal(run->trade.state) && run->trade.state != TradeState::Halted) {
            setState(*run, TradeState::Halted, QStringLiteral("kill switch: %1").arg(reason));
        }
    }
    emit alertRaised(QStringLiteral("kill switch: %1").arg(reason));
}

void Executor::poll()
{
    const qint64 now = m_clock.nowMs();
    for (auto& [id, runPtr] : m_runs) {
        Run& run = *runPtr;
        if (isFinal(run.trade.state)) {
            continue;
        }
        for (auto& [clientOrderId, machine] : run.orders) {
            if (machine.isTerminal()) {
                continue;
            }
            const qint64 deadline = run.deadlines.value(clientOrderId, now);
            if (now < deadline) {
                continue;
            }
            ExecutionClient* client = clientFor(machine.order().command.market.venue);
            if (!run.verifyAsked.contains(clientOrderId)) {
                // Verify from the venue; never resend.
                run.verifyAsked.insert(clientOrderId);
                run.deadlines.insert(clientOrderId, machine.order().createdAtMs + m_params.orderDeadlineMs);
                if (client != nullptr) {
                    client->requestOrderStatusReports();
                    client->requestFillReports(QDateTime::fromMSecsSinceEpoch(machine.order().createdAtMs, Qt::UTC));
                }
            } else if (run.trade.state != TradeState::NeedsAttention) {
                if (client != nullptr) {
                    client->cancelOrder(CancelOrder{clientOrderId, machine.order().venueOrderId,
                                                    machine.order().command.market});
                }
                const QString why = QStringLiteral("no final answer from %1 about order %2 after %3 ms")
                                        .arg(venueName(machine.order().command.market.venue), clientOrderId)
                                        .arg(now - machine.order().createdAtMs);
                setState(run, TradeState::NeedsAttention, why);
                recordFailure(why);
            }
        }
        if (run.trade.state == TradeState::Repairing && !hasPendingOrders(run)) {
            repair(run);
        }
        if (run.trade.state == TradeState::AwaitingSettlement && run.settlingSinceMs > 0
            && now - run.settlingSinceMs > m_params.settlementDeadlineMs) {
            // Never re-bought and never sold on a guess: the fill may still confirm. A person decides.
            setState(run, TradeState::NeedsAttention,
                     QStringLiteral("provisional fills unconfirmed after %1 ms").arg(now - run.settlingSinceMs));
        }
        if (run.nakedSinceMs > 0 && m_breaker != nullptr && !isFinal(run.trade.state)) {
            m_breaker->checkUnhedged(unhedgedCost(run), run.nakedSinceMs);
        }
    }
}

Status Executor::loadRun(const JournalTrade& trade)
{
    const Result<QList<JournalOrder>> orders = m_journal.orders(trade.id);
    if (!orders.ok()) {
        return orders.error();
    }
    auto run = std::make_unique<Run>(LegPlan(trade.intent.first, trade.intent.second));
    run->trade = trade;
    run->exposure = trade.intent.expectedCost;
    run->nakedSinceMs = trade.updatedAtMs;
    run->settlingSinceMs = trade.state == TradeState::AwaitingSettlement ? trade.updatedAtMs : 0;
    const qint64 now = m_clock.nowMs();
    for (const JournalOrder& order : orders.value()) {
        OrderStateMachine machine(order);
        const Result<QList<FillReport>> fills = m_journal.fills(order.clientOrderId);
        if (fills.ok()) {
            for (const FillReport& fill : fills.value()) {
                (void)machine.apply(fill);
            }
        }
        run->orderIds << order.clientOrderId;
        m_orderToTrade.insert(order.clientOrderId, trade.id);
        if (order.role == LegRole::Unwind || order.role == LegRole::Hedge) {
            ++run->repairOrders;
        }
        if (!machine.isTerminal()) {
            run->deadlines.insert(order.clientOrderId, now);
        }
        run->orders.emplace(order.clientOrderId, std::move(machine));
    }
    if (m_risk != nullptr) {
        m_risk->restore(tradeKey(trade.id), trade.intent.pairId, trade.intent.expectedCost);
    }
    m_runs[trade.id] = std::move(run);
    return {};
}

Status Executor::resumeOpenTrades()
{
    const Result<QList<JournalTrade>> open = m_journal.openTrades();
    if (!open.ok()) {
        return open.error();
    }
    for (const JournalTrade& trade : open.value()) {
        if (trade.intent.mode != m_mode || m_runs.count(trade.id) > 0) {
            continue;
        }
        const Status loaded = loadRun(trade);
        if (!loaded.ok()) {
            return loaded;
        }
    }
    for (auto& [id, run] : m_runs) {
        if (isFinal(run->trade.state) || hasPendingOrders(*run)) {
            continue; // pending orders are asked about by poll()
        }
        if (m_halt.isRaised()) {
            if (run->trade.state != TradeState::Halted) {
                setState(*run, TradeState::Halted, QStringLiteral("resumed while halted: %1").arg(m_halt.reason()));
            }
            continue;
        }
        if (run->trade.state == TradeState::Intent && run->orders.empty()) {
            finish(*run, TradeState::Flat, QStringLiteral("no order was sent before the restart"));
            continue;
        }
        // After a restart, a person's reset or a halt: settle what is held; never send a stale second leg blindly.
        run->repairOrders = 0;
        run->nakedSinceMs = m_clock.nowMs();
        settle(*run);
    }
    return {};
}

} // namespace orion
