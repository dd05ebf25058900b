#include "common/Quantity.h"

#include <QDebug>
#include <QTest>

#include <algorithm>
#include <limits>
#include <random>

using namespace orion;

Q_DECLARE_METATYPE(orion::Rounding)

namespace {

constexpr std::uint64_t kSeed = 0x9A4'2024ULL;
constexpr int kRandomRounds = 20'000;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

static_assert(Quantity::fromContracts(3) == Quantity::fromHundredths(300));
static_assert((Quantity::fromContracts(1) - Quantity::fromHundredths(1)).hundredths() == 99);

// Any int64, with small magnitudes as likely as large ones.
std::int64_t randomHundredths(std::mt19937_64& rng)
{
    const int bits = std::uniform_int_distribution<int>(0, 63)(rng);
    const std::uint64_t magnitude = bits == 0 ? 0 : rng() >> (64 - bits);
    const auto value = static_cast<std::int64_t>(magnitude);
    return (rng() & 1U) != 0 ? -value : value;
}

} // namespace

class TestQuantity final : public QObject
{
    Q_OBJECT

private slots:
    void parse_withVenueSize_givesExactHundredths_data();
    void parse_withVenueSize_givesExactHundredths();
    void parse_withUnrepresentableText_isRejected_data();
    void parse_withUnrepresentableText_isRejected();
    void parseSigned_withShortPosition_givesNegativeHundredths();
    void toString_withMinDecimals_givesShortestExactText_data();
    void toString_withMinDecimals_givesShortestExactText();
    void fromContracts_ofWholeContracts_isHundredTimesAsManyHundredths();
    void fromContracts_pastInt64_throwsMoneyOverflow();
    void arithmetic_withinRange_isExactAndComparable();
    void operators_pastInt64_throwMoneyOverflow();
    void roundedTo_lotStep_roundsAsAsked_data();
    void roundedTo_lotStep_roundsAsAsked();
    void roundedTo_nonPositiveStep_isRangeError();
    void roundedTo_pastInt64_isRangeError();
    void debugStream_ofQuantity_showsContracts();
    void toStringThenParseSigned_randomQuantities_giveTheSameQuantity();
    void roundedTo_randomQuantities_bracketsTheQuantity();
};

void TestQuantity::parse_withVenueSize_givesExactHundredths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("hundredths");

    QTest::newRow("twelve and a half") << QStringLiteral("12.5") << qint64{1250};
    QTest::newRow("kalshi fp count") << QStringLiteral("12.50") << qint64{1250};
    QTest::newRow("whole") << QStringLiteral("10") << qint64{1000};
    QTest::newRow("one hundredth") << QStringLiteral("0.01") << qint64{1};
    QTest::newRow("trailing zeros") << QStringLiteral("3.00") << qint64{300};
    QTest::newRow("zero") << QStringLiteral("0") << qint64{0};
    QTest::newRow("padded beyond two decimals") << QStringLiteral("3.000000") << qint64{300};
}

void TestQuantity::parse_withVenueSize_givesExactHundredths()
{
    QFETCH(QString, text);
    QFETCH(qint64, hundredths);

    const Result<Quantity> quantity = Quantity::parse(text);

    QVERIFY2(quantity.ok(), qPrintable(quantity.ok() ? QString() : quantity.error().toString()));
    QCOMPARE(quantity.value().hundredths(), hundredths);
}

void TestQuantity::parse_withUnrepresentableText_isRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("thousandth") << QStringLiteral("0.001") << QStringLiteral("money.precision");
    QTest::newRow("polymarket six decimals") << QStringLiteral("5.123456") << QStringLiteral("money.precision");
    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("money.negative");
    QTest::newRow("empty") << QString() << QStringLiteral("money.parse");
    QTest::newRow("no fraction digit") << QStringLiteral("1.") << QStringLiteral("money.parse");
    QTest::newRow("no integer digit") << QStringLiteral(".5") << QStringLiteral("money.parse");
    QTest::newRow("exponent") << QStringLiteral("1e2") << QStringLiteral("money.parse");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("money.parse");
    QTest::newRow("NaN") << QStringLiteral("NaN") << QStringLiteral("money.parse");
    QTest::newRow("beyond int64") << QStringLiteral("92233720368547758.08") << QStringLiteral("money.range");
}

void TestQuantity::parse_withUnrepresentableText_isRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const Result<Quantity> quantity = Quantity::parse(text);

    QVERIFY(!quantity.ok());
    QCOMPARE(quantity.error().code, code);
    QVERIFY2(quantity.error().message.contains(u'"' + text + u'"'), qPrintable(quantity.error().message));
}

