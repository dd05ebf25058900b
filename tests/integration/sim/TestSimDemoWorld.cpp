#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Ratio.h"
#include "market/FeeSchedule.h"
#include "matching/CatalogueMatching.h"
#include "venues/sim/SimDemoWorld.h"
#include "venues/sim/SimKalshiExchange.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

#include <map>
#include <type_traits>
#include <optional>

using namespace orion;

namespace {

constexpr std::int64_t kOne = 1'000'000;
constexpr std::int64_t kThreshold = 20'000;           // Orion's default edge per contract pair after fees
constexpr int kStepsPerSecond = 1000 / SimDemoWorld::kStepMs;

// Per-contract taker fee (rounded up) of a 100-contract order, as Orion's own fee model computes it.
std::int64_t perContract(const FeeSchedule& fees, std::int64_t priceMicros)
{
    const Cash fee = fees.takerFee(Price::fromMicros(priceMicros), Quantity::fromContracts(100)).value();
    return (fee.micros() + 99) / 100;
}

struct Quotes
{
    std::int64_t kalshiYesBid = 0;
    std::int64_t kalshiYesAsk = 0;
    std::int64_t polymarketYesBid = 0;
    std::int64_t polymarketYesAsk = 0;
    std::int64_t polymarketNoAsk = 0;
    friend bool operator==(const Quotes&, const Quotes&) = default;
};

std::optional<Quotes> quotesOf(SimDemoWorld& world, const SimDemoWorld::DemoPair& pair)
{
    const auto kalshi = world.kalshi().exchange().bookLevels(pair.kalshiTicker);
    SimPolymarketExchange& exchange = world.polymarket().exchange();
    const SimPolymarketMarket* market = exchange.marketByCondition(pair.polymarketConditionId);
    if (!kalshi || kalshi->yes.empty() || kalshi->no.empty() || !market)
        return std::nullopt;
    const auto yesBids = exchange.bids(market->yesTokenId);
    const auto yesAsks = exchange.asks(market->yesTokenId);
    const auto noAsks = exchange.asks(market->noTokenId);
    if (yesBids.isEmpty() || yesAsks.isEmpty() || noAsks.isEmpty())
        return std::nullopt;
    // Kalshi lists both ladders best last; a NO bid at q is a YES ask at 1 - q.
    return Quotes{kalshi->yes.back().priceMicros, kOne - kalshi->no.back().priceMicros, yesBids.first().priceMicros,
                  yesAsks.first().priceMicros, noAsks.first().priceMicros};
}

// Cheapest YES-on-one-venue plus NO-on-the-other for one contract pair, both taker fees included.
std::int64_t hedgedCost(const Quotes& q, bool inverse)
{
    static const FeeSchedule kalshiFees = FeeSchedule::kalshi(KalshiFeeType::Quadratic, Ratio::one()).value();
    static const FeeSchedule polymarketFees = FeeSchedule::polymarket(true, Ratio::fromPpm(40'000), 1, true).value();
    const std::int64_t kalshiYes = q.kalshiYesAsk;
    const std::int64_t kalshiNo = kOne - q.kalshiYesBid;
    // What pays on Polymarket when Kalshi's YES happens, and when it does not.
    const std::int64_t polyIfYes = inverse ? q.polymarketNoAsk : q.polymarketYesAsk;
    const std::int64_t polyIfNo = inverse ? q.polymarketYesAsk : q.polymarketNoAsk;
    const auto leg = [](const FeeSchedule& fees, std::int64_t price) { return price + perContract(fees, price); };
    return std::min(leg(kalshiFees, kalshiYes) + leg(polymarketFees, polyIfNo),
                    leg(kalshiFees, kalshiNo) + leg(polymarketFees, polyIfYes));
}

QByteArray httpGet(QNetworkAccessManager& network, const QUrl& url)
{
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->isFinished() && reply->error() == QNetworkReply::NoError ? reply->readAll()
                                                                                             : QByteArray();
    reply->deleteLater();
    return body;
}

struct GapStats
{
    int opened = 0;
    int closed = 0;
    int longestSteps = 0;
    int totalSteps = 0;
};

GapStats runGaps(SimDemoWorld& world, int steps, bool* crossed = nullptr)
{
    const QList<SimDemoWorld::DemoPair> pairs = SimDemoWorld::designedPairs();
    std::map<QString, int> openSince;
    GapStats stats;
    for (int step = 1; step <= steps; ++step) {
        world.step();
        for (const SimDemoWorld::DemoPair& pair : pairs) {
            const auto quotes = quotesOf(world, pair);
            if (!quotes)
                continue;
            if (crossed && (quotes->kalshiYesBid >= quotes->kalshiYesAsk
                            || quotes->polymarketYesBid >= quotes->polymarketYesAsk))
                *crossed = true;
            const bool open = hedgedCost(*quotes, pair.inverse) < kOne - kThreshold;
            const auto it = openSince.find(pair.kalshiTicker);
            if (open && it == openSince.end()) {
                openSince.emplace(pair.kalshiTicker, step);
                ++stats.opened;
            } else if (!open && it != openSince.end()) {
                const int life = step - it->second;
                stats.longestSteps = std::max(stats.longestSteps, life);
                stats.totalSteps += life;
                ++stats.closed;
                openSince.erase(it);
            }
        }
    }
    return stats;
}

} // namespace

class TestSimDemoWorld final : public QObject
{
    Q_OBJECT

private slots:
    void catalogues_matchedOverHttp_designedPairsAreAutoWithTheirPolarityAndNothingElse()
    {
        // Arrange
        SimDemoWorld world(1);
        QVERIFY(world.listen().ok());
        world.setDriving(false);
        QNetworkAccessManager network;
        QJsonArray kalshiMarkets;
        QString cursor;
        int pages = 0;
        do {
            QUrl url = world.kalshiRestUrl();
            url.setPath(url.path() + QStringLiteral("/markets"));
            QUrlQuery query{{QStringLiteral("limit"), QStringLiteral("4")}};
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            url.setQuery(query);
            const QJsonObject page = QJsonDocument::fromJson(httpGet(network, url)).object();
            QVERIFY2(page.contains(QStringLiteral("markets")), qPrintable(url.toString()));
            for (const QJsonValue& market : page.value(QStringLiteral("markets")).toArray())
                kalshiMarkets.append(market);
            cursor = page.value(QStringLiteral("cursor")).toString();
            QVERIFY(++pages < 20);
        } while (!cursor.isEmpty());
        QUrl gammaUrl = world.polymarketGammaUrl();
        gammaUrl.setPath(QStringLiteral("/markets"));
        gammaUrl.setQuery(QStringLiteral("limit=100&closed=false"));
        const QByteArray gamma = httpGet(network, gammaUrl);
        QVERIFY(QJsonDocument::fromJson(gamma).isArray());

        // Act
        const auto matched = matchCatalogues(QJsonDocument(kalshiMarkets).toJson(QJsonDocument::Compact), gamma);

        // Assert
        QVERIFY2(matched.ok(), matched.ok() ? "" : qPrintable(matched.error().message));
        QCOMPARE(kalshiMarkets.size(), 9);
        QCOMPARE(QJsonDocument::fromJson(gamma).array().size(), 9);
        const QList<SimDemoWorld::DemoPair> designed = SimDemoWorld::designedPairs();
        QCOMPARE(designed.size(), 6);
        int autoPairs = 0;
        for (const MatchResult& result : matched.value()) {
            const QString line = result.kalshiTicker + QStringLiteral(" ~ ") + result.polymarketTitle
                                 + QStringLiteral(": ")
                                 + decisionName(result.decision) + u' ' + polarityName(result.polarity) + u' '
                                 + QString::number(result.score, 'f', 3) + u' ' + result.flags.join(u',');
            if (result.decision != MatchDecision::Auto)
                continue;
            ++autoPairs;
            const auto it = std::find_if(designed.begin(), designed.end(), [&](const SimDemoWorld::DemoPair& pair) {
                return pair.kalshiTicker == result.kalshiTicker && pair.polymarketConditionId == result.polymarketKey;
            });
            QVERIFY2(it != designed.end(), qPrintable(QStringLiteral("undesigned auto pair ") + line));
            QVERIFY2((result.polarity == Polarity::Inverse) == it->inverse, qPrintable(line));
        }
        for (const SimDemoWorld::DemoPair& pair : designed) {
            const bool found = std::any_of(matched.value().begin(), matched.value().end(), [&](const MatchResult& r) {
                return r.kalshiTicker == pair.kalshiTicker && r.polymarketKey == pair.polymarketConditionId
                       && r.decision == MatchDecision::Auto;
            });
            QVERIFY2(found, qPrintable(QStringLiteral("not auto: ") + pair.kalshiTicker));
        }
        QCOMPARE(autoPairs, designed.size());
        QVERIFY(std::any_of(designed.begin(), designed.end(), [](const auto& pair) { return pair.inverse; }));
    }

    void driver_fourHundredSteps_opensRealGapsAfterFeesThatCloseWithinThreeSeconds()
    {
        // Arrange
        SimDemoWorld world(1);
        const int steps = 400;

        // Act
        const GapStats stats = runGaps(world, steps);

        // Assert
        const double minutes = double(steps) / kStepsPerSecond / 60.0;
        qInfo("gaps opened %d (driver %d), closed %d, %.1f per minute, mean life %.2f s, longest %.2f s",
              stats.opened, world.gapsOpened(), stats.closed, stats.opened / minutes,
              stats.closed > 0 ? double(stats.totalSteps) / stats.closed / kStepsPerSecond : 0.0,
              double(stats.longestSteps) / kStepsPerSecond);
        QVERIFY2(stats.opened >= 3, qPrintable(QString::number(stats.opened)));
        QVERIFY(stats.closed >= 3);
        QVERIFY2(stats.longestSteps <= 3 * kStepsPerSecond, qPrintable(QString::number(stats.longestSteps)));
        QCOMPARE(stats.opened, world.gapsOpened());
    }

    void driver_everyStep_houseQuotesNeverCrossAndStayDeep()
    {
        // Arrange
        SimDemoWorld world(3);
        bool crossed = false;

        // Act
        (void)runGaps(world, 200, &crossed);

        // Assert: uncrossed, and five levels a side holding at least 500 contracts: a $500 pair trade (about 500
        // contract pairs at $1 a pair) fills within the house ladder on either leg.
        QVERIFY(!crossed);
        constexpr std::int64_t kPairTradeHundredths = 500 * 100;
        for (const SimDemoWorld::DemoPair& pair : SimDemoWorld::designedPairs()) {
            const auto kalshi = world.kalshi().exchange().bookLevels(pair.kalshiTicker, 5);
            QVERIFY(kalshi);
            const SimPolymarketMarket* market =
                world.polymarket().exchange().marketByCondition(pair.polymarketConditionId);
            QVERIFY(market);
            const auto contracts = [](const auto& levels) {
                std::int64_t hundredths = 0;
                for (const auto& level : levels) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(level)>, SimOrderMatcher::Level>)
                        hundredths += level.quantityHundredths;
                    else
                        hundredths += level.sizeHundredths;
                }
                return hundredths;
            };
            const auto polyBids = world.polymarket().exchange().bids(market->yesTokenId);
            const auto polyAsks = world.polymarket().exchange().asks(market->yesTokenId);
            QCOMPARE(static_cast<int>(kalshi->yes.size()), 5);
            QCOMPARE(static_cast<int>(kalshi->no.size()), 5);
            QCOMPARE(polyBids.size(), 5);
            QCOMPARE(polyAsks.size(), 5);
            QVERIFY(contracts(kalshi->yes) >= kPairTradeHundredths);
            QVERIFY(contracts(kalshi->no) >= kPairTradeHundredths);
            QVERIFY(contracts(polyBids) >= kPairTradeHundredths);
            QVERIFY(contracts(polyAsks) >= kPairTradeHundredths);
        }
    }

