#pragma once

#include "common/Cash.h"
#include "common/Result.h"
#include "portfolio/LedgerReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace orion {

class Database;

// Reads what `orion report` needs from the database: the journal's trades of one mode with every fill of every
// order (first, second, hedge, unwind; fills whose settlement failed are left out, provisional ones count), the
// latest balance per venue and the engine's last marks (LedgerRepository). Read-only.
class LedgerReportReader final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReportReader)

public:
    explicit LedgerReportReader(Database& database);

    [[nodiscard]] Result<QList<ReportTrade>> trades(const QString& mode) const;
    // Everything LedgerReportBuilder::build() needs; `capitalBase` is capital.initial_bankroll.
    [[nodiscard]] Result<LedgerReportInput> read(const QString& mode, Cash capitalBase) const;

private:
    Database& m_database;
};

} // namespace orion
