#include "common/Notional.h"

#include <QTest>

#include <limits>
#include <random>

using namespace orion;

Q_DECLARE_METATYPE(orion::Rounding)

namespace {

constexpr std::uint64_t kSeed = 0x4071'2024ULL;
constexpr int kRandomRounds = 20'000;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

__extension__ typedef __int128 Wide;

Price price(const char* dollars)
{
    return Price::parseDollars(QString::fromLatin1(dollars)).value();
}

Quantity quantity(const char* contracts)
{
    return Quantity::parse(QString::fromLatin1(contracts)).value();
}

constexpr Rounding kAllModes[] = {Rounding::Exact,        Rounding::Down,    Rounding::Up, Rounding::TowardZero,
                                  Rounding::AwayFromZero, Rounding::HalfEven};

} // namespace

class TestNotional final : public QObject
{
    Q_OBJECT

private slots:
    void notional_ofHundredContractsAt48Cents_isFortyEightDollars();
    void notional_ofPriceAndQuantity_roundsAsAsked_data();
    void notional_ofPriceAndQuantity_roundsAsAsked();
    void notional_ofNegativePerContractCash_roundsTowardMinusInfinityForDown_data();
    void notional_ofNegativePerContractCash_roundsTowardMinusInfinityForDown();
    void notional_inexactWithExactRounding_namesBothOperands();
    void notional_pastInt64_isRangeError();
    void notional_largeButRepresentable_doesNotOverflowOnTheWay();
    void quantityFor_budgetAndPrice_roundsAsAsked_data();
    void quantityFor_budgetAndPrice_roundsAsAsked();
    void quantityFor_zeroPrice_isRangeError();
    void quantityFor_negativeBudget_isNegativeError();
    void notional_randomPricesAndQuantities_upAndDownBracketTheExactCost();
    void notional_randomSignedAmounts_everyModeLandsOnTheRightNeighbour();
    void quantityFor_randomOrders_buysAtLeastWhatTheRoundedUpCostPaidFor();
    void quantityFor_randomBudgets_neverCostsMoreThanTheBudget();
};

void TestNotional::notional_ofHundredContractsAt48Cents_isFortyEightDollars()
{
    const Result<Cash> cost = notional(price("0.48"), Quantity::fromContracts(100), Rounding::Exact);

    QVERIFY(cost.ok());
    QCOMPARE(cost.value(), Cash::parseDollars(QStringLiteral("48")).value());
    QCOMPARE(cost.value().toDollarString(), QStringLiteral("48.00"));
}

void TestNotional::notional_ofPriceAndQuantity_roundsAsAsked_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("micros");

    // 0.123457 x 0.01 = 1234.57 micro-dollars.
    const QString p = QStringLiteral("0.123457");
    const QString q = QStringLiteral("0.01");
    QTest::newRow("1234.57 Exact") << p << q << Rounding::Exact << false << qint64{0};
    QTest::newRow("1234.57 Up") << p << q << Rounding::Up << true << qint64{1235};
    QTest::newRow("1234.57 Down") << p << q << Rounding::Down << true << qint64{1234};
    QTest::newRow("1234.57 TowardZero") << p << q << Rounding::TowardZero << true << qint64{1234};
    QTest::newRow("1234.57 AwayFromZero") << p << q << Rounding::AwayFromZero << true << qint64{1235};
    QTest::newRow("1234.57 HalfEven") << p << q << Rounding::HalfEven << true << qint64{1235};
    QTest::newRow("0.5 micro HalfEven") << QStringLiteral("0.00005") << q << Rounding::HalfEven << true << qint64{0};
    QTest::newRow("1.5 micros HalfEven") << QStringLiteral("0.00015") << q << Rounding::HalfEven << true << qint64{2};
    QTest::newRow("kalshi 0.4950 x 12.5") << QStringLiteral("0.4950") << QStringLiteral("12.5") << Rounding::Exact
                                          << true << qint64{6'187'500};
    QTest::newRow("zero quantity") << p << QStringLiteral("0") << Rounding::Exact << true << qint64{0};
    QTest::newRow("price one") << QStringLiteral("1") << QStringLiteral("3.33") << Rounding::Exact << true
                               << qint64{3'330'000};
}

