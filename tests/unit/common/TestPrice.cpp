#include "common/Price.h"

#include <QDebug>
#include <QTest>

#include <limits>
#include <random>

using namespace orion;

Q_DECLARE_METATYPE(orion::Rounding)

namespace {

constexpr std::uint64_t kSeed = 0x9A1CE'2024ULL;
constexpr int kRandomRounds = 20'000;

// The value types are usable in constant expressions.
static_assert(Price::fromMicros(480'000).complement() == Price::fromMicros(520'000));
static_assert(Price::zero() < Price::one());
static_assert(Price().micros() == 0);

std::int64_t randomMicros(std::mt19937_64& rng)
{
    return std::uniform_int_distribution<std::int64_t>(0, Price::kMicrosPerDollar)(rng);
}

} // namespace

class TestPrice final : public QObject
{
    Q_OBJECT

private slots:
    void parseDollars_withVenueText_givesExactMicros_data();
    void parseDollars_withVenueText_givesExactMicros();
    void parseDollars_withUnrepresentableText_isRejected_data();
    void parseDollars_withUnrepresentableText_isRejected();
    void parseDollars_withSevenDecimals_isRejectedNamingTheText();
    void parseDollars_aboveOneDollar_saysWhy();
    void parseCents_withKalshiCents_givesExactMicros_data();
    void parseCents_withKalshiCents_givesExactMicros();
    void parseCents_withUnrepresentableText_isRejected_data();
    void parseCents_withUnrepresentableText_isRejected();
    void checkedFromMicros_atTheBounds_isAccepted();
    void checkedFromMicros_outsideZeroToOne_isRangeError_data();
    void checkedFromMicros_outsideZeroToOne_isRangeError();
    void toDollarString_withMinDecimals_givesVenueForm_data();
    void toDollarString_withMinDecimals_givesVenueForm();
    void toCents_withRoundingMode_roundsAsAsked_data();
    void toCents_withRoundingMode_roundsAsAsked();
    void complement_ofPrice_isOneMinusPrice_data();
    void complement_ofPrice_isOneMinusPrice();
    void comparison_ofPrices_followsMicros();
    void debugStream_ofPrice_showsDollars();
    void toDollarStringThenParse_randomPrices_giveTheSamePrice();
    void toCentsUpAndDown_randomPrices_bracketThePrice();
    void complement_randomPrices_isItsOwnInverse();
};

