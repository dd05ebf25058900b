#include "venues/sim/SimPriceDriver.h"

#include "venues/sim/SimKalshiExchange.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <algorithm>

namespace orion {

namespace {

constexpr std::int64_t kOne = 1'000'000;
const QString kPolymarketHouse = QStringLiteral("house"); // the address SimPolymarketExchange::seedOrder uses

quint64 splitMix(quint64 value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27U)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31U);
}

std::int64_t curveMicros(std::int64_t priceMicros, std::int64_t ratePpm)
{
    // rate x P x (1 - P) in micro-dollars, rounded up. The numerator is at most 1e6 x 2.5e11 = 2.5e17: no overflow.
    const std::int64_t numerator = ratePpm * (priceMicros * (kOne - priceMicros));
    constexpr std::int64_t kScale = kOne * kOne;
    return (numerator + kScale - 1) / kScale;
}

} // namespace

SimPriceDriver::SimPriceDriver(SimKalshiExchange& kalshi, SimPolymarketExchange& polymarket, quint32 seed)
    : m_kalshi(kalshi), m_polymarket(polymarket), m_random(seed), m_seed(seed)
{
}

std::int64_t SimPriceDriver::kalshiFeeMicros(std::int64_t priceMicros)
{
    // 0.07 x P x (1 - P) for one contract, charged rounded up to the cent.
    const std::int64_t exact = curveMicros(priceMicros, 70'000);
    return (exact + 9'999) / 10'000 * 10'000;
}

std::int64_t SimPriceDriver::polymarketFeeMicros(std::int64_t priceMicros, std::int64_t ratePpm)
{
    const std::int64_t exact = curveMicros(priceMicros, ratePpm);
    return (exact + 9) / 10 * 10;
}

void SimPriceDriver::addPair(const QString& kalshiTicker, const QString& polymarketYesToken,
                             const QString& polymarketNoToken, bool inverse, std::int64_t startMicros,
                             std::int64_t polymarketFeeRatePpm)
{
    Line line;
    line.fairMicros = std::clamp(startMicros / kTickMicros * kTickMicros, kFairFloorMicros, kFairCeilingMicros);
    Book kalshi;
    kalshi.venue = Venue::Kalshi;
    kalshi.market = kalshiTicker;
    kalshi.sizeSalt = splitMix(m_seed ^ (static_cast<quint64>(m_lines.size()) << 20U));
    Book polymarket;
    polymarket.venue = Venue::Polymarket;
    polymarket.market = polymarketYesToken;
    polymarket.noToken = polymarketNoToken;
    polymarket.inverse = inverse;
    polymarket.feeRatePpm = polymarketFeeRatePpm;
    polymarket.sizeSalt = splitMix(kalshi.sizeSalt);
    line.books = {kalshi, polymarket};
    m_lines.push_back(std::move(line));
}

void SimPriceDriver::addKalshiOnly(const QString& ticker, std::int64_t startMicros)
{
    Line line;
    line.fairMicros = std::clamp(startMicros / kTickMicros * kTickMicros, kFairFloorMicros, kFairCeilingMicros);
    Book book;
    book.venue = Venue::Kalshi;
    book.market = ticker;
    book.sizeSalt = splitMix(m_seed ^ (static_cast<quint64>(m_lines.size()) << 20U));
    line.books = {book};
    m_lines.push_back(std::move(line));
}

void SimPriceDriver::addPolymarketOnly(const QString& yesToken, const QString& noToken, std::int64_t startMicros)
{
    Line line;
    line.fairMicros = std::clamp(startMicros / kTickMicros * kTickMicros, kFairFloorMicros, kFairCeilingMicros);
    Book book;
    book.venue = Venue::Polymarket;
    book.market = yesToken;
    book.noToken = noToken;
    book.sizeSalt = splitMix(m_seed ^ (static_cast<quint64>(m_lines.size()) << 20U));
    line.books = {book};
    m_lines.push_back(std::move(line));
}

int SimPriceDriver::openGaps() const
{
    return static_cast<int>(
        std::count_if(m_lines.begin(), m_lines.end(), [](const Line& line) { return line.gapStepsLeft > 0; }));
}

void SimPriceDriver::quoteAll()
{
    for (Line& line : m_lines) {
        for (Book& book : line.books)
            requote(book, line.fairMicros);
    }
}

void SimPriceDriver::step()
{
    ++m_steps;
    for (Line& line : m_lines) {
        if (line.gapStepsLeft > 0) {
            // The pair holds still while dislocated, so the gap is exactly what the event made it.
            if (--line.gapStepsLeft == 0) {
                for (Book& book : line.books)
                    book.offsetMicros = 0;
                line.quietSteps = kMinGapSteps;
            }
            continue;
        }
        if (line.quietSteps > 0)
            --line.quietSteps;
        walk(line);
    }
    maybeDislocate();
    quoteAll();
}

void SimPriceDriver::walk(Line& line)
{
    // About one tick a second at 250 ms steps: visible drift, no gaps of its own.
    if (bounded(4) != 0)
        return;
    std::int64_t next = line.fairMicros + (bounded(2) == 0 ? -kTickMicros : kTickMicros);
    if (next < kFairFloorMicros || next > kFairCeilingMicros)
        next = 2 * line.fairMicros - next; // reflect
    line.fairMicros = next;
}

void SimPriceDriver::maybeDislocate()
{
    // The first gap comes early and for certain, so that a demo shows a trade within seconds of starting.
    if (m_steps != kFirstGapStep && bounded(kDislocationOdds) != 0)
        return;
    std::vector<int> candidates;
    for (int i = 0; i < static_cast<int>(m_lines.size()); ++i) {
        const Line& line = m_lines[static_cast<std::size_t>(i)];
        if (line.books.size() == 2 && line.gapStepsLeft == 0 && line.quietSteps == 0)
            candidates.push_back(i);
    }
    if (candidates.empty())
        return;
    const int pick = candidates[static_cast<std::size_t>(bounded(static_cast<int>(candidates.size())))];
    if (dislocate(m_lines[static_cast<std::size_t>(pick)]))
        ++m_gapsOpened;
}

bool SimPriceDriver::dislocate(Line& line)
{
    const std::size_t moved = static_cast<std::size_t>(bounded(2)); // which venue's quote is off
    const bool lag = bounded(2) == 0; // lag: the other venue moved and this one has not caught up
    const int jumpTicks = static_cast<int>((kMaxJumpMicros - kMinJumpMicros) / kTickMicros);
    std::int64_t jump = kMinJumpMicros + kTickMicros * bounded(jumpTicks + 1);
    std::int64_t sign = bounded(2) == 0 ? -1 : 1;
    const std::int64_t fair = line.fairMicros;
    const std::int64_t lowMid = kFairFloorMicros - 2 * kTickMicros;
    const std::int64_t highMid = kFairCeilingMicros + 2 * kTickMicros;
    const auto apply = [&](std::int64_t s, std::int64_t d) {
        // Lag: the fair value moves by s x d and the lagging book stays where it was; jump: one book moves.
        line.fairMicros = lag ? fair + s * d : fair;
        for (std::size_t i = 0; i < line.books.size(); ++i)
            line.books[i].offsetMicros = i == moved ? (lag ? -s * d : s * d) : 0;
        const bool fairOk = line.fairMicros >= kFairFloorMicros && line.fairMicros <= kFairCeilingMicros;
        const std::int64_t movedMid = line.fairMicros + line.books[moved].offsetMicros;
        return fairOk && movedMid >= lowMid && movedMid <= highMid;
    };
    const auto undo = [&] {
        line.fairMicros = fair;
        for (Book& book : line.books)
            book.offsetMicros = 0;
    };
    if (!apply(sign, jump)) {
        sign = -sign;
        if (!apply(sign, jump)) {
            undo();
            return false;
        }
    }
    // Widen until the gap beats the threshold after both taker fees (at most 12 cents).
    const std::int64_t target = kOne - kThresholdMicros - kGapMarginMicros;
    while (bestCost(line) > target) {
        jump += kTickMicros;
        if (jump > kMaxJumpMicros || !apply(sign, jump)) {
            undo();
            return false;
        }
    }
    line.gapStepsLeft = kMinGapSteps + bounded(kMaxGapSteps - kMinGapSteps + 1);
    return true;
}

std::int64_t SimPriceDriver::bestCost(const Line& line) const
{
    // Per contract pair, fees included: YES (Kalshi frame) on one venue and NO on the other, cheaper way round.
    struct Asks
    {
        std::int64_t yes = 0; // ask of what pays if Kalshi YES happens
        std::int64_t no = 0;
        std::int64_t yesFee = 0;
        std::int64_t noFee = 0;
    };
    const auto asksOf = [&](const Book& book) {
        const std::int64_t mid = venueMid(book, line.fairMicros);
        std::int64_t venueYes = mid + kTickMicros;
        std::int64_t venueNo = kOne - (mid - kTickMicros);
        if (book.inverse)
            std::swap(venueYes, venueNo);
        const auto fee = [&](std::int64_t price) {
            return book.venue == Venue::Kalshi ? kalshiFeeMicros(price) : polymarketFeeMicros(price, book.feeRatePpm);
        };
        return Asks{venueYes, venueNo, fee(venueYes), fee(venueNo)};
    };
    const Asks a = asksOf(line.books[0]);
    const Asks b = asksOf(line.books[1]);
    return std::min(a.yes + a.yesFee + b.no + b.noFee, a.no + a.noFee + b.yes + b.yesFee);
}

std::int64_t SimPriceDriver::venueMid(const Book& book, std::int64_t fairMicros) const
{
    const std::int64_t frame = fairMicros + book.offsetMicros;
    return book.inverse ? kOne - frame : frame;
}

std::int64_t SimPriceDriver::levelSize(const Book& book, std::int64_t priceMicros) const
{
    // A function of the price, not of the level's rank, so a one-tick move re-quotes two levels a side, not five.
    const quint64 hash = splitMix(book.sizeSalt ^ static_cast<quint64>(priceMicros));
    return (200 + static_cast<std::int64_t>(hash % 401U)) * 100;
}

void SimPriceDriver::requote(Book& book, std::int64_t fairMicros)
{
    const std::int64_t mid = venueMid(book, fairMicros);
    std::map<std::int64_t, std::int64_t> wantedBids;
    std::map<std::int64_t, std::int64_t> wantedAsks;
    for (int level = 0; level < kLevels; ++level) {
        const std::int64_t bid = mid - kTickMicros * (level + 1);
        const std::int64_t ask = mid + kTickMicros * (level + 1);
        if (bid >= kTickMicros)
            wantedBids.emplace(bid, levelSize(book, bid));
        if (ask <= kOne - kTickMicros)
            wantedAsks.emplace(ask, levelSize(book, ask));
    }
    // What is resting at each level now (Kalshi): a house order filled by someone shows as a thinner level.
    std::map<std::int64_t, std::int64_t> kalshiBids;
    std::map<std::int64_t, std::int64_t> kalshiAsks;
    if (book.venue == Venue::Kalshi) {
        if (const auto levels = m_kalshi.bookLevels(book.market)) {
            for (const auto& level : levels->yes)
                kalshiBids[level.priceMicros] += level.quantityHundredths;
            for (const auto& level : levels->no)
                kalshiAsks[kOne - level.priceMicros] += level.quantityHundredths;
        }
    }
    // Cancel first on both sides, then place: the new bids never meet the house's old asks, nor the reverse.
    const auto stale = [&](std::map<std::int64_t, House>& current, const std::map<std::int64_t, std::int64_t>& wanted,
                           const std::map<std::int64_t, std::int64_t>& kalshiLevels) {
        for (auto it = current.begin(); it != current.end();) {
            const auto want = wanted.find(it->first);
            bool keep = want != wanted.end() && want->second == it->second.hundredths;
            if (keep && book.venue == Venue::Kalshi) {
                const auto resting = kalshiLevels.find(it->first);
                keep = resting != kalshiLevels.end() && resting->second >= it->second.hundredths;
            } else if (keep) {
                const SimPolymarketExchange::Order* order = m_polymarket.order(it->second.orderId);
                keep = order && order->status == QLatin1String("LIVE") && order->matchedHundredths == 0;
            }
            if (keep) {
                ++it;
                continue;
            }
            cancel(book, it->second);
            it = current.erase(it);
        }
    };
    stale(book.bids, wantedBids, kalshiBids);
    stale(book.asks, wantedAsks, kalshiAsks);
    const auto fill = [&](std::map<std::int64_t, House>& current, const std::map<std::int64_t, std::int64_t>& wanted,
                          bool bid) {
        for (const auto& [price, size] : wanted) {
            if (current.count(price) != 0)
                continue;
            const QString id = place(book, bid, price, size);
            if (!id.isEmpty())
                current.emplace(price, House{id, size});
        }
    };
    fill(book.bids, wantedBids, true);
    fill(book.asks, wantedAsks, false);
}

void SimPriceDriver::cancel(const Book& book, const House& house)
{
    // A house order that was filled completely is gone already: nothing to cancel, nothing to report.
    if (book.venue == Venue::Kalshi)
        (void)m_kalshi.cancelMakerOrder(house.orderId);
    else
        (void)m_polymarket.cancel(kPolymarketHouse, house.orderId);
}

QString SimPriceDriver::place(const Book& book, bool bid, std::int64_t priceMicros, std::int64_t hundredths)
{
    if (book.venue == Venue::Kalshi) {
        // Post-only: a user's order at a crossing price refuses the level until the next step.
        const Result<QString> placed = m_kalshi.placeMakerOrder(book.market, bid, priceMicros, hundredths);
        return placed.ok() ? placed.value() : QString();
    }
    return m_polymarket.seedOrder(book.market, bid, priceMicros, hundredths);
}

} // namespace orion
