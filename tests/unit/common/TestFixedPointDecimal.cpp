#include "common/FixedPointDecimal.h"

#include <QTest>

#include <limits>
#include <random>

using namespace orion;

namespace {

constexpr std::uint64_t kSeed = 0x0A1105'2024ULL;
constexpr int kRandomRounds = 20'000;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

using Sign = FixedPointDecimal::Sign;

FixedPointDecimal::Format formatOf(int scale, int maxDecimals, bool mayBeNegative)
{
    return {scale, maxDecimals, mayBeNegative ? Sign::MayBeNegative : Sign::NonNegative, "an amount"};
}

// Any int64, with small magnitudes as likely as large ones.
std::int64_t randomInt64(std::mt19937_64& rng)
{
    const int bits = std::uniform_int_distribution<int>(0, 63)(rng);
    const std::uint64_t magnitude = bits == 0 ? 0 : rng() >> (64 - bits);
    const auto value = static_cast<std::int64_t>(magnitude);
    return (rng() & 1U) != 0 ? -value : value;
}

} // namespace

class TestFixedPointDecimal final : public QObject
{
    Q_OBJECT

private slots:
    void parse_withPlainDecimalText_givesScaledInteger_data();
    void parse_withPlainDecimalText_givesScaledInteger();
    void parse_withMalformedText_isParseError_data();
    void parse_withMalformedText_isParseError();
    void parse_withTooManyDecimals_isPrecisionErrorNamingTextAndCount();
    void parse_withTrailingZerosPastTheLimit_isNotAPrecisionError();
    void parse_withPointInWholeNumberForm_isPrecisionError();
    void parse_withMinusWhereNotAllowed_isNegativeError_data();
    void parse_withMinusWhereNotAllowed_isNegativeError();
    void parse_beyondInt64_isRangeError_data();
    void parse_beyondInt64_isRangeError();
    void parse_withHugeText_quotesOnlyItsStart();
    void format_withScaleAndMinDecimals_givesShortestExactText_data();
    void format_withScaleAndMinDecimals_givesShortestExactText();
    void formatThenParse_randomValues_giveTheSameValue();
    void parse_randomDigitStrings_agreeWithWideArithmetic();
};

void TestFixedPointDecimal::parse_withPlainDecimalText_givesScaledInteger_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("maxDecimals");
    QTest::addColumn<bool>("mayBeNegative");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("kalshi dollars") << QStringLiteral("0.4950") << 6 << 6 << false << qint64{495'000};
    QTest::newRow("kalshi cents") << QStringLiteral("49") << 4 << 4 << false << qint64{490'000};
    QTest::newRow("negative dollars") << QStringLiteral("-3.25") << 6 << 6 << true << qint64{-3'250'000};
    QTest::newRow("zero") << QStringLiteral("0") << 6 << 6 << false << qint64{0};
    QTest::newRow("minus zero") << QStringLiteral("-0") << 6 << 6 << true << qint64{0};
    QTest::newRow("leading zeros") << QStringLiteral("007.50") << 2 << 2 << false << qint64{750};
    QTest::newRow("one hundredth") << QStringLiteral("0.01") << 2 << 2 << false << qint64{1};
    QTest::newRow("base units") << QStringLiteral("1000000") << 0 << 0 << false << qint64{1'000'000};
    QTest::newRow("trailing zeros") << QStringLiteral("1.500000000") << 6 << 6 << false << qint64{1'500'000};
    QTest::newRow("int64 max") << QStringLiteral("9223372036854775807") << 0 << 0 << false << kMax;
    QTest::newRow("int64 min") << QStringLiteral("-9223372036854775808") << 0 << 0 << true << kMin;
    QTest::newRow("int64 max micros") << QStringLiteral("9223372036854.775807") << 6 << 6 << false << kMax;
    QTest::newRow("int64 min micros") << QStringLiteral("-9223372036854.775808") << 6 << 6 << true << kMin;
}

void TestFixedPointDecimal::parse_withPlainDecimalText_givesScaledInteger()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(int, maxDecimals);
    QFETCH(bool, mayBeNegative);
    QFETCH(qint64, expected);

    const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, formatOf(scale, maxDecimals, mayBeNegative));

    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed.value(), expected);
}

