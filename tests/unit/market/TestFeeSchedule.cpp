#include "market/FeeSchedule.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <vector>

using namespace orion;

namespace {

Price dollars(const char* text)
{
    return Price::parseDollars(QString::fromUtf8(text)).value();
}

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromUtf8(text)).value();
}

Ratio ratio(const char* text)
{
    return Ratio::parse(QString::fromUtf8(text)).value();
}

FeeSchedule kalshi(KalshiFeeType type, const char* multiplier, Cash precision = FeeSchedule::kKalshiMemberPrecision)
{
    return FeeSchedule::kalshi(type, ratio(multiplier), precision).value();
}

} // namespace

class TestFeeSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void kalshiTakerFee_quadraticFormula_isRoundedUpToTheCent_data();
    void kalshiTakerFee_quadraticFormula_isRoundedUpToTheCent();
    void kalshiMakerFee_onlyOnMakerFeeSeries_data();
    void kalshiMakerFee_onlyOnMakerFeeSeries();
    void kalshiTakerFee_forDirectMember_isRoundedToFourDecimals();
    void kalshiTally_overSeveralLevels_isRoundedOnceForTheOrder();
    void kalshiFlatFeeType_isUnsupported();
    void parseKalshiFeeType_withApiNames_givesType_data();
    void parseKalshiFeeType_withApiNames_givesType();
    void parseKalshiFeeType_withUnknownName_isError();
    void polymarketTakerFee_curveFormula_isRoundedUpToFiveDecimals_data();
    void polymarketTakerFee_curveFormula_isRoundedUpToFiveDecimals();
    void polymarketLevelFee_filledByManyMakerOrders_coversTheVenuesPerMatchFees();
    void polymarketFees_whenDisabled_areKnownZero();
    void polymarketMakerFee_whenTakerOnly_isZero();
    void polymarketExponentThree_isUnsupported();
    void unknownSchedule_refusesToPriceAFee();
    void feePerContract_matchesTheFeeOfOneHundredContracts_data();
    void feePerContract_matchesTheFeeOfOneHundredContracts();
};

void TestFeeSchedule::kalshiTakerFee_quadraticFormula_isRoundedUpToTheCent_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("contracts");
    QTest::addColumn<QString>("multiplier");
    QTest::addColumn<QString>("expected");
    // 0.07 x C x P x (1 - P), rounded up to $0.01 (reference/kalshi.md section 5).
    QTest::newRow("one contract at 0.50: 0.0175 -> 0.02") << "0.50" << "1" << "1" << "0.02";
    QTest::newRow("100 contracts at 0.50: exactly 1.75") << "0.50" << "100" << "1" << "1.75";
    QTest::newRow("10 at 0.48: 0.17472 -> 0.18") << "0.48" << "10" << "1" << "0.18";
    QTest::newRow("one at 0.01: 0.000693 -> 0.01") << "0.01" << "1" << "1" << "0.01";
    QTest::newRow("multiplier 0.5: 0.875 -> 0.88") << "0.50" << "100" << "0.5" << "0.88";
    QTest::newRow("fractional contracts 0.5 at 0.50: 0.00875 -> 0.01") << "0.50" << "0.5" << "1" << "0.01";
    QTest::newRow("price 0 costs nothing") << "0" << "100" << "1" << "0";
    QTest::newRow("price 1 costs nothing") << "1" << "100" << "1" << "0";
}

void TestFeeSchedule::kalshiTakerFee_quadraticFormula_isRoundedUpToTheCent()
{
    QFETCH(QString, price);
    QFETCH(QString, contracts);
    QFETCH(QString, multiplier);
    QFETCH(QString, expected);
    const FeeSchedule fees = FeeSchedule::kalshi(KalshiFeeType::Quadratic, Ratio::parse(multiplier).value()).value();

    const Result<Cash> fee =
        fees.takerFee(Price::parseDollars(price).value(), Quantity::parse(contracts).value());

    QVERIFY(fee.ok());
    QCOMPARE(fee.value(), Cash::parseDollars(expected).value());
}

