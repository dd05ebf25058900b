#pragma once

#include <QHash>
#include <QString>

#include <cstdint>

namespace orion {

// One market position of a simulated account, Kalshi style: signed, + = YES contracts, - = NO contracts (a
// YES and a NO contract of the same market net out into $1 at once).
struct SimPosition
{
    std::int64_t positionHundredths = 0;
    std::int64_t costMicros = 0;         // what the open position cost (market exposure)
    std::int64_t realizedPnlMicros = 0;
    std::int64_t feesPaidMicros = 0;
    std::int64_t totalTradedMicros = 0;
    qint64 lastUpdatedMs = 0;
};

// Cash and positions of one simulated trader, in integer micro-dollars and hundredths of a contract.
// `cashMicros` is everything the account owns in cash; `heldMicros` is reserved by its resting orders, so
// available() is what can fund a new order (Kalshi's "balance").
class SimAccount final
{
public:
    SimAccount() = default;
    SimAccount(QString id, std::int64_t startingCashMicros) : m_id(std::move(id)), m_cashMicros(startingCashMicros) {}

    const QString& id() const { return m_id; }
    std::int64_t cashMicros() const { return m_cashMicros; }
    std::int64_t heldMicros() const { return m_heldMicros; }
    std::int64_t availableMicros() const { return m_cashMicros - m_heldMicros; }

    void hold(std::int64_t micros) { m_heldMicros += micros; }
    void release(std::int64_t micros);
    void credit(std::int64_t micros) { m_cashMicros += micros; }

    // Applies one fill of this account's order on the YES book: a bid buys YES at priceMicros (closing NO
    // first, which pays 1 - price per contract), an ask sells YES (closing YES first, else opening NO at
    // 1 - price). Cash moves by the trade, minus the fee. Amounts are rounded against the trader (costs up,
    // proceeds down) when a fractional count gives a fraction of a micro-dollar. Returns the new position.
    std::int64_t applyFill(const QString& ticker, bool bid, std::int64_t priceMicros, std::int64_t hundredths,
                           std::int64_t feeMicros, qint64 nowMs);

    // Pays out a settled market ($1 per winning contract) and removes the position; returns the revenue.
    std::int64_t settle(const QString& ticker, bool yesWon);

    const QHash<QString, SimPosition>& positions() const { return m_positions; }
    SimPosition position(const QString& ticker) const { return m_positions.value(ticker); }

    // micros * hundredths / 100, rounded up or down.
    static std::int64_t amount(std::int64_t priceMicros, std::int64_t hundredths, bool roundUp);

private:
    QString m_id;
    std::int64_t m_cashMicros = 0;
    std::int64_t m_heldMicros = 0;
    QHash<QString, SimPosition> m_positions;
};

} // namespace orion
