#pragma once

#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace orion {

// When a market says it resolves, read from its words.
//   onDate:    a day the event happens on ("win on 2026-05-16", "May 13, 2026")
//   deadline:  the last day that counts ("before 2027" → 2026-12-31, "by June 30", "by end of 2026")
//   period:    a span the event must fall in ("in 2028", "in May", "Q1 2026")
//   years:     every year named at all
// Dates without a year take the year of `reference` (the market's close time) when one is given.
struct DateFacts
{
    std::optional<QDate> onDate;
    std::optional<QDate> deadline;
    std::optional<QDate> periodStart;
    std::optional<QDate> periodEnd;
    QSet<int> years;
    bool undatedDeadline = false; // "by June 30" with no year and no reference to take one from

    bool hasAny() const { return onDate || deadline || periodEnd; }
    // The last day the question is about, whichever form the text used.
    std::optional<QDate> resolutionDay() const
    {
        if (deadline)
            return deadline;
        if (onDate)
            return onDate;
        return periodEnd;
    }
};

class DateExtractor final
{
public:
    [[nodiscard]] static DateFacts extract(const QString& text, const QDate& reference);
    // Kalshi event tickers carry the date after the series: KXNBAGAME-26JAN09ATLDEN → 2026-01-09;
    // KXBRAZILGDP-26MAR → March 2026 (returned as its last day, with `monthOnly` set).
    [[nodiscard]] static std::optional<QDate> kalshiTickerDate(const QString& eventTicker, bool* monthOnly = nullptr);
    // 1..12 for "jan"/"january" …, else 0.
    [[nodiscard]] static int monthNumber(const QString& word);
};

} // namespace orion
