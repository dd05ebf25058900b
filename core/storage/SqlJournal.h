#pragma once

#include "execution/Journal.h"

#include <QCoreApplication>

namespace orion {

class Database;

// The execution journal on SQLite: trades (intent with both legs, state), orders (one row per client order id,
// reserved before the order leaves), fills (once per venue fill id, with their settlement state). Every call
// commits before it returns, so a crash right after it cannot lose what it wrote. Every state change also appends
// a timestamped row to the audit log (category "execution").
class SqlJournal final : public Journal
{
    Q_DECLARE_TR_FUNCTIONS(SqlJournal)

public:
    explicit SqlJournal(Database& database);

    [[nodiscard]] Result<JournalTrade> beginTrade(const TradeIntent& intent) override;
    [[nodiscard]] Status setTradeState(qint64 tradeId, TradeState state, const QString& note, qint64 atMs) override;
    [[nodiscard]] Result<JournalOrder> reserveOrder(qint64 tradeId, LegRole role, const SubmitOrder& command,
                                                    qint64 atMs) override;
    [[nodiscard]] Status updateOrder(const JournalOrder& order) override;
    [[nodiscard]] Status recordFill(const FillReport& fill) override;

    [[nodiscard]] Result<QList<JournalTrade>> openTrades() override;
    [[nodiscard]] Result<JournalTrade> trade(qint64 tradeId) override;
    [[nodiscard]] Result<QList<JournalOrder>> orders(qint64 tradeId) override;
    [[nodiscard]] Result<QList<FillReport>> fills(const QString& clientOrderId) override;
    // Every fill of the trades of one mode, oldest first (the paper venues and the ledger are rebuilt from them).
    [[nodiscard]] Result<QList<FillReport>> fillsOfMode(ExecutionMode mode);

private:
    [[nodiscard]] Status audit(const QString& action, const QString& detail, qint64 atMs);
    [[nodiscard]] Result<QList<JournalTrade>> selectTrades(const QString& where, const QVariantList& binds);
    [[nodiscard]] Result<QList<FillReport>> selectFills(const QString& where, const QVariantList& binds,
                                                        const QString& failure);

    Database& m_database;
};

} // namespace orion