void TestFixedPointDecimal::parse_withMalformedText_isParseError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("only a minus") << QStringLiteral("-") << QStringLiteral("no digits");
    QTest::newRow("only a point") << QStringLiteral(".") << QStringLiteral("before the decimal point");
    QTest::newRow("leading space") << QStringLiteral(" 1") << QStringLiteral("spaces");
    QTest::newRow("trailing space") << QStringLiteral("1 ") << QStringLiteral("spaces");
    QTest::newRow("trailing newline") << QStringLiteral("1\n") << QStringLiteral("spaces");
    QTest::newRow("NaN") << QStringLiteral("NaN") << QStringLiteral("NaN");
    QTest::newRow("nan") << QStringLiteral("nan") << QStringLiteral("NaN");
    QTest::newRow("inf") << QStringLiteral("inf") << QStringLiteral("infinity");
    QTest::newRow("-inf") << QStringLiteral("-inf") << QStringLiteral("infinity");
    QTest::newRow("exponent") << QStringLiteral("1e5") << QStringLiteral("exponents");
    QTest::newRow("negative exponent") << QStringLiteral("1E-1") << QStringLiteral("exponents");
    QTest::newRow("plus sign") << QStringLiteral("+1") << QStringLiteral("'+'");
    QTest::newRow("hex") << QStringLiteral("0x10") << QStringLiteral("'x'");
    QTest::newRow("comma") << QStringLiteral("1,5") << QStringLiteral("','");
    QTest::newRow("double minus") << QStringLiteral("--1") << QStringLiteral("'-'");
    QTest::newRow("minus inside") << QStringLiteral("1-2") << QStringLiteral("'-'");
    QTest::newRow("no fraction digit") << QStringLiteral("1.") << QStringLiteral("after the decimal point");
    QTest::newRow("no integer digit") << QStringLiteral(".5") << QStringLiteral("before the decimal point");
    QTest::newRow("minus then point") << QStringLiteral("-.5") << QStringLiteral("before the decimal point");
    QTest::newRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("more than one decimal point");
    QTest::newRow("underscore") << QStringLiteral("1_000") << QStringLiteral("'_'");
    QTest::newRow("dollar sign") << QStringLiteral("$1") << QStringLiteral("'$'");
    QTest::newRow("arabic-indic digit") << QStringLiteral("\u0661") << QStringLiteral("ASCII");
    QTest::newRow("fullwidth digit") << QStringLiteral("1\uFF12") << QStringLiteral("ASCII");
}

void TestFixedPointDecimal::parse_withMalformedText_isParseError()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, formatOf(6, 6, true));

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("money.parse"));
    QVERIFY2(parsed.error().message.contains(u'"' + text + u'"'), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestFixedPointDecimal::parse_withTooManyDecimals_isPrecisionErrorNamingTextAndCount()
{
    const QString text = QStringLiteral("0.1234567");

    const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, formatOf(6, 6, false));

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("money.precision"));
    QCOMPARE(parsed.error().message, QStringLiteral("\"0.1234567\" has 7 decimals; at most 6 are allowed"));
}

void TestFixedPointDecimal::parse_withTrailingZerosPastTheLimit_isNotAPrecisionError()
{
    // The value is exactly representable, so nothing is rounded; a non-zero digit there is an error.
    const Result<std::int64_t> zeros = FixedPointDecimal::parse(QStringLiteral("12.5000"), formatOf(2, 2, false));
    const Result<std::int64_t> digit = FixedPointDecimal::parse(QStringLiteral("12.5010"), formatOf(2, 2, false));

    QVERIFY(zeros.ok());
    QCOMPARE(zeros.value(), std::int64_t{1250});
    QVERIFY(!digit.ok());
    QCOMPARE(digit.error().code, QStringLiteral("money.precision"));
    QVERIFY2(digit.error().message.contains(QStringLiteral("3 significant decimals")),
             qPrintable(digit.error().message));
}

