#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace orion {

class SimKalshiExchange;
class SimPolymarketExchange;

// Moves the house quotes of the demo world. Every line (one event) has a fair probability doing a seeded random
// walk on the 1-cent grid within [0.08, 0.92]; each venue market on the line is quoted by that venue's house
// maker around it, 1 cent either side, five levels deep. Now and then (on average every kDislocationOdds steps)
// one venue's quote of a paired line jumps, or lags a move of the other venue, by 6-12 cents for 4-12 steps: long
// enough, and far enough after both venues' taker fees, that YES on one venue plus NO on the other costs less
// than $1 - $0.02. Then it snaps back. Re-quotes touch only the levels that changed (so the feeds carry deltas),
// cancelling before placing so the house never crosses itself. Integer micro-dollars and hundredths throughout;
// the same seed gives the same prices.
class SimPriceDriver final
{
public:
    static constexpr std::int64_t kTickMicros = 10'000;
    static constexpr std::int64_t kFairFloorMicros = 80'000;
    static constexpr std::int64_t kFairCeilingMicros = 920'000;
    static constexpr int kLevels = 5;
    static constexpr int kDislocationOdds = 12;   // one chance in 12 per step: ~3 s at 250 ms steps
    static constexpr int kFirstGapStep = 12;      // 3 s after the start, whatever the seed
    static constexpr int kMinGapSteps = 4;        // 1 s at 250 ms
    static constexpr int kMaxGapSteps = 12;       // 3 s
    static constexpr std::int64_t kMinJumpMicros = 60'000;
    static constexpr std::int64_t kMaxJumpMicros = 120'000;
    // A gap must beat $1 - threshold by this much after fees, so it is a real opportunity and not a rounding tie.
    static constexpr std::int64_t kThresholdMicros = 20'000;
    static constexpr std::int64_t kGapMarginMicros = 5'000;

    SimPriceDriver(SimKalshiExchange& kalshi, SimPolymarketExchange& polymarket, quint32 seed);

    // A matched event: Kalshi YES is the Polymarket YES token (inverse: the NO token). Fees as the venues charge.
    void addPair(const QString& kalshiTicker, const QString& polymarketYesToken, const QString& polymarketNoToken,
                 bool inverse, std::int64_t startMicros, std::int64_t polymarketFeeRatePpm);
    // A market with no counterpart: it drifts but never dislocates.
    void addKalshiOnly(const QString& ticker, std::int64_t startMicros);
    void addPolymarketOnly(const QString& yesToken, const QString& noToken, std::int64_t startMicros);

    // Places every line's opening quotes (idempotent: later calls only repair what fills took).
    void quoteAll();
    void step();

    int gapsOpened() const { return m_gapsOpened; }
    int stepsTaken() const { return m_steps; }
    // Lines with a dislocation in progress.
    int openGaps() const;

    // Conservative per-contract taker fee, in micro-dollars, of one contract bought at `priceMicros` (Kalshi rounds
    // a one-contract order up to the cent; Polymarket rounds to $0.00001, taken upwards here).
    static std::int64_t kalshiFeeMicros(std::int64_t priceMicros);
    static std::int64_t polymarketFeeMicros(std::int64_t priceMicros, std::int64_t ratePpm);

private:
    enum class Venue : quint8 { Kalshi, Polymarket };
    struct House
    {
        QString orderId;
        std::int64_t hundredths = 0;
    };
    struct Book
    {
        Venue venue = Venue::Kalshi;
        QString market;     // Kalshi ticker or Polymarket YES token
        QString noToken;    // Polymarket
        bool inverse = false;
        std::int64_t feeRatePpm = 0;
        std::int64_t offsetMicros = 0; // in the line's (Kalshi YES) frame, while dislocated
        std::map<std::int64_t, House> bids; // YES price -> the house order there
        std::map<std::int64_t, House> asks;
        quint64 sizeSalt = 0;
    };
    struct Line
    {
        std::int64_t fairMicros = 500'000; // Kalshi YES frame
        std::vector<Book> books;
        int gapStepsLeft = 0;
        int quietSteps = 0; // after a gap closes, so two gaps on one pair are never back to back
    };

    void walk(Line& line);
    void maybeDislocate();
    bool dislocate(Line& line);
    std::int64_t bestCost(const Line& line) const;
    void requote(Book& book, std::int64_t fairMicros);
    void cancel(const Book& book, const House& house);
    QString place(const Book& book, bool bid, std::int64_t priceMicros, std::int64_t hundredths);
    std::int64_t levelSize(const Book& book, std::int64_t priceMicros) const;
    std::int64_t venueMid(const Book& book, std::int64_t fairMicros) const;
    int bounded(int limit) { return static_cast<int>(m_random.bounded(static_cast<quint32>(limit))); }

    SimKalshiExchange& m_kalshi;
    SimPolymarketExchange& m_polymarket;
    QRandomGenerator m_random;
    quint32 m_seed;
    std::vector<Line> m_lines;
    int m_gapsOpened = 0;
    int m_steps = 0;
};

} // namespace orion