    void driver_bestAskTakenOut_isQuotedAgainOnTheNextStep()
    {
        // Arrange: another trader lifts the whole best YES ask of a Kalshi market.
        SimDemoWorld world(4);
        const QString ticker = SimDemoWorld::designedPairs().first().kalshiTicker;
        SimKalshiExchange& exchange = world.kalshi().exchange();
        const auto before = exchange.bookLevels(ticker);
        QVERIFY(before && before->no.size() == 5);
        const SimOrderMatcher::Level best = before->no.back(); // NO bid at q = YES ask at 1 - q
        const auto taken =
            exchange.placeFlowOrder(ticker, true, kOne - best.priceMicros, best.quantityHundredths, true);
        QVERIFY(taken.ok());
        QCOMPARE(taken.value().filledHundredths, best.quantityHundredths);
        QCOMPARE(exchange.bookLevels(ticker)->no.size(), std::size_t(4));

        // Act
        world.step();

        // Assert: the house ladder is whole again, five levels a side, uncrossed.
        const auto after = exchange.bookLevels(ticker);
        QVERIFY(after);
        QCOMPARE(after->no.size(), std::size_t(5));
        QCOMPARE(after->yes.size(), std::size_t(5));
        QVERIFY(after->yes.back().priceMicros < kOne - after->no.back().priceMicros);
    }