void TestFeeSchedule::kalshiMakerFee_onlyOnMakerFeeSeries_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");
    // 100 contracts at 0.50: the taker fee is 1.75; makers pay a quarter (0.4375 -> 0.44) or a half (0.875 -> 0.88).
    QTest::newRow("quadratic: makers free") << int(KalshiFeeType::Quadratic) << "0";
    QTest::newRow("with maker fees: a quarter") << int(KalshiFeeType::QuadraticWithMakerFees) << "0.44";
    QTest::newRow("combo maker fees: a half") << int(KalshiFeeType::QuadraticWithComboMakerFees) << "0.88";
}

void TestFeeSchedule::kalshiMakerFee_onlyOnMakerFeeSeries()
{
    QFETCH(int, type);
    QFETCH(QString, expected);
    const FeeSchedule fees = kalshi(static_cast<KalshiFeeType>(type), "1");

    const Result<Cash> fee = fees.makerFee(dollars("0.50"), Quantity::fromContracts(100));

    QVERIFY(fee.ok());
    QCOMPARE(fee.value(), Cash::parseDollars(expected).value());
}

void TestFeeSchedule::kalshiTakerFee_forDirectMember_isRoundedToFourDecimals()
{
    const FeeSchedule fees = kalshi(KalshiFeeType::Quadratic, "1", cash("0.0001"));

    const Result<Cash> fee = fees.takerFee(dollars("0.48"), Quantity::fromContracts(1));

    // 0.07 x 0.48 x 0.52 = 0.017472 -> 0.0175
    QCOMPARE(fee.value(), cash("0.0175"));
}

void TestFeeSchedule::kalshiTally_overSeveralLevels_isRoundedOnceForTheOrder()
{
    // One contract at each of 0.05, 0.06 and 0.04: 0.003325 + 0.003948 + 0.002688 = 0.009961, one cent for the
    // order, where three separately rounded fills would have cost three.
    const FeeSchedule fees = kalshi(KalshiFeeType::Quadratic, "1");
    FeeSchedule::Tally tally;

    for (const char* price : {"0.05", "0.06", "0.04"})
        fees.addTakerFill(tally, dollars(price), Quantity::fromContracts(1));

    QCOMPARE(fees.takerTotal(tally), cash("0.01"));
}

void TestFeeSchedule::kalshiFlatFeeType_isUnsupported()
{
    const Result<FeeSchedule> fees = FeeSchedule::kalshi(KalshiFeeType::Flat, Ratio::one());

    QVERIFY(!fees.ok());
    QCOMPARE(fees.error().code, QStringLiteral("fee.unsupported"));
}

void TestFeeSchedule::parseKalshiFeeType_withApiNames_givesType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("quadratic") << "quadratic" << int(KalshiFeeType::Quadratic);
    QTest::newRow("maker") << "quadratic_with_maker_fees" << int(KalshiFeeType::QuadraticWithMakerFees);
    QTest::newRow("combo") << "quadratic_with_combo_maker_fees" << int(KalshiFeeType::QuadraticWithComboMakerFees);
    QTest::newRow("flat") << "flat" << int(KalshiFeeType::Flat);
}

void TestFeeSchedule::parseKalshiFeeType_withApiNames_givesType()
{
    QFETCH(QString, text);
    QFETCH(int, expected);

    const Result<KalshiFeeType> type = parseKalshiFeeType(text);

    QVERIFY(type.ok());
    QCOMPARE(int(type.value()), expected);
}

void TestFeeSchedule::parseKalshiFeeType_withUnknownName_isError()
{
    const Result<KalshiFeeType> type = parseKalshiFeeType(u"quartic");

    QVERIFY(!type.ok());
    QCOMPARE(type.error().code, QStringLiteral("fee.type"));
    QVERIFY(type.error().message.contains(QStringLiteral("quartic")));
}

