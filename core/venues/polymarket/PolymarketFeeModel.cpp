#include "venues/polymarket/PolymarketFeeModel.h"

#include "common/Ratio.h"

namespace orion {

namespace {

Result<Ratio> rateOf(const QJsonValue& value)
{
    QString text;
    if (value.isString()) {
        text = value.toString().trimmed();
    } else if (value.isDouble()) {
        text = QString::number(value.toDouble(), 'f', 6); // a published rate has at most 6 decimals
    } else {
        return makeError(QStringLiteral("polymarket.parse"), QStringLiteral("fee rate missing"));
    }
    const Result<Ratio> ratio = Ratio::parse(text);
    if (!ratio)
        return makeError(QStringLiteral("polymarket.parse"), QStringLiteral("fee rate: ") + ratio.error().message);
    return *ratio;
}

} // namespace

Result<FeeSchedule> PolymarketFeeModel::fromSchedule(bool feesEnabled, const QJsonValue& rate,
                                                     const QJsonValue& exponent, const QJsonValue& takerOnly)
{
    const Result<Ratio> ratio = rateOf(rate);
    if (!ratio)
        return ratio.error();
    if (!exponent.isUndefined() && !exponent.isDouble())
        return makeError(QStringLiteral("polymarket.parse"), QStringLiteral("fee exponent is not a number"));
    const int e = exponent.isUndefined() ? 1 : exponent.toInt(-1);
    const Result<FeeSchedule> schedule =
        FeeSchedule::polymarket(feesEnabled, *ratio, e, takerOnly.isUndefined() ? true : takerOnly.toBool(true));
    if (!schedule)
        return makeError(QStringLiteral("polymarket.parse"), QStringLiteral("fee schedule: ") + schedule.error().message);
    return *schedule;
}

FeeSchedule PolymarketFeeModel::fromClobFeeData(const QJsonObject& fd)
{
    if (fd.isEmpty())
        return FeeSchedule::unknown();
    const Result<Ratio> ratio = rateOf(fd.value(QStringLiteral("r")));
    if (ratio && ratio->ppm() == 0)
        return FeeSchedule::free();
    const Result<FeeSchedule> schedule = fromSchedule(true, fd.value(QStringLiteral("r")), fd.value(QStringLiteral("e")),
                                                      fd.value(QStringLiteral("to")));
    return schedule ? *schedule : FeeSchedule::unknown();
}

FeeSchedule PolymarketFeeModel::fromGamma(const QJsonValue& feesEnabled, const QJsonObject& schedule)
{
    if (feesEnabled.isBool() && !feesEnabled.toBool())
        return FeeSchedule::free();
    if (schedule.isEmpty())
        return FeeSchedule::unknown();
    const Result<FeeSchedule> fees =
        fromSchedule(true, schedule.value(QStringLiteral("rate")), schedule.value(QStringLiteral("exponent")),
                     schedule.value(QStringLiteral("takerOnly")));
    return fees ? *fees : FeeSchedule::unknown();
}

} // namespace orion
