#include "execution/Journal.h"

namespace orion {

namespace {

constexpr TradeState kStates[] = {TradeState::Intent,    TradeState::FirstLeg,          TradeState::SecondLeg,
                                  TradeState::Repairing, TradeState::AwaitingSettlement, TradeState::Halted,
                                  TradeState::NeedsAttention, TradeState::Hedged,      TradeState::Flat};
constexpr LegRole kRoles[] = {LegRole::First, LegRole::Second, LegRole::Unwind, LegRole::Hedge};

} // namespace

QString tradeStateName(TradeState state)
{
    switch (state) {
    case TradeState::Intent:
        return QStringLiteral("intent");
    case TradeState::FirstLeg:
        return QStringLiteral("first_leg");
    case TradeState::SecondLeg:
        return QStringLiteral("second_leg");
    case TradeState::Repairing:
        return QStringLiteral("repairing");
    case TradeState::AwaitingSettlement:
        return QStringLiteral("awaiting_settlement");
    case TradeState::Halted:
        return QStringLiteral("halted");
    case TradeState::NeedsAttention:
        return QStringLiteral("needs_attention");
    case TradeState::Hedged:
        return QStringLiteral("hedged");
    case TradeState::Flat:
        return QStringLiteral("flat");
    }
    return QStringLiteral("needs_attention");
}

std::optional<TradeState> parseTradeState(const QString& text)
{
    for (const TradeState state : kStates) {
        if (tradeStateName(state) == text) {
            return state;
        }
    }
    return std::nullopt;
}

QString orderStatusName(OrderStatus status)
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

QString legRoleName(LegRole role)
{
    switch (role) {
    case LegRole::First:
        return QStringLiteral("first");
    case LegRole::Second:
        return QStringLiteral("second");
    case LegRole::Unwind:
        return QStringLiteral("unwind");
    case LegRole::Hedge:
        return QStringLiteral("hedge");
    }
    return QStringLiteral("first");
}

std::optional<LegRole> parseLegRole(const QString& text)
{
    for (const LegRole role : kRoles) {
        if (legRoleName(role) == text) {
            return role;
        }
    }
    return std::nullopt;
}

} // namespace orion
