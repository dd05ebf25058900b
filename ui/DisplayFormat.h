#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "market/MarketKey.h"
#include "market/VenueId.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace orion {

// How the dashboard writes money, prices, sizes and times. Exact: the text comes from the integer values, never
// from a double.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    DisplayFormat() = delete;

    // "$1,234.50", "-$3.25"
    // "Kalshi" / "Polymarket", as people write them.
    static QString venue(VenueId venue);
    static QString money(Cash cash);
    // "+$12.00" / "-$3.25" / "$0.00": for changes and P&L
    static QString signedMoney(Cash cash);
    // "45.2¢": a contract price in cents
    static QString price(Price price);
    static QString cents(Cash perContract);
    // "12.5"
    static QString quantity(Quantity quantity);
    // "850 ms", "2.4 s", "3 min"
    static QString age(qint64 ms);
    // "3 d 4 h", "45 min", "resolved"; empty when `at` is invalid
    static QString timeUntil(const QDateTime& at, const QDateTime& now);
    // "12.5%" of part over whole, exact to 0.1%; "—" when whole is zero
    static QString percent(std::int64_t part, std::int64_t whole);
    // "09:41:07"
    static QString clock(const QDateTime& at);
    // What a table shows for a market: its title when the engine knows it; else a Kalshi ticker as it is (a
    // readable name), a Polymarket condition id shortened and marked as a market ("Polymarket 0x1a2b…9f0e").
    static QString marketLabel(const MarketKey& market, const QString& title);
    // The tooltip: the full title and the full id, to read or copy.
    static QString marketTip(const MarketKey& market, const QString& title);
};

} // namespace orion