void TestFeeSchedule::polymarketTakerFee_curveFormula_isRoundedUpToFiveDecimals_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("exponent");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("shares");
    QTest::addColumn<QString>("expected");
    // shares x rate x (p(1-p))^e (reference/polymarket.md section 7).
    QTest::newRow("crypto 100 at 0.50: 1.75") << "0.07" << 1 << "0.50" << "100" << "1.75";
    QTest::newRow("politics 10 at 0.30: 0.084") << "0.04" << 1 << "0.30" << "10" << "0.084";
    QTest::newRow("1 at 0.123: 0.00539355 -> 0.0054") << "0.05" << 1 << "0.123" << "1" << "0.0054";
    QTest::newRow("exponent 2: 100 x 0.25 x 0.0625") << "0.25" << 2 << "0.50" << "100" << "1.5625";
    QTest::newRow("tiny: 0.01 at 0.01 -> 0.00001") << "0.05" << 1 << "0.01" << "0.01" << "0.00001";
}

void TestFeeSchedule::polymarketTakerFee_curveFormula_isRoundedUpToFiveDecimals()
{
    QFETCH(QString, rate);
    QFETCH(int, exponent);
    QFETCH(QString, price);
    QFETCH(QString, shares);
    QFETCH(QString, expected);
    const FeeSchedule fees = FeeSchedule::polymarket(true, Ratio::parse(rate).value(), exponent, true).value();

    const Result<Cash> fee = fees.takerFee(Price::parseDollars(price).value(), Quantity::parse(shares).value());

    QVERIFY(fee.ok());
    QCOMPARE(fee.value(), Cash::parseDollars(expected).value());
}

