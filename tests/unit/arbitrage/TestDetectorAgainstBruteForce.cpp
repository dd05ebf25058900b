// ctest-timeout: 300
#include "arbitrage/Detector.h"
#include "arbitrage/OpportunityListener.h"
#include "common/Notional.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <random>
#include <vector>

using namespace orion;

// The detector against a brute-force reference written separately from DepthWalker: every candidate size (each
// multiple of the lot) is priced from scratch, level by level, with the fee formulas restated here from the venue
// references. Books, fees, lots and parameters are random but seeded.

namespace {

using Int128 = detail::MoneyInt128;

constexpr std::uint64_t kSeed = 0x0'6A7B17'2026ULL;
constexpr int kRounds = 24;
constexpr int kPairsPerRound = 400; // 9,600 pairs, 19,200 directions
constexpr int kDeltasPerRound = 2'000;

// Fee description kept by the test, independent of FeeSchedule's internals.
struct RefFee
{
    enum Kind { Free, Kalshi, Polymarket } kind = Free;
    qint64 ppm = 0;       // Kalshi multiplier or Polymarket rate
    int exponent = 1;     // Polymarket
    qint64 precision = 0; // Kalshi account precision in micros
};

// The unrounded fee of one contract at p, in units of 1e-30 dollars.
Int128 feePerContract(const RefFee& fee, qint64 p)
{
    const Int128 spread = Int128{p} * (1'000'000 - p); // p(1-p) in 1e-12 dollars^2
    switch (fee.kind) {
    case RefFee::Free:
        return 0;
    case RefFee::Kalshi: // 0.07 x m x p(1-p) = 70000e-6 x m e-6 x spread e-12 dollars = 7e4 m spread e-24
        return Int128{70'000} * fee.ppm * spread * 1'000'000;
    case RefFee::Polymarket: // rate e-6 x spread e-12 (x spread e-12 again for e = 2)
        return fee.exponent == 1 ? Int128{fee.ppm} * spread * 1'000'000'000'000 : Int128{fee.ppm} * spread * spread;
    }
    return 0;
}

Int128 ceilDiv(Int128 a, Int128 b)
{
    return (a + b - 1) / b;
}

struct RefLevel
{
    qint64 price;
    qint64 size;
};

// Fee of an order that fills `fills` (price, hundredths), as each venue charges it, in micros.
qint64 orderFee(const RefFee& fee, const std::vector<RefLevel>& fills)
{
    const Int128 e26 = Int128{100'000'000'000'000} * 1'000'000'000'000; // 1e-30 dollars x hundredths -> micros
    if (fee.kind == RefFee::Kalshi) {
        Int128 exact = 0; // 1e-30 dollars x hundredths
        for (const RefLevel& f : fills)
            exact += feePerContract(fee, f.price) * f.size;
        // one rounding for the whole order, up to the account precision
        return static_cast<qint64>(ceilDiv(exact, e26 * fee.precision)) * fee.precision;
    }
    if (fee.kind == RefFee::Polymarket) {
        qint64 total = 0;
        for (const RefLevel& f : fills) // each level rounded up to $0.00001
            total += static_cast<qint64>(ceilDiv(feePerContract(fee, f.price) * f.size, e26 * 10)) * 10;
        return total;
    }
    return 0;
}

struct RefResult
{
    qint64 size = 0;
    qint64 totalCost = 0;
    qint64 fees = 0;
    qint64 profit = 0;
};

// Fills `size` hundredths from the best level; the fills per level.
std::vector<RefLevel> fillsFor(const std::vector<RefLevel>& asks, qint64 size)
{
    std::vector<RefLevel> fills;
    for (const RefLevel& level : asks) {
        if (size == 0)
            break;
        const qint64 take = std::min(size, level.size);
        fills.push_back({level.price, take});
        size -= take;
    }
    return fills;
}

qint64 legCost(const std::vector<RefLevel>& fills)
{
    qint64 cost = 0;
    for (const RefLevel& f : fills)
        cost += notional(Price::fromMicros(f.price), Quantity::fromHundredths(f.size), Rounding::Up).value().micros();
    return cost;
}

RefResult bruteForce(const std::vector<RefLevel>& a, const RefFee& feeA, const std::vector<RefLevel>& b,
                     const RefFee& feeB, const DetectorParams& params, qint64 lot, qint64 minSize)
{
    if (a.empty() || b.empty())
        return {};
    // Expand both ladders into one price per hundredth of a contract.
    std::vector<qint64> unitsA;
    std::vector<qint64> unitsB;
    for (const RefLevel& l : a)
        unitsA.insert(unitsA.end(), static_cast<std::size_t>(l.size), l.price);
    for (const RefLevel& l : b)
        unitsB.insert(unitsB.end(), static_cast<std::size_t>(l.size), l.price);
    const Int128 e24 = Int128{1'000'000'000'000} * 1'000'000'000'000;
    const auto unitOk = [&](std::size_t k) {
        const qint64 pa = unitsA[k];
        const qint64 pb = unitsB[k];
        const qint64 tol = params.slippageTolerance.ppm();
        if (Int128{pa} * 1'000'000 > Int128{unitsA[0]} * (1'000'000 + tol)
            || Int128{pb} * 1'000'000 > Int128{unitsB[0]} * (1'000'000 + tol)) {
            return false;
        }
        // $1 - pa - pb - both unrounded fees >= threshold, in 1e-30 dollars.
        const Int128 edge = Int128{1'000'000 - pa - pb} * e24 - feePerContract(feeA, pa) - feePerContract(feeB, pb);
        return edge >= Int128{params.thresholdSpread.micros()} * e24;
    };
    const std::size_t units = std::min(unitsA.size(), unitsB.size());
    std::size_t marginalOk = 0; // every hundredth up to here passes
    while (marginalOk < units && unitOk(marginalOk))
        ++marginalOk;

    RefResult best;
    for (qint64 q = lot; q <= static_cast<qint64>(marginalOk); q += lot) {
        const auto fa = fillsFor(a, q);
        const auto fb = fillsFor(b, q);
        const qint64 fees = orderFee(feeA, fa) + orderFee(feeB, fb);
        const qint64 cost = legCost(fa) + legCost(fb) + fees;
        if (params.targetLiquidityDepth.micros() > 0 && cost > params.targetLiquidityDepth.micros())
            continue;
        best = RefResult{q, cost, fees, q * 10'000 - cost};
    }
    if (best.size == 0 || best.size < minSize || best.totalCost < params.minTradeSize.micros() || best.profit <= 0
        || best.profit * 100 < params.thresholdSpread.micros() * best.size) {
        return {};
    }
    return best;
}

struct RandomMarket
{
    std::vector<RefLevel> yesBids; // best first
    std::vector<RefLevel> yesAsks;
    RefFee fee;
    qint64 lot = 1;
    qint64 minSize = 0;
};

qint64 randomIn(std::mt19937_64& rng, qint64 lo, qint64 hi)
{
    return std::uniform_int_distribution<qint64>(lo, hi)(rng);
}

RandomMarket randomMarket(std::mt19937_64& rng, qint64 mid, bool kalshi)
{
    RandomMarket m;
    const qint64 ticks[] = {10'000, 1'000, 100};
    const qint64 tick = ticks[randomIn(rng, 0, 2)];
    const qint64 half = randomIn(rng, 0, 3) * tick;
    const auto side = [&](qint64 start, int direction) {
        std::vector<RefLevel> levels;
        qint64 price = start;
        const int count = static_cast<int>(randomIn(rng, 0, 6));
        for (int i = 0; i < count; ++i) {
            price = price / tick * tick;
            if (price <= 0 || price >= 1'000'000)
                break;
            levels.push_back({price, randomIn(rng, 1, 300)});
            price += direction * tick * randomIn(rng, 1, 3);
        }
        return levels;
    };
    m.yesBids = side(mid - half - tick, -1);
    m.yesAsks = side(mid + half + tick, +1);
    if (!m.yesBids.empty() && !m.yesAsks.empty() && m.yesBids.front().price >= m.yesAsks.front().price)
        m.yesBids.clear();
    switch (randomIn(rng, 0, 3)) {
    case 0:
        m.fee.kind = RefFee::Free;
        break;
    default:
        if (kalshi) {
            const qint64 multipliers[] = {1'000'000, 500'000, 250'000, 1'500'000};
            m.fee = RefFee{RefFee::Kalshi, multipliers[randomIn(rng, 0, 3)], 1, randomIn(rng, 0, 3) == 0 ? 100 : 10'000};
        } else {
            const qint64 rates[] = {40'000, 50'000, 70'000, 250'000};
            const qint64 rate = rates[randomIn(rng, 0, 3)];
            m.fee = RefFee{RefFee::Polymarket, rate, rate == 250'000 ? 2 : 1, 0};
        }
    }
    m.lot = randomIn(rng, 0, 2) == 0 ? 100 : (randomIn(rng, 0, 3) == 0 ? 50 : 1);
    m.minSize = randomIn(rng, 0, 3) == 0 ? randomIn(rng, 1, 500) : 0;
    return m;
}

FeeSchedule scheduleFor(const RefFee& fee)
{
    switch (fee.kind) {
    case RefFee::Free:
        return FeeSchedule::free();
    case RefFee::Kalshi:
        return FeeSchedule::kalshi(KalshiFeeType::Quadratic, Ratio::fromPpm(fee.ppm), Cash::fromMicros(fee.precision))
            .value();
    case RefFee::Polymarket:
        return FeeSchedule::polymarket(true, Ratio::fromPpm(fee.ppm), fee.exponent, true).value();
    }
    return FeeSchedule();
}

BookSnapshot snapshotOf(const RandomMarket& m)
{
    BookSnapshot s;
    for (const RefLevel& l : m.yesBids)
        s.yesBids.push_back(PriceLevel{Price::fromMicros(l.price), Quantity::fromHundredths(l.size)});
    for (const RefLevel& l : m.yesAsks)
        s.yesAsks.push_back(PriceLevel{Price::fromMicros(l.price), Quantity::fromHundredths(l.size)});
    return s;
}

// Asks for an outcome from the model, best first.
std::vector<RefLevel> asksOf(const RandomMarket& m, Outcome outcome)
{
    if (outcome == Outcome::Yes)
        return m.yesAsks;
    std::vector<RefLevel> noAsks;
    for (const RefLevel& l : m.yesBids)
        noAsks.push_back({1'000'000 - l.price, l.size});
    return noAsks;
}

class OpenSet final : public OpportunityListener
{
public:
    void opportunityChanged(const OpportunityEvent& event) override
    {
        const QString key = event.opportunity.pairId + QLatin1Char('/')
                            + QString::number(static_cast<int>(event.opportunity.direction));
        if (event.kind == OpportunityEvent::Kind::Closed)
            open.remove(key);
        else
            open.insert(key, event.opportunity);
        ++events;
    }
    QHash<QString, Opportunity> open;
    int events = 0;
};

DetectorParams randomParams(std::mt19937_64& rng)
{
    DetectorParams p;
    p.thresholdSpread = Price::fromMicros(randomIn(rng, 0, 3) * 5'000);
    p.slippageTolerance = Ratio::fromPpm(randomIn(rng, 0, 2) == 0 ? 1'000'000 : randomIn(rng, 0, 80'000));
    p.minTradeSize = Cash::fromMicros(randomIn(rng, 0, 1) == 0 ? 0 : randomIn(rng, 0, 3'000'000));
    p.targetLiquidityDepth = Cash::fromMicros(randomIn(rng, 0, 1) == 0 ? 0 : randomIn(rng, 500'000, 15'000'000));
    p.maxBookAgeMs = 1'000'000;
    return p;
}

} // namespace

class TestDetectorAgainstBruteForce final : public QObject
{
    Q_OBJECT

private slots:
    void randomBookPairs_detectorMatchesBruteForceToTheMicroDollar();
};

void TestDetectorAgainstBruteForce::randomBookPairs_detectorMatchesBruteForceToTheMicroDollar()
{
    std::mt19937_64 rng(kSeed);
    int opportunities = 0;
    int compared = 0;
    for (int round = 0; round < kRounds; ++round) {
        BookStore store;
        OpenSet feed;
        Detector detector(store, &feed);
        const DetectorParams params = randomParams(rng);
        detector.setParams(params, 0);
        std::vector<RandomMarket> kalshi(kPairsPerRound);
        std::vector<RandomMarket> poly(kPairsPerRound);
        std::vector<Polarity> polarity(kPairsPerRound);
        std::vector<MarketHandle> kh(kPairsPerRound);
        std::vector<MarketHandle> ph(kPairsPerRound);
        QList<TradablePair> pairs;
        for (int i = 0; i < kPairsPerRound; ++i) {
            const qint64 mid = randomIn(rng, 50'000, 950'000);
            polarity[static_cast<std::size_t>(i)] = randomIn(rng, 0, 1) == 0 ? Polarity::Same : Polarity::Inverse;
            const qint64 otherMid = std::clamp<qint64>(
                (polarity[static_cast<std::size_t>(i)] == Polarity::Same ? mid : 1'000'000 - mid)
                    + randomIn(rng, -120'000, 120'000),
                20'000, 980'000);
            RandomMarket& k = kalshi[static_cast<std::size_t>(i)];
            RandomMarket& p = poly[static_cast<std::size_t>(i)];
            k = randomMarket(rng, mid, true);
            p = randomMarket(rng, otherMid, false);
            const QString kid = QStringLiteral("K%1").arg(i);
            const QString pid = QStringLiteral("P%1").arg(i);
            kh[static_cast<std::size_t>(i)] =
                store.upsert(Market{MarketKey{VenueId::Kalshi, kid}, QString(), scheduleFor(k.fee),
                                    Quantity::fromHundredths(k.lot), Quantity::fromHundredths(k.minSize)});
            ph[static_cast<std::size_t>(i)] =
                store.upsert(Market{MarketKey{VenueId::Polymarket, pid}, QString(), scheduleFor(p.fee),
                                    Quantity::fromHundredths(p.lot), Quantity::fromHundredths(p.minSize)});
            store.applySnapshot(kh[static_cast<std::size_t>(i)], snapshotOf(k), 0);
            store.applySnapshot(ph[static_cast<std::size_t>(i)], snapshotOf(p), 0);
            pairs.append(TradablePair{QStringLiteral("pair%1").arg(i), kid, pid, polarity[static_cast<std::size_t>(i)]});
        }
        detector.setPairs(pairs, 0);

        // Then a stream of random deltas through the incremental path, mirrored in the models.
        for (int d = 0; d < kDeltasPerRound; ++d) {
            const auto i = static_cast<std::size_t>(randomIn(rng, 0, kPairsPerRound - 1));
            const bool onKalshi = randomIn(rng, 0, 1) == 0;
            RandomMarket& m = onKalshi ? kalshi[i] : poly[i];
            const bool bids = randomIn(rng, 0, 1) == 0;
            std::vector<RefLevel>& side = bids ? m.yesBids : m.yesAsks;
            if (side.empty())
                continue;
            const auto at = static_cast<std::size_t>(randomIn(rng, 0, static_cast<qint64>(side.size()) - 1));
            const qint64 size = randomIn(rng, 0, 2) == 0 ? 0 : randomIn(rng, 1, 300);
            BookDelta delta;
            delta.outcome = Outcome::Yes;
            delta.side = bids ? BookSide::Bid : BookSide::Ask;
            delta.price = Price::fromMicros(side[at].price);
            delta.size = Quantity::fromHundredths(size);
            if (size == 0)
                side.erase(side.begin() + static_cast<std::ptrdiff_t>(at));
            else
                side[at].size = size;
            const MarketHandle h = onKalshi ? kh[i] : ph[i];
            QCOMPARE(store.applyDelta(h, delta, d), OrderBook::DeltaResult::Applied);
            detector.reevaluate(h, d);
        }

        for (std::size_t i = 0; i < static_cast<std::size_t>(kPairsPerRound); ++i) {
            for (const ArbDirection direction : {ArbDirection::KalshiYes, ArbDirection::KalshiNo}) {
                const Outcome ko = direction == ArbDirection::KalshiYes ? Outcome::Yes : Outcome::No;
                const Outcome po = polarity[i] == Polarity::Same ? opposite(ko) : ko;
                const RefResult expected =
                    bruteForce(asksOf(kalshi[i], ko), kalshi[i].fee, asksOf(poly[i], po), poly[i].fee, params,
                               std::lcm(kalshi[i].lot, poly[i].lot), std::max(kalshi[i].minSize, poly[i].minSize));
                const QString key = QStringLiteral("pair%1/%2").arg(i).arg(static_cast<int>(direction));
                const auto found = feed.open.constFind(key);
                const QByteArray where = QStringLiteral("round %1 %2").arg(round).arg(key).toUtf8();
                ++compared;
                if (expected.size == 0) {
                    QVERIFY2(found == feed.open.constEnd(), where.constData());
                    continue;
                }
                ++opportunities;
                QVERIFY2(found != feed.open.constEnd(), where.constData());
                QCOMPARE(found->size.hundredths(), expected.size);
                QCOMPARE(found->lockedInProfit.micros(), expected.profit);
                QCOMPARE(found->totalCost.micros(), expected.totalCost);
                QCOMPARE(found->totalFees.micros(), expected.fees);
                QCOMPARE(found->kalshi.outcome, ko);
                QCOMPARE(found->polymarket.outcome, po);
            }
        }
    }
    // The random books must actually exercise the interesting cases.
    QVERIFY2(opportunities > compared / 20, qPrintable(QStringLiteral("%1 of %2").arg(opportunities).arg(compared)));
    qInfo("%d directions compared, %d opportunities", compared, opportunities);
}

QTEST_GUILESS_MAIN(TestDetectorAgainstBruteForce)
#include "TestDetectorAgainstBruteForce.moc"
