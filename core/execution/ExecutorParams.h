#pragma once

#include "common/Cash.h"
#include "common/Ratio.h"
#include "execution/UnwindPolicy.h"

namespace orion {

struct ExecutorParams
{
    qint64 ackTimeoutMs = 2'000;       // no answer after a send: ask the venue for the order's status
    qint64 orderDeadlineMs = 15'000;   // still no answer: cancel it, stop and let a person look
    qint64 repairDeadlineMs = 30'000;  // the time bound to unwind or complete a hedge
    qint64 settlementDeadlineMs = 300'000; // provisional fills still unconfirmed: a person looks (nothing re-bought)
    int maxRepairOrders = 3;
    int kalshiLatencyMs = 30;          // measured round trips (field lessons): Polymarket is slower
    int polymarketLatencyMs = 100;
    RepairLimits repair;
    Ratio completionProbability = Ratio::fromPpm(950'000); // for Kelly sizing
    Cash failureLossPerContract = Cash::fromMicros(50'000);
    int pollIntervalMs = 200;          // 0: the owner calls poll()
};

} // namespace orion