void TestFixedPointDecimal::parse_withPointInWholeNumberForm_isPrecisionError()
{
    // "1.0" handed to a base-unit parser is a dollar string in the wrong place, not one base unit.
    const Result<std::int64_t> parsed = FixedPointDecimal::parse(QStringLiteral("1.0"), formatOf(0, 0, false));

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("money.precision"));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("whole number")), qPrintable(parsed.error().message));
}

void TestFixedPointDecimal::parse_withMinusWhereNotAllowed_isNegativeError_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("minus one") << QStringLiteral("-1");
    QTest::newRow("minus zero") << QStringLiteral("-0");
    QTest::newRow("minus fraction") << QStringLiteral("-0.000001");
    QTest::newRow("minus huge") << QStringLiteral("-99999999999999999999999");
}

void TestFixedPointDecimal::parse_withMinusWhereNotAllowed_isNegativeError()
{
    QFETCH(QString, text);

    const Result<std::int64_t> parsed =
        FixedPointDecimal::parse(text, {6, 6, Sign::NonNegative, "a price"});

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("money.negative"));
    QCOMPARE(parsed.error().message, u'"' + text + QStringLiteral("\" is negative; a price cannot be negative"));
}

void TestFixedPointDecimal::parse_beyondInt64_isRangeError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");

    QTest::newRow("int64 max + 1") << QStringLiteral("9223372036854775808") << 0;
    QTest::newRow("int64 min - 1") << QStringLiteral("-9223372036854775809") << 0;
    QTest::newRow("twenty digits") << QStringLiteral("99999999999999999999") << 0;
    QTest::newRow("max micros + 1") << QStringLiteral("9223372036854.775808") << 6;
    QTest::newRow("min micros - 1") << QStringLiteral("-9223372036854.775809") << 6;
    QTest::newRow("overflow by scaling") << QStringLiteral("10000000000000") << 6;
    QTest::newRow("many digits") << QString(400, u'9') << 2;
}

void TestFixedPointDecimal::parse_beyondInt64_isRangeError()
{
    QFETCH(QString, text);
    QFETCH(int, scale);

    const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, formatOf(scale, scale, true));

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("money.range"));
}

void TestFixedPointDecimal::parse_withHugeText_quotesOnlyItsStart()
{
    const QString text = QStringLiteral("12x") + QString(100'000, u'7');

    const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, formatOf(6, 6, true));

    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.startsWith(QStringLiteral("\"12x777")));
    QVERIFY(parsed.error().message.contains(QStringLiteral("(100003 characters)")));
    QVERIFY2(parsed.error().message.size() < 200, qPrintable(parsed.error().message.left(300)));
}

void TestFixedPointDecimal::format_withScaleAndMinDecimals_givesShortestExactText_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("kalshi price") << qint64{495'000} << 6 << 4 << QStringLiteral("0.4950");
    QTest::newRow("six decimals when needed") << qint64{123'456} << 6 << 4 << QStringLiteral("0.123456");
    QTest::newRow("cash two decimals") << qint64{12'500'000} << 6 << 2 << QStringLiteral("12.50");
    QTest::newRow("one negative micro") << qint64{-1} << 6 << 2 << QStringLiteral("-0.000001");
    QTest::newRow("quantity") << qint64{1250} << 2 << 2 << QStringLiteral("12.50");
    QTest::newRow("zero, no decimals") << qint64{0} << 6 << 0 << QStringLiteral("0");
    QTest::newRow("one, no decimals") << qint64{1'000'000} << 6 << 0 << QStringLiteral("1");
    QTest::newRow("min decimals clamped") << qint64{5} << 2 << 9 << QStringLiteral("0.05");
    QTest::newRow("negative min decimals") << qint64{500} << 2 << -3 << QStringLiteral("5");
    QTest::newRow("scale zero") << qint64{-42} << 0 << 2 << QStringLiteral("-42");
    QTest::newRow("int64 max") << kMax << 6 << 2 << QStringLiteral("9223372036854.775807");
    QTest::newRow("int64 min") << kMin << 6 << 2 << QStringLiteral("-9223372036854.775808");
    QTest::newRow("int64 min, scale 0") << kMin << 0 << 0 << QStringLiteral("-9223372036854775808");
}

void TestFixedPointDecimal::format_withScaleAndMinDecimals_givesShortestExactText()
{
    QFETCH(qint64, value);
    QFETCH(int, scale);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);

    const QString text = FixedPointDecimal::format(value, scale, minDecimals);

    QCOMPARE(text, expected);
}

