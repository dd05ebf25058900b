#include "common/Cash.h"

#include <QDebug>
#include <QTest>

#include <limits>
#include <random>

using namespace orion;

Q_DECLARE_METATYPE(orion::Rounding)

namespace {

constexpr std::uint64_t kSeed = 0xCA5B'2024ULL;
constexpr int kRandomRounds = 20'000;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

static_assert(Cash::fromMicros(1) + Cash::fromMicros(2) == Cash::fromMicros(3));
static_assert(-Cash::fromMicros(5) < Cash::zero());
static_assert(Cash::fromPrice(Price::one()).micros() == 1'000'000);

// Any int64, with small magnitudes as likely as large ones.
std::int64_t randomMicros(std::mt19937_64& rng)
{
    const int bits = std::uniform_int_distribution<int>(0, 63)(rng);
    const std::uint64_t magnitude = bits == 0 ? 0 : rng() >> (64 - bits);
    const auto value = static_cast<std::int64_t>(magnitude);
    return (rng() & 1U) != 0 ? -value : value;
}

} // namespace

class TestCash final : public QObject
{
    Q_OBJECT

private slots:
    void parseDollars_withAmountText_givesExactMicros_data();
    void parseDollars_withAmountText_givesExactMicros();
    void parseDollars_withUnrepresentableText_isRejected_data();
    void parseDollars_withUnrepresentableText_isRejected();
    void parseCents_withKalshiBalance_givesExactMicros_data();
    void parseCents_withKalshiBalance_givesExactMicros();
    void parseCents_withFractionOrJunk_isRejected_data();
    void parseCents_withFractionOrJunk_isRejected();
    void parseBaseUnits_withUsdcAmount_givesExactMicros_data();
    void parseBaseUnits_withUsdcAmount_givesExactMicros();
    void parseBaseUnits_ofOneMillion_isOneDollar();
    void parseBaseUnits_withSignPointOrOverflow_isRejected_data();
    void parseBaseUnits_withSignPointOrOverflow_isRejected();
    void toDollarString_withMinDecimals_givesShortestExactText_data();
    void toDollarString_withMinDecimals_givesShortestExactText();
    void toCents_withRoundingMode_roundsNegativesTheRightWay_data();
    void toCents_withRoundingMode_roundsNegativesTheRightWay();
    void arithmetic_withinRange_isExact();
    void operators_pastInt64_throwMoneyOverflow();
    void checkedAddAndSub_pastInt64_returnRangeError();
    void fromPrice_ofPrice_isThePricePerContract();
    void debugStream_ofCash_showsDollars();
    void toDollarStringThenParse_randomAmounts_giveTheSameAmount();
    void baseUnitText_randomBalances_roundTrips();
    void checkedAdd_randomAmounts_agreesWithWideArithmetic();
};

void TestCash::parseDollars_withAmountText_givesExactMicros_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");

    QTest::newRow("twelve and a half") << QStringLiteral("12.5") << qint64{12'500'000};
    QTest::newRow("negative") << QStringLiteral("-3.25") << qint64{-3'250'000};
    QTest::newRow("whole thousand") << QStringLiteral("1000") << qint64{1'000'000'000};
    QTest::newRow("one micro") << QStringLiteral("0.000001") << qint64{1};
    QTest::newRow("minus one micro") << QStringLiteral("-0.000001") << qint64{-1};
    QTest::newRow("zero") << QStringLiteral("0") << qint64{0};
    QTest::newRow("largest") << QStringLiteral("9223372036854.775807") << kMax;
    QTest::newRow("smallest") << QStringLiteral("-9223372036854.775808") << kMin;
}

void TestCash::parseDollars_withAmountText_givesExactMicros()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);

    const Result<Cash> cash = Cash::parseDollars(text);

    QVERIFY2(cash.ok(), qPrintable(cash.ok() ? QString() : cash.error().toString()));
    QCOMPARE(cash.value().micros(), micros);
}