// A level is several maker orders, so taking it is several matches, each charged and rounded by the venue; books
// carry no order counts. The reference (polymarket.md section 7) has fees rounded to 5 decimals with anything
// below $0.00001 charged as 0, i.e. per match truncated: the level's exact fee rounded up, as we charge it, is then
// at least the venue's total however the level splits into matches.
void TestFeeSchedule::polymarketLevelFee_filledByManyMakerOrders_coversTheVenuesPerMatchFees()
{
    using Int128 = detail::MoneyInt128;
    std::mt19937_64 rng(0x5011'2026ULL);
    const auto randomIn = [&rng](qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(rng); };
    const qint64 rates[] = {40'000, 50'000, 70'000};
    int checked = 0;
    for (int trial = 0; trial < 5'000; ++trial) {
        // Arrange: a level of random size at a random price, split into 1..60 matches of random sizes.
        const qint64 ratePpm = rates[randomIn(0, 2)];
        const FeeSchedule fees = FeeSchedule::polymarket(true, Ratio::fromPpm(ratePpm), 1, true).value();
        const qint64 priceMicros = randomIn(1, 999) * 1'000;
        const qint64 levelHundredths = randomIn(1, 200'000);
        const auto matches = std::min<qint64>(randomIn(1, 60), levelHundredths);
        std::vector<qint64> sizes(static_cast<std::size_t>(matches), 1);
        for (qint64 rest = levelHundredths - matches; rest > 0;) {
            const qint64 take = randomIn(1, rest);
            sizes[static_cast<std::size_t>(randomIn(0, matches - 1))] += take;
            rest -= take;
        }
        // The venue: rate x p(1-p) x shares per match, truncated to $0.00001 (10 micros). In micros that is
        // rate[ppm] x p(1-p)[micros^2] x hundredths / 1e14.
        qint64 venueMicros = 0;
        for (const qint64 size : sizes) {
            const Int128 exact = Int128{ratePpm} * priceMicros * (1'000'000 - priceMicros) * size;
            venueMicros += static_cast<qint64>(exact / Int128{1'000'000'000'000'000}) * 10;
        }

        // Act
        const Cash charged =
            fees.takerFee(Price::fromMicros(priceMicros), Quantity::fromHundredths(levelHundredths)).value();

        // Assert
        QVERIFY2(charged.micros() >= venueMicros,
                 qPrintable(QStringLiteral("%1 hundredths at %2 in %3 matches: charged %4, venue %5")
                                .arg(levelHundredths)
                                .arg(priceMicros)
                                .arg(matches)
                                .arg(charged.micros())
                                .arg(venueMicros)));
        QVERIFY(charged.micros() - venueMicros <= 10 * matches); // against us, but by at most a unit per match
        ++checked;
    }
    QCOMPARE(checked, 5'000);
}

void TestFeeSchedule::polymarketFees_whenDisabled_areKnownZero()
{
    const FeeSchedule fees = FeeSchedule::polymarket(false, ratio("0.07"), 1, true).value();

    QVERIFY(fees.isKnown());
    QCOMPARE(fees.model(), FeeSchedule::Model::Free);
    QCOMPARE(fees.takerFee(dollars("0.5"), Quantity::fromContracts(100)).value(), Cash::zero());
}

void TestFeeSchedule::polymarketMakerFee_whenTakerOnly_isZero()
{
    const FeeSchedule takerOnly = FeeSchedule::polymarket(true, ratio("0.07"), 1, true).value();
    const FeeSchedule both = FeeSchedule::polymarket(true, ratio("0.07"), 1, false).value();

    QCOMPARE(takerOnly.makerFee(dollars("0.5"), Quantity::fromContracts(100)).value(), Cash::zero());
    QCOMPARE(both.makerFee(dollars("0.5"), Quantity::fromContracts(100)).value(), cash("1.75"));
}

void TestFeeSchedule::polymarketExponentThree_isUnsupported()
{
    const Result<FeeSchedule> fees = FeeSchedule::polymarket(true, ratio("0.07"), 3, true);

    QVERIFY(!fees.ok());
    QCOMPARE(fees.error().code, QStringLiteral("fee.unsupported"));
}

void TestFeeSchedule::unknownSchedule_refusesToPriceAFee()
{
    const FeeSchedule fees;

    const Result<Cash> fee = fees.takerFee(dollars("0.5"), Quantity::fromContracts(1));

    QVERIFY(!fees.isKnown());
    QVERIFY(!fee.ok());
    QCOMPARE(fee.error().code, QStringLiteral("fee.unknown"));
}

void TestFeeSchedule::feePerContract_matchesTheFeeOfOneHundredContracts_data()
{
    QTest::addColumn<int>("venue");
    QTest::newRow("kalshi") << 0;
    QTest::newRow("polymarket e=1") << 1;
    QTest::newRow("polymarket e=2") << 2;
}

void TestFeeSchedule::feePerContract_matchesTheFeeOfOneHundredContracts()
{
    QFETCH(int, venue);
    const FeeSchedule fees = venue == 0 ? kalshi(KalshiFeeType::Quadratic, "1", cash("0.000001"))
                                        : FeeSchedule::polymarket(true, ratio("0.25"), venue, true).value();
    const Price price = dollars("0.5");

    const detail::MoneyInt128 perContract = fees.takerFeePerContract(price);

    // At 0.50 every model's fee is exact, so one contract's unrounded fee x 100 is the fee of 100 contracts.
    const detail::MoneyInt128 scale = detail::MoneyInt128{1'000'000'000'000} * 1'000'000'000'000;
    const Cash hundred = fees.takerFee(price, Quantity::fromContracts(100)).value();
    QCOMPARE(static_cast<qint64>(perContract * 100 / scale), hundred.micros());
    QCOMPARE(static_cast<qint64>(perContract * 100 % scale), qint64(0));
}

QTEST_GUILESS_MAIN(TestFeeSchedule)
#include "TestFeeSchedule.moc"