void TestNotional::notional_ofPriceAndQuantity_roundsAsAsked()
{
    QFETCH(QString, price);
    QFETCH(QString, quantity);
    QFETCH(Rounding, rounding);
    QFETCH(bool, ok);
    QFETCH(qint64, micros);

    const Result<Cash> cost =
        notional(Price::parseDollars(price).value(), Quantity::parse(quantity).value(), rounding);

    QCOMPARE(cost.ok(), ok);
    if (ok)
        QCOMPARE(cost.value().micros(), micros);
    else
        QCOMPARE(cost.error().code, QStringLiteral("money.precision"));
}

void TestNotional::notional_ofNegativePerContractCash_roundsTowardMinusInfinityForDown_data()
{
    QTest::addColumn<qint64>("perContract");
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("micros");

    // -123457 x 1 / 100 = -1234.57; -150 x 1 / 100 = -1.5; 123457 x -1 / 100 = -1234.57 (short quantity).
    QTest::newRow("-1234.57 Down") << qint64{-123'457} << qint64{1} << Rounding::Down << qint64{-1235};
    QTest::newRow("-1234.57 Up") << qint64{-123'457} << qint64{1} << Rounding::Up << qint64{-1234};
    QTest::newRow("-1234.57 TowardZero") << qint64{-123'457} << qint64{1} << Rounding::TowardZero << qint64{-1234};
    QTest::newRow("-1234.57 AwayFromZero") << qint64{-123'457} << qint64{1} << Rounding::AwayFromZero
                                           << qint64{-1235};
    QTest::newRow("-1234.57 HalfEven") << qint64{-123'457} << qint64{1} << Rounding::HalfEven << qint64{-1235};
    QTest::newRow("-1.5 HalfEven") << qint64{-150} << qint64{1} << Rounding::HalfEven << qint64{-2};
    QTest::newRow("-0.5 HalfEven") << qint64{-50} << qint64{1} << Rounding::HalfEven << qint64{0};
    QTest::newRow("-0.5 Down") << qint64{-50} << qint64{1} << Rounding::Down << qint64{-1};
    QTest::newRow("short quantity Down") << qint64{123'457} << qint64{-1} << Rounding::Down << qint64{-1235};
    QTest::newRow("short quantity Up") << qint64{123'457} << qint64{-1} << Rounding::Up << qint64{-1234};
    QTest::newRow("both negative Down") << qint64{-123'457} << qint64{-1} << Rounding::Down << qint64{1234};
}

void TestNotional::notional_ofNegativePerContractCash_roundsTowardMinusInfinityForDown()
{
    QFETCH(qint64, perContract);
    QFETCH(qint64, hundredths);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, micros);

    const Result<Cash> amount =
        notional(Cash::fromMicros(perContract), Quantity::fromHundredths(hundredths), rounding);

    QVERIFY(amount.ok());
    QCOMPARE(amount.value().micros(), micros);
}

void TestNotional::notional_inexactWithExactRounding_namesBothOperands()
{
    const Result<Cash> cost = notional(price("0.123457"), quantity("0.01"), Rounding::Exact);

    QVERIFY(!cost.ok());
    QCOMPARE(cost.error().code, QStringLiteral("money.precision"));
    QVERIFY2(cost.error().message.contains(QStringLiteral("0.123457")), qPrintable(cost.error().message));
    QVERIFY2(cost.error().message.contains(QStringLiteral("0.01")), qPrintable(cost.error().message));
}

void TestNotional::notional_pastInt64_isRangeError()
{
    const Result<Cash> amount = notional(Cash::fromMicros(kMax), Quantity::fromContracts(2), Rounding::Down);

    QVERIFY(!amount.ok());
    QCOMPARE(amount.error().code, QStringLiteral("money.range"));
}

void TestNotional::notional_largeButRepresentable_doesNotOverflowOnTheWay()
{
    // $1,000,000 per contract x 1,000,000 contracts: micros x hundredths is 1e20, the result 1e18 micros fits.
    const Cash perContract = Cash::parseDollars(QStringLiteral("1000000")).value();

    const Result<Cash> amount = notional(perContract, Quantity::fromContracts(1'000'000), Rounding::Exact);

    QVERIFY2(amount.ok(), qPrintable(amount.ok() ? QString() : amount.error().toString()));
    QCOMPARE(amount.value().toDollarString(0), QStringLiteral("1000000000000"));
}

void TestNotional::quantityFor_budgetAndPrice_roundsAsAsked_data()
{
    QTest::addColumn<QString>("budget");
    QTest::addColumn<QString>("price");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("hundredths");

    QTest::newRow("$48 at 0.48") << QStringLiteral("48") << QStringLiteral("0.48") << Rounding::Exact << true
                                 << qint64{10'000};
    QTest::newRow("$1 at 0.30, Down") << QStringLiteral("1") << QStringLiteral("0.30") << Rounding::Down << true
                                      << qint64{333};
    QTest::newRow("$1 at 0.30, Up") << QStringLiteral("1") << QStringLiteral("0.30") << Rounding::Up << true
                                    << qint64{334};
    QTest::newRow("$1 at 0.30, Exact") << QStringLiteral("1") << QStringLiteral("0.30") << Rounding::Exact << false
                                       << qint64{0};
    QTest::newRow("nothing") << QStringLiteral("0") << QStringLiteral("0.30") << Rounding::Exact << true << qint64{0};
    QTest::newRow("less than a hundredth") << QStringLiteral("0.000001") << QStringLiteral("0.99") << Rounding::Down
                                           << true << qint64{0};
}

void TestNotional::quantityFor_budgetAndPrice_roundsAsAsked()
{
    QFETCH(QString, budget);
    QFETCH(QString, price);
    QFETCH(Rounding, rounding);
    QFETCH(bool, ok);
    QFETCH(qint64, hundredths);

    const Result<Quantity> bought =
        quantityFor(Cash::parseDollars(budget).value(), Price::parseDollars(price).value(), rounding);

    QCOMPARE(bought.ok(), ok);
    if (ok)
        QCOMPARE(bought.value().hundredths(), hundredths);
    else
        QCOMPARE(bought.error().code, QStringLiteral("money.precision"));
}

void TestNotional::quantityFor_zeroPrice_isRangeError()
{
    const Result<Quantity> bought = quantityFor(Cash::fromMicros(1'000'000), Price::zero(), Rounding::Down);

    QVERIFY(!bought.ok());
    QCOMPARE(bought.error().code, QStringLiteral("money.range"));
}

void TestNotional::quantityFor_negativeBudget_isNegativeError()
{
    const Result<Quantity> bought = quantityFor(Cash::fromMicros(-1), price("0.5"), Rounding::Down);

    QVERIFY(!bought.ok());
    QCOMPARE(bought.error().code, QStringLiteral("money.negative"));
}

void TestNotional::notional_randomPricesAndQuantities_upAndDownBracketTheExactCost()
{
    std::mt19937_64 rng(kSeed);
    std::uniform_int_distribution<std::int64_t> micros(0, Price::kMicrosPerDollar);
    std::uniform_int_distribution<std::int64_t> hundredths(0, 100'000'000);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Price p = Price::fromMicros(micros(rng));
        const Quantity q = Quantity::fromHundredths(hundredths(rng));
        const Wide exactTimesHundred = Wide{p.micros()} * q.hundredths();

        const Cash up = notional(p, q, Rounding::Up).value();
        const Cash down = notional(p, q, Rounding::Down).value();
        const Result<Cash> exact = notional(p, q, Rounding::Exact);
        const Cash viaCash = notional(Cash::fromPrice(p), q, Rounding::Up).value();

        const bool whole = exactTimesHundred % 100 == 0;
        const bool ok = Wide{up.micros()} * 100 >= exactTimesHundred && Wide{down.micros()} * 100 <= exactTimesHundred
                        && (up - down).micros() == (whole ? 0 : 1) && exact.ok() == whole
                        && (!whole || (exact.value() == up && up == down)) && viaCash == up;
        if (!ok) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 x %3 gave Up %4, Down %5")
                                 .arg(round)
                                 .arg(p.toDollarString(), q.toString(), up.toDollarString(), down.toDollarString())));
        }
    }
}

void TestNotional::notional_randomSignedAmounts_everyModeLandsOnTheRightNeighbour()
{
    // For a signed exact value x = n / 100 with floor f and ceiling c, each mode must pick its documented neighbour.
    std::mt19937_64 rng(kSeed + 1);
    std::uniform_int_distribution<std::int64_t> perContract(-5'000'000, 5'000'000);
    std::uniform_int_distribution<std::int64_t> hundredths(-100'000, 100'000);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Cash amount = Cash::fromMicros(perContract(rng));
        const Quantity q = Quantity::fromHundredths(hundredths(rng));
        const Wide n = Wide{amount.micros()} * q.hundredths();
        Wide floor = n / 100;
        if (n % 100 != 0 && n < 0)
            floor -= 1;
        const Wide ceiling = n % 100 == 0 ? floor : floor + 1;
        const Wide twiceFraction = 2 * (n - floor * 100); // in [0, 200)

        for (const Rounding mode : kAllModes) {
            const Result<Cash> result = notional(amount, q, mode);
            Wide expected = 0;
            bool expectOk = true;
            switch (mode) {
            case Rounding::Exact:
                expectOk = floor == ceiling;
                expected = floor;
                break;
            case Rounding::Down:
                expected = floor;
                break;
            case Rounding::Up:
                expected = ceiling;
                break;
            case Rounding::TowardZero:
                expected = n < 0 ? ceiling : floor;
                break;
            case Rounding::AwayFromZero:
                expected = n < 0 ? floor : ceiling;
                break;
            case Rounding::HalfEven:
                if (twiceFraction < 100)
                    expected = floor;
                else if (twiceFraction > 100)
                    expected = ceiling;
                else
                    expected = floor % 2 == 0 ? floor : ceiling;
                break;
            }
            const bool matches = result.ok() == expectOk
                                 && (!expectOk || result.value().micros() == static_cast<std::int64_t>(expected));
            if (!matches) {
                QFAIL(qPrintable(QStringLiteral("round %1: %2 x %3 with %4 gave %5")
                                     .arg(round)
                                     .arg(amount.toDollarString(), q.toString(),
                                          QString::fromLatin1(roundingName(mode)),
                                          result.ok() ? result.value().toDollarString() : result.error().toString())));
            }
        }
    }
}

void TestNotional::quantityFor_randomOrders_buysAtLeastWhatTheRoundedUpCostPaidFor()
{
    std::mt19937_64 rng(kSeed + 2);
    std::uniform_int_distribution<std::int64_t> micros(1, Price::kMicrosPerDollar);
    std::uniform_int_distribution<std::int64_t> hundredths(0, 100'000'000);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Price p = Price::fromMicros(micros(rng));
        const Quantity q = Quantity::fromHundredths(hundredths(rng));

        const Cash cost = notional(p, q, Rounding::Up).value();
        const Quantity bought = quantityFor(cost, p, Rounding::Down).value();

        if (bought < q) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 x %3 cost %4, which buys only %5")
                                 .arg(round)
                                 .arg(p.toDollarString(), q.toString(), cost.toDollarString(), bought.toString())));
        }
    }
}

