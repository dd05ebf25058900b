#include "venues/sim/SimScenario.h"



namespace orion {

namespace {

SimScenarioMarket market(const char* ticker, const char* event, const char* title, std::int64_t bidMicros,
                         std::int64_t askMicros)
{
    SimScenarioMarket m;
    m.ticker = QString::fromUtf8(ticker);
    m.eventTicker = QString::fromUtf8(event);
    m.title = QString::fromUtf8(title);
    m.yesSubTitle = m.title;
    m.noSubTitle = QStringLiteral("Not ") + m.title;
    m.rulesPrimary = QStringLiteral("If ") + m.title + QStringLiteral(" happens, the market resolves to Yes.");
    m.openTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    m.closeTime = QDateTime(QDate(2027, 6, 30), QTime(20, 0), Qt::UTC);
    // Three levels a side, one cent apart, 100 to 300 contracts.
    for (int i = 0; i < 3; ++i) {
        m.yesBids.push_back({bidMicros - i * 10'000, (i + 1) * 10'000});
        m.yesAsks.push_back({askMicros + i * 10'000, (i + 1) * 10'000});
    }
    return m;
}

} // namespace

SimScenario SimScenario::demo()
{
    SimScenario s;
    s.series = {
        SimScenarioSeries{QStringLiteral("KXFEDDECISION"), QStringLiteral("Fed decision"), QStringLiteral("Economics"),
                          QStringLiteral("quadratic_with_maker_fees"), 1'000'000},
        SimScenarioSeries{QStringLiteral("KXHIGHNY"), QStringLiteral("Highest temperature in NYC"),
                          QStringLiteral("Climate"), QStringLiteral("quadratic"), 1'000'000},
    };
    s.events = {
        SimScenarioEvent{QStringLiteral("KXFEDDECISION-27JAN"), QStringLiteral("KXFEDDECISION"),
                         QStringLiteral("Fed decision in January 2027"), QStringLiteral("Jan 2027"), true},
        SimScenarioEvent{QStringLiteral("KXHIGHNY-27JAN01"), QStringLiteral("KXHIGHNY"),
                         QStringLiteral("Highest temperature in NYC on Jan 1, 2027"), QStringLiteral("Jan 1"), true},
        SimScenarioEvent{QStringLiteral("KXHIGHNY-27JAN02"), QStringLiteral("KXHIGHNY"),
                         QStringLiteral("Highest temperature in NYC on Jan 2, 2027"), QStringLiteral("Jan 2"), true},
    };
    s.markets = {
        market("KXFEDDECISION-27JAN-H0", "KXFEDDECISION-27JAN", "Fed holds rates", 560'000, 580'000),
        market("KXFEDDECISION-27JAN-C25", "KXFEDDECISION-27JAN", "Fed cuts 25 bps", 370'000, 390'000),
        market("KXHIGHNY-27JAN01-T40", "KXHIGHNY-27JAN01", "NYC high above 40F on Jan 1", 300'000, 330'000),
        market("KXHIGHNY-27JAN01-T50", "KXHIGHNY-27JAN01", "NYC high above 50F on Jan 1", 100'000, 120'000),
        market("KXHIGHNY-27JAN02-T40", "KXHIGHNY-27JAN02", "NYC high above 40F on Jan 2", 450'000, 470'000),
    };
    return s;
}

} // namespace orion