void TestCash::parseDollars_withUnrepresentableText_isRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    const QString parse = QStringLiteral("money.parse");
    QTest::newRow("empty") << QString() << parse;
    QTest::newRow("space inside") << QStringLiteral("12 .5") << parse;
    QTest::newRow("plus") << QStringLiteral("+12.5") << parse;
    QTest::newRow("double minus") << QStringLiteral("--1") << parse;
    QTest::newRow("dollar sign") << QStringLiteral("$12.50") << parse;
    QTest::newRow("digit groups") << QStringLiteral("1,000.00") << parse;
    QTest::newRow("exponent") << QStringLiteral("1e3") << parse;
    QTest::newRow("NaN") << QStringLiteral("NaN") << parse;
    QTest::newRow("no fraction digit") << QStringLiteral("12.") << parse;
    QTest::newRow("no integer digit") << QStringLiteral("-.5") << parse;
    QTest::newRow("seven decimals") << QStringLiteral("1.0000001") << QStringLiteral("money.precision");
    QTest::newRow("beyond int64") << QStringLiteral("9223372036854.775808") << QStringLiteral("money.range");
    QTest::newRow("below int64") << QStringLiteral("-9223372036855") << QStringLiteral("money.range");
}

void TestCash::parseDollars_withUnrepresentableText_isRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const Result<Cash> cash = Cash::parseDollars(text);

    QVERIFY(!cash.ok());
    QCOMPARE(cash.error().code, code);
    QVERIFY2(cash.error().message.contains(u'"' + text + u'"'), qPrintable(cash.error().message));
}

void TestCash::parseCents_withKalshiBalance_givesExactMicros_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");

    QTest::newRow("ten fifty") << QStringLiteral("1050") << qint64{10'500'000};
    QTest::newRow("negative") << QStringLiteral("-25") << qint64{-250'000};
    QTest::newRow("zero") << QStringLiteral("0") << qint64{0};
    QTest::newRow("largest") << QStringLiteral("922337203685477") << qint64{922'337'203'685'477 * 10'000};
}

void TestCash::parseCents_withKalshiBalance_givesExactMicros()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);

    const Result<Cash> cash = Cash::parseCents(text);

    QVERIFY2(cash.ok(), qPrintable(cash.ok() ? QString() : cash.error().toString()));
    QCOMPARE(cash.value().micros(), micros);
}

void TestCash::parseCents_withFractionOrJunk_isRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("dollars given as cents") << QStringLiteral("10.50") << QStringLiteral("money.precision");
    QTest::newRow("zero fraction") << QStringLiteral("1050.0") << QStringLiteral("money.precision");
    QTest::newRow("beyond int64 micros") << QStringLiteral("922337203685478") << QStringLiteral("money.range");
    QTest::newRow("empty") << QString() << QStringLiteral("money.parse");
    QTest::newRow("plus") << QStringLiteral("+5") << QStringLiteral("money.parse");
}

void TestCash::parseCents_withFractionOrJunk_isRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const Result<Cash> cash = Cash::parseCents(text);

    QVERIFY(!cash.ok());
    QCOMPARE(cash.error().code, code);
}

void TestCash::parseBaseUnits_withUsdcAmount_givesExactMicros_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");

    QTest::newRow("one dollar") << QStringLiteral("1000000") << qint64{1'000'000};
    QTest::newRow("one base unit") << QStringLiteral("1") << qint64{1};
    QTest::newRow("zero") << QStringLiteral("0") << qint64{0};
    QTest::newRow("int64 max") << QStringLiteral("9223372036854775807") << kMax;
}

void TestCash::parseBaseUnits_withUsdcAmount_givesExactMicros()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);

    const Result<Cash> cash = Cash::parseBaseUnits(text);

    QVERIFY2(cash.ok(), qPrintable(cash.ok() ? QString() : cash.error().toString()));
    QCOMPARE(cash.value().micros(), micros);
}

void TestCash::parseBaseUnits_ofOneMillion_isOneDollar()
{
    const Result<Cash> cash = Cash::parseBaseUnits(QStringLiteral("1000000"));

    QVERIFY(cash.ok());
    QCOMPARE(cash.value(), Cash::parseDollars(QStringLiteral("1.00")).value());
    QCOMPARE(cash.value().toDollarString(), QStringLiteral("1.00"));
}

void TestCash::parseBaseUnits_withSignPointOrOverflow_isRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("money.negative");
    QTest::newRow("dollars given as base units") << QStringLiteral("1.5") << QStringLiteral("money.precision");
    QTest::newRow("point zero") << QStringLiteral("1.0") << QStringLiteral("money.precision");
    QTest::newRow("uint256 balance") << QStringLiteral("115792089237316195423570985008687907853269984665640564039457")
                                     << QStringLiteral("money.range");
    QTest::newRow("int64 max + 1") << QStringLiteral("9223372036854775808") << QStringLiteral("money.range");
    QTest::newRow("hex") << QStringLiteral("0xf4240") << QStringLiteral("money.parse");
}

