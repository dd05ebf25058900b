#pragma once

#include <QString>

namespace orion {

// Whether new risk may be taken: Active trades, Reducing only closes or hedges, Halted sends nothing.
enum class TradingState
{
    Active,
    Reducing,
    Halted,
};

inline QString tradingStateName(TradingState state)
{
    switch (state) {
    case TradingState::Active:
        return QStringLiteral("active");
    case TradingState::Reducing:
        return QStringLiteral("reducing");
    case TradingState::Halted:
        return QStringLiteral("halted");
    }
    return QStringLiteral("halted");
}

} // namespace orion