void TestPrice::parseDollars_withVenueText_givesExactMicros_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");

    QTest::newRow("kalshi four decimals") << QStringLiteral("0.4950") << qint64{495'000};
    QTest::newRow("polymarket two decimals") << QStringLiteral("0.49") << qint64{490'000};
    QTest::newRow("tenth of a cent") << QStringLiteral("0.001") << qint64{1'000};
    QTest::newRow("six decimals") << QStringLiteral("0.123456") << qint64{123'456};
    QTest::newRow("one micro") << QStringLiteral("0.000001") << qint64{1};
    QTest::newRow("one dollar") << QStringLiteral("1") << qint64{1'000'000};
    QTest::newRow("one dollar, six zeros") << QStringLiteral("1.000000") << qint64{1'000'000};
    QTest::newRow("zero") << QStringLiteral("0") << qint64{0};
    QTest::newRow("padded with zeros") << QStringLiteral("0.49500000") << qint64{495'000};
}

void TestPrice::parseDollars_withVenueText_givesExactMicros()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);

    const Result<Price> price = Price::parseDollars(text);

    QVERIFY2(price.ok(), qPrintable(price.ok() ? QString() : price.error().toString()));
    QCOMPARE(price.value().micros(), micros);
}

void TestPrice::parseDollars_withUnrepresentableText_isRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    const QString parse = QStringLiteral("money.parse");
    QTest::newRow("empty") << QString() << parse;
    QTest::newRow("leading space") << QStringLiteral(" 0.5") << parse;
    QTest::newRow("trailing space") << QStringLiteral("0.5 ") << parse;
    QTest::newRow("NaN") << QStringLiteral("NaN") << parse;
    QTest::newRow("inf") << QStringLiteral("inf") << parse;
    QTest::newRow("exponent") << QStringLiteral("5e-1") << parse;
    QTest::newRow("plus sign") << QStringLiteral("+0.5") << parse;
    QTest::newRow("hex") << QStringLiteral("0x1") << parse;
    QTest::newRow("decimal comma") << QStringLiteral("0,5") << parse;
    QTest::newRow("double minus") << QStringLiteral("--1") << parse;
    QTest::newRow("no fraction digit") << QStringLiteral("1.") << parse;
    QTest::newRow("no integer digit") << QStringLiteral(".5") << parse;
    QTest::newRow("two points") << QStringLiteral("0.4.5") << parse;
    QTest::newRow("cents sign") << QStringLiteral("49c") << parse;
    QTest::newRow("negative") << QStringLiteral("-0.5") << QStringLiteral("money.negative");
    QTest::newRow("negative zero") << QStringLiteral("-0") << QStringLiteral("money.negative");
    QTest::newRow("seven decimals") << QStringLiteral("0.1234567") << QStringLiteral("money.precision");
    QTest::newRow("one micro and a bit") << QStringLiteral("0.4950001") << QStringLiteral("money.precision");
    QTest::newRow("above one") << QStringLiteral("1.5") << QStringLiteral("money.range");
    QTest::newRow("one micro above one") << QStringLiteral("1.000001") << QStringLiteral("money.range");
    QTest::newRow("cents given as dollars") << QStringLiteral("49") << QStringLiteral("money.range");
    QTest::newRow("beyond int64") << QStringLiteral("99999999999999999999") << QStringLiteral("money.range");
}

void TestPrice::parseDollars_withUnrepresentableText_isRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const Result<Price> price = Price::parseDollars(text);

    QVERIFY(!price.ok());
    QCOMPARE(price.error().code, code);
    QVERIFY2(price.error().message.contains(u'"' + text + u'"'), qPrintable(price.error().message));
}

void TestPrice::parseDollars_withSevenDecimals_isRejectedNamingTheText()
{
    const Result<Price> price = Price::parseDollars(QStringLiteral("0.1234567"));

    QVERIFY(!price.ok());
    QCOMPARE(price.error().code, QStringLiteral("money.precision"));
    QCOMPARE(price.error().message, QStringLiteral("\"0.1234567\" has 7 decimals; at most 6 are allowed"));
}

void TestPrice::parseDollars_aboveOneDollar_saysWhy()
{
    const Result<Price> price = Price::parseDollars(QStringLiteral("1.5"));

    QVERIFY(!price.ok());
    QCOMPARE(price.error().message, QStringLiteral("\"1.5\" is above 1 dollar; a price is between 0 and 1"));
}

void TestPrice::parseCents_withKalshiCents_givesExactMicros_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");

    QTest::newRow("49 cents") << QStringLiteral("49") << qint64{490'000};
    QTest::newRow("half a cent") << QStringLiteral("49.5") << qint64{495'000};
    QTest::newRow("four decimals") << QStringLiteral("49.1234") << qint64{491'234};
    QTest::newRow("one micro") << QStringLiteral("0.0001") << qint64{1};
    QTest::newRow("one cent") << QStringLiteral("1") << qint64{10'000};
    QTest::newRow("zero") << QStringLiteral("0") << qint64{0};
    QTest::newRow("hundred cents") << QStringLiteral("100") << qint64{1'000'000};
}

void TestPrice::parseCents_withKalshiCents_givesExactMicros()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);

    const Result<Price> price = Price::parseCents(text);

    QVERIFY2(price.ok(), qPrintable(price.ok() ? QString() : price.error().toString()));
    QCOMPARE(price.value().micros(), micros);
}

void TestPrice::parseCents_withUnrepresentableText_isRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("five decimals") << QStringLiteral("49.12345") << QStringLiteral("money.precision");
    QTest::newRow("above 100") << QStringLiteral("101") << QStringLiteral("money.range");
    QTest::newRow("just above 100") << QStringLiteral("100.0001") << QStringLiteral("money.range");
    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("money.negative");
    QTest::newRow("no fraction digit") << QStringLiteral("49.") << QStringLiteral("money.parse");
    QTest::newRow("empty") << QString() << QStringLiteral("money.parse");
    QTest::newRow("percent") << QStringLiteral("49%") << QStringLiteral("money.parse");
}