    void driver_requote_sendsOnlyTheLevelsThatChanged()
    {
        // Arrange: every level change is one WebSocket delta on its venue.
        SimDemoWorld world(5);
        int kalshiChanges = 0;
        int polymarketChanges = 0;
        connect(&world.kalshi().exchange(), &SimKalshiExchange::levelChanged, this, [&] { ++kalshiChanges; });
        connect(&world.polymarket().exchange(), &SimPolymarketExchange::levelChanged, this,
                [&] { ++polymarketChanges; });
        const int steps = 200;

        // Act
        for (int step = 0; step < steps; ++step)
            world.step();

        // Assert: re-quoting a whole book is 20 changes (10 levels out, 10 in); a one-tick move is 4. Kalshi has 9
        // books; Polymarket 9 markets, each change published on the YES and the NO token.
        const double kalshiPerBook = double(kalshiChanges) / steps / 9;
        const double polymarketPerBook = double(polymarketChanges) / steps / 18;
        qInfo("level changes per book and step: Kalshi %.2f, Polymarket %.2f", kalshiPerBook, polymarketPerBook);
        QVERIFY(kalshiChanges > 0);
        QVERIFY(polymarketChanges > 0);
        QVERIFY2(kalshiPerBook < 2.0, qPrintable(QString::number(kalshiPerBook)));
        QVERIFY2(polymarketPerBook < 2.0, qPrintable(QString::number(polymarketPerBook)));
    }

