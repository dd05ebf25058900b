#pragma once

#include "matching/MatchResult.h"
#include "matching/PairDecisionStore.h"

#include <QDateTime>
#include <QString>

namespace orion {

// A matched pair with the matcher's verdict and the person's decision, if any.
struct DashboardPair
{
    enum class UserDecision : quint8
    {
        None,
        Confirmed,
        Rejected,
    };

    MatchResult match; // with the user's decision applied (PairRegistry::apply)
    UserDecision userDecision = UserDecision::None;
    QDateTime decidedAt;
    QString note;
    bool tradable = false;
};

} // namespace orion