void TestPrice::parseCents_withUnrepresentableText_isRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const Result<Price> price = Price::parseCents(text);

    QVERIFY(!price.ok());
    QCOMPARE(price.error().code, code);
}

void TestPrice::checkedFromMicros_atTheBounds_isAccepted()
{
    const Result<Price> lowest = Price::checkedFromMicros(0);
    const Result<Price> highest = Price::checkedFromMicros(1'000'000);

    QVERIFY(lowest.ok());
    QVERIFY(highest.ok());
    QCOMPARE(lowest.value(), Price::zero());
    QCOMPARE(highest.value(), Price::one());
}

void TestPrice::checkedFromMicros_outsideZeroToOne_isRangeError_data()
{
    QTest::addColumn<qint64>("micros");

    QTest::newRow("minus one") << qint64{-1};
    QTest::newRow("one micro above a dollar") << qint64{1'000'001};
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min();
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max();
}

void TestPrice::checkedFromMicros_outsideZeroToOne_isRangeError()
{
    QFETCH(qint64, micros);

    const Result<Price> price = Price::checkedFromMicros(micros);

    QVERIFY(!price.ok());
    QCOMPARE(price.error().code, QStringLiteral("money.range"));
    QVERIFY2(price.error().message.contains(QString::number(micros)), qPrintable(price.error().message));
}

