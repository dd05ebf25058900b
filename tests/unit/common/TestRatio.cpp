#include "common/Ratio.h"

#include <QDebug>
#include <QTest>

#include <limits>
#include <random>

using namespace orion;

Q_DECLARE_METATYPE(orion::Rounding)

namespace {

constexpr std::uint64_t kSeed = 0x4A710'2024ULL;
constexpr int kRandomRounds = 20'000;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

static_assert(Ratio::fromPpm(50'000) + Ratio::fromPpm(50'000) == Ratio::fromPpm(100'000));
static_assert(Ratio::one().ppm() == 1'000'000);

} // namespace

class TestRatio final : public QObject
{
    Q_OBJECT

private slots:
    void parse_withConfigFraction_givesExactPpm_data();
    void parse_withConfigFraction_givesExactPpm();
    void parse_withUnrepresentableText_isRejected_data();
    void parse_withUnrepresentableText_isRejected();
    void toString_ofRatio_givesShortestExactText_data();
    void toString_ofRatio_givesShortestExactText();
    void applyTo_cashAmount_roundsAsAsked_data();
    void applyTo_cashAmount_roundsAsAsked();
    void applyTo_largeAmount_doesNotOverflowOnTheWay();
    void applyTo_resultPastInt64_isRangeError();
    void arithmetic_ofRatios_isExactAndThrowsPastInt64();
    void debugStream_ofRatio_showsFraction();
    void toStringThenParse_randomRatios_giveTheSameRatio();
    void applyToUpAndDown_randomAmounts_bracketTheExactProduct();
};

void TestRatio::parse_withConfigFraction_givesExactPpm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ppm");

    QTest::newRow("five percent") << QStringLiteral("0.05") << qint64{50'000};
    QTest::newRow("one and a half") << QStringLiteral("1.5") << qint64{1'500'000};
    QTest::newRow("zero") << QStringLiteral("0") << qint64{0};
    QTest::newRow("one ppm") << QStringLiteral("0.000001") << qint64{1};
    QTest::newRow("kelly quarter") << QStringLiteral("0.25") << qint64{250'000};
    QTest::newRow("kalshi fee multiplier") << QStringLiteral("0.07") << qint64{70'000};
}

void TestRatio::parse_withConfigFraction_givesExactPpm()
{
    QFETCH(QString, text);
    QFETCH(qint64, ppm);

    const Result<Ratio> ratio = Ratio::parse(text);

    QVERIFY2(ratio.ok(), qPrintable(ratio.ok() ? QString() : ratio.error().toString()));
    QCOMPARE(ratio.value().ppm(), ppm);
}

void TestRatio::parse_withUnrepresentableText_isRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("negative") << QStringLiteral("-0.05") << QStringLiteral("money.negative");
    QTest::newRow("percent sign") << QStringLiteral("5%") << QStringLiteral("money.parse");
    QTest::newRow("seven decimals") << QStringLiteral("0.0000001") << QStringLiteral("money.precision");
    QTest::newRow("no integer digit") << QStringLiteral(".05") << QStringLiteral("money.parse");
    QTest::newRow("exponent") << QStringLiteral("5e-2") << QStringLiteral("money.parse");
    QTest::newRow("empty") << QString() << QStringLiteral("money.parse");
    QTest::newRow("beyond int64") << QStringLiteral("9223372036855") << QStringLiteral("money.range");
}

void TestRatio::parse_withUnrepresentableText_isRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const Result<Ratio> ratio = Ratio::parse(text);

    QVERIFY(!ratio.ok());
    QCOMPARE(ratio.error().code, code);
    QVERIFY2(ratio.error().message.contains(u'"' + text + u'"'), qPrintable(ratio.error().message));
}

void TestRatio::toString_ofRatio_givesShortestExactText_data()
{
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<QString>("expected");

    QTest::newRow("five percent") << qint64{50'000} << QStringLiteral("0.05");
    QTest::newRow("one") << qint64{1'000'000} << QStringLiteral("1");
    QTest::newRow("zero") << qint64{0} << QStringLiteral("0");
    QTest::newRow("one and a half") << qint64{1'500'000} << QStringLiteral("1.5");
    QTest::newRow("one ppm") << qint64{1} << QStringLiteral("0.000001");
    QTest::newRow("negative difference") << qint64{-50'000} << QStringLiteral("-0.05");
}

void TestRatio::toString_ofRatio_givesShortestExactText()
{
    QFETCH(qint64, ppm);
    QFETCH(QString, expected);

    const QString text = Ratio::fromPpm(ppm).toString();

    QCOMPARE(text, expected);
}

void TestRatio::applyTo_cashAmount_roundsAsAsked_data()
{
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("5% of $10") << qint64{50'000} << qint64{10'000'000} << Rounding::Exact << true << qint64{500'000};
    QTest::newRow("150% of $2") << qint64{1'500'000} << qint64{2'000'000} << Rounding::Exact << true
                                << qint64{3'000'000};
    QTest::newRow("5% of 10 micros, Exact") << qint64{50'000} << qint64{10} << Rounding::Exact << false << qint64{0};
    QTest::newRow("5% of 10 micros, Up") << qint64{50'000} << qint64{10} << Rounding::Up << true << qint64{1};
    QTest::newRow("5% of 10 micros, Down") << qint64{50'000} << qint64{10} << Rounding::Down << true << qint64{0};
    QTest::newRow("50% of -1 micro, Down") << qint64{500'000} << qint64{-1} << Rounding::Down << true << qint64{-1};
    QTest::newRow("50% of -1 micro, Up") << qint64{500'000} << qint64{-1} << Rounding::Up << true << qint64{0};
    QTest::newRow("50% of -1 micro, HalfEven") << qint64{500'000} << qint64{-1} << Rounding::HalfEven << true
                                               << qint64{0};
    QTest::newRow("50% of -3 micros, HalfEven") << qint64{500'000} << qint64{-3} << Rounding::HalfEven << true
                                                << qint64{-2};
    QTest::newRow("50% of -3 micros, AwayFromZero") << qint64{500'000} << qint64{-3} << Rounding::AwayFromZero << true
                                                    << qint64{-2};
    QTest::newRow("50% of -3 micros, TowardZero") << qint64{500'000} << qint64{-3} << Rounding::TowardZero << true
                                                  << qint64{-1};
    QTest::newRow("1/3 of $1, Down") << qint64{333'333} << qint64{1'000'000} << Rounding::Down << true
                                     << qint64{333'333};
}

void TestRatio::applyTo_cashAmount_roundsAsAsked()
{
    QFETCH(qint64, ppm);
    QFETCH(qint64, micros);
    QFETCH(Rounding, rounding);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    const Result<Cash> result = Ratio::fromPpm(ppm).applyTo(Cash::fromMicros(micros), rounding);

    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(result.value().micros(), expected);
    else
        QCOMPARE(result.error().code, QStringLiteral("money.precision"));
}

void TestRatio::applyTo_largeAmount_doesNotOverflowOnTheWay()
{
    // $10 billion x 0.5: the intermediate product (micros x ppm) is far beyond int64, the result is not.
    const Cash amount = Cash::parseDollars(QStringLiteral("10000000000")).value();
    const Ratio half = Ratio::parse(QStringLiteral("0.5")).value();

    const Result<Cash> result = half.applyTo(amount, Rounding::Exact);

    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value().toDollarString(0), QStringLiteral("5000000000"));
}

void TestRatio::applyTo_resultPastInt64_isRangeError()
{
    const Result<Cash> result = Ratio::fromPpm(2'000'000).applyTo(Cash::fromMicros(kMax), Rounding::Down);

    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("money.range"));
}

void TestRatio::arithmetic_ofRatios_isExactAndThrowsPastInt64()
{
    const Ratio slippage = Ratio::parse(QStringLiteral("0.01")).value();
    const Ratio fee = Ratio::parse(QStringLiteral("0.07")).value();

    const Ratio total = slippage + fee;
    const Ratio difference = slippage - fee;

    QCOMPARE(total.toString(), QStringLiteral("0.08"));
    QCOMPARE(difference.toString(), QStringLiteral("-0.06"));
    QVERIFY(slippage < fee);
    QCOMPARE(-difference, Ratio::fromPpm(60'000));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (void)(Ratio::fromPpm(kMax) + Ratio::fromPpm(1)));
}

void TestRatio::debugStream_ofRatio_showsFraction()
{
    QString text;

    QDebug(&text) << Ratio::fromPpm(50'000);

    QCOMPARE(text.trimmed(), QStringLiteral("Ratio(0.05)"));
}

void TestRatio::toStringThenParse_randomRatios_giveTheSameRatio()
{
    std::mt19937_64 rng(kSeed);
    for (int round = 0; round < kRandomRounds; ++round) {
        const int bits = std::uniform_int_distribution<int>(0, 63)(rng);
        const Ratio ratio = Ratio::fromPpm(static_cast<std::int64_t>(bits == 0 ? 0 : rng() >> (64 - bits)));

        const QString text = ratio.toString();
        const Result<Ratio> parsed = Ratio::parse(text);

        if (!parsed.ok() || parsed.value() != ratio) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 ppm -> \"%3\" -> %4")
                                 .arg(round)
                                 .arg(ratio.ppm())
                                 .arg(text, parsed.ok() ? QString::number(parsed.value().ppm())
                                                        : parsed.error().toString())));
        }
    }
}

void TestRatio::applyToUpAndDown_randomAmounts_bracketTheExactProduct()
{
    __extension__ typedef __int128 Wide;
    std::mt19937_64 rng(kSeed + 1);
    std::uniform_int_distribution<std::int64_t> ppms(0, 2'000'000);
    std::uniform_int_distribution<std::int64_t> amounts(-1'000'000'000'000'000, 1'000'000'000'000'000);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Ratio ratio = Ratio::fromPpm(ppms(rng));
        const Cash amount = Cash::fromMicros(amounts(rng));
        const Wide exactTimesMillion = Wide{amount.micros()} * ratio.ppm();

        const Cash up = ratio.applyTo(amount, Rounding::Up).value();
        const Cash down = ratio.applyTo(amount, Rounding::Down).value();
        const Result<Cash> exact = ratio.applyTo(amount, Rounding::Exact);

        const bool whole = exactTimesMillion % Ratio::kPpmPerOne == 0;
        const bool ok = Wide{up.micros()} * Ratio::kPpmPerOne >= exactTimesMillion
                        && Wide{down.micros()} * Ratio::kPpmPerOne <= exactTimesMillion
                        && (up - down).micros() == (whole ? 0 : 1) && exact.ok() == whole
                        && (!whole || exact.value() == up);
        if (!ok) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 of %3 micros")
                                 .arg(round)
                                 .arg(ratio.toString())
                                 .arg(amount.micros())));
        }
    }
}

QTEST_GUILESS_MAIN(TestRatio)
#include "TestRatio.moc"