void TestCash::parseBaseUnits_withSignPointOrOverflow_isRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const Result<Cash> cash = Cash::parseBaseUnits(text);

    QVERIFY(!cash.ok());
    QCOMPARE(cash.error().code, code);
}

void TestCash::toDollarString_withMinDecimals_givesShortestExactText_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("twelve fifty") << qint64{12'500'000} << 2 << QStringLiteral("12.50");
    QTest::newRow("minus one micro") << qint64{-1} << 2 << QStringLiteral("-0.000001");
    QTest::newRow("zero") << qint64{0} << 2 << QStringLiteral("0.00");
    QTest::newRow("minus three twenty-five") << qint64{-3'250'000} << 2 << QStringLiteral("-3.25");
    QTest::newRow("thousand, shortest") << qint64{1'000'000'000} << 0 << QStringLiteral("1000");
    QTest::newRow("fee") << qint64{17'500} << 2 << QStringLiteral("0.0175");
    QTest::newRow("smallest") << kMin << 2 << QStringLiteral("-9223372036854.775808");
}

void TestCash::toDollarString_withMinDecimals_givesShortestExactText()
{
    QFETCH(qint64, micros);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);

    const QString text = Cash::fromMicros(micros).toDollarString(minDecimals);

    QCOMPARE(text, expected);
}