void TestPrice::toDollarString_withMinDecimals_givesVenueForm_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("kalshi form") << qint64{495'000} << 4 << QStringLiteral("0.4950");
    QTest::newRow("more decimals when needed") << qint64{123'456} << 4 << QStringLiteral("0.123456");
    QTest::newRow("one dollar") << qint64{1'000'000} << 4 << QStringLiteral("1.0000");
    QTest::newRow("zero") << qint64{0} << 4 << QStringLiteral("0.0000");
    QTest::newRow("polymarket form") << qint64{490'000} << 2 << QStringLiteral("0.49");
    QTest::newRow("shortest") << qint64{500'000} << 0 << QStringLiteral("0.5");
    QTest::newRow("shortest one") << qint64{1'000'000} << 0 << QStringLiteral("1");
}

void TestPrice::toDollarString_withMinDecimals_givesVenueForm()
{
    QFETCH(qint64, micros);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);

    const QString text = Price::fromMicros(micros).toDollarString(minDecimals);

    QCOMPARE(text, expected);
}

void TestPrice::toCents_withRoundingMode_roundsAsAsked_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("49.5 Exact") << qint64{495'000} << Rounding::Exact << false << qint64{0};
    QTest::newRow("49.5 Up") << qint64{495'000} << Rounding::Up << true << qint64{50};
    QTest::newRow("49.5 Down") << qint64{495'000} << Rounding::Down << true << qint64{49};
    QTest::newRow("49.5 TowardZero") << qint64{495'000} << Rounding::TowardZero << true << qint64{49};
    QTest::newRow("49.5 AwayFromZero") << qint64{495'000} << Rounding::AwayFromZero << true << qint64{50};
    QTest::newRow("49.5 HalfEven") << qint64{495'000} << Rounding::HalfEven << true << qint64{50};
    QTest::newRow("48.5 HalfEven") << qint64{485'000} << Rounding::HalfEven << true << qint64{48};
    QTest::newRow("48.5001 HalfEven") << qint64{485'001} << Rounding::HalfEven << true << qint64{49};
    QTest::newRow("49.0001 Up") << qint64{490'001} << Rounding::Up << true << qint64{50};
    QTest::newRow("49.9999 Down") << qint64{499'999} << Rounding::Down << true << qint64{49};
    QTest::newRow("49 Exact") << qint64{490'000} << Rounding::Exact << true << qint64{49};
    QTest::newRow("100 Exact") << qint64{1'000'000} << Rounding::Exact << true << qint64{100};
}

void TestPrice::toCents_withRoundingMode_roundsAsAsked()
{
    QFETCH(qint64, micros);
    QFETCH(Rounding, rounding);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);

    const Result<std::int64_t> result = Price::fromMicros(micros).toCents(rounding);

    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(result.value(), cents);
    else
        QCOMPARE(result.error().code, QStringLiteral("money.precision"));
}

void TestPrice::complement_ofPrice_isOneMinusPrice_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("yes bid 0.48 is no ask 0.52") << qint64{480'000} << qint64{520'000};
    QTest::newRow("0.495") << qint64{495'000} << qint64{505'000};
    QTest::newRow("zero") << qint64{0} << qint64{1'000'000};
    QTest::newRow("one") << qint64{1'000'000} << qint64{0};
    QTest::newRow("one micro") << qint64{1} << qint64{999'999};
}

void TestPrice::complement_ofPrice_isOneMinusPrice()
{
    QFETCH(qint64, micros);
    QFETCH(qint64, expected);

    const Price complement = Price::fromMicros(micros).complement();

    QCOMPARE(complement.micros(), expected);
}

void TestPrice::comparison_ofPrices_followsMicros()
{
    const Price low = Price::fromMicros(490'000);
    const Price high = Price::fromMicros(495'000);

    QVERIFY(low < high);
    QVERIFY(high > low);
    QVERIFY(low <= low);
    QVERIFY(low != high);
    QVERIFY(Price::parseDollars(QStringLiteral("0.49")).value() == low);
    QCOMPARE(std::max(low, high), high);
}

void TestPrice::debugStream_ofPrice_showsDollars()
{
    QString text;

    QDebug(&text) << Price::fromMicros(495'000);

    QCOMPARE(text.trimmed(), QStringLiteral("Price(0.4950)"));
}

void TestPrice::toDollarStringThenParse_randomPrices_giveTheSamePrice()
{
    std::mt19937_64 rng(kSeed);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Price price = Price::fromMicros(randomMicros(rng));
        const int minDecimals = std::uniform_int_distribution<int>(0, 6)(rng);

        const QString text = price.toDollarString(minDecimals);
        const Result<Price> parsed = Price::parseDollars(text);

        if (!parsed.ok() || parsed.value() != price) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 micros -> \"%3\" -> %4")
                                 .arg(round)
                                 .arg(price.micros())
                                 .arg(text, parsed.ok() ? QString::number(parsed.value().micros())
                                                        : parsed.error().toString())));
        }
    }
}

void TestPrice::toCentsUpAndDown_randomPrices_bracketThePrice()
{
    std::mt19937_64 rng(kSeed + 1);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Price price = Price::fromMicros(randomMicros(rng));

        const std::int64_t up = price.toCents(Rounding::Up).value();
        const std::int64_t down = price.toCents(Rounding::Down).value();
        const Result<std::int64_t> exact = price.toCents(Rounding::Exact);

        const bool whole = price.micros() % Price::kMicrosPerCent == 0;
        const bool bracketed = up * Price::kMicrosPerCent >= price.micros()
                               && down * Price::kMicrosPerCent <= price.micros() && up - down == (whole ? 0 : 1);
        const bool exactAgrees = exact.ok() == whole && (!whole || exact.value() == up);
        if (!bracketed || !exactAgrees) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 micros gave Up %3, Down %4, Exact ok %5")
                                 .arg(round)
                                 .arg(price.micros())
                                 .arg(up)
                                 .arg(down)
                                 .arg(exact.ok())));
        }
    }
}

void TestPrice::complement_randomPrices_isItsOwnInverse()
{
    std::mt19937_64 rng(kSeed + 2);
    for (int round = 0; round < kRandomRounds; ++round) {
        const Price price = Price::fromMicros(randomMicros(rng));

        const Price complement = price.complement();

        if (complement.complement() != price || complement.micros() + price.micros() != Price::kMicrosPerDollar
            || complement < Price::zero() || complement > Price::one()) {
            QFAIL(qPrintable(QStringLiteral("round %1: %2 micros").arg(round).arg(price.micros())));
        }
    }
}

QTEST_GUILESS_MAIN(TestPrice)
#include "TestPrice.moc"