void TestQuantity::parseSigned_withShortPosition_givesNegativeHundredths()
{
    const Result<Quantity> shortPosition = Quantity::parseSigned(QStringLiteral("-1.5"));
    const Result<Quantity> tooPrecise = Quantity::parseSigned(QStringLiteral("-1.555"));

    QVERIFY(shortPosition.ok());
    QCOMPARE(shortPosition.value().hundredths(), qint64{-150});
    QVERIFY(shortPosition.value().isNegative());
    QVERIFY(!tooPrecise.ok());
    QCOMPARE(tooPrecise.error().code, QStringLiteral("money.precision"));
}

void TestQuantity::toString_withMinDecimals_givesShortestExactText_data()
{
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("kalshi fp form") << qint64{1250} << 2 << QStringLiteral("12.50");
    QTest::newRow("one hundredth") << qint64{1} << 2 << QStringLiteral("0.01");
    QTest::newRow("whole, shortest") << qint64{1000} << 0 << QStringLiteral("10");
    QTest::newRow("half, shortest") << qint64{1250} << 0 << QStringLiteral("12.5");
    QTest::newRow("short position") << qint64{-150} << 2 << QStringLiteral("-1.50");
    QTest::newRow("zero") << qint64{0} << 2 << QStringLiteral("0.00");
}

void TestQuantity::toString_withMinDecimals_givesShortestExactText()
{
    QFETCH(qint64, hundredths);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);

    const QString text = Quantity::fromHundredths(hundredths).toString(minDecimals);

    QCOMPARE(text, expected);
}

void TestQuantity::fromContracts_ofWholeContracts_isHundredTimesAsManyHundredths()
{
    const Quantity hundred = Quantity::fromContracts(100);
    const Quantity shortTwo = Quantity::fromContracts(-2);

    QCOMPARE(hundred.hundredths(), qint64{10'000});
    QCOMPARE(shortTwo.hundredths(), qint64{-200});
    QCOMPARE(hundred.toString(0), QStringLiteral("100"));
}

void TestQuantity::fromContracts_pastInt64_throwsMoneyOverflow()
{
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (void)Quantity::fromContracts(kMax / 100 + 1));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (void)Quantity::fromContracts(kMin / 100 - 1));
    QCOMPARE(Quantity::fromContracts(kMax / 100).hundredths(), kMax / 100 * 100);
}

void TestQuantity::arithmetic_withinRange_isExactAndComparable()
{
    Quantity position = Quantity::parse(QStringLiteral("12.5")).value();
    const Quantity fill = Quantity::parse(QStringLiteral("0.75")).value();

    position += fill;
    position -= Quantity::fromContracts(3);
    const Quantity smaller = std::min(position, fill);

    QCOMPARE(position.toString(), QStringLiteral("10.25"));
    QCOMPARE(smaller, fill);
    QCOMPARE((fill - position).hundredths(), qint64{-950});
    QCOMPARE((-fill).hundredths(), qint64{-75});
    QVERIFY((fill - fill).isZero());
    QVERIFY(fill < position);
    QVERIFY(Quantity::zero() == Quantity());
}

void TestQuantity::operators_pastInt64_throwMoneyOverflow()
{
    const Quantity largest = Quantity::fromHundredths(kMax);
    const Quantity smallest = Quantity::fromHundredths(kMin);
    const Quantity one = Quantity::fromHundredths(1);
    Quantity accumulator = smallest;

    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (void)(largest + one));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (void)(smallest - one));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (void)(-smallest));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, accumulator -= one);
    QCOMPARE(accumulator, smallest);
}

void TestQuantity::roundedTo_lotStep_roundsAsAsked_data()
{
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("12.5 to whole, Down") << qint64{1250} << qint64{100} << Rounding::Down << true << qint64{1200};
    QTest::newRow("12.5 to whole, Up") << qint64{1250} << qint64{100} << Rounding::Up << true << qint64{1300};
    QTest::newRow("12.5 to whole, Exact") << qint64{1250} << qint64{100} << Rounding::Exact << false << qint64{0};
    QTest::newRow("12.5 to whole, HalfEven") << qint64{1250} << qint64{100} << Rounding::HalfEven << true
                                             << qint64{1200};
    QTest::newRow("13.5 to whole, HalfEven") << qint64{1350} << qint64{100} << Rounding::HalfEven << true
                                             << qint64{1400};
    QTest::newRow("12 to whole, Exact") << qint64{1200} << qint64{100} << Rounding::Exact << true << qint64{1200};
    QTest::newRow("-12.5 to whole, Down") << qint64{-1250} << qint64{100} << Rounding::Down << true << qint64{-1300};
    QTest::newRow("-12.5 to whole, Up") << qint64{-1250} << qint64{100} << Rounding::Up << true << qint64{-1200};
    QTest::newRow("-12.5 to whole, TowardZero") << qint64{-1250} << qint64{100} << Rounding::TowardZero << true
                                                << qint64{-1200};
    QTest::newRow("-12.5 to whole, AwayFromZero") << qint64{-1250} << qint64{100} << Rounding::AwayFromZero << true
                                                  << qint64{-1300};
    QTest::newRow("7 to lots of 5, Down") << qint64{700} << qint64{500} << Rounding::Down << true << qint64{500};
    QTest::newRow("0.99 to whole, Down") << qint64{99} << qint64{100} << Rounding::Down << true << qint64{0};
}

