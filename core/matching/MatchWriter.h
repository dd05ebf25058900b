#pragma once

#include "common/Result.h"
#include "matching/MatchResult.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace orion {

// Writes pairs as JSON lines, one object a line:
// {"kalshi_ticker":…,"polymarket_condition_id":…,"polarity":"same"|"inverse","score":0.9312,"decision":"auto",
//  "flags":[…]}
class MatchWriter final
{
public:
    [[nodiscard]] static QByteArray toJsonLine(const MatchResult& result);
    [[nodiscard]] static QByteArray toJsonLines(const QList<MatchResult>& results);
    [[nodiscard]] static Status write(QIODevice& device, const QList<MatchResult>& results);
};

} // namespace orion
