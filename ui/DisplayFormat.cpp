#include "DisplayFormat.h"

namespace orion {
namespace {

// Groups the thousands of a non-negative whole number: 1234567 -> "1,234,567".
QString grouped(std::int64_t whole)
{
    QString digits = QString::number(whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char(','));
    }
    return digits;
}

QString dollars(Cash cash, bool withPlus)
{
    const std::int64_t micros = cash.micros();
    const bool negative = micros < 0;
    // Cents for display, rounded half away from zero on the magnitude (a display, not a booking).
    const std::int64_t magnitude = negative ? -micros : micros;
    const std::int64_t cents = (magnitude + Cash::kMicrosPerCent / 2) / Cash::kMicrosPerCent;
    const QString body = QStringLiteral("$%1.%2")
                             .arg(grouped(cents / 100))
                             .arg(static_cast<int>(cents % 100), 2, 10, QLatin1Char('0'));
    if (negative && cents != 0) {
        return QStringLiteral("-") + body;
    }
    return (withPlus && cents != 0) ? QStringLiteral("+") + body : body;
}

} // namespace

QString DisplayFormat::venue(VenueId venue)
{
    return venue == VenueId::Kalshi ? QStringLiteral("Kalshi") : QStringLiteral("Polymarket");
}

QString DisplayFormat::money(Cash cash)
{
    return dollars(cash, false);
}

QString DisplayFormat::signedMoney(Cash cash)
{
    return dollars(cash, true);
}

QString DisplayFormat::price(Price price)
{
    return cents(Cash::fromPrice(price));
}

QString DisplayFormat::cents(Cash perContract)
{
    // Tenths of a cent: 1 micro-dollar steps are below what a trader reads.
    const std::int64_t tenths = perContract.micros() / 1000;
    const std::int64_t magnitude = tenths < 0 ? -tenths : tenths;
    return QStringLiteral("%1%2.%3¢")
        .arg(tenths < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 10)
        .arg(magnitude % 10);
}

QString DisplayFormat::quantity(Quantity quantity)
{
    return quantity.toString(0);
}

QString DisplayFormat::age(qint64 ms)
{
    if (ms < 0) {
        return tr("n/a");
    }
    if (ms < 1000) {
        return tr("%1 ms").arg(ms);
    }
    if (ms < 60'000) {
        return tr("%1.%2 s").arg(ms / 1000).arg((ms % 1000) / 100);
    }
    return tr("%1 min").arg(ms / 60'000);
}

QString DisplayFormat::timeUntil(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid()) {
        return tr("unknown");
    }
    const qint64 seconds = now.secsTo(at);
    if (seconds <= 0) {
        return tr("resolving");
    }
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0) {
        return tr("%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    return tr("%1 min").arg(qMax<qint64>(1, minutes));
}

QString DisplayFormat::percent(std::int64_t part, std::int64_t whole)
{
    if (whole == 0) {
        return QStringLiteral("—");
    }
    // Tenths of a percent, rounded toward zero, in integers.
    const std::int64_t tenths = part * 1000 / whole;
    const std::int64_t magnitude = tenths < 0 ? -tenths : tenths;
    return QStringLiteral("%1%2.%3%")
        .arg(tenths < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 10)
        .arg(magnitude % 10);
}

QString DisplayFormat::clock(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString DisplayFormat::marketLabel(const MarketKey& market, const QString& title)
{
    if (!title.isEmpty()) {
        return title;
    }
    if (market.venue == VenueId::Kalshi || market.id.size() <= 14) {
        return market.id;
    }
    // A 66-character hash is no label; its ends tell two markets apart.
    return tr("Polymarket %1").arg(market.id.left(6) + QStringLiteral("…") + market.id.right(4));
}

QString DisplayFormat::marketTip(const MarketKey& market, const QString& title)
{
    const QString id = tr("%1 market %2").arg(venue(market.venue), market.id);
    return title.isEmpty() ? id : title + QLatin1Char('\n') + id;
}

} // namespace orion
