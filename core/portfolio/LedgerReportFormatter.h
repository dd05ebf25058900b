#pragma once

#include "common/Cash.h"
#include "common/Ratio.h"
#include "portfolio/LedgerReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace orion {

// `orion report` as people read it (text) and as scripts read it (JSON). Money is exact in both: text shows
// dollars with thousands separators and 2 decimals, more (up to 6) only when the amount has them ("$1,234.56",
// "-$0.000001"); JSON carries every amount twice, as integer micro-dollars ("<name>_micros") and as that text.
class LedgerReportFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReportFormatter)

public:
    static QString text(const LedgerReport& report, const QString& databasePath);
    static QJsonObject json(const LedgerReport& report, const QString& databasePath);
    static QByteArray jsonBytes(const LedgerReport& report, const QString& databasePath);

    // "$1,234.56", "-$0.35", "$0.123456".
    static QString dollars(Cash amount);
    // A ratio as an exact percentage, at least 2 decimals: 666'666 ppm is "66.6666%", 1'300 ppm "0.13%".
    static QString percent(Ratio ratio);

    // Trades listed in the text report (the newest); JSON lists them all.
    static constexpr int kTextTradeLimit = 20;
};

} // namespace orion
