#pragma once

#include "common/Price.h"
#include "common/Result.h"
#include "portfolio/Balance.h"
#include "portfolio/Position.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace orion {

class Database;

// A row of the positions table: what the engine's ledger held of one outcome when it last saved, with the last
// mark it saw (none when it had no price for it).
struct StoredPosition
{
    Position position;
    std::optional<Price> mark;
    QDateTime updatedAt;
};

// The engine's books on disk, per mode ("paper" or "live": the two never mix): the positions it holds now and
// every balance it has seen. Call it on the thread that opened the Database (the engine thread). Writes commit
// before they return. Errors: "storage.mode" for another mode, "storage.sql"/"storage.constraint" from SQLite.
class LedgerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRepository)

public:
    explicit LedgerRepository(Database& database);

    // Replaces all of `mode`'s positions with `positions` in one transaction; flat positions are not stored.
    // `marks` is keyed by positionKey(market, outcome) from portfolio/PositionKey.h ("kalshi/KXFED-26DEC/yes");
    // a position without a mark is stored with mark_micros NULL.
    [[nodiscard]] Status savePositions(
        const QString& mode, const QList<Position>& positions, const QHash<QString, Price>& marks, const QDateTime& at);
    // Appends a snapshot of one venue's balance, taken at balance.at (now when that is not set).
    [[nodiscard]] Status recordBalance(const QString& mode, const Balance& balance);

    // `mode`'s positions, ordered by venue, market and outcome.
    [[nodiscard]] Result<QList<StoredPosition>> positions(const QString& mode) const;
    // The stored marks of `mode`'s positions, keyed by positionKey().
    [[nodiscard]] Result<QHash<QString, Price>> marks(const QString& mode) const;
    // The latest snapshot of each venue in `mode`, Kalshi first.
    [[nodiscard]] Result<QList<Balance>> latestBalances(const QString& mode) const;

    static bool isLedgerMode(const QString& mode);

private:
    [[nodiscard]] Status checkMode(const QString& mode) const;

    Database& m_database;
};

} // namespace orion
