#pragma once

// How Orion's enums print in QCOMPARE failures.
#include "config/TradingMode.h"
#include "engine/EngineRunState.h"

#include <QTest>

namespace QTest {

template <>
inline char* toString(const orion::EngineRunState& state)
{
    return qstrdup(qPrintable(orion::runStateName(state)));
}

template <>
inline char* toString(const orion::TradingMode& mode)
{
    return qstrdup(qPrintable(orion::toConfigString(mode)));
}

} // namespace QTest
