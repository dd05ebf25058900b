#pragma once

#include "arbitrage/OpportunityEvent.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace orion {

class Database;

// Records the detector's feed in the opportunities table: Opened inserts a row, Updated rewrites its trade figures,
// Closed sets closed_at and the reason. Row ids are "<run id>:<opportunity id>", since the detector numbers
// opportunities afresh in every run. The pair is found in market_pairs by its two market ids (storage.not_found
// when the pair is not there).
class OpportunityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityRepository)

public:
    OpportunityRepository(Database& database, QString runId);

    [[nodiscard]] Status record(const OpportunityEvent& event);
    // Marks an opportunity as refused by the executor or risk (tradable = 0, blocked_reason).
    [[nodiscard]] Status markBlocked(OpportunityId id, const QString& reason);

    QString rowId(OpportunityId id) const;

private:
    [[nodiscard]] Result<qint64> pairRowId(const Opportunity& opportunity) const;

    Database& m_database;
    QString m_runId;
};

} // namespace orion
