#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace orion {

// A numeric condition a market resolves on: "≥ 3.0%", "between 250 and 274", "above $100k", "at least 6",
// "5 or fewer". Values are in the unit's base ($100k → 100000 usd). `Unknown` comparator: a number the venue gave
// without saying which side it is on (a Kalshi ticker strike "-T2.5" without a title): never safe to trade alone.
struct NumericThreshold
{
    enum class Comparator { Greater, GreaterOrEqual, Less, LessOrEqual, Between, Equal, Unknown };

    Comparator comparator = Comparator::Unknown;
    double low = 0.0;  // the bound (or lower bound of Between)
    double high = 0.0; // upper bound of Between; equals low otherwise
    QString unit;      // "usd", "%", "bp", "deg", or empty (a count)

    bool isUpper() const { return comparator == Comparator::Greater || comparator == Comparator::GreaterOrEqual; }
    bool isLower() const { return comparator == Comparator::Less || comparator == Comparator::LessOrEqual; }
    QString toString() const;
    static QString comparatorSymbol(Comparator comparator);
};

class ThresholdExtractor final
{
public:
    [[nodiscard]] static QList<NumericThreshold> extract(const QString& text);
    // Kalshi's structured strike fields (strike_type, floor_strike, cap_strike).
    [[nodiscard]] static QList<NumericThreshold> fromKalshiStrike(const QString& strikeType,
                                                                  std::optional<double> floor,
                                                                  std::optional<double> cap);
};

} // namespace orion
