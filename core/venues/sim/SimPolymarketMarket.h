#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace orion {

// One binary market of the Polymarket simulator, as a scenario lists it. Prices are micro-dollars, sizes
// hundredths of a share; fee rate in parts per million (0.04 = 40'000).
struct SimPolymarketMarket
{
    QString gammaId;            // Gamma numeric id, as a string
    QString conditionId;        // 0x + 64 hex
    QString questionId;
    QString question;
    QString slug;
    QString description;        // resolution rules
    QString category;
    QString eventId;
    QString eventSlug;
    QString eventTitle;
    QString yesTokenId;         // uint256 decimal
    QString noTokenId;
    QDateTime endDate;
    std::int64_t tickMicros = 10'000;
    std::int64_t minSizeHundredths = 500;
    bool negRisk = false;
    bool feesEnabled = true;
    std::int64_t feeRatePpm = 40'000;
    int feeExponent = 1;
    bool takerOnly = true;
    bool feeKnown = true;       // false: /clob-markets omits the fee data (the client must not trade)
    bool active = true;
    bool closed = false;
    bool acceptingOrders = true;
};

} // namespace orion