void TestNotional::quantityFor_randomBudgets_neverCostsMoreThanTheBudget()
{
    std::mt19937_64 rng(kSeed + 3);
    std::uniform_int_distribution<std::int64_t> micros(1, Price::kMicrosPerDollar);
    std::uniform_int_distribution<std::int64_t> budgets(0, 1'000'000'000'000);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Price p = Price::fromMicros(micros(rng));
        const Cash budget = Cash::fromMicros(budgets(rng));

        const Quantity down = quantityFor(budget, p, Rounding::Down).value();
        const Quantity up = quantityFor(budget, p, Rounding::Up).value();
        const Cash cost = notional(p, down, Rounding::Up).value();
        const Cash oneMore = notional(p, down + Quantity::fromHundredths(1), Rounding::Up).value();

        // What Down buys is affordable, one more hundredth is not, and Up is at most one hundredth more.
        const bool ok = cost <= budget && oneMore > budget && (up - down).hundredths() <= 1 && up >= down;
        if (!ok) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 at %3 buys %4 (Up %5) costing %6")
                                 .arg(round)
                                 .arg(budget.toDollarString(), p.toDollarString(), down.toString(), up.toString(),
                                      cost.toDollarString())));
        }
    }
}

QTEST_GUILESS_MAIN(TestNotional)
#include "TestNotional.moc"