void TestFixedPointDecimal::formatThenParse_randomValues_giveTheSameValue()
{
    std::mt19937_64 rng(kSeed);
    std::uniform_int_distribution<int> scales(0, 6);
    for (int round = 0; round < kRandomRounds; ++round) {
        const std::int64_t value = randomInt64(rng);
        const int scale = scales(rng);
        const int minDecimals = std::uniform_int_distribution<int>(0, scale)(rng);

        const QString text = FixedPointDecimal::format(value, scale, minDecimals);
        const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, formatOf(scale, scale, true));

        if (!parsed.ok() || parsed.value() != value) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 at scale %3 -> \"%4\" -> %5")
                                 .arg(round)
                                 .arg(value)
                                 .arg(scale)
                                 .arg(text, parsed.ok() ? QString::number(parsed.value()) : parsed.error().message)));
        }
    }
}

void TestFixedPointDecimal::parse_randomDigitStrings_agreeWithWideArithmetic()
{
    // An independent oracle: the value of the digits in 128-bit arithmetic decides ok / precision / range.
    __extension__ typedef __int128 Wide;
    std::mt19937_64 rng(kSeed + 1);
    std::uniform_int_distribution<int> digit(0, 9);
    for (int round = 0; round < kRandomRounds; ++round) {
        const int scale = std::uniform_int_distribution<int>(0, 6)(rng);
        const int integerDigits = std::uniform_int_distribution<int>(1, 20)(rng);
        const int fractionDigits = scale == 0 ? 0 : std::uniform_int_distribution<int>(0, 8)(rng);
        const bool negative = (rng() & 1U) != 0;

        QString text = negative ? QStringLiteral("-") : QString();
        Wide scaled = 0;
        for (int i = 0; i < integerDigits; ++i) {
            const int d = digit(rng);
            text += QChar(u'0' + d);
            scaled = scaled * 10 + d;
        }
        int significant = 0;
        Wide fraction = 0;
        if (fractionDigits > 0)
            text += u'.';
        for (int i = 0; i < fractionDigits; ++i) {
            const int d = digit(rng);
            text += QChar(u'0' + d);
            fraction = fraction * 10 + d;
            if (d != 0)
                significant = i + 1;
        }
        for (int i = fractionDigits; i < scale; ++i)
            fraction *= 10;
        for (int i = scale; i < fractionDigits; ++i)
            fraction /= 10; // only reached when the digits dropped are zeros, i.e. the text is accepted
        for (int i = 0; i < scale; ++i)
            scaled *= 10;
        scaled += fraction;
        if (negative)
            scaled = -scaled;

        const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, formatOf(scale, scale, true));

        QString expectedCode;
        if (significant > scale)
            expectedCode = QStringLiteral("money.precision");
        else if (scaled > kMax || scaled < kMin)
            expectedCode = QStringLiteral("money.range");
        const QString actualCode = parsed.ok() ? QString() : parsed.error().code;
        if (actualCode != expectedCode || (parsed.ok() && parsed.value() != static_cast<std::int64_t>(scaled))) {
            QFAIL(qPrintable(QStringLiteral("round %1: \"%2\" at scale %3 gave %4, expected %5")
                                 .arg(round)
                                 .arg(text)
                                 .arg(scale)
                                 .arg(parsed.ok() ? QString::number(parsed.value()) : parsed.error().toString(),
                                      expectedCode.isEmpty() ? QStringLiteral("a value") : expectedCode)));
        }
    }
}

QTEST_GUILESS_MAIN(TestFixedPointDecimal)
#include "TestFixedPointDecimal.moc"