    void world_listening_drivesPricesOnItsTimer()
    {
        // Arrange
        SimDemoWorld world(2);

        // Act
        QVERIFY(world.listen().ok());

        // Assert
        QVERIFY(world.isDriving());
        QTRY_VERIFY_WITH_TIMEOUT(world.stepsTaken() >= 3, 5'000);
        world.setDriving(false);
        const int stopped = world.stepsTaken();
        QTest::qWait(3 * SimDemoWorld::kStepMs);
        QCOMPARE(world.stepsTaken(), stopped);
        QVERIFY(world.kalshiWsUrl().toString().endsWith(QStringLiteral("/trade-api/ws/v2")));
        QCOMPARE(world.serviceLines().size(), 5);
    }

    void driver_sameSeed_sameSequenceOfBestPrices()
    {
        // Arrange
        SimDemoWorld first(11);
        SimDemoWorld second(11);
        SimDemoWorld other(12);
        const QList<SimDemoWorld::DemoPair> pairs = SimDemoWorld::designedPairs();
        bool differs = false;

        // Act / Assert
        for (int step = 0; step < 120; ++step) {
            first.step();
            second.step();
            other.step();
            for (const SimDemoWorld::DemoPair& pair : pairs) {
                const auto a = quotesOf(first, pair);
                const auto b = quotesOf(second, pair);
                const auto c = quotesOf(other, pair);
                QVERIFY(a && b && c);
                QVERIFY2(*a == *b, qPrintable(pair.kalshiTicker + u' ' + QString::number(step)));
                differs = differs || !(*a == *c);
            }
        }
        QCOMPARE(first.gapsOpened(), second.gapsOpened());
        QVERIFY(differs);
    }
};

QTEST_GUILESS_MAIN(TestSimDemoWorld)
#include "TestSimDemoWorld.moc"