void TestCash::toCents_withRoundingMode_roundsNegativesTheRightWay_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");

    // -$0.005 is half a cent below zero.
    QTest::newRow("-0.5c Exact") << qint64{-5'000} << Rounding::Exact << false << qint64{0};
    QTest::newRow("-0.5c Down") << qint64{-5'000} << Rounding::Down << true << qint64{-1};
    QTest::newRow("-0.5c Up") << qint64{-5'000} << Rounding::Up << true << qint64{0};
    QTest::newRow("-0.5c TowardZero") << qint64{-5'000} << Rounding::TowardZero << true << qint64{0};
    QTest::newRow("-0.5c AwayFromZero") << qint64{-5'000} << Rounding::AwayFromZero << true << qint64{-1};
    QTest::newRow("-0.5c HalfEven") << qint64{-5'000} << Rounding::HalfEven << true << qint64{0};
    QTest::newRow("-1.5c HalfEven") << qint64{-15'000} << Rounding::HalfEven << true << qint64{-2};
    QTest::newRow("-1.4999c HalfEven") << qint64{-14'999} << Rounding::HalfEven << true << qint64{-1};
    QTest::newRow("+0.5c Up") << qint64{5'000} << Rounding::Up << true << qint64{1};
    QTest::newRow("+0.5c Down") << qint64{5'000} << Rounding::Down << true << qint64{0};
    QTest::newRow("-$10.50 Exact") << qint64{-10'500'000} << Rounding::Exact << true << qint64{-1050};
    QTest::newRow("smallest Down") << kMin << Rounding::Down << true << qint64{-922'337'203'685'478};
}

void TestCash::toCents_withRoundingMode_roundsNegativesTheRightWay()
{
    QFETCH(qint64, micros);
    QFETCH(Rounding, rounding);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);

    const Result<std::int64_t> result = Cash::fromMicros(micros).toCents(rounding);

    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(result.value(), cents);
    else
        QCOMPARE(result.error().code, QStringLiteral("money.precision"));
}

void TestCash::arithmetic_withinRange_isExact()
{
    Cash balance = Cash::parseDollars(QStringLiteral("100")).value();
    const Cash cost = Cash::parseDollars(QStringLiteral("48.000001")).value();
    const Cash fee = Cash::parseDollars(QStringLiteral("0.35")).value();

    balance -= cost;
    balance -= fee;
    const Cash refund = -fee;
    balance += -refund;

    QCOMPARE(balance.toDollarString(), QStringLiteral("51.999999"));
    QCOMPARE((cost + fee).micros(), qint64{48'350'001});
    QCOMPARE((fee - cost).micros(), qint64{-47'650'001});
    QCOMPARE((+fee).micros(), qint64{350'000});
    QVERIFY(refund.isNegative());
    QVERIFY((fee - fee).isZero());
}

void TestCash::operators_pastInt64_throwMoneyOverflow()
{
    const Cash largest = Cash::fromMicros(kMax);
    const Cash smallest = Cash::fromMicros(kMin);
    const Cash micro = Cash::fromMicros(1);
    Cash accumulator = largest;

    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (void)(largest + micro));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (void)(smallest - micro));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, (void)(-smallest));
    QVERIFY_THROWS_EXCEPTION(MoneyOverflow, accumulator += micro);
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, (void)(micro - smallest));
    QCOMPARE(accumulator, largest); // a failed += leaves the value alone
    QCOMPARE((largest + smallest).micros(), qint64{-1});
}

void TestCash::checkedAddAndSub_pastInt64_returnRangeError()
{
    const Cash largest = Cash::fromMicros(kMax);
    const Cash micro = Cash::fromMicros(1);

    const Result<Cash> sum = largest.checkedAdd(micro);
    const Result<Cash> difference = Cash::fromMicros(kMin).checkedSub(micro);
    const Result<Cash> fine = largest.checkedSub(micro);

    QVERIFY(!sum.ok());
    QCOMPARE(sum.error().code, QStringLiteral("money.range"));
    QVERIFY(!difference.ok());
    QCOMPARE(difference.error().code, QStringLiteral("money.range"));
    QVERIFY(fine.ok());
    QCOMPARE(fine.value().micros(), kMax - 1);
}

void TestCash::fromPrice_ofPrice_isThePricePerContract()
{
    const Price price = Price::parseDollars(QStringLiteral("0.4950")).value();

    const Cash perContract = Cash::fromPrice(price);

    QCOMPARE(perContract.micros(), qint64{495'000});
    QCOMPARE(perContract.toDollarString(), QStringLiteral("0.495"));
}

void TestCash::debugStream_ofCash_showsDollars()
{
    QString text;

    QDebug(&text) << Cash::fromMicros(-3'250'000);

    QCOMPARE(text.trimmed(), QStringLiteral("Cash(-3.25)"));
}

void TestCash::toDollarStringThenParse_randomAmounts_giveTheSameAmount()
{
    std::mt19937_64 rng(kSeed);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Cash cash = Cash::fromMicros(randomMicros(rng));
        const int minDecimals = std::uniform_int_distribution<int>(0, 6)(rng);

        const QString text = cash.toDollarString(minDecimals);
        const Result<Cash> parsed = Cash::parseDollars(text);

        if (!parsed.ok() || parsed.value() != cash) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 micros -> \"%3\" -> %4")
                                 .arg(round)
                                 .arg(cash.micros())
                                 .arg(text, parsed.ok() ? QString::number(parsed.value().micros())
                                                        : parsed.error().toString())));
        }
    }
}

void TestCash::baseUnitText_randomBalances_roundTrips()
{
    std::mt19937_64 rng(kSeed + 1);
    for (int round = 0; round < kRandomRounds; ++round) {
        const std::int64_t micros = randomMicros(rng);
        const std::int64_t balance = micros == kMin ? kMax : (micros < 0 ? -micros : micros);

        const Result<Cash> parsed = Cash::parseBaseUnits(QString::number(balance));

        if (!parsed.ok() || parsed.value().micros() != balance)
            QFAIL(qPrintable(QStringLiteral("round %1: base units %2").arg(round).arg(balance)));
    }
}

void TestCash::checkedAdd_randomAmounts_agreesWithWideArithmetic()
{
    __extension__ typedef __int128 Wide;
    std::mt19937_64 rng(kSeed + 2);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Cash a = Cash::fromMicros(randomMicros(rng));
        const Cash b = Cash::fromMicros(randomMicros(rng));
        const Wide exactSum = Wide{a.micros()} + b.micros();
        const Wide exactDifference = Wide{a.micros()} - b.micros();

        const Result<Cash> sum = a.checkedAdd(b);
        const Result<Cash> difference = a.checkedSub(b);

        const bool sumFits = exactSum >= kMin && exactSum <= kMax;
        const bool differenceFits = exactDifference >= kMin && exactDifference <= kMax;
        if (sum.ok() != sumFits || (sumFits && sum.value().micros() != static_cast<std::int64_t>(exactSum))
            || difference.ok() != differenceFits
            || (differenceFits && difference.value().micros() != static_cast<std::int64_t>(exactDifference))) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 and %3").arg(round).arg(a.micros()).arg(b.micros())));
        }
    }
}

QTEST_GUILESS_MAIN(TestCash)
#include "TestCash.moc"
