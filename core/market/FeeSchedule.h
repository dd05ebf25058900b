#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Ratio.h"
#include "common/Result.h"
#include "common/Rounding.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstdint>

namespace orion {

// Kalshi's per-series `fee_type` (GET /series/{ticker}; events may override it with `fee_type_override`).
enum class KalshiFeeType : quint8 {
    Quadratic,                   // General Trading Fees: takers pay, makers do not
    QuadraticWithMakerFees,      // ... and makers pay 0.25 x the taker rate
    QuadraticWithComboMakerFees, // ... and makers pay 0.5 x the taker rate
    Flat,                        // the "Specific Trading Fees" table, which Orion does not have: fee unknown
};

// "quadratic", "quadratic_with_maker_fees", "quadratic_with_combo_maker_fees", "flat"; fee.type otherwise.
[[nodiscard]] Result<KalshiFeeType> parseKalshiFeeType(QStringView text);

// What one venue charges on one market, computed in integers and rounded as the venue rounds, against us where the
// venue's own rounding is not known exactly. A market whose fee is Unknown must never be traded (fail closed).
//
// Kalshi (reference/kalshi.md section 5): taker fee = 0.07 x fee_multiplier x C x P x (1 - P) per order, where P is
// the price of the contract bought (symmetric in YES/NO). Fills are rounded up to $0.0001 and a per-order
// accumulator refunds over-collection so that an order's total converges to one equivalent fill rounded up to the
// account's precision ($0.01 for ordinary members): we charge ceil-to-precision of the exact sum over the order's
// fills. Maker fees (maker-fee series only): 0.25 (or 0.5 for combo) x the taker rate. The multiplier's role
// (0.07 x multiplier) is the community reading marked UNCONFIRMED there.
//
// Polymarket (reference/polymarket.md section 7, docs trading/fees.md 2026-07-30): fee = C x rate x (p x (1 - p))^e
// per match in pUSD on top of the notional, takers only unless the schedule says otherwise, rate and exponent
// from the market's fee schedule (`fd.r`, `fd.e`, `fd.to`). The venue rounds each match's fee to 5 decimals, a fee
// below $0.00001 being charged as 0, i.e. truncated. A book level is several maker orders (several matches), and
// books carry no order counts; but the sum of per-match fees each truncated is at most the level's exact fee, so
// we charge each level's exact fee rounded UP to $0.00001, which covers any number of matches.
class FeeSchedule final
{
public:
    enum class Model : quint8 {
        Unknown,
        Free, // known to be zero (Polymarket feesEnabled = false, a 0 rate)
        KalshiQuadratic,
        PolymarketCurve,
    };

    // Per-contract fee rates for comparisons are in micro-dollars times this scale, exact for every model.
    static constexpr std::int64_t kFeeRateScaleExponent = 24;

    // Running total of an order's taker fee across the levels it fills, without rounding it more than once.
    struct Tally
    {
        detail::MoneyInt128 exact = 0;  // Kalshi: sum of rate x multiplier x P x (1 - P) x hundredths (1e-20 micro)
        std::int64_t roundedMicros = 0; // Polymarket: sum of per-level fees, each already rounded
    };

    static constexpr Ratio kKalshiTakerRate = Ratio::fromPpm(70'000);    // 0.07
    static constexpr Cash kKalshiMemberPrecision = Cash::fromMicros(10'000); // $0.01

    FeeSchedule() = default; // Unknown
    static FeeSchedule unknown() { return FeeSchedule(); }
    static FeeSchedule free();
    // fee.unsupported for Flat (its table is not published in the API); fee.range for a multiplier outside
    // [0, 100] or a precision that is not a positive whole number of micro-dollars dividing $1.
    [[nodiscard]] static Result<FeeSchedule> kalshi(KalshiFeeType type, Ratio multiplier,
                                                    Cash accountPrecision = kKalshiMemberPrecision);
    // fee.unsupported for an exponent other than 1 or 2; fee.range for a rate outside [0, 1].
    // feesEnabled = false gives Free.
    [[nodiscard]] static Result<FeeSchedule> polymarket(bool feesEnabled, Ratio rate, int exponent, bool takerOnly);

    Model model() const { return m_model; }
    bool isKnown() const { return m_model != Model::Unknown; }
    QString describe() const;

    // The fee of one order filled entirely at one price. money.range when the size is absurd (over 10^9 contracts);
    // fee.unknown for an Unknown schedule.
    [[nodiscard]] Result<Cash> takerFee(Price price, Quantity size) const;
    [[nodiscard]] Result<Cash> makerFee(Price price, Quantity size) const;

    // Depth walks. addTakerFill adds one level's fill (at most kMaxFillHundredths); takerTotal rounds the tally as
    // the venue does. takerFeePerContract is the unrounded marginal fee of one contract at `price`, in micro-dollars
    // x 10^kFeeRateScaleExponent.
    static constexpr std::int64_t kMaxFillHundredths = 1'000'000'000; // 10 million contracts per level
    void addTakerFill(Tally& tally, Price price, Quantity size) const;
    Cash takerTotal(const Tally& tally) const;
    detail::MoneyInt128 takerFeePerContract(Price price) const;

    friend bool operator==(const FeeSchedule&, const FeeSchedule&) = default;

private:
    std::int64_t polymarketLevelMicros(Price price, std::int64_t hundredths) const;

    Model m_model = Model::Unknown;
    std::int64_t m_ratePpm = 0;       // Kalshi: 0.07; Polymarket: the market's rate
    std::int64_t m_multiplierPpm = 0; // Kalshi fee_multiplier
    std::int64_t m_makerSharePpm = 0; // Kalshi: share of the taker rate that makers pay; Polymarket: 0 or 1e6
    std::int64_t m_precisionMicros = 1;
    int m_exponent = 1; // Polymarket
};

} // namespace orion