void TestQuantity::roundedTo_lotStep_roundsAsAsked()
{
    QFETCH(qint64, hundredths);
    QFETCH(qint64, step);
    QFETCH(Rounding, rounding);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    const Result<Quantity> rounded =
        Quantity::fromHundredths(hundredths).roundedTo(Quantity::fromHundredths(step), rounding);

    QCOMPARE(rounded.ok(), ok);
    if (ok)
        QCOMPARE(rounded.value().hundredths(), expected);
    else
        QCOMPARE(rounded.error().code, QStringLiteral("money.precision"));
}

void TestQuantity::roundedTo_nonPositiveStep_isRangeError()
{
    const Quantity quantity = Quantity::fromContracts(5);

    const Result<Quantity> zeroStep = quantity.roundedTo(Quantity::zero(), Rounding::Down);
    const Result<Quantity> negativeStep = quantity.roundedTo(Quantity::fromContracts(-1), Rounding::Down);

    QVERIFY(!zeroStep.ok());
    QCOMPARE(zeroStep.error().code, QStringLiteral("money.range"));
    QVERIFY(!negativeStep.ok());
    QCOMPARE(negativeStep.error().code, QStringLiteral("money.range"));
}

void TestQuantity::roundedTo_pastInt64_isRangeError()
{
    const Result<Quantity> rounded =
        Quantity::fromHundredths(kMax).roundedTo(Quantity::fromContracts(1), Rounding::Up);

    QVERIFY(!rounded.ok());
    QCOMPARE(rounded.error().code, QStringLiteral("money.range"));
}

void TestQuantity::debugStream_ofQuantity_showsContracts()
{
    QString text;

    QDebug(&text) << Quantity::fromHundredths(1250);

    QCOMPARE(text.trimmed(), QStringLiteral("Quantity(12.50)"));
}

void TestQuantity::toStringThenParseSigned_randomQuantities_giveTheSameQuantity()
{
    std::mt19937_64 rng(kSeed);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Quantity quantity = Quantity::fromHundredths(randomHundredths(rng));
        const int minDecimals = std::uniform_int_distribution<int>(0, 2)(rng);

        const QString text = quantity.toString(minDecimals);
        const Result<Quantity> parsed = Quantity::parseSigned(text);
        const Result<Quantity> unsignedParse = Quantity::parse(text);

        if (!parsed.ok() || parsed.value() != quantity || unsignedParse.ok() == quantity.isNegative()) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 hundredths -> \"%3\" -> %4")
                                 .arg(round)
                                 .arg(quantity.hundredths())
                                 .arg(text, parsed.ok() ? QString::number(parsed.value().hundredths())
                                                        : parsed.error().toString())));
        }
    }
}

void TestQuantity::roundedTo_randomQuantities_bracketsTheQuantity()
{
    std::mt19937_64 rng(kSeed + 1);
    std::uniform_int_distribution<std::int64_t> hundredths(-10'000'000, 10'000'000);
    std::uniform_int_distribution<std::int64_t> steps(1, 10'000);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Quantity quantity = Quantity::fromHundredths(hundredths(rng));
        const Quantity step = Quantity::fromHundredths(steps(rng));

        const Quantity down = quantity.roundedTo(step, Rounding::Down).value();
        const Quantity up = quantity.roundedTo(step, Rounding::Up).value();
        const Quantity towardZero = quantity.roundedTo(step, Rounding::TowardZero).value();
        const Quantity halfEven = quantity.roundedTo(step, Rounding::HalfEven).value();
        const bool multiple = quantity.hundredths() % step.hundredths() == 0;

        const bool ok = down <= quantity && quantity <= up && down.hundredths() % step.hundredths() == 0
                        && up.hundredths() % step.hundredths() == 0
                        && (up - down).hundredths() == (multiple ? 0 : step.hundredths())
                        && (towardZero == (quantity.isNegative() ? up : down))
                        && (halfEven == up || halfEven == down)
                        && 2 * std::abs((halfEven - quantity).hundredths()) <= step.hundredths()
                        && quantity.roundedTo(step, Rounding::Exact).ok() == multiple;
        if (!ok) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 hundredths to steps of %3")
                                 .arg(round)
                                 .arg(quantity.hundredths())
                                 .arg(step.hundredths())));
        }
    }
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "TestQuantity.moc"
